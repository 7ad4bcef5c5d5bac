/**
 * Follow-ups after advice (why, something else instead, how it should feel), learning about recovery runs,
 * what to wear, the runner's experience, and deleting their data.
 */
import { maybe, soon, whenever } from './carriers.js';
import type { AllIntentSources } from './intents.js';
import type { LocaleWords } from './locales.js';

type QuestionIntents = 'Why' | 'Instead' | 'Feel' | 'Learn' | 'Wear' | 'DeleteData' | 'Experience';

/** Where a question about kit can end: "what shoes should I wear for a recovery run". */
const FOR_RUN = "[today|for my run|for a run|for today's run|for a recovery run|for recovery runs|for an easy run|]";
/** What the runner is dressing for: "what should I wear running", "to go for a run", "for a run". */
const FOR_RUNNING = maybe('running', 'for running', 'on my run', 'for my run', 'for a run', 'out running', 'to run', 'to go running', 'for a recovery run', 'for recovery runs', 'for an easy run');
/** Runs a question about shoes is for: "which trainers are best for slow runs". */
const FOR_RUNS = '[for recovery runs|for a recovery run|for easy runs|for slow runs|]';
/** "a recovery run", named generically: a question about it is a lesson, not about today's run. */
const RECOVERY_RUN = '[a recovery run|recovery runs|a recovery jog]';
/** The same with "my", only where the question is still general ("what pace should my recovery runs be at"). */
const RECOVERY_RUN_MINE = '[a recovery run|recovery runs|a recovery jog|my recovery run|my recovery runs|my recovery jog|me recovery runs]';
/** What the runner might do instead of a recovery run: "when is it better to walk or rest instead of a recovery run". */
const INSTEAD_OF_RUN = '[a recovery run|doing a recovery run|a run|running]';
/** "shorts or tights": two garments weighed against each other, never one against itself. */
const GARMENTS = ['shorts', 'tights', 'leggings', 'long sleeves', 'a t shirt', 'a jacket'];
const WEAR_PAIRS = GARMENTS.flatMap((a) => GARMENTS.filter((b) => b !== a).map((b) => `${a} or ${b}`));
/** Everything the skill keeps about a runner, as they name it. */
const RECORDS = '[data|history|runs|check ins|information|info|details|records|stuff|run history|running history]';

export function questionSamples(w: LocaleWords): Pick<AllIntentSources, QuestionIntents> {
  const shoes = w.shoes.join('|');
  const clothes = w.clothes.join('|');
  return {
    Why: {
      samples: [
        'why',
        'why is that',
        'why not',
        'why that',
        'how come',
        'tell me why',
        'but why',
        'why should I',
        'why do you say that',
        'why do you think that',
        'why do you recommend that',
        "[what's|what is] the reason",
        'explain',
        'explain that',
        'explain why',
        'what makes you say that',
        "why [not run|rest|walk|can't I run|shouldn't I run|a recovery run|an easy run|today]",
      ],
      slotSamples: {},
    },
    Instead: {
      // Always with "instead", "rather" or "what about": a bare "can I run" asks for advice, not for a swap.
      samples: [
        'what about {activity} [instead|]',
        'how about {activity} [instead|]',
        '[can|could|should] I {activity} instead',
        '[can|could] I do {activity} instead',
        '[can|could] I go for {activity} instead',
        '[can|could] I just {activity} instead',
        "[I'd|I would] rather {activity}",
        "[I'd|I would] [prefer|like] {activity} instead",
        'is {activity} [okay|fine|alright] instead',
        'what if I {activity} instead',
        'I want to {activity} instead',
        'would {activity} be [okay|better|fine] [instead|]',
        'is {activity} better',
      ],
      slotSamples: {
        activity: ['{activity}', '{activity} instead', "[I'd|I would] rather {activity}", 'maybe {activity}'],
      },
    },
    Feel: {
      samples: [
        // About today's run ("it", "my run"). The same question about "a recovery run" in general is a lesson:
        // LearnIntent with the feel topic, which teaches the same thing when no advice was given today.
        'how should [it|that|the run|my run|an easy run|my recovery run|it all] feel',
        'what should [it|the run] feel like',
        'how [hard|fast|slow|easy] should [it be|I go|I run|the run be|that be]',
        'what pace should I [run|go|run at]',
        'what [pace|effort|heart rate] should [it be|I run at]',
        'what [pace|effort|heart rate] is right',
        "how do I know [if|] it's easy enough",
        "how do I know if I'm going too [hard|fast]",
        'how easy is easy',
        'what effort',
        'what pace',
        'how hard',
        'how fast',
      ],
      slotSamples: {},
    },
    Learn: {
      samples: [
        "[what is|what's|what are] {topic} [exactly|actually|really|]",
        'what [exactly|actually|even|really] [is|are] {topic}',
        'tell me [about|more about] {topic}',
        '[explain|describe] {topic}',
        'teach me about {topic}',
        'I want to [learn|know] about {topic}',
        'learn about {topic}',
        'how does {topic} work [exactly|actually|then|]',
        'what do you mean by {topic}',
        'what does {topic} mean',
        'when should I [do|] {topic}',
        "[is|how is|how's] {topic}",
        "[what is|what's] the difference between {topic}",
        'difference between {topic}',
        "[what is|what's|what are] {topic} for",
        'why [do|should I do|should I bother with|bother with|do I need] {topic}',
        'help me understand {topic}',
        // "what heart rate should I be at on a recovery run", "how often should I be doing recovery runs": the
        // question's middle is the topic's words, read by the layer when it is no value.
        `{topic} [on|during|in|with|doing|do|of|than|instead of|] ${RECOVERY_RUN}`,
        // "how slow should a recovery run be, like what pace": the aside after the question is the topic's words.
        'how [slow|easy|fast|long|far] should [a recovery run|recovery runs|my recovery run] be {topic}',
        // "how slow should a recovery run be": the question word is the topic.
        '{topic} should [a recovery run|recovery runs|my recovery run|my recovery runs|a recovery jog] [actually|really|] [be|feel|last|go for|take]',
        `why [bother|bother doing|do|should I do] ${RECOVERY_RUN} [at all|]`,
        // "why are recovery runs a thing, what's the point of them": the rest of the question is the topic's words.
        `why [are|do we do|do people do|do runners do|would I do] [recovery runs|a recovery run] {topic}`,
        // "I was wondering, is a walk better than total rest when you're recovering".
        '[I was wondering|I\'m wondering|just wondering] [is|if|whether] {topic}',
        'how do I [do|use] {topic}',
        '{topic} [is a recovery run|are recovery runs|is my recovery run|should a recovery run] [meant|supposed] to [be|feel]',
        'how [is a recovery run|are recovery runs] [meant|supposed] to {topic}',
        // "would I be better off walking or resting", "is it better to go for a walk or just rest".
        '[would I be|am I] better off {topic}',
        // "on a rest day is it better to go for a walk or do nothing at all", "should I walk or just rest on my day off".
        '[on a rest day|on rest days|on my rest day|on a day off|on my day off|on days off|on my days off|on recovery days|on a recovery day|on easy days] [is it|would it be] [better|best|smarter] to {topic}',
        '[should I|do I] {topic} on [my|a] [day off|rest day|rest days|days off]',
        '[on a rest day|on a recovery day|on recovery days|on rest days|on my day off] [should I|do I] {topic}',
        '[on a rest day|on a recovery day|on recovery days|on rest days|on my day off] is {topic}',
        '[in general|generally|usually|normally] [is it|would it be] [better|best|smarter] to {topic}',
        // "when I'm sore is it better to go for a walk or have a full rest".
        "when I'm [sore|tired] [is it|would it be] better to {topic}",
        // "would walking be better than a full rest day", "recovery run versus easy run, what's the difference".
        'would {topic} be better than [a rest day|a full rest day|resting|rest|a recovery run|running]',
        "{topic} [what's|what is] [the difference|the go|the deal|the story]",
        '[can you|could you] [explain|tell me about|describe] {topic}',
        '[is it|would it be] [better|best|smarter] to {topic}',
        // "how should a recovery run feel", "what does a recovery run feel like": "feel" is the topic.
        `how should ${RECOVERY_RUN} {topic}`,
        'how [does a recovery run|do recovery runs] {topic}',
        'what [should|does] a recovery run {topic}',
        'what [should|do] recovery runs {topic}',
        // "what pace is a recovery run", "what effort should a recovery run be".
        'what {topic} is a recovery run',
        // "how easy is a recovery run", "how long are recovery runs".
        '{topic} [is a recovery run|are recovery runs]',
        `what {topic} should ${RECOVERY_RUN_MINE} be [at|roughly|]`,
        // "isn't a recovery run just an easy run".
        "[isn't|aren't] {topic}",
        // "when is it better to walk or rest instead of a recovery run".
        `when is it [better|best|smarter] to {topic} [instead of|rather than] ${INSTEAD_OF_RUN}`,
        'when is it [better|best] to {topic} than [to do a recovery run|to run]',
        'when is it [better|best] to {topic}',
        `when should I {topic} instead of ${INSTEAD_OF_RUN}`,
        '{topic} should I [go|run|be going|be running] on [a recovery run|recovery runs|my recovery run]',
        // "is walking better than resting", "should I walk instead or just rest".
        'is {topic} better than [resting|rest|a rest day|running]',
        // "aren't recovery runs and easy runs basically the same thing".
        "[aren't|isn't|are|is] {topic} [basically|really|just|pretty much|] the same [thing|]",
        'is [resting|rest|a rest day] better than {topic}',
        'should I {topic} instead or [just|] rest',
        'how often should I do {topic}',
        // "how long's a recovery run supposed to be".
        "[how long's|how far's] {topic} [supposed to be|meant to be|]",
      ],
      slotSamples: {
        topic: ['{topic}', 'about {topic}', 'tell me about {topic}', '{topic} please'],
      },
    },
    Wear: {
      samples: [
        // "what should I wear running today", "what should I wear for a run this morning".
        `what should I wear ${FOR_RUNNING} ${whenever(w)}`,
        `what do I wear ${FOR_RUNNING}`,
        '[help me|can you help me] [pick|choose|decide] what to wear [today|]',
        // "what should I wear today, it's a bit chilly": the weather said after the question.
        // (With a hedge, "it's a bit chilly", the words go to "what should I wear {said}" below.)
        "what should I wear [today|] [it's|it is] [cold|chilly|hot|warm|wet|windy|raining|freezing|humid]",
        'what to wear [today|for my run|for a recovery run|]',
        `what to wear ${FOR_RUNNING} ${whenever(w)}`,
        // "is it cold enough for gloves on my run this morning".
        'is it [cold|warm|hot|chilly|wet|windy] enough for {said}',
        // "is it a tights or shorts day for my run", "is it a jacket day".
        "is it [a|] [shorts|tights|leggings|long sleeves|t shirt|jacket|gloves|hat|beanie|singlet|vest|base layer] {said}",
        `what [${shoes}] should I wear ${FOR_RUN}`,
        `which [${shoes}] should I [wear|use] ${FOR_RUN}`,
        // "what sneakers are best for easy runs", "what runners should I get for recovery runs".
        `[what|which] [${shoes}] [are best|are good|should I get] ${FOR_RUNS}`,
        `[what|which] [${shoes}] are the best [for recovery runs|for a recovery run|]`,
        `which [${shoes}] do you recommend [for recovery runs|for a recovery run|]`,
        `what [${clothes}] do I need [for a recovery run|for recovery runs|for running|today|]`,
        'which shoe is [best|the best] [for recovery runs|for a recovery run|]',
        `which [${shoes}|shoe]`,
        `what [${shoes}] do you recommend [for recovery runs|for a recovery run|]`,
        `what are the best [${shoes}|recovery shoes] [for recovery runs|for a recovery run|]`,
        'what is the best [recovery shoe|shoe for recovery runs|shoe for a recovery run|running shoe for recovery runs]',
        `recommend [me|] some [${shoes}]`,
        'recommend [me|] a [shoe|running shoe|recovery shoe]',
        `recommend [me|] a pair of [${shoes}]`,
        `what [${clothes}] should I wear [today|]`,
        'what should I [put on|run in] [today|]',
        // "what should I chuck on for a run this arvo", "what do I throw on for my run".
        // (With the time of day, "what should I put on {this arvo}" goes to the {said} sample below.)
        'what [should I|do I] [chuck on|throw on|put on] [for a run|for my run|running|]',
        // "do I need a jacket for my run this morning", "should I wear shorts or leggings today".
        `[do I need|should I wear|should I take] [a jacket|gloves|a hat|a beanie|long sleeves|layers|tights|shorts|a hat and gloves|a jacket and gloves] [for my run|for a run|]`,
        // ...and with the time or the weather after it: "do I need gloves this morning, it's freezing".
        `[do I need|should I take] [a jacket|gloves|a hat|a beanie|long sleeves|layers|tights|shorts|a hat and gloves|a jacket and gloves] {said}`,
        ...WEAR_PAIRS.map((pair) => `should I wear ${pair} ${soon(w)}`),
        `is it [shorts|tights|jacket|gloves|long sleeve] weather ${soon(w)}`,
        ...WEAR_PAIRS.map((pair) => `is it ${pair} weather [for a run|for running|today|]`),
        `what [${clothes}] should I run in ${soon(w)}`,
        // Said short: "what shoes for a recovery run", "which trainers for easy runs".
        `[what|which] [${shoes}|${clothes}] [for a recovery run|for recovery runs|for my run|for running|for today]`,
        // The question, then words no sample spells out ("what kit do I need for a recovery run, it's pretty cold
        // out"): {said} keeps them, screened for pain and illness (handlers/said-safety.ts).
        `what [should|do|can] I [wear|put on|chuck on|throw on|use] {said}`,
        `[what|which] [${shoes}|${clothes}|kit|gear|clothes|clothing] {said}`,
        `what [${shoes}|${clothes}|kit|gear|clothes|clothing] should I [chuck on|throw on|put on|wear|use|get] {said}`,
        `[${shoes}|${clothes}|cushioned shoes|racing flats|carbon shoes|super shoes|${GARMENTS.join('|')}] or {said}`,
        // "could you tell me what to wear for a run today please".
        '[can you|could you|please|] tell me what [to wear|I should wear] [{said}|]',
        `[any|some|got any] [advice|tips] on [${shoes}|${clothes}|clothing|clothes|kit|gear|what to wear] {said}`,
        `do I need [special|proper|different|] [${shoes}|${clothes}|kit|gear] {said}`,
        // "do I need a spray jacket for my run", "what's good to wear running when it's freezing out".
        'do I need [a jacket|a spray jacket|a rain jacket|a rain coat|a windbreaker|gloves|a hat|a beanie|long sleeves|tights|leggings|a base layer|a vest|a gilet] {said}',
        "[what's|what is] [good|best|the best thing|a good thing] to wear {said}",
        // "singlet or t-shirt today", "vest or long sleeves": a choice of two things to wear, whatever they are.
        '[a singlet|singlet|a vest|vest|a t shirt|t shirt|a tee|tee|a hoodie|hoodie|a cap|cap|a hat|hat|gloves|a beanie|beanie|a buff|shorts|tights|leggings|long sleeves|short sleeves] or {said}',
        // "what to wear for a run in this drizzle".
        'what to wear [for a run|for running|for my run|to run|running] {said}',
        // "how should I dress for a run in the cold".
        '[how should I|how do I|what should I] dress [for a run|for running|for my run|to run|] [{said}|]',
        // "it's like twenty degrees out, what do I put on for a run", "how many layers should I wear for running".
        'what [do|should] I put on [for a run|for running|for my run|to run] [{said}|]',
        '{said} what [do|should] I [wear|put on] [for a run|for running|for my run|to run]',
        'how many layers [should I wear|do I need|should I put on] {said}',
        `[is it okay to|can I|should I] wear {said}`,
        // "what shall I wear for my run, it's chucking it down", "do I need a jumper or will a t-shirt do".
        'what [shall|should] I wear [for my run|for a run|for running|today|] {said}',
        'do I need a [jumper|jersey|sweater|hoodie|fleece|top|t shirt|long sleeve] {said}',
      ],
      slotSamples: {},
    },
    DeleteData: {
      samples: [
        `[delete|erase|remove|wipe|clear] [my|all my] ${RECORDS}`,
        // "clear out my run history and everything else you've got on me".
        '[clear out|wipe out|clean out|get rid of] [my|all my] {said}',
        // "can you wipe all my running history", "please delete my training data".
        '[can you|could you|please] [delete|erase|wipe|clear] [my|all my] [data|history|runs|info]',
        '[can you|could you|please] forget [me|my data|my runs|my history|everything|everything about me]',
        '[delete|erase|remove|wipe|clear] all of my [data|history|runs|check ins]',
        // "clear my history and start again".
        '[delete|clear|wipe] [my|all my] [data|history|runs] and start [again|over]',
        "[delete|erase|wipe|clear] everything [you know about me|you have on me|you've got on me|about me|]",
        "[delete|erase|wipe|clear] everything you've [stored|saved|kept|got] [about me|on me|]",
        "forget [me|everything|everything about me|my data|my runs|everything you know about me|everything you've got on me]",
        'reset my [data|history]',
        // "can you erase all my run history", "I'd like to clear my training records", "get rid of all my data
        // please", "can you wipe everything you've got stored about me": the rest of the words in {said}.
        "[can you|could you|please|I'd like you to|I want you to|I want to|I'd like to|] [delete|erase|clear|wipe|remove|get rid of|forget] [all my|my] {said}",
        // "can you get rid of all the info you've stored on me".
        "[can you|could you|please|] [delete|get rid of|wipe|clear] [all the|the|all of the] {said}",
        "[can you|could you|please|I'd like you to|I want you to|] [delete|erase|clear|wipe|forget] everything {said}",
      ],
      slotSamples: {},
    },
    Experience: {
      samples: [
        "I'm {experience}",
        'I am {experience}',
        "I'm {experience} runner",
        'I am {experience} runner',
        "[remember|note] [that|] I'm {experience}",
        "I've {experience}",
        'I have {experience}',
        // "I only started running last month": when they started is the answer.
        'I [only|just|only just|] [started running|took up running] {experience}',
        // "just started running, doing couch to 5k", said without the "I".
        '[just|only just|recently|only] [started running|took up running|started] {experience}',
        // "just so you know, I only took up running this spring".
        '[just so you know|for the record|by the way|fyi] [I|] [only|just|only just|] [started running|took up running|started] {experience}',
        "[I've|I have|] been running [for|] {experience}",
        // "I've run for years, done loads of marathons", "I've been a runner for a decade".
        "[I've|I have] run for {experience}",
        "[I've|I have] been a runner for {experience}",
      ],
      slotSamples: {
        experience: ['{experience}', "I'm {experience}"],
      },
    },
  };
}
