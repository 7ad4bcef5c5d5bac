/**
 * Judges phrasings the way the skill will meet them: through the simulator (the interaction model alone), and
 * through the simulator plus the understanding layer (what a handler does with a slot that arrives without an
 * entity-resolution match). Pure apart from the models it is given; `bench/understanding.ts` prints the figures.
 *
 * Answer contexts are asked with a pending Dialog.ElicitSlot (legs and yesterday on ShouldIRunIntent, sleep and
 * feeling on CheckInIntent); openings with no dialog. A phrasing is understood when the intent is right, every
 * fact it expects is right, and the safety flags (pain, ill below / above the neck) are exactly as expected.
 */
import type { Intent, Slot } from 'ask-sdk-model';
import { INTENTS } from '../lambda/conversation/contract.js';
import { logHasSomethingToKeep, logNeedsTheCoach, logWords, safetyInLog } from '../lambda/conversation/log-health.js';
import { SESSION_SLOT } from '../lambda/conversation/session-type.js';
import { isoDurationMinutes } from '../lambda/conversation/slots.js';
import { heardVolunteered } from '../lambda/conversation/volunteered.js';
import { logFromSaid } from '../lambda/conversation/log-from-said.js';
import { saidAsksForAdvice, saidNeedsTheCoach } from '../lambda/conversation/said-safety.js';
import { saidRoom } from '../lambda/conversation/said-room.js';
import { yesterdayWordsFromLog } from '../lambda/conversation/yesterday-from-log.js';
import { hearSafety, readAnswer, type AnswerSlot, type Safety } from '../lambda/understand/index.js';
import { completeIntent, explainUtterance, FALLBACK_INTENT, type ResolveContext } from '../local/simulator/resolve.js';
import type { InteractionModel } from '../local/simulator/model.js';
import type { Context, Expectation, Phrasing } from '../tests/understanding/phrasing.js';

type AnswerContext = Exclude<Context, 'opening'>;

/** Which intent asks each answer context's question. */
export const ASKED_BY: Readonly<Record<AnswerContext, string>> = {
  legs: INTENTS.ShouldIRun.name,
  yesterday: INTENTS.ShouldIRun.name,
  sleep: INTENTS.CheckIn.name,
  feeling: INTENTS.CheckIn.name,
};

/** The corpus fact -> the slot that carries it. */
const FACT_SLOT = {
  legs: 'legs', yesterday: 'yesterday', sleep: 'sleep', feeling: 'feeling', topic: 'topic', experience: 'experience',
  kind: 'kind', effort: 'effortWord', distance: 'distance', unit: 'unit', minutes: 'duration',
} as const;
type Fact = keyof typeof FACT_SLOT;
const FACTS = Object.keys(FACT_SLOT) as Fact[];

/** Slots the layer can read when entity resolution did not match. */
const LAYER_SLOTS = new Set<string>(['legs', 'yesterday', 'kind', 'sleep', 'feeling', 'effortWord', 'topic', 'activity', 'experience']);

export interface Verdict {
  ok: boolean;
  /** What was understood, in the corpus's terms, for the list of misses. */
  got: string;
}

export interface Judged {
  phrasing: Phrasing;
  simulator: Verdict;
  layered: Verdict;
}

const NO_SAFETY: Safety = { pain: false, illBelowNeck: false, illAboveNeck: false };

function slotsOf(intent: Intent): Slot[] {
  return Object.values(intent.slots ?? {});
}

/** The entity-resolution id of a custom slot, when Alexa matched one. */
function matchedId(slot: Slot | undefined): string | undefined {
  const authority = slot?.resolutions?.resolutionsPerAuthority?.[0];
  return authority?.status.code === 'ER_SUCCESS_MATCH' ? authority.values[0]?.value.id : undefined;
}

function isCustom(slot: Slot | undefined): boolean {
  return slot?.resolutions !== undefined;
}

/** Safety as the ids alone say it (the simulator column): legs painful, feeling ill. */
function safetyFromIds(intent: Intent): Safety {
  const ids = slotsOf(intent).map(matchedId);
  return {
    pain: ids.includes('painful'),
    illBelowNeck: ids.includes('ill-below-neck'),
    illAboveNeck: ids.includes('ill-above-neck'),
  };
}

function expectedSafety(e: Expectation): Safety {
  return { pain: e.pain === true, illBelowNeck: e.illBelowNeck === true, illAboveNeck: e.illAboveNeck === true };
}

function sameSafety(a: Safety, b: Safety): boolean {
  return a.pain === b.pain && a.illBelowNeck === b.illBelowNeck && a.illAboveNeck === b.illAboveNeck;
}

function describeSafety(s: Safety): string {
  return (['pain', 'illBelowNeck', 'illAboveNeck'] as const).filter((k) => s[k]).join(' ');
}

/** A fact as read from a slot: custom ids, numbers, minutes. */
type Facts = Partial<Record<Fact, string | number>>;

function factOf(fact: Fact, slot: Slot | undefined, id: string | undefined): string | number | undefined {
  if (fact === 'distance') {
    const n = Number(slot?.value);
    return slot?.value !== undefined && Number.isFinite(n) ? n : undefined;
  }
  if (fact === 'minutes') return slot?.value ? isoDurationMinutes(slot.value) : undefined;
  return id;
}

/**
 * A race with its distance said ("a 10k race": kind race, distance 10, unit km) is the named race, as the handler
 * reads it (SESSION_SLOT: race-10k is a race of 10 km), so it meets an expectation of race-10k.
 */
function sameKind(want: string, have: string | number | undefined, facts: Facts): boolean {
  if (have === want) return true;
  const named = SESSION_SLOT[want as keyof typeof SESSION_SLOT]?.distanceKm;
  return have === 'race' && named !== undefined && facts.unit === 'km' && typeof facts.distance === 'number' && Math.abs(facts.distance - named) < 0.01;
}

function compare(expect: Expectation, intent: string | undefined, facts: Facts, safety: Safety, wantIntent?: string): Verdict {
  const parts: string[] = [];
  let ok = true;
  if (wantIntent !== undefined) {
    parts.push(intent ?? '-');
    if (intent !== wantIntent) ok = false;
  }
  for (const fact of FACTS) {
    const want = expect[fact];
    const have = facts[fact];
    if (have !== undefined) parts.push(`${fact}=${have}`);
    if (want === undefined) continue;
    if (typeof want === 'number' ? typeof have !== 'number' || Math.abs(have - want) > 0.01 : fact === 'kind' ? !sameKind(want, have, facts) : have !== want) ok = false;
  }
  const s = describeSafety(safety);
  if (s) parts.push(s);
  if (!sameSafety(safety, expectedSafety(expect))) ok = false;
  return { ok, got: parts.join(' ') || '(nothing)' };
}

/** The expected facts of a phrasing, as the misses list shows them. */
export function describeExpectation(e: Expectation): string {
  const parts: string[] = [];
  if (e.intent) parts.push(INTENTS[e.intent].name);
  for (const fact of FACTS) if (e[fact] !== undefined) parts.push(`${fact}=${String(e[fact])}`);
  const s = describeSafety(expectedSafety(e));
  if (s) parts.push(s);
  return parts.join(' ');
}

function intentKeyName(e: Expectation): string | undefined {
  return e.intent ? INTENTS[e.intent].name : undefined;
}

/** Reads every custom slot of `intent` the way a handler with the layer would; returns facts and safety. */
function layeredRead(intent: Intent, fallbackWords?: { slot: string; words: string }): { facts: Facts; safety: Safety } {
  const facts: Facts = {};
  let safety: Safety = { ...NO_SAFETY };
  const or = (s: Safety) => {
    safety = { pain: safety.pain || s.pain, illBelowNeck: safety.illBelowNeck || s.illBelowNeck, illAboveNeck: safety.illAboveNeck || s.illAboveNeck };
  };
  const slots = intent.slots ?? {};
  for (const fact of FACTS) {
    const name = FACT_SLOT[fact];
    const slot = slots[name];
    const words = fallbackWords?.slot === name ? fallbackWords.words : slot?.value;
    const id = matchedId(slot);
    if (LAYER_SLOTS.has(name) && (isCustom(slot) || fallbackWords?.slot === name) && words) {
      const read = readAnswer(name as AnswerSlot, words, id as never);
      or(read.safety);
      const value = factOf(fact, slot, read.id);
      if (value !== undefined) facts[fact] = value;
    } else {
      if (isCustom(slot) && words) or(hearSafety(words));
      const value = factOf(fact, slot, id);
      if (value !== undefined) facts[fact] = value;
    }
  }
  // Words the request carried outside any value fill only what no slot said (conversation/readiness.ts).
  const readiness = intent.name === INTENTS.ShouldIRun.name || intent.name === INTENTS.CheckIn.name;
  const volunteered = readiness ? heardVolunteered(intent) : undefined;
  if (volunteered) {
    or(volunteered.safety);
    if (facts.legs === undefined && volunteered.legs) facts.legs = volunteered.legs;
    if (facts.yesterday === undefined && volunteered.yesterday) facts.yesterday = volunteered.yesterday;
    if (facts.feeling === undefined && volunteered.feeling) facts.feeling = volunteered.feeling;
    if (facts.sleep === undefined && volunteered.sleep) facts.sleep = volunteered.sleep;
  }
  or(safetyFromIds(intent));
  // A log hears pain or illness in all its words, {said} included (handlers/log-run-health.ts). Pain that changes how
  // the runner moves is the coach's one fact of painful legs (readAnswer makes the two the same), and a log that hears
  // it speaks the coach's word on it before the log: a row that says so of a log ("ran 6k but my knee went") expects
  // painful legs, and gets them when the pain is heard.
  if (intent.name === INTENTS.LogRun.name) {
    or(safetyInLog(intent));
    if (safety.pain && facts.legs === undefined) facts.legs = 'painful';
    // The same for illness: heard in a log, it is how the runner is, and the coach's word on it comes first.
    if (safety.illBelowNeck) facts.feeling = 'ill-below-neck';
    else if (safety.illAboveNeck && facts.feeling === undefined) facts.feeling = 'ill-above-neck';
  }
  // Illness heard in any answer fills in how the runner is, as hearReadiness does (conversation/readiness.ts).
  if (readiness) {
    if (safety.illBelowNeck) facts.feeling = 'ill-below-neck';
    else if (safety.illAboveNeck && (facts.feeling === undefined || facts.feeling === 'fine')) facts.feeling = 'ill-above-neck';
  }
  return { facts, safety };
}

function simulatorRead(intent: Intent): Facts {
  const facts: Facts = {};
  const slots = intent.slots ?? {};
  for (const fact of FACTS) {
    const slot = slots[FACT_SLOT[fact]];
    const value = factOf(fact, slot, matchedId(slot));
    // Words with no match are shown as such in the misses; they never equal an expected id.
    if (value !== undefined) facts[fact] = value;
    else if (isCustom(slot) && slot?.value) facts[fact] = `NO_MATCH(${slot.value})`;
  }
  return facts;
}

/** Judges one phrasing against the model of its locale. `base` carries the clock and time zone for AMAZON.DATE. */
export function judge(phrasing: Phrasing, model: InteractionModel, base: ResolveContext = {}): Judged {
  const { expect } = phrasing;
  if (phrasing.context === 'opening') {
    const resolution = explainUtterance(model, phrasing.text, base);
    // A log told in free words is read into its slots first, as the log handlers do (conversation/log-from-said.ts).
    const intent = resolution.intent.name === INTENTS.LogRun.name ? logFromSaid(resolution.intent) : resolution.intent;
    const want = intentKeyName(expect);
    const simulator = compare(expect, intent.name, simulatorRead(resolution.intent), safetyFromIds(resolution.intent), want);
    // Pain or illness inside words taken for a log with nothing to keep is answered as "should I run?"
    // (handlers/log-run-health.ts): the legs slot gets the words, as the handler does.
    if (intent.name === INTENTS.LogRun.name && logNeedsTheCoach(intent) && !logHasSomethingToKeep(intent)) {
      const read = layeredRead(completeIntent(model, { name: INTENTS.ShouldIRun.name, confirmationStatus: 'NONE' }), { slot: 'legs', words: logWords(intent) });
      return { phrasing, simulator, layered: compare(expect, INTENTS.ShouldIRun.name, read.facts, read.safety, want) };
    }
    // Pain or illness in the free words of a question goes to the coach first (handlers/said-safety.ts).
    const coachWords = saidNeedsTheCoach(intent);
    if (coachWords !== undefined) {
      const read = layeredRead(completeIntent(model, { name: INTENTS.ShouldIRun.name, confirmationStatus: 'NONE' }), { slot: 'legs', words: coachWords });
      return { phrasing, simulator, layered: compare(expect, INTENTS.ShouldIRun.name, read.facts, read.safety, want) };
    }
    // Today's question heard as a log or an experience goes to the coach with its words (handlers/said-safety.ts).
    const adviceWords = saidAsksForAdvice(resolution.intent);
    if (adviceWords !== undefined) {
      const read = layeredRead(completeIntent(model, { name: INTENTS.ShouldIRun.name, confirmationStatus: 'NONE', slots: { said: { name: 'said', value: adviceWords, confirmationStatus: 'NONE' } } }));
      return { phrasing, simulator, layered: compare(expect, INTENTS.ShouldIRun.name, read.facts, read.safety, want) };
    }
    // Another job's request caught by "should I run?"'s last-resort samples goes to that job (handlers/said-safety.ts).
    const routed = saidRoom(resolution.intent);
    if (routed !== undefined) {
      const target = routed.name === INTENTS.LogRun.name ? logFromSaid(routed) : routed;
      // The words a room was given in a slot of its own kind (the topic, the experience) are read as the handler does.
      const own = routed.name === INTENTS.Learn.name ? 'topic' : routed.name === INTENTS.Experience.name ? 'experience' : undefined;
      const read = layeredRead(target, own ? { slot: own, words: routed.slots?.[own]?.value ?? '' } : undefined);
      return { phrasing, simulator, layered: compare(expect, routed.name, read.facts, read.safety, want) };
    }
    const layered = intent.name === FALLBACK_INTENT
      ? compare(expect, intent.name, {}, NO_SAFETY, want)
      : (() => {
          const read = layeredRead(intent);
          return compare(expect, intent.name, read.facts, read.safety, want);
        })();
    return { phrasing, simulator, layered };
  }

  const context = phrasing.context;
  const askedBy = ASKED_BY[context];
  const dialog = { type: 'Dialog.ElicitSlot' as const, slotToElicit: context, intent: completeIntent(model, { name: askedBy, confirmationStatus: 'NONE' }) };
  const resolution = explainUtterance(model, phrasing.text, { ...base, dialog });
  const intent = resolution.intent;
  // An answer only counts as an answer when it continues the dialog (the same intent comes back).
  const onTopic = intent.name === askedBy;
  const simulator = compare(expect, intent.name, simulatorRead(intent), safetyFromIds(intent), onTopic ? intent.name : askedBy);
  let layered: Verdict;
  if (onTopic) {
    const read = layeredRead(intent);
    layered = compare(expect, intent.name, read.facts, read.safety, askedBy);
  } else if (intent.name === FALLBACK_INTENT) {
    // The simulator before slot-only NO_MATCH: the handler would get these words in the elicited slot.
    const read = layeredRead(completeIntent(model, { name: askedBy, confirmationStatus: 'NONE' }), { slot: context, words: phrasing.text });
    layered = compare(expect, askedBy, read.facts, read.safety, askedBy);
  } else if (context === 'yesterday' && !intent.slots?.['day']?.value && yesterdayWordsFromLog(intent) !== undefined) {
    // "Ran 5 miles" matches logging a run; the skill takes it as the answer (handlers/yesterday-answer.ts).
    const words = yesterdayWordsFromLog(intent) as string;
    const read = layeredRead(completeIntent(model, { name: askedBy, confirmationStatus: 'NONE' }), { slot: context, words });
    layered = compare(expect, askedBy, read.facts, read.safety, askedBy);
  } else {
    layered = compare(expect, intent.name, simulatorRead(intent), safetyFromIds(intent), askedBy);
  }
  return { phrasing, simulator, layered };
}

export interface ContextFigures {
  context: Context;
  phrasings: number;
  simulator: number;
  layered: number;
}

/** Per-context counts, in the order of `contexts`, and a total row. */
export function tally(judged: readonly Judged[], contexts: readonly Context[]): { rows: ContextFigures[]; total: ContextFigures } {
  const rows = contexts.map((context) => {
    const mine = judged.filter((j) => j.phrasing.context === context);
    return {
      context,
      phrasings: mine.length,
      simulator: mine.filter((j) => j.simulator.ok).length,
      layered: mine.filter((j) => j.layered.ok).length,
    };
  });
  const total = rows.reduce(
    (t, r) => ({ ...t, phrasings: t.phrasings + r.phrasings, simulator: t.simulator + r.simulator, layered: t.layered + r.layered }),
    { context: 'opening' as Context, phrasings: 0, simulator: 0, layered: 0 },
  );
  return { rows: rows.filter((r) => r.phrasings > 0), total };
}
