/**
 * The carrier phrases runners wrap a request in, as parts that multiply: who asks ("should I", "do you reckon I
 * should", "am I alright to"), the run itself ("go for a run", "head out for a run"), when ("this arvo"), and
 * the items of a spoken list ("log a run, five k, thirty minutes, easy").
 *
 * Not every product is written out: the commonest askers take every way of saying the run and every time of day,
 * the rarer ones the commoner runs and times. A device generalises from these; the simulator matches only what is
 * written, so the figures of `npm run understanding` are a floor.
 */
import type { LocaleWords } from './locales.js';

/** `[a|b|c]`: one of these (the shorthand of expand.ts). */
export function alt(...options: readonly string[]): string {
  return `[${options.join('|')}]`;
}

/** `[a|b|]`: one of these, or nothing. */
export function maybe(...options: readonly string[]): string {
  return `[${options.join('|')}|]`;
}

/** When the run would be, or unsaid: "today", "this morning", "tomorrow", the local "this arvo". */
export function whenever(w: LocaleWords): string {
  return maybe('today', 'this morning', 'this afternoon', 'this evening', 'tonight', 'tomorrow', ...w.times);
}

/** The times said most often, or unsaid (fewer combinations for the rarer askers). */
export function soon(w: LocaleWords): string {
  return maybe('today', 'this morning', 'tonight', ...w.times);
}

/** The commonest askers: they take every way of saying the run. */
export const ASK_CORE = ['should I', 'can I', 'should I still'] as const;

/** Asking for an opinion ("do you reckon I should go for a run"). */
export const ASK_THINK = ['do you think I should', 'do you reckon I should', 'reckon I should', 'do you think I ought to'] as const;

/** Asking whether it is all right ("am I alright to", "is it safe to", "would it be smart to"). */
export const ASK_ALRIGHT = [
  'can I still',
  'am I okay to',
  'am I alright to',
  'am I good to',
  'am I right to',
  'am I fine to',
  'am I safe to',
  'is it okay to',
  'is it alright to',
  'is it safe to',
  'is it a good idea to',
  'is it okay for me to',
  'would it be okay to',
  'would it be smart to',
  'is it okay if I',
] as const;

/** Every way of saying the run itself. */
export const RUN_ALL = ['run', 'go for a run', 'go running', 'go for a jog', 'go out for a run', 'head out for a run', 'get out for a run', 'hit the road'] as const;

/** The commoner ones. */
export const RUN_MAIN = ['run', 'go for a run', 'go running'] as const;

/** Taking the day off. */
export const REST = ['rest', 'take a rest day', 'have a rest day', 'have a rest', 'take the day off', 'take a day off', 'have a day off'] as const;

/** The other half of "should I run or ...": the day off, or going easy. */
export const OR_REST = ['rest', 'have a rest', 'have a rest day', 'take a rest day', 'take the day off', 'have a day off', 'take it easy', 'just rest', 'rest instead', 'not', 'give it a miss', 'skip it'] as const;

/**
 * The whole question at the end of a one-shot that starts with how the runner is:
 * "I've got a cold, should I run", "my knee really hurts, should I still go running". The commoner ones first.
 */
export const ASK_AFTER_MAIN = [
  'should I run',
  'should I go for a run',
  'can I run',
  'can I go for a run',
  'should I still run',
  'what should I do',
  'do I need a rest day',
  'should I rest',
] as const;

/** The rest: "I've got a chesty cough, is it safe to go for a run". */
export const ASK_AFTER_MORE = [
  'should I go running',
  'should I still go running',
  'can I still run',
  'can I still go for a run',
  'is it safe to run',
  'is it safe to go for a run',
  'is it okay to run',
  'do I need a day off',
  'should I skip my run',
  'should I skip today',
  'do I run or rest',
  'do I run today or rest',
  'should I still train',
  'should I train',
  'should I bother running',
] as const;

/**
 * How a request ends after words no sample spells out ("raced parkrun yesterday and I'm a bit achy, is a run
 * today a good idea"): every question above, and the shorter endings runners put on a long sentence.
 */
export const ASK_TAIL = [
  ...ASK_AFTER_MAIN,
  ...ASK_AFTER_MORE,
  "what's the move",
  "what's on for today",
  "what's the plan",
  'what should I be doing',
  'am I meant to run',
  'is it smart to run',
  'is it wise to run',
  'do I go for a run',
  'do I run',
  'run or rest',
  'rest or run',
  'run or no run',
  'what do you reckon',
  'what do you think',
  'what do you suggest',
  'what do you recommend',
  'what would you recommend',
  'is a run a good idea',
  'am I good to go',
  'am I right for a run',
  'should I give it a go',
  'should I run on it',
  'can I go out',
  'should I get a run in',
  'should I still get a run in',
  'can I still do my run',
  'should I skip my run',
  "should I skip today's run",
  'do I take a day off',
  'should I have a day off',
  'should I train or rest',
  'or should I rest',
  'or should I take a rest day',
  'or not',
  'is a run today a good idea',
  'is today a good day for a run',
  'can I still do my easy run',
  'can I still do my long run',
  'can I still do my session',
  'can I still go for a jog',
  'can I go for a jog',
  'can you help me decide',
  'help me decide',
  'or give it a miss',
  'or have a day off',
  'or take the day off',
  'or just take the day off',
  'or just put my feet up',
  'am I running',
  "what's my training supposed to be",
  'what am I supposed to do',
  'can I go smash a run',
  'can I go for a run',
  'should I head out for a jog',
  'should I head out for a run',
  'should I go for it',
  'should I still do my run',
  'is running a bad idea',
  'good idea or nah',
  'good idea or not',
  'can I do something',
  'can I get a little shakeout in',
  'can I still get a run in',
  'can I get a run in',
  'what should today be',
  'is it a rest day',
  'is today a rest day',
  'should I go out',
  'should I go for a jog',
  'should I even bother',
  'should I be running',
  'should I be running or what',
  'should I run or what',
  'do I run or what',
  'ought I to run',
  'alright to go out running',
  'alright to run',
  'okay to run',
  'can I do a proper run',
  'should I',
  'should I give running a miss',
  'should I give it a miss',
  'should I hit the pavement',
  'should I hit the road',
  'is an easy run alright',
  'is an easy run okay',
  'can I still get a few miles in',
  'can I get a few miles in',
] as const;

/** How a request starts before words no sample spells out ("should I run today or give it a miss, do you reckon"). */
export const ASK_HEAD = [
  ...ASK_AFTER_MAIN,
  ...ASK_AFTER_MORE,
  'am I good to go',
  'am I okay to run',
  'am I alright to run',
  'am I alright to train',
  'is it okay to train',
  'do you reckon I should run',
  'do you think I should run',
  'should I get a run in',
  'what should I be doing',
  'do I run',
  'should I do a recovery run',
  'should I get a few miles in',
  'do you reckon I should have a run',
  'do you think I should have a run',
  'what do you think I should do',
  'what would you recommend',
  'should I do anything',
  'not sure whether to run',
  "do you think it's wise to run",
  "do you think it's wise to go out for a run",
  'can I train',
  'should I train',
  'would it be dumb to run',
  'would it be silly to run',
  'would it be stupid to run',
  'is it safe for me to go for a run',
  'is it safe for me to run',
  'should I have a crack at a run',
  'should I do a run',
  'can I get a run in',
  'is running a bad idea',
  'should I still do my run',
  'is it worth heading out',
  'is it worth going out',
  // Asking for a recommendation: "advice for today please, I biked for an hour yesterday".
  'recommend something',
  'can you recommend something',
  'what do you suggest',
  'what do you recommend',
  'what would you suggest',
  'any advice',
  'advice',
  'advice please',
  'give me some advice',
  'give me advice',
  'what run should I do',
  'what kind of run should I do',
  'what sort of run should I do',
  'what should I run',
  'should I have a run',
  'is a run a good idea',
  'is running a good idea',
  'is it a good idea to run',
  'should I run or rest',
  'should I run or not',
  "what's the plan",
  "what's the move",
  'ought I to run',
  'should I be running',
  'what should today be',
  "what should today's session be",
  "what's today looking like",
  'is it a rest day',
  'is it smart to run',
  'is it wise to run',
  'is today a good day to run',
  'is today a good day for a run',
  'is it a good day to run',
  'reckon I should have a run',
  'can I do a proper run',
  'should I go for a trail run',
  'should I squeeze a run in',
  'should I do my club session',
  'should I do my session',
  'can I get out for a jog',
  "do you think I'm good to run",
  "do you reckon I'm good to run",
  'am I good to run',
  'should I take today off',
  'should I take the day off',
  'shall I run',
  'shall I go for a run',
  'is it too soon to run',
  'is it too early to run',
  'is it too soon to go for a run',
  'reckon I should head out for a jog',
  'reckon I should head out for a run',
  'should I do my run',
  'what should my workout be',
  'what should my run be',
  'is today an easy day',
  'should I be resting',
  'is today a run day or a rest day',
  'should I hit the trails',
  'is it alright to do my run commute',
  'run today yes or no',
] as const;

/**
 * The polite or roundabout openings of today's question ("could you tell me whether I should run today", "I was
 * wondering if it's okay to run today", "I'd like some advice on whether to run today").
 */
export const ASK_POLITE = [
  'could you tell me whether',
  'could you tell me if',
  'can you tell me if',
  'tell me if',
  'I was wondering if',
  "I'm wondering if",
  'just wondering if',
  'wondering if',
  "I'm not sure if",
  'do you know if',
] as const;

/** What follows a polite opening: the question put as a statement. */
export const ASKED_POLITELY = [
  'I should run',
  'I should go for a run',
  'I should train',
  'I should rest',
  "it's okay to run",
  "it's safe to run",
  'I can run',
  'I can still run',
] as const;

/** "I'd like some advice on whether to run today please": the advice asked for, then "whether to". */
export const ASK_ADVICE_WHETHER = ["I'd like some advice on whether to", "I'd like advice on whether to", 'I need advice on whether to', 'any advice on whether to', 'advice on whether to', 'help me decide whether to'] as const;

/**
 * Every order of every non-empty selection of the items: the items of a spoken list, said in any order and any
 * of them left out ("five k, thirty minutes, easy", "easy, forty minutes", "an hour, six miles").
 */
export function listings(items: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (chosen: readonly string[], rest: readonly string[]) => {
    if (chosen.length > 0) out.push(chosen.join(' '));
    rest.forEach((item, i) => walk([...chosen, item], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  walk([], items);
  return out;
}
