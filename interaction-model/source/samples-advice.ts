/**
 * "Should I run today?" and the morning check-in: the requests, the one-shots that already carry the legs,
 * yesterday or how the runner is ("my legs are heavy after yesterday's long run, should I run", "should I run
 * today, I've got a cold"), and the answers to each question the skill asks. The askers, runs and times of day
 * are the carrier parts of carriers.ts.
 */
import { FEELING_ANSWERS, LEGS_ANSWERS, SLEEP_ANSWERS, YESTERDAY_ANSWERS } from './answers.js';
import { alt, ASK_ADVICE_WHETHER, ASK_AFTER_MAIN, ASK_AFTER_MORE, ASK_ALRIGHT, ASK_CORE, ASK_HEAD, ASK_POLITE, ASK_TAIL, ASK_THINK, ASKED_POLITELY, OR_REST, REST, RUN_ALL, RUN_MAIN } from './carriers.js';
import type { AllIntentSources } from './intents.js';
import type { LocaleWords } from './locales.js';

/**
 * When the run would be ("this arvo", "tonight"), or unsaid: one slot rather than every time written into every
 * sample, which is what kept the request families narrow (the handlers give today's advice either way).
 */
const WHEN = '[{when}|]';
/** The question itself, said at the end of a one-shot that starts with how the runner is: the commoner ones. */
const ASK = alt(...ASK_AFTER_MAIN);
/** The rarer ones ("is it safe to go for a run"), with fewer combinations. */
const ASK_MORE = alt(...ASK_AFTER_MORE);
/** How a runner says what they have: "I've got a cold", "I'm run down". */
const HAVE = "[I've got|I have|I'm|I am|I feel|I'm feeling|feeling]";
/** The commoner of these. */
const HAVE_MAIN = "[I've got|I have|I'm|I feel]";
/** "with a head cold", "with a chest infection": the run, asked about with what the runner has. */
const ASK_WITH = alt(...['should I', 'can I', 'is it okay to', 'is it safe to', 'am I good to', 'am I okay to', 'am I alright to'].flatMap((a) => ['run', 'go running', 'go for a run'].map((r) => `${a} ${r}`)));
/** "the daily check in", "today's check in", "my check in". */
const CHECK_IN = "[my|the|a|today's|my daily|the daily|a daily|my morning|the morning|a morning] check in";

export function adviceSamples(w: LocaleWords): Pick<AllIntentSources, 'ShouldIRun' | 'CheckIn'> {
  return {
    ShouldIRun: {
      samples: [
        // Asking, in the many ways runners ask: the commonest askers with every run and time of day, an opinion
        // ("do you reckon I should") with the commoner runs, "am I alright to" and "is it safe to" with the commonest.
        `${alt(...ASK_CORE)} ${alt(...RUN_ALL)} ${WHEN}`,
        `${alt(...ASK_THINK)} ${alt(...RUN_MAIN, 'train')} ${WHEN}`,
        `${alt(...ASK_ALRIGHT)} train ${WHEN}`,
        `what should I be doing ${WHEN}`,
        `${alt(...ASK_ALRIGHT)} ${alt(...RUN_MAIN)} ${WHEN}`,
        `could I [run|go for a run|go running|go for a jog|go out for a run] ${WHEN}`,
        'am I [fine|ready|fit] to run [today|]',
        'is it [wise|sensible] to run [today|]',
        'is it [alright|a good idea|wise|sensible|safe] for me to run [today|]',
        'do I [run|rest] today',
        `${alt('should I', 'do you think I should', 'do you reckon I should', 'do you think I ought to')} ${alt(...REST, 'just rest', 'just take a rest day', 'just take the day off')} [today|]`,
        // "is today a good day for a run", "can I do a hard session today" ("should I get out there this morning" and
        // "should I take the day off" are caught by "should I {said}" below).
        'is [it|today] a good day [for a run|to run|for running|to train]',
        `[should I do|should I skip] [my workout|my session|intervals|a tempo run|a hard session|my long run] ${WHEN}`,
        // "should I do my long run today or have a rest"
        `should I [do my run|do my long run|do my session|go for a run] ${WHEN} or [rest|have a rest|take a rest day|take the day off]`,
        'do I need [a rest day|a day off|to rest|a rest|an easy day] [today|]',
        "should I skip [my run|running|training|today's run] [today|]",
        'is it a rest day [today|for me|]',
        'is today a rest day for me',
        'is today a rest day or should I [get out there|run|go for a run|train|go out]',
        // "um is today a rest day or can I get out for a jog".
        'is [it|today] a rest day or [can I|should I|do I] {said}',
        `[what's|what is] the plan for me ${WHEN}`,
        'is it a [run|running] day or a rest day for me',
        `[what's|what is] my training supposed to be ${WHEN}`,
        `what am I supposed to [do|run] ${WHEN}`,
        `[reckon|do you reckon|do you think] I'm [right|good|okay|fine|alright|ready] for a run ${WHEN}`,
        'is it [wise|sensible|smart|okay|safe] to [run|go running|go for a run] on {legs} legs',
        'is today a [rest day|running day]',
        'is [it|today] a [run|running] day or a rest day',
        'am I [running|resting] or [resting|running] [today|]',
        `is it worth [going out|running|going for a run|doing a run] ${WHEN} [or should I rest|or should I just rest|or should I take it easy|or should I just take it easy|or not|]`,
        'should I run or [rest|walk|cross train|take a day off] [today|]',
        'run or rest [today|]',
        `what should I do ${WHEN}`,
        'what should I do [for my run today|for training today]',
        `[can you|could you|] tell me what [to do|I should do] ${WHEN}`,
        // "should I hit the road or take it easy", "should I go for a run this morning or have a rest day": the run or
        // the rest, said as a choice, at any time of day.
        'should I [hit the road|do a run] [today|] or [rest|take it easy|give it a miss|have a rest day]',
        `should I [run|go for a run|train] ${WHEN} or ${alt(...OR_REST, 'walk')}`,
        `[do you think I should|do you reckon I should|reckon I should] [run|train] ${WHEN} or [rest|take it easy|have a day off]`,
        // "should I go easy today or push it a bit".
        `should I [go easy|take it easy] ${WHEN} or [push it|push it a bit|go hard|push]`,
        // "I slept terribly last night, should I still run today": the night said, then the question.
        // With "last night" or "today" said too, the catch-all "{said} should I run {when}" takes it and the layer reads the night.
        'I slept [badly|terribly|poorly|like rubbish] [should I run|should I still run|can I run|what should I do]',
        // "should I even bother running today, I'm pretty stuffed".
        `should I [even|] bother [running|going for a run|going out|training] ${WHEN}`,
        `should I [even|] bother [running|going for a run] ${WHEN} ${HAVE_MAIN} {feeling}`,
        `[can|do] I [run|go for a run] ${WHEN} or [should I rest|do I need a rest day|should I take it easy|should I take a rest day|should I have a rest day]`,
        // "what should I do today, run or rest".
        `what should I do ${WHEN} [run or rest|rest or run|a run or a rest day|should I run|can I run|training wise|for training|run wise]`,
        // "how hard should I go today": with the day said it is today's advice; without it, how today's run feels.
        `how [hard|far|long] should I [go|run|train|run for|go for] ${alt('today', 'this morning', 'tonight', ...w.times)}`,
        'tell me [if|whether] I should run [today|]',
        'what [run|kind of run|type of run|sort of run] should I do [today|]',
        'what [should|do] I run today',
        "[what is|what's] my run today",
        "[what is|what's] the plan [today|for today] [should I run|can I run|run or rest|]",
        "[what is|what's] my training today",
        'what do you [recommend|suggest] [today|for today|]',
        "[what is|what's] your advice [today|for today]",
        'give me [my|some|] [advice|recommendation] for today',
        'any advice for today',
        'how [far|long] should I run today',
        'what should my run be today',
        // With the legs.
        'should I [run|go for a run] today my legs [feel|are] {legs}',
        `[my|] legs [feel|are] {legs} ${ASK} [today|]`,
        // With "today" after the rarer askers, the catch-all "{said} should I ... {when}" takes it and the layer reads the legs.
        `[my|] legs [feel|are] {legs} ${ASK_MORE}`,
        'my legs [feel|are] {legs} [today|]',
        'my legs {legs} [should I run|can I run|what should I do] [today|]',
        'my legs {legs}',
        '[should|can] I run [today|] [with|on] {legs} legs',
        "[I have|I've got] {legs} legs [should I run|can I run|what should I do] [today|]",
        // With yesterday, or both.
        'my legs [feel|are] {legs} after [my|] {yesterday} [yesterday|]',
        "my legs [feel|are] {legs} after yesterday's {yesterday}",
        'my legs [feel|are] {legs} after [my|] {yesterday} [yesterday|] [should I run|can I run|what should I do] [today|]',
        "my legs [feel|are] {legs} after yesterday's {yesterday} [should I run|can I run|what should I do] [today|]",
        '[should I run|can I run|what should I do] [today|] after [my|] {yesterday} [yesterday|]',
        "[should|can] I run [today|] after yesterday's {yesterday}",
        'I [did|ran|had] {yesterday} yesterday [should I run|can I run|what should I do] [today|]',
        'I [did|had|ran] {yesterday} yesterday and my legs [feel|are] {legs}',
        'I [did|had|ran] {yesterday} yesterday and my legs [feel|are] {legs} [should I run|what should I do] [today|]',
        'yesterday I did {yesterday} [should I run today|what should I do today]',
        'yesterday I did {yesterday} and my legs [feel|are] {legs}',
        // With how the runner is: a cold, a fever, run down, knackered.
        // (The rarer "feeling"/"I'm feeling" forms come through "should I {said}" below, read by the layer.)
        `[should I run|can I run|should I go for a run|is it okay to run] ${WHEN} [if|] ${HAVE_MAIN} {feeling}`,
        // (With "if", the catch-all "should I {said}" takes these, and the layer reads the feeling.)
        `[should I train|should I still run|can I still run|is it safe to run] ${WHEN} ${HAVE_MAIN} {feeling}`,
        `[can I still go running|can I still go for a run|should I still go running] ${WHEN} if ${HAVE_MAIN} {feeling}`,
        `${HAVE} {feeling} ${ASK} [today|]`,
        `${HAVE_MAIN} {feeling} ${ASK_MORE} [today|]`,
        `${ASK_WITH} [today|] with {feeling}`,
        // Anything else said with the question, in words no sample spells out ("I'm absolutely cooked after the
        // club's hills, should I run", "should I run today or give it a miss, do you reckon"): the words go to
        // {said} for the layer. Alexa and the simulator prefer samples whose slots resolve, so these catch only
        // what would otherwise fall to the fallback.
        `{said} ${alt(...ASK_TAIL)} ${WHEN}`,
        `${alt(...ASK_HEAD)} ${WHEN} {said}`,
        // "rest or run", "run or no run": the choice said on its own.
        '[rest or run|run or no run|to run or not|rest day or run day|run day or rest day] [{when}|]',
        // "good to run?", "rest day?", "good to go today?": the question in two or three words.
        // (Not "rest day" or "good to go" alone: those are answers to "what did you do yesterday?" and "how are your legs?".)
        '[good to run|okay to run|alright to run|am I running] [{when}|]',
        '[good to go|rest day|day off|recovery day|run day] [today|this morning]',
        'is today [a day off|a rest day|a recovery day|a run day|an easy day]',
        'is it [a day off|a recovery day|a run day|an easy day] [{when}|]',
        // "morning, slept brilliantly, legs feel springy, fancy a run, is that alright".
        '{said} is that [alright|okay|a good idea|sensible|wise|smart]',
        // "my knee's swollen and it hurts to walk on, is it ok to do an easy run".
        '{said} [is it okay to|can I|should I] [do|go for] [an easy run|a recovery run|a light jog|my run] [{when}|]',
        // "legs are cooked and I slept like rubbish, rest day?".
        // (Not "{said} rest day": "nothing, rest day" answers "what did you do yesterday?".)
        '{said} [run walk or rest|run or walk or rest|rest day or not|day off or not]',
        // "give me today's recommendation, my knee's swollen and I can't really bend it".
        "[give me|what's|what is|tell me] today's recommendation [{said}|]",
        "[give me|can I get|can I have] a recommendation [for today|today]",
        // "what do you reckon, go for a run? did a pretty big long run yesterday".
        '[what do you think|what do you reckon] [go for a run|go for a jog] {said}',
        // "give us a plan for today".
        '[give me|give us] [a|the|my] plan for [today|the day]',
        // "can you let me know if I'm fine to run, I'm crook with a fever", "can you tell me if I'm good to run this morning".
        "{said} [I'm good to run|I'm fine to run|I'm okay to run|I'm right to run|I'm alright to run] [{when}|]",
        // "what should today's session be": asked with nothing after it.
        "what should [today|today's session|today's run|my session today|my run today] be",
        // "could you tell me whether I should run today, I raced a half marathon yesterday", "I was wondering if it's
        // okay to run today": the question put politely, with or without more words after it.
        `${alt(...ASK_POLITE)} ${alt(...ASKED_POLITELY)}`,
        `${alt(...ASK_POLITE)} ${alt(...ASKED_POLITELY)} {said}`,
        `${alt(...ASK_ADVICE_WHETHER)} [run|run or rest|rest|train] [{said}|]`,
        `[I'm wondering|I was wondering|just wondering|wondering] what [kind of run|sort of run|type of run|run|] I should do ${WHEN}`,
        // "what's the go for today, slept like rubbish", "what's on the cards for today, did a spin class yesterday".
        `[what's|what is] [the go|on the cards|the story|the deal|the verdict|the call|the plan|the move|the word] ${WHEN} {said}`,
        // "thinking about a run today, good idea? had a rest day yesterday", "what do you think, run today?".
        `[thinking about|thinking of|I'm thinking about|I'm thinking of] [a run|going for a run|running|a jog] ${WHEN} [{said}|]`,
        `[what do you think|what do you reckon|thoughts] [should I run|run|a run|running|run or rest] ${WHEN} [{said}|]`,
        // "should I take the pram out for a run today, the baby was up all night".
        // (With the time of day or a jog, "should I {said}" below takes the words.)
        'should I take [the pram|the buggy|the stroller|the jogging stroller|the dog] [out|] for a run [{said}|]',
        // "run or rest today? slept brilliantly and my legs feel fresh": the choice first, then how the runner is.
        `[run or rest|rest or run|to run or not|run or no run] ${WHEN} {said}`,
        // "right, quick one, am I alright to train this morning": an opener before any asker.
        `{said} ${alt(...ASK_CORE, ...ASK_ALRIGHT, ...ASK_THINK)} ${alt(...RUN_MAIN, 'train')} ${WHEN}`,
        // Last resort, for askers no sample spells out ("should I hit the trails today, my knee's been clicking", "so
        // my calves are sore, can I still get a few miles in today"): every word to the layer. These fit only when no
        // other sample does (two words of their own, and words that resolve nothing); another job's request they
        // catch ("should I {wear gloves this morning}") goes to that job (conversation/said-room.ts).
        '[should|can|could|shall|do|am] I {said}',
        // "do you think I can get a run in, I had a fever over the weekend", "is it alright to go for a jog, ...".
        '[do you think|do you reckon] I [can|could] {said}',
        '[is it alright to|is it okay to] {said}',
        // "run today? did the turkey trot yesterday", "what do you think for today, did London yesterday".
        'run today [or not|or rest|yes or no|or nah|] {said}',
        // (Words after "today" too, so "ran my first 5k race today" stays a log.)
        '{said} [for today|today] {when}',
        '{said} [should|can|could|am|do] I [{when}|]',
        // "feeling a bit run down, thinking of giving it a miss today", "legs feel fine, slept well, go or no go",
        // "took yesterday off, what's the go today", "keen for a run but I slept like rubbish": said as a statement.
        "[I'm|] thinking [I might|I'll|I should|of|about] {said}",
        "{said} [I'm|] thinking [I might|I'll|I should|of|about] {when}",
        `{said} [go or no go|yes or no] ${WHEN}`,
        // "any reason not to run", "not sure whether to run, I've got a sharp pain in my shin".
        '{said} any reason not to [run|go|go for a run|train] [{when}|]',
        // "...and my legs feel normal really, is a run on the cards".
        '{said} is a run [on the cards|a good idea|okay] [{when}|]',
        "[I'm|] not sure [whether|if] [to run|I should run] {said}",
        "{said} not sure [whether|if] [to run|I should run] [{when}|]",
        "{said} [what's|what is] [the go|the plan|the verdict|the call|the story] [{when}|]",
        "[keen for|I'm keen for|fancy|up for] [a run|a jog|a run today] {said}",
        // "...and I feel a bit rubbish, worth running?", "run today?".
        '{said} worth [running|a run|it|a jog|going|heading|getting] [{when}|]',
        '[run|a run] today [or not|]',
        '{said} I should [{when}|]',
        // "my knee really hurts, should I still go running": whatever hurts goes to the legs, read by the layer.
        `my {legs} [${[...ASK_AFTER_MAIN, ...ASK_AFTER_MORE].join('|')}] [today|]`,
        // ...and the question first: "should I run today, my knee hurts".
        `[should I run|can I run|should I go for a run|is it okay to run] ${WHEN} my {legs}`,
      ],
      slotSamples: {
        legs: LEGS_ANSWERS,
        yesterday: YESTERDAY_ANSWERS,
      },
    },
    CheckIn: {
      samples: [
        'check in',
        `[I wanna|I want to|I need to|let me|can you|help me] do ${CHECK_IN}`,
        'check in [please|now|for today|for this morning]',
        `[do|start|begin] ${CHECK_IN}`,
        '[morning|daily] check in',
        // "let's do the daily check in", "can we do my morning check in", "time for today's check in".
        `[let's|can we|can I|I want to|I'd like to|I would like to|time to] do ${CHECK_IN} [for today|today|now|]`,
        `[let's|can we|can I] start ${CHECK_IN}`,
        "[let's|I want to|I'd like to|I would like to|time to] check in [now|for today|today|]",
        `[it's|] time for ${CHECK_IN}`,
        // "time for my check-in, had a rubbish night's sleep", "check me in for today, I'm feeling kinda drained".
        `[it's|] time for ${CHECK_IN} {said}`,
        'check me in [for today|today|] {said}',
        'check me in',
        'readiness check',
        '[do|start] [a|my] readiness check',
        'check in my legs [feel|are] {legs}',
        'check in I slept {sleep}',
        "check in [I feel|I am|I'm] {feeling}",
        'check in my legs [feel|are] {legs} and I slept {sleep}',
        'check in I slept {sleep} and my legs [feel|are] {legs}',
        'check in I did {yesterday} yesterday',
        '[morning|daily] check in my legs [feel|are] {legs}',
        'I slept {sleep} [last night|]',
        'I slept {sleep} [last night|] and my legs [feel|are] {legs}',
        'I slept {sleep} [last night|] and I [feel|am] {feeling}',
        'my legs [feel|are] {legs} and I slept {sleep}',
        'I [feel|am] {feeling} and my legs [feel|are] {legs}',
        "I'm feeling {feeling}",
        'I feel {feeling}',
        "[I have|I've got] {feeling}",
        // "morning check in, legs feel great and I slept a solid eight hours": the rest in {said}, for the layer.
        `[let's|can we|I want to|I wanna|I'd like to|time for|time to|] [do|start|] ${CHECK_IN} {said}`,
        `[morning|daily|quick|a quick|] check in {said}`,
        // "morning, time for the check-in, I've got a bit of a sniffle".
        '[morning|good morning|hey|hi|right|] time for [the|my|a] check in [{said}|]',
        // "can we do a quick check in before I head out".
        "[can we|let's|can I|I want to|I'd like to] do a quick check in [{said}|]",
        // "run my check-in please, didn't sleep great".
        `[run|do|start] ${CHECK_IN} [please|] {said}`,
        "[run through|go through] [the|my] check in [with me|] {said}",
        "[let's|can we|can I|] do [the|my|a] [daily|morning|] [check|readiness check] {said}",
        '{said} [check in|readiness check]',
        // "go through my morning questions", "let's do the daily questions".
        "[go through|run through|do|ask me|let's do] [my|the] [morning|daily] questions",
        "[run|do|start|] [my|a|the|] readiness check [please|] {said}",
        "[let's|can we|I want to|I'd like to] check in {said}",
        '[can you|] check how ready I am {said}',
      ],
      slotSamples: {
        legs: LEGS_ANSWERS,
        sleep: SLEEP_ANSWERS,
        feeling: FEELING_ANSWERS,
        yesterday: YESTERDAY_ANSWERS,
      },
    },
  };
}
