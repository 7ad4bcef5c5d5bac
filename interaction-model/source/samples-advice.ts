/**
 * "Should I run today?" and the morning check-in: the requests, the one-shots that already carry the legs,
 * yesterday or how the runner is ("my legs are heavy after yesterday's long run, should I run", "should I run
 * today, I've got a cold"), and the answers to each question the skill asks.
 */
import { FEELING_ANSWERS, LEGS_ANSWERS, SLEEP_ANSWERS, YESTERDAY_ANSWERS } from './answers.js';
import type { AllIntentSources } from './intents.js';

/** The question itself, said at the end of a one-shot that starts with how the runner is. */
const ASK = '[should I run|should I go for a run|can I run|can I go for a run|should I still run|what should I do|do I need a rest day|should I rest]';
/** How a runner says what they have: "I've got a cold", "I'm run down". */
const HAVE = "[I've got|I have|I'm|I am|I feel|I'm feeling]";

export function adviceSamples(): Pick<AllIntentSources, 'ShouldIRun' | 'CheckIn'> {
  return {
    ShouldIRun: {
      samples: [
        // Asking, in the many ways runners ask.
        '[should|can|could] I [run|go for a run|go running|go for a jog|go out for a run] [today|this morning|tonight|this evening|]',
        '[should|can] I still [run|go for a run] [today|]',
        'am I [okay|good|fine|ready|fit|safe] to run [today|]',
        'is it [okay|safe|a good idea|wise|sensible|alright] [for me|] to run [today|]',
        'is it [okay|alright] to go for a run [today|]',
        'do you think I should [run|go for a run] [today|]',
        'do I [run|rest] today',
        'should I [rest|take a rest day|take the day off|have a rest day|have a day off|take a day off|train] [today|]',
        'do I need [a rest day|a day off|to rest|a rest|an easy day] [today|]',
        "should I skip [my run|running|training|today's run] [today|]",
        'is it a rest day [today|]',
        'is today a [rest day|running day]',
        'can I train today',
        'should I run or [rest|walk|cross train|take a day off] [today|]',
        'run or rest [today|]',
        'what should I do [today|for my run today|for training today]',
        'tell me what [to do|I should do] [today|]',
        'tell me [if|whether] I should run [today|]',
        'what [run|kind of run|type of run|sort of run] should I do [today|]',
        'what [should|do] I run today',
        "[what is|what's] my run today",
        "[what is|what's] the plan [today|for today]",
        "[what is|what's] my training today",
        'what do you [recommend|suggest] [today|for today|]',
        "[what is|what's] your advice [today|for today]",
        'give me [my|some|] advice for today',
        'any advice for today',
        'should I do [a recovery run|an easy run|a recovery run or an easy run] [today|]',
        'how [far|long] should I run today',
        'what should my run be today',
        // With the legs.
        'should I [run|go for a run] today my legs [feel|are] {legs}',
        `my legs [feel|are] {legs} ${ASK} [today|]`,
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
        '[should|can] I run [today|] after [my|] {yesterday} [yesterday|]',
        "[should|can] I run [today|] after yesterday's {yesterday}",
        'I did {yesterday} yesterday [should I run|can I run|what should I do] [today|]',
        'I [did|had|ran] {yesterday} yesterday and my legs [feel|are] {legs}',
        'I [did|had|ran] {yesterday} yesterday and my legs [feel|are] {legs} [should I run|what should I do] [today|]',
        'yesterday I did {yesterday} [should I run today|what should I do today]',
        'yesterday I did {yesterday} and my legs [feel|are] {legs}',
        // With how the runner is: a cold, a fever, run down, knackered.
        `[should I run|can I run|should I go for a run|is it okay to run] [today|] ${HAVE} {feeling}`,
        `${HAVE} {feeling} ${ASK} [today|]`,
        '[should|can] I run [today|] with {feeling}',
        'is it okay to run with {feeling}',
      ],
      slotSamples: {
        legs: LEGS_ANSWERS,
        yesterday: YESTERDAY_ANSWERS,
      },
    },
    CheckIn: {
      samples: [
        'check in',
        'check in [please|now|for today|for this morning]',
        '[do|start|begin] [my|a|the] [morning|daily|] check in',
        '[morning|daily] check in',
        "let's [do my|do a|do the|] check in",
        "[I want|I would like|I'd like] to [do my|do a|] check in",
        'can [we|I] [do|start] [my|a|the] [morning|daily|] check in',
        'check me in',
        "[it's|] time for my [morning|daily|] check in",
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
