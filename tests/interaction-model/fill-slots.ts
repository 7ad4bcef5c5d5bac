/**
 * Sample utterances with their slots filled the way a runner would fill them: every value name and synonym of a
 * custom type, a few spoken numbers, durations and dates. Each filling carries what the skill must then read
 * (the entity-resolution id, or the built-in's value), taken from the model's own value table or the literal
 * table below, never from the resolver under test.
 */
import type { InteractionModel, ModelIntent } from '../../local/simulator/model.js';

export interface Filling {
  text: string;
  /** slot name -> id (custom types) or value (AMAZON.NUMBER, DURATION, DATE). */
  expected: Record<string, string>;
}

interface Phrase {
  said: string;
  reads: string;
}

/** Spoken built-in values and what Alexa sends for them (dates as of Thursday 26 November 2026). */
export const BUILT_IN_PHRASES: Readonly<Record<string, readonly Phrase[]>> = {
  'AMAZON.NUMBER': [
    { said: 'eight', reads: '8' },
    { said: 'three', reads: '3' },
    { said: 'twenty five', reads: '25' },
    { said: 'one point five', reads: '1.5' },
  ],
  'AMAZON.DURATION': [
    { said: 'fifty minutes', reads: 'PT50M' },
    { said: 'an hour', reads: 'PT1H' },
    { said: 'forty five minutes', reads: 'PT45M' },
    { said: 'an hour and ten minutes', reads: 'PT1H10M' },
  ],
  'AMAZON.DATE': [
    { said: 'yesterday', reads: '2026-11-25' },
    { said: 'on tuesday', reads: '2026-12-01' },
  ],
  'AMAZON.TIME': [
    { said: 'seven', reads: '07:00' },
    { said: 'six thirty', reads: '06:30' },
    { said: 'seven in the morning', reads: '07:00' },
  ],
};

export const FILL_NOW = new Date('2026-11-26T09:00:00Z');

/**
 * Values that samples also spell out in words, so the filled phrase is read through the other sample, with the
 * same meaning: "a five mile run" is a distance and no named kind ("run" is literal there), "a five kilometre
 * race" is a race with its distance. Skipped where a filled sample must read back exactly its fillings.
 */
export function spelledOutElsewhere(said: string): boolean {
  return /^(a |an )?(run|jog)$/.test(said) || /^(a )?(five|ten|5|10) ?(k|kilometre|kilometer) race$/.test(said);
}

/** Every phrase a slot of this type can be filled with. */
export function phrasesOf(model: InteractionModel, type: string, skip: (said: string) => boolean = () => false): Phrase[] {
  const builtIn = BUILT_IN_PHRASES[type];
  if (builtIn) return [...builtIn];
  const values = model.languageModel.types?.find((t) => t.name === type)?.values ?? [];
  if (values.length === 0) throw new Error(`no values for slot type ${type}`);
  return values.flatMap((v) =>
    [v.name.value, ...(v.name.synonyms ?? [])].filter((said) => !skip(said)).map((said) => ({ said, reads: v.id ?? v.name.value })),
  );
}

/**
 * Fillings of one sample. `count` fillings (default: as many as the sample's largest slot type has phrases),
 * starting at `offset`, each slot taking the next phrase of its own type in turn.
 */
export function fillings(
  model: InteractionModel,
  intent: ModelIntent,
  sample: string,
  options: { count?: number; offset?: number; skip?: (said: string) => boolean } = {},
): Filling[] {
  const { count, offset = 0, skip } = options;
  const refs = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  if (refs.length === 0) return [{ text: sample, expected: {} }];
  const lists = refs.map((name) => {
    const type = intent.slots?.find((s) => s.name === name)?.type;
    if (!type) throw new Error(`${intent.name}: "${sample}" names undeclared {${name}}`);
    return phrasesOf(model, type, skip);
  });
  const n = count ?? Math.max(...lists.map((l) => l.length));
  const out: Filling[] = [];
  for (let i = 0; i < n; i += 1) {
    const expected: Record<string, string> = {};
    let slot = 0;
    const text = sample.replace(/\{(\w+)\}/g, (_, name: string) => {
      const list = lists[slot] ?? [];
      // Each slot steps through its own list at its own offset, so two slots do not move in lockstep.
      const phrase = list[(offset + i + slot * 7) % list.length];
      slot += 1;
      if (!phrase) throw new Error(`no phrase for {${name}}`);
      expected[name] = phrase.reads;
      return phrase.said;
    });
    out.push({ text, expected });
  }
  return out;
}
