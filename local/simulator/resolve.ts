/**
 * Utterance -> Intent, from the interaction model alone, the way Alexa would send it to the skill.
 *
 * Matching: every sample utterance is compiled to a word pattern in which a `{slot}` takes one or more words.
 * All ways an utterance fits all samples are scored, best first:
 *   1. fewest slots whose words do not resolve (custom value unknown, or not a number/duration/date);
 *   2. a match that continues the pending dialog (slot samples of the elicited slot, samples of its intent):
 *      while Alexa waits for the legs, "okay" is an answer about the legs, not a yes;
 *   3. most literal (non-slot) words matched, i.e. the fewest words left to slots;
 *   4. a slot sample of the elicited slot over a sample of its intent ("I feel okay" answers the legs question
 *      rather than being the check-in one-shot "I feel {feeling}");
 *   5. the words as said over the words with fillers dropped ("um", "please");
 *   6. more slots filled ("I did intervals today" fills kind and day rather than kind="intervals today");
 *   6b. more words in built-in slots ("six point two miles": the number is "six point two", not "six");
 *   7. the earlier sample in the model.
 * While a slot is elicited, one more rule: an answer that fits one of that slot's samples with literal words
 * ("I ran {yesterday}") stays in the dialog, its slot ER_SUCCESS_NO_MATCH if need be, unless another intent's
 * sample fits it with more literal words. The bare "{slot}" sample takes any words, so an answer that fits no
 * sample goes into the slot as the runner's words; only a fully understood phrase of another intent ("stop",
 * "what did I do this week") leaves the dialog.
 * Nothing matching -> AMAZON.FallbackIntent. Custom slots go through entity resolution (value names and
 * synonyms, exactly the words said, case-insensitive); built-ins are parsed by builtin-slots.ts.
 */
import type { DialogState, Intent, IntentConfirmationStatus, Slot, slu } from 'ask-sdk-model';
import { parseDate, parseDuration, parseNumber, parseTime, wordsOfBuiltIn } from './builtin-slots.js';
import type { InteractionModel, ModelIntent } from './model.js';
import { normalisePhrase, normaliseWords } from './normalise.js';

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
/** The application id used when none is given: ER authorities and the simulator's envelopes share it. */
export const DEFAULT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

/**
 * What the skill's previous response asked for. Set it from the response's Dialog directive (the simulator
 * does this for you); `intent` is the directive's updatedIntent, or the intent of the request it answered.
 */
export type PendingDialog =
  | { type: 'Dialog.ElicitSlot'; slotToElicit: string; intent: Intent }
  | { type: 'Dialog.ConfirmIntent'; intent: Intent }
  | { type: 'Dialog.ConfirmSlot'; slotToConfirm: string; intent: Intent };

export interface ResolveContext {
  /** The dialog the previous response opened, if any. */
  dialog?: PendingDialog;
  /** The instant the user spoke, for AMAZON.DATE. Default: the real clock. */
  now?: Date;
  /** The device's IANA time zone, for AMAZON.DATE ("today" is the runner's day). Default: UTC. */
  timeZone?: string;
  /** Goes into the entity-resolution authority. Default: DEFAULT_SKILL_ID. */
  skillId?: string;
}

export interface Resolution {
  intent: Intent;
  /** How the words were understood. */
  via: 'intent-sample' | 'slot-sample' | 'confirmation' | 'fallback';
  /** The sample that matched, as written in the model. */
  sample?: string;
  /** True when this answers the pending dialog: Alexa sends dialogState IN_PROGRESS. */
  continuesDialog: boolean;
  /** The dialogState Alexa would send with this intent. */
  dialogState: DialogState;
}

/**
 * Phrases Alexa's built-in intents understand without any samples in the model (a representative subset).
 * A built-in is only matched when the model declares it; model samples for it are added to these.
 */
export const BUILT_IN_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'help please', 'what can i say', 'what can i do', 'what can you do', 'how does this work', 'i need help', 'what do i say', 'what are my options'],
  'AMAZON.StopIntent': ['stop', 'stop it', 'off', 'shut up', 'be quiet', 'quiet', 'enough', "that's enough", 'goodbye', 'bye', "i'm done", 'i am done', "that's all", 'no more'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.NavigateHomeIntent': ['go home', 'go to home', 'home screen'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'okay', 'yes please', 'please do', 'do it', 'go ahead', 'correct', "that's right", 'right', 'sounds good', 'absolutely', 'of course', 'definitely', 'yes do it', 'yes go ahead', 'confirm'],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', "don't", 'do not', 'not now', 'no way', 'negative', "that's wrong", 'wrong', 'no don\'t'],
};

/** The words that answer a ConfirmIntent / ConfirmSlot, whether or not the model declares Yes/No intents. */
const YES = new Set(BUILT_IN_SAMPLES['AMAZON.YesIntent']?.map(normalisePhrase));
const NO = new Set(BUILT_IN_SAMPLES['AMAZON.NoIntent']?.map(normalisePhrase));

/** Leading and trailing words people add that no sample needs ("um", "please"). */
const LEADING_FILLERS = new Set(['um', 'umm', 'uh', 'er', 'erm', 'so', 'well', 'hey', 'oh', 'hmm', 'alexa', 'right', 'okay', 'alright', 'yeah', "g'day", 'hi', 'hello', 'please']);
/** Tags at the end that ask nothing more ("should I run today or what", "log it mate"). */
const TRAILING_FILLERS = [['please'], ['thanks'], ['thank', 'you'], ['or', 'what'], ['mate'], ['then']];

/** Resolves one utterance to the Intent Alexa would send. Never throws for what was said: no match is Fallback. */
export function resolveUtterance(model: InteractionModel, utterance: string, context: ResolveContext = {}): Intent {
  return explainUtterance(model, utterance, context).intent;
}

/** Like resolveUtterance, and says how: which sample matched, whether the pending dialog continued. */
export function explainUtterance(model: InteractionModel, utterance: string, context: ResolveContext = {}): Resolution {
  const compiled = compile(model);
  const words = normaliseWords(utterance);
  const env: SlotEnv = {
    compiled,
    now: context.now ?? new Date(),
    timeZone: context.timeZone ?? 'UTC',
    skillId: context.skillId ?? DEFAULT_SKILL_ID,
    filled: new Map(),
  };
  const pending = context.dialog;

  if (pending && pending.type !== 'Dialog.ElicitSlot') {
    const answer = yesOrNo(words);
    if (answer) {
      const intent = completeIntent(compiled, pending.intent);
      const status: IntentConfirmationStatus = answer === 'yes' ? 'CONFIRMED' : 'DENIED';
      if (pending.type === 'Dialog.ConfirmIntent') intent.confirmationStatus = status;
      else {
        const slot = intent.slots?.[pending.slotToConfirm];
        if (!slot) throw new Error(`Dialog.ConfirmSlot names slot "${pending.slotToConfirm}", which ${intent.name} does not declare`);
        slot.confirmationStatus = status;
      }
      return { intent, via: 'confirmation', continuesDialog: true, dialogState: 'IN_PROGRESS' };
    }
  }

  const contextSamples =
    pending?.type === 'Dialog.ElicitSlot'
      ? [
          ...(compiled.slotSamples.get(slotKey(pending.intent.name, pending.slotToElicit)) ?? []),
          ...compiled.intentSamples.filter((s) => s.intent === pending.intent.name),
        ]
      : [];

  const candidates: Candidate[] = [];
  for (const [variant, variantWords] of [words, withoutFillers(words)].entries()) {
    if (variant === 1 && variantWords.length === words.length) break;
    const present = new Set(variantWords);
    for (const sample of contextSamples) candidates.push(...matchAll(sample, variantWords, present, env, true, variant));
    for (const sample of compiled.intentSamples) candidates.push(...matchAll(sample, variantWords, present, env, false, variant));
  }
  candidates.sort(compareCandidates);
  const best = staysInDialog(candidates) ?? candidates[0];

  if (!best) {
    return {
      intent: { name: FALLBACK_INTENT, confirmationStatus: 'NONE' },
      via: 'fallback',
      continuesDialog: false,
      dialogState: 'STARTED',
    };
  }
  if (best.inContext && pending) {
    const intent = completeIntent(compiled, pending.intent);
    for (const [name, slot] of best.slots) {
      if (intent.slots) intent.slots[name] = slot;
    }
    return {
      intent,
      via: best.sample.slot ? 'slot-sample' : 'intent-sample',
      sample: best.sample.text,
      continuesDialog: true,
      dialogState: 'IN_PROGRESS',
    };
  }
  const intent = completeIntent(compiled, { name: best.sample.intent, confirmationStatus: 'NONE' });
  for (const [name, slot] of best.slots) {
    if (intent.slots) intent.slots[name] = slot;
  }
  return { intent, via: 'intent-sample', sample: best.sample.text, continuesDialog: false, dialogState: 'STARTED' };
}

/** Every slot the model declares for the intent, empty unless `from` carries it (Alexa sends them all). */
export function completeIntent(model: InteractionModel | Compiled, from: Intent): Intent {
  const compiled = 'intentsByName' in model ? model : compile(model);
  const declared = compiled.intentsByName.get(from.name)?.slots ?? [];
  const intent: Intent = { name: from.name, confirmationStatus: from.confirmationStatus ?? 'NONE' };
  if (declared.length === 0) return intent;
  const slots: Record<string, Slot> = {};
  for (const { name } of declared) {
    const given = from.slots?.[name];
    slots[name] = given ? structuredClone(given) : { name, confirmationStatus: 'NONE' };
  }
  intent.slots = slots;
  return intent;
}

// ---------------------------------------------------------------------------------------------------------------
// Compilation

type SampleToken = { word: string } | { slot: string };

interface CompiledSample {
  intent: string;
  /** Set for slot elicitation samples: the slot they answer. */
  slot?: string;
  text: string;
  tokens: SampleToken[];
  literals: number;
  /** The literal words, for a quick check before matching. */
  literalWords: string[];
  order: number;
}

interface EntityValue {
  id: string;
  name: string;
}

/** A model prepared for matching; built once per model object. */
export interface Compiled {
  intentsByName: Map<string, ModelIntent>;
  slotTypesByIntent: Map<string, Map<string, string>>;
  entities: Map<string, Map<string, EntityValue[]>>;
  intentSamples: CompiledSample[];
  slotSamples: Map<string, CompiledSample[]>;
}

const cache = new WeakMap<InteractionModel, Compiled>();

function slotKey(intent: string, slot: string): string {
  return `${intent}\u0000${slot}`;
}

export function compile(model: InteractionModel): Compiled {
  const cached = cache.get(model);
  if (cached) return cached;
  let order = 0;
  const compileSample = (intent: string, text: string, slot?: string): CompiledSample => {
    const tokens: SampleToken[] = [];
    for (const part of text.trim().split(/\s+/)) {
      const ref = /^\{(\w+)\}$/.exec(part);
      if (ref?.[1]) tokens.push({ slot: ref[1] });
      else for (const word of normaliseWords(part)) tokens.push({ word });
    }
    const literalWords = tokens.flatMap((t) => ('word' in t ? [t.word] : []));
    const literals = literalWords.length;
    return slot === undefined
      ? { intent, text, tokens, literals, literalWords, order: order++ }
      : { intent, slot, text, tokens, literals, literalWords, order: order++ };
  };

  const compiled: Compiled = {
    intentsByName: new Map(),
    slotTypesByIntent: new Map(),
    entities: new Map(),
    intentSamples: [],
    slotSamples: new Map(),
  };
  for (const intent of model.languageModel.intents) {
    compiled.intentsByName.set(intent.name, intent);
    compiled.slotTypesByIntent.set(intent.name, new Map((intent.slots ?? []).map((s) => [s.name, s.type])));
    const samples = [...(BUILT_IN_SAMPLES[intent.name] ?? []), ...(intent.samples ?? [])];
    for (const text of samples) compiled.intentSamples.push(compileSample(intent.name, text));
    for (const slot of intent.slots ?? []) {
      compiled.slotSamples.set(
        slotKey(intent.name, slot.name),
        (slot.samples ?? []).map((text) => compileSample(intent.name, text, slot.name)),
      );
    }
  }
  for (const type of model.languageModel.types ?? []) {
    const lookup = new Map<string, EntityValue[]>();
    for (const value of type.values) {
      const entity = { id: value.id ?? value.name.value, name: value.name.value };
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = normalisePhrase(phrase);
        const list = lookup.get(key) ?? [];
        if (!list.some((e) => e.id === entity.id)) list.push(entity);
        lookup.set(key, list);
      }
    }
    compiled.entities.set(type.name, lookup);
  }
  cache.set(model, compiled);
  return compiled;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

interface SlotEnv {
  compiled: Compiled;
  now: Date;
  timeZone: string;
  skillId: string;
  /** Slot fillings already made for this utterance: many samples try the same words in the same slot. */
  filled: Map<string, { slot: Slot; resolved: boolean }>;
}

interface Candidate {
  sample: CompiledSample;
  /** A slot sample of the slot being elicited: "I feel okay" answers the legs question, not a check-in one-shot. */
  answersPending: boolean;
  slots: Map<string, Slot>;
  unresolved: number;
  inContext: boolean;
  /** 0 = the words as said, 1 = with filler words dropped. */
  variant: number;
  /** Words in built-in slots that were read: Alexa tags the whole of "six point two" as the number, "miles" is the unit's. */
  builtInWords: number;
}

/**
 * The elicited slot's own answer sample, when it fits with literal words and no other intent's sample fits with
 * more: Alexa hears an answer to the question it just asked before it hears another request.
 */
function staysInDialog(sorted: Candidate[]): Candidate | undefined {
  const best = sorted[0];
  if (!best || best.inContext) return undefined;
  const answer = sorted.find((c) => c.inContext && c.sample.slot !== undefined && c.sample.literals > 0);
  return answer && answer.sample.literals >= best.sample.literals ? answer : undefined;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.unresolved - b.unresolved ||
    Number(b.inContext) - Number(a.inContext) ||
    b.sample.literals - a.sample.literals ||
    Number(b.answersPending) - Number(a.answersPending) ||
    a.variant - b.variant ||
    b.slots.size - a.slots.size ||
    b.builtInWords - a.builtInWords ||
    a.sample.order - b.sample.order
  );
}

function matchAll(
  sample: CompiledSample,
  words: string[],
  present: ReadonlySet<string>,
  env: SlotEnv,
  inContext: boolean,
  variant: number,
): Candidate[] {
  const out: Candidate[] = [];
  // Cheap rejection first (most samples share no words with the utterance); it changes no result.
  if (sample.tokens.length > words.length || !sample.literalWords.every((w) => present.has(w)) || !literalsFit(sample.tokens, words)) return out;
  const types = env.compiled.slotTypesByIntent.get(sample.intent) ?? new Map<string, string>();
  for (const spans of fit(sample.tokens, 0, words, 0)) {
    const slots = new Map<string, Slot>();
    let unresolved = 0;
    let builtInWords = 0;
    let valid = true;
    for (const [name, spanWords] of spans) {
      const type = types.get(name);
      // A sample naming an undeclared slot cannot fill it; Alexa would refuse to build such a model.
      if (type === undefined || slots.has(name)) {
        valid = false;
        break;
      }
      // A built-in takes only words of its kind (builtin-slots.ts): the sample does not fit otherwise.
      if (!wordsOfBuiltIn(type, spanWords)) {
        valid = false;
        break;
      }
      const key = `${name}\u0000${type}\u0000${spanWords.join(' ')}`;
      const filled = env.filled.get(key) ?? fillSlot(name, type, spanWords, env);
      env.filled.set(key, filled);
      if (!filled.resolved) unresolved += 1;
      else if (type.startsWith('AMAZON.')) builtInWords += spanWords.length;
      slots.set(name, filled.slot);
    }
    if (valid) out.push({ sample, answersPending: inContext && sample.slot !== undefined, slots, unresolved, inContext, variant, builtInWords });
  }
  return out;
}

/** The sample's first and last literal words are at the ends if its tokens are, and its literals come in order. */
function literalsFit(tokens: SampleToken[], words: string[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && 'word' in first && first.word !== words[0]) return false;
  if (last && 'word' in last && last.word !== words[words.length - 1]) return false;
  let at = 0;
  for (const token of tokens) {
    if (!('word' in token)) continue;
    while (at < words.length && words[at] !== token.word) at += 1;
    if (at === words.length) return false;
    at += 1;
  }
  return true;
}

/** Every way the sample's tokens cover all the words; each slot takes one or more words. */
function* fit(tokens: SampleToken[], ti: number, words: string[], wi: number): Generator<[string, string[]][]> {
  if (ti === tokens.length) {
    if (wi === words.length) yield [];
    return;
  }
  const token = tokens[ti];
  if (!token) return;
  const remainingTokens = tokens.length - ti - 1;
  if ('word' in token) {
    if (words[wi] !== token.word) return;
    yield* fit(tokens, ti + 1, words, wi + 1);
    return;
  }
  for (let end = wi + 1; end <= words.length - remainingTokens; end += 1) {
    for (const rest of fit(tokens, ti + 1, words, end)) yield [[token.slot, words.slice(wi, end)], ...rest];
  }
}

function fillSlot(name: string, type: string, words: string[], env: SlotEnv): { slot: Slot; resolved: boolean } {
  const spoken = words.join(' ');
  const builtIn = (value: string | undefined): { slot: Slot; resolved: boolean } => {
    const v = value ?? '?';
    return { slot: { name, value: v, confirmationStatus: 'NONE', slotValue: { type: 'Simple', value: v } }, resolved: value !== undefined };
  };
  switch (type) {
    case 'AMAZON.NUMBER':
      return builtIn(parseNumber(words));
    case 'AMAZON.DURATION':
      return builtIn(parseDuration(words));
    case 'AMAZON.DATE':
      return builtIn(parseDate(words, env.now, env.timeZone));
    case 'AMAZON.TIME':
      return builtIn(parseTime(words));
    default:
      break;
  }
  const lookup = env.compiled.entities.get(type);
  if (!lookup) {
    // Another built-in type (not used by this skill): Alexa passes the words through.
    return { slot: { name, value: spoken, confirmationStatus: 'NONE', slotValue: { type: 'Simple', value: spoken } }, resolved: true };
  }
  // Exactly the words said: Amazon documents no article or filler stripping in entity resolution.
  const matches = lookup.get(spoken);
  const resolution: slu.entityresolution.Resolution = {
    authority: `amzn1.er-authority.echo-sdk.${env.skillId}.${type}`,
    status: { code: matches ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
    values: (matches ?? []).map((m) => ({ value: { name: m.name, id: m.id } })),
  };
  const resolutions: slu.entityresolution.Resolutions = { resolutionsPerAuthority: [resolution] };
  return {
    slot: { name, value: spoken, confirmationStatus: 'NONE', resolutions, slotValue: { type: 'Simple', value: spoken, resolutions } },
    resolved: matches !== undefined,
  };
}

function yesOrNo(words: string[]): 'yes' | 'no' | undefined {
  for (const variant of [words, withoutFillers(words)]) {
    const phrase = variant.join(' ');
    if (YES.has(phrase)) return 'yes';
    if (NO.has(phrase)) return 'no';
  }
  return undefined;
}

function withoutFillers(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && LEADING_FILLERS.has(words[start] ?? '')) start += 1;
  let end = words.length;
  for (let changed = true; changed; ) {
    changed = false;
    for (const filler of TRAILING_FILLERS) {
      const from = end - filler.length;
      if (from > start && filler.every((w, i) => words[from + i] === w)) {
        end = from;
        changed = true;
      }
    }
  }
  return words.slice(start, end);
}

/** One line for logs and the console: `ShouldIRunIntent legs=heavy ("like lead") yesterday=?`. */
export function describeIntent(intent: Intent): string {
  const slots = Object.values(intent.slots ?? {})
    .filter((slot) => slot.value !== undefined)
    .map((slot) => {
      const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
      if (!resolution) return `${slot.name}=${slot.value}`;
      const id = resolution.status.code === 'ER_SUCCESS_MATCH' ? resolution.values.map((v) => v.value.id).join('|') : 'NO_MATCH';
      const confirmed = slot.confirmationStatus === 'NONE' ? '' : ` [${slot.confirmationStatus}]`;
      return `${slot.name}=${id} ("${slot.value}")${confirmed}`;
    });
  const status = intent.confirmationStatus === 'NONE' ? '' : ` [${intent.confirmationStatus}]`;
  return [`${intent.name}${status}`, ...slots].join(' ');
}
