/**
 * Logging a session and hearing the week. Runners say what they did with the verb first ("I jogged four miles",
 * "just did ten k in fifty five minutes", "I just got back from a forty five minute run"), with the duration
 * first or last, and with "just", "I've just", "got back from".
 */
import { DAY_ANSWERS, DISTANCE_ANSWERS, DURATION_ANSWERS, EFFORT_SCORE_ANSWERS, EFFORT_WORD_ANSWERS, KIND_ANSWERS } from './answers.js';
import { listings, maybe } from './carriers.js';
import type { AllIntentSources } from './intents.js';
import type { LocaleWords } from './locales.js';

/** Verbs before a bare distance: "I ran five k", "just did ten k", "I jogged four miles". */
const COVERED = alt("I ran", "I did", "I jogged", "I just ran", "I just did", "I just jogged", "I've just run", "I've just done", "I've run", "I've done", "just ran", "just did", "ran", "jogged");
/** Verbs before "a ... run": "I went for a five mile run", "I just got back from a forty five minute run". */
const WENT_VERBS = ["I did", "I had", "I went for", "I just went for", "I've been for", "I've just been for", "I just got back from", "I got back from", "just got back from", "I'm back from", "I'm just back from", "I just finished", "I finished", "just finished", "just did"];
const WENT = alt(...WENT_VERBS);
/** Asking to log, before words no sample spells out: "log a run, the usual loop", "mark down today's run". */
const SAID_LOG = '[log|record|mark down|put down|add|save|note down|write down|track|log down] [a run|my run|a session|my session|today\'s run|this run|the run|]';
/** When, said as words Alexa's date slot does not take. */
const WHEN = '[today|this morning|this afternoon|this evening|tonight|earlier|]';
/** The two that most often end a longer sentence (fewer combinations keep the model small). */
const SOON = '[today|this morning|]';

function alt(...options: string[]): string {
  return `[${options.join('|')}]`;
}

/**
 * A log said as a list, in any order, any item left out: "log a run, five k, thirty minutes, easy", "record my
 * run, six miles, an hour, moderate effort", "log intervals, forty five minutes, max effort", "log 5 miles easy".
 * Said as an effort, "it was kind of moderate" reaches the skill as effortWord words for the understanding layer.
 */
const LIST_ITEMS = listings(['{distance} {unit}', '{duration}', '{effortWord}']);
/** How a list starts: with no kind ("log a run"), or naming one ("log my long run", "add a parkrun"). */
const LIST_HEADS = ['log', '[log|track] a run', 'log my run', '[record|add|save] [a|my] run', 'log [my|] {kind}', '[record|add|save] [my|] {kind}'];
/**
 * The effort said as a clause first or last ("log a run, it was hard, ten k", "a tempo run, forty minutes, it was
 * hard"), for the commoner heads: without it, the clause's words could be taken for a unit.
 */
const FELT = '[it was|it felt]';
const FELT_ITEMS = [
  ...listings(['{distance} {unit}', '{duration}']).map((items) => `${items} ${FELT} {effortWord}`),
  ...listings(['{distance} {unit}', '{duration}']).map((items) => `${FELT} {effortWord} ${items}`),
];
const FELT_HEADS = ['log a run', 'log [my|] {kind}'];

export function loggingSamples(w: LocaleWords): Pick<AllIntentSources, 'LogRun' | 'Week'> {
  return {
    LogRun: {
      samples: [
        // The session told in words no sample spells out ("long run done mate, 28k in two and a half hours",
        // "knocked out a quick seven k, moderate I'd say"): the words go to {said} and the layer reads them into
        // the slots (conversation/log-from-said.ts). Samples whose slots resolve win, so these catch only what
        // would otherwise fall to the fallback. They come first: where a sample with a built-in slot ties with one
        // of these, the simulator takes the earlier, and a built-in Alexa cannot read arrives as "?", its words
        // lost, while {said} keeps them.
        `${SAID_LOG} {said}`,
        "[can you|could you|please|I want to|I wanna|I'd like to|I need to] [log|record|add|save|mark down] [a run|my run|today's run|] {said}",
        "{said} [can you log that|log that|log it|please log it|can you log it|log that for me|save that|can you save that|record that|put that down|mark that down|add that|put that in|pop that in|stick that in|add that in]",
        // "eight by 400 on the track, can you save that, it was really really hard".
        '{said} [can you save that|can you log that|save that|log that|log it] {effortWord}',
        // "recovery run to log please, twenty minutes, nice and gentle".
        '{kind} to log [please|] {said}',
        '{said} [done|done and dusted|in the bag|complete|completed|finished|sorted|ticked off|knocked off|all done]',
        "[just|I just|I've just|I|] [got back from|been out for|went out for|went for|finished|knocked out|smashed out|banged out|completed|squeezed in|got in] {said}",
        // "back from parkrun, 24 minutes, flat out".
        "[just|I'm just|I'm|I am|] [back from|home from|in from] {said}",
        "[just back|I'm just back|I'm back|back home|just home|just got in|just in] {said}",
        "{kind} done {said}",
        // "just got back, did 2 miles super easy".
        "[just got back|I just got back|just got in|just back|back home] [and|] [did|ran|I did|I ran] {said}",
        "[just|I just|I|] [squeezed|snuck|fitted|fit] a run in {said}",
        "[just|I just|I've just|I|] [got home from|got done with|got in from|wrapped up|wrapped|nailed|survived] {said}",
        // "just raced the half marathon, 1 hour 52": {raced}, not {said}, so the word that says it was a race is kept.
        "[just|I just|I've just|I|] raced {raced}",
        "[just|I just|I've just|I|] had [a|an|my|the] {said}",
        "[I'm|I am|just|] logging {said}",
        "[just|I just|I|] [did|ran] {said}",
        "[I've just|I've] [run|done] {said}",
        "[just|right just|right I've just|] done {said}",
        // Last resort, the session said straight out with no head ("five k jog, thirty minutes, nice and gentle", "an
        // hour and a half long run, 12 miles"), or put in ("put in a long run for me, 25 ks, two hours ten").
        // (Only words that name no kind or effort here: a literal's words never reach the layer.)
        '{distance} {unit} [jog|run|this morning|today|done|just now|earlier] {said}',
        '{duration} [jog|run|of running|this morning|today|done|just now|earlier|on|on the|on my|in the|at the|of] {said}',
        // "3.1 miles, 28 minutes, felt easy": the list alone, then how it felt.
        '{distance} {unit} [in|] {duration} [felt|it felt|felt like|and|at|was|pretty|nice and] {said}',
        // "tempo run, 6.2 miles in 50 minutes, moderate effort": the kind first, then the list.
        '{kind} {distance} {unit} in {duration} [{effortWord}|]',
        // "fartlek session, 40 minutes, moderate effort", "recovery run, 5k, dead easy", "an hour and a half long
        // run, 12 miles, felt comfortable": the kind with its own word, then the numbers.
        '{kind} session [{duration}|{distance} {unit}] [{effortWord}|]',
        '{kind} run {distance} {unit} [{effortWord}|]',
        '{duration} {kind} run {distance} {unit} [{effortWord}|]',
        // "just walked 3 miles with my wife": the verb is the session's, so it goes to the layer with the rest.
        "[just|I just|I've just] {said}",
        // "took me forty minutes to do 7k, hard going".
        '[it took me|took me|took] {duration} [to do|to run|to get through|for|but] {said}',
        // "hill repeats this morning, forty minutes total": the session, when, then the rest.
        '{kind} [this morning|earlier|this afternoon|this evening] {said}',
        '[put in|pop in|chuck in|stick in|bung in|whack in] [a|my|the|an] {said}',
        // A distance, with the time last.
        `${COVERED} {distance} {unit} ${WHEN}`,
        `${COVERED} {distance} {unit} in {duration} ${SOON}`,
        // A named session with its numbers: "I did a tempo run of 8k in 40 minutes" (the hard day must not be lost).
        '[I did|I ran|just did|I just did] [a|an|my] {kind} [of|] {distance} {unit} [in {duration}|]',
        // The way runners say it after a run: "just did 8k in 50 minutes, felt hard".
        '[I ran|I did|just did|I just did|just ran] {distance} {unit} [in {duration}|] [and|] [it|] felt {effortWord}',
        '[I ran|I did|I jogged] {distance} {unit} [on|] {day} [in {duration}|]',
        '[I ran|I did|I jogged] {distance} {unit} in {duration} [on|] {day}',
        '[I ran|I did] {distance} {unit} [in {duration}|] [and|] it [felt|was] {effortWord}',
        '[I ran|I did] {distance} {unit} [today|this morning] [and|] it [felt|was] {effortWord}',
        '[I ran|I did] {distance} {unit} in {duration} [and|] it [felt like|was] [a|] {effortScore} out of ten',
        '[I ran|I did] {distance} {unit} at [a|] {effortScore} out of ten',
        '[on|] {day} I [ran|did] {distance} {unit} [in {duration}|]',
        // "a five k", "a three mile recovery run", "a forty five minute run": the duration or distance first.
        // "went for a seven mile jog" (only with a distance: "went for a swim" answers what the runner did yesterday).
        `${alt('I ran', 'went for', ...WENT_VERBS)} a {distance} {unit} [run|jog|] ${SOON}`,
        // "just did an eight k run", "I went for an eleven mile run".
        `[I did|I went for|just did|I just did|I ran] an {distance} {unit} [run|] ${SOON}`,
        '[I ran|I did|I went for|just did] a {distance} {unit} [run|] in {duration}',
        '[I ran|I did|I went for] a {distance} {unit} [run|] {day} [in {duration}|]',
        '[I ran|I did] a {distance} {unit} [run|] in {duration} [and|] it [felt|was] {effortWord}',
        `${WENT} a {distance} {unit} {kind} ${SOON}`,
        '[I did|I went for] a {distance} {unit} {kind} {day}',
        `${WENT} a {duration} run ${SOON}`,
        `${WENT} a {duration} {kind} ${SOON}`,
        '[I did|I went for] a {duration} {kind} {day}',
        '[I did|I went for] a {duration} run {day}',
        // The effort said last, after any of the commonest logs: "just got back from a ten k, went pretty hard",
        // "I ran the half marathon today and went flat out".
        ...[`${WENT} a {distance} {unit} [run|]`, `${WENT} {kind}`, 'I ran {kind} [today|]', `${COVERED} {distance} {unit}`].map(
          (head) => `${head} [went|felt|it felt|it was|and it felt|and went] {effortWord}`,
        ),
        // How it went, said after the log ("I ran 5k in 30 minutes but my knee was really hurting"): the words reach
        // the skill (a custom slot keeps them, a built-in would send "?"), so pain said there is heard.
        `${COVERED} {distance} {unit} [in {duration}|] [but|and] {effortWord}`,
        `${alt(...WENT_VERBS)} {kind} [but|and] {effortWord}`,
        `${alt(...WENT_VERBS)} [a|an] {distance} {unit} run [but|and] {effortWord}`,
        '[I ran|I jogged] for {duration} [but|and] {effortWord}',
        // The effort or the time first, the session after: "I went all out in a ten k race today", "I did an hour on
        // the bike"; the race named last: "ran five k flat out at parkrun"; the time said as "took": "a long run,
        // fifteen miles, took about two hours".
        `I went {effortWord} [in|at] [a|the|my|] {kind} ${SOON}`,
        '[I did|I just did|did] {duration} on the {kind} [today|instead of running|]',
        `${COVERED} {distance} {unit} {effortWord} at {kind}`,
        // "about" before the duration is the duration's own hedge (the slot takes it).
        `${WENT} [a|my] {kind} {distance} {unit} took [me|] {duration}`,
        // "I just did a tempo run, about seven miles": the distance hedged.
        '[I did|I ran|just did|I just did] [a|an|my] {kind} [about|around] {distance} {unit} [in {duration}|]',
        `${COVERED} [about|around] {distance} {unit} [in {duration}|]`,
        // "so I just did three k really easy", "did intervals on the track this arvo".
        `${COVERED} {distance} {unit} {effortWord}`,
        // The time is said: a bare "did a HIIT class" answers "what did you do yesterday?".
        `[did|just did] {kind} ${alt('today', 'this morning', 'this afternoon', 'this evening', 'tonight', ...w.times)}`,
        `${WENT} [about|around|roughly] {duration} {kind}`,
        // "went flat out on the track, intervals, about half an hour".
        '[went|] {effortWord} [effort|] [on|in|at] the {kind} {said}',
        // "got 6 k in before my calf went, had to hobble home".
        '[got|I got] {distance} {unit} in {said}',
        // "8 k's, easy, 48 minutes, but me knee started hurting", "thirty minute recovery shuffle, super easy".
        '{distance} {unit} [easy|steady|nice and easy|pretty easy|hard|pretty hard] {said}',
        '{duration} {kind} [super|nice and|dead|pretty|very] {effortWord}',
        // "fartlek, 40 minutes, pretty hard": the kind, the time and how it felt, with the word that softens it.
        // (Not "really" or "super": they make the effort harder, and a literal's words never reach the layer.)
        '{kind} {duration} [pretty|quite|fairly|nice and] {effortWord}',
        // "I went to spin, an hour, it was very hard".
        '[I went to|went to|I did|did] {kind} {duration} [it was|it felt|felt|was] {effortWord}',
        // "just finished a recovery run, half an hour", "I've just done a fartlek session, forty minutes", "just
        // finished my long run, sixteen miles", "just did a recovery run, twenty five minutes, nice and easy".
        `${alt(...WENT_VERBS, "I've just done", "I've done")} {kind} [for|of|about|] {duration} [{effortWord}|]`,
        `${alt(...WENT_VERBS, "I've just done")} {kind} [about|around|] {distance} {unit}`,
        // "just did an eight k run this morning, pretty easy"; "did parkrun this morning, went all out".
        `${WENT} [a|an] {distance} {unit} run [today|this morning] {effortWord}`,
        `[did|I did|just did|I've just done] {kind} ${SOON} [went|felt|it felt|it was|and it felt|and went] {effortWord}`,
        // Time only.
        `[I ran|I jogged|ran|jogged|I just ran|I went running|I was out running|I've just been running] for {duration} ${SOON}`,
        '[I ran|I jogged] for {duration} [on|] {day}',
        'I ran for {duration} [and|] it felt {effortWord}',
        'I ran {day}',
        `I went [running|for a run|for a jog] ${SOON}`,
        // The kind of session.
        '[I ran|I just ran|I\'ve just run] {kind}',
        'I ran {kind} [on|] {day}',
        'I ran {kind} in {duration} [{day}|]',
        'I ran {kind} {day} in {duration}',
        `${WENT} {kind}`,
        `[I did|I just did|I've just done|I had|I went for] {kind} ${SOON}`,
        'I did {kind} [on|] {day}',
        'I did {kind} {day} in {duration}',
        '[I did|I went for] {kind} [for|of] {duration}',
        'I did {kind} [on|] {day} for {duration}',
        'I did {kind} for {duration} [on|] {day}',
        '[I did|I just did] {duration} of {kind}',
        'I did {kind} [and|] [it felt|it was] {effortWord}',
        // "I did a fartlek, thirty five minutes", "I did intervals, forty minutes, hard".
        ...LIST_ITEMS.map((items) => `[I did|I just did] {kind} ${items}`),
        // "I swam for thirty minutes", "I walked for forty minutes": the verb names the kind.
        `I {kind} for {duration} ${SOON}`,
        'I did {kind} for {duration} [and|] it felt {effortWord}',
        '[I did|I went for] {kind} of {distance} {unit}',
        'I did {kind} of {duration} [and|] it felt {effortWord}',
        'I went for {kind} [on|] {day}',
        // A spoken list, the kind or the items first: "log a run, five k, easy", "forty minutes easy, log it".
        // Not "log {effortWord} ...": "log easy twenty five k" is the kind, as with "record" below.
        ...LIST_HEADS.flatMap((head) => LIST_ITEMS.filter((items) => head !== 'log' || !items.startsWith('{effortWord}')).map((items) => `${head} ${items}`)),
        // "log a run, 5 miles in 42 minutes, felt easy": the time said with "in" after the distance.
        '[log|log a run|track a run|log my run] {distance} {unit} in [about|around|] {duration} [{effortWord}|]',
        // "record forty five minutes, moderate, six miles"; not with the effort first ("record easy five k" is the kind).
        ...LIST_ITEMS.filter((items) => !items.startsWith('{effortWord}')).map((items) => `[record|add] ${items}`),
        ...LIST_ITEMS.map((items) => `${items} [log it|log that]`),
        ...FELT_HEADS.flatMap((head) => FELT_ITEMS.map((items) => `${head} ${items}`)),
        `log a {distance} {unit} [{kind}|run] ${maybe('{duration}', '{effortWord}', '{duration} {effortWord}')}`,
        '[record|add] a {distance} {unit} [{kind}|run]',
        // Asking to log.
        'log [a|my|] [run|session|workout|training]',
        "[I want|I'd like] to log [a|my] [run|session|workout]",
        'log [a|my] run please',
        'log {kind}',
        'log my {kind}',
        'log {kind} [on|] {day}',
        'log {kind} [of|for] {duration}',
        'log {kind} of {duration} [and|] it felt {effortWord}',
        'log {kind} of {duration} at {effortScore} out of ten',
        'log {kind} of {distance} {unit}',
        'log {kind} of {distance} {unit} in {duration}',
        'log {distance} {unit}',
        'log {distance} {unit} in {duration}',
        'log {distance} {unit} in {duration} [and|] it felt {effortWord}',
        'log {duration} [of|on] {kind}',
        '[log|record|add] a {duration} {kind}',
        '[record|save|add] [a|my] run',
        '[record|save|add] {kind}',
        '[record|save|add] {distance} {unit} [in {duration}|]',
        '[my|the] run felt {effortWord}',
        'it felt {effortWord}',
        'it felt {effortScore} out of ten',
        '[my|the] run was [a|] {effortScore} out of ten',
      ],
      slotSamples: {
        kind: KIND_ANSWERS,
        duration: DURATION_ANSWERS,
        distance: DISTANCE_ANSWERS,
        unit: ['{unit}', 'in {unit}'],
        effortWord: EFFORT_WORD_ANSWERS,
        effortScore: EFFORT_SCORE_ANSWERS,
        day: DAY_ANSWERS,
      },
    },
    Week: {
      samples: [
        'what did I do [this week|last week|over the last week|in the last seven days]',
        // "remind me what runs I've done since Monday".
        "[remind me|tell me|can you tell me] what [runs|running|] I've [done|run|logged] [{said}|]",
        'what have I done [this week|so far this week]',
        'what [did I run|have I run] this week',
        // "how's my week looking", "how's my training going this week", "how has my week been".
        "[how's|how is] my [week|training week|running week|training|running] [looking|going|shaping up|so far|]",
        "[how's|how is] my [training|running] [looking|going] this week",
        "[how's|how is] the week [looking|going]",
        // "how's my training week been so far".
        "[how's|how has] my [week|training week|running week|training|running] been [so far|this week|]",
        '[how am I|how am I doing|how am I going] [this week|with my running this week|with my training this week]',
        'how has my [week|training|running|training week] been [so far|this week|]',
        'how did my [week|training|running|training week] go',
        "how'd my [week|training|running] go",
        'how was my week [going|so far|]',
        // "how many k's have I run this week".
        `how many [runs|miles|${w.kilometres}|k's|k] [have I done|have I run|did I do|did I run|] [this week|so far this week]`,
        'how [much|far] [did I run|have I run|have I gone] [this week|so far this week]',
        // "how far have I gone this week, in k's".
        'how [much|far] [did I run|have I run|have I gone] [this week|so far this week] {said}',
        '[give me|give us|tell me|read me] my [week|weekly summary|weekly recap|week so far|training this week]',
        'my week [so far|]',
        'weekly [summary|recap|review|update]',
        '[recap|review|summarize|summarise|sum up|go over] my week',
        "[what's|what has] my training been like this week",
        'show me my week',
        'what have I logged [this week|]',
        'what runs have I done [this week|lately]',
        'my training log',
        'tell me about my week',
        "[how did I do|what'd I do|what'd I run] [this week|last week]",
        '[give me|give us|can I get|can I have|tell me] a [summary|recap|rundown|review] of my [week|training week|training this week]',
        // "how many miles have I got in the bank this week", "what's my mileage looking like for the week".
        '{said} [this week|this week so far|for the week|my week|my week so far|the week so far]',
        "{said} this week's [training|running|runs|mileage|miles]",
        "[how's|how is] [the|my] week {said}",
        'tell me about my [training|running|runs|mileage] [this week|so far this week|for the week]',
        'what does my week look like [so far|this week|]',
        'what does my week look like {said}',
        "[what's|what has] my [week|training|running] been like [so far|this week|]",
      ],
      slotSamples: {},
    },
  };
}
