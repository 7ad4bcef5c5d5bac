/**
 * The samples once their slots are filled with real values: no phrase belongs to two intents, every filled
 * sample comes back as its own intent with the ids it was filled with, and every filled answer does the same
 * while its question is asked.
 */
import type { Intent } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadInteractionModel, type InteractionModel, type ModelIntent } from '../../local/simulator/model.js';
import { normalisePhrase } from '../../local/simulator/normalise.js';
import { BUILT_IN_SAMPLES, explainUtterance } from '../../local/simulator/resolve.js';
import { FILL_NOW, fillings, spelledOutElsewhere } from './fill-slots.js';

const context = { now: FILL_NOW, timeZone: 'UTC' };

/** What a handler reads from each filled slot: the ER id for custom types, the value for built-ins. */
function reads(intent: Intent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const slot of Object.values(intent.slots ?? {})) {
    if (slot.value === undefined) continue;
    const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
    if (!resolution) out[slot.name] = slot.value;
    else out[slot.name] = resolution.status.code === 'ER_SUCCESS_MATCH' ? (resolution.values[0]?.value.id ?? '') : `NO_MATCH(${slot.value})`;
  }
  return out;
}

function customIntents(model: InteractionModel): ModelIntent[] {
  return model.languageModel.intents.filter((i) => !i.name.startsWith('AMAZON.'));
}

describe.each(LOCALES)('%s: samples with their slots filled', (locale) => {
  const model = loadInteractionModel(locale);
  const custom = customIntents(model);

  it('give no phrase to two intents (every value of every slot, and the built-in phrases)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (phrase: string, intent: string) => {
      const key = normalisePhrase(phrase);
      const other = owner.get(key);
      if (other !== undefined && other !== intent) clashes.push(`"${key}": ${other} and ${intent}`);
      else owner.set(key, intent);
    };
    for (const [intent, phrases] of Object.entries(BUILT_IN_SAMPLES)) for (const phrase of phrases) claim(phrase, intent);
    let filled = 0;
    for (const intent of custom) {
      for (const sample of intent.samples ?? []) {
        for (const f of fillings(model, intent, sample)) {
          claim(f.text, intent.name);
          filled += 1;
        }
      }
    }
    expect(filled).toBeGreaterThan(20_000);
    expect(clashes).toEqual([]);
  });

  it('the two clashes this test was written for stay apart', () => {
    // "can I run today" asks for advice (not a swap), "what are the best shoes" asks what to wear (not a lesson).
    expect(explainUtterance(model, 'can I run today', context).intent.name).toBe('ShouldIRunIntent');
    expect(explainUtterance(model, 'what are the best shoes', context).intent.name).toBe('WearIntent');
  });

  it.each(custom.map((i) => [i.name, i] as const))('%s: each filled sample comes back as itself, with the ids it was filled with', (_, intent) => {
    const wrong: string[] = [];
    (intent.samples ?? []).forEach((sample, n) => {
      for (const f of fillings(model, intent, sample, { count: 3, offset: n, skip: spelledOutElsewhere })) {
        const result = explainUtterance(model, f.text, context);
        const got = result.intent.name === intent.name ? reads(result.intent) : { intent: result.intent.name };
        if (!sameReads(got, f.expected)) {
          wrong.push(`"${f.text}" (from "${sample}", matched "${result.sample}"): ${JSON.stringify(got)} not ${JSON.stringify(f.expected)}`);
        }
      }
    });
    expect(wrong).toEqual([]);
    // CPU-bound (every sample filled three ways and resolved, in five locales): a generous limit, so a busy
    // machine does not fail a correct model.
  }, 180_000);

  it.each(custom.filter((i) => (i.slots ?? []).some((s) => s.samples?.length)).map((i) => [i.name, i] as const))(
    '%s: each filled answer fills its slot while that slot is asked for',
    (_, intent) => {
      const wrong: string[] = [];
      for (const slot of intent.slots ?? []) {
        const dialog = { type: 'Dialog.ElicitSlot' as const, slotToElicit: slot.name, intent: { name: intent.name, confirmationStatus: 'NONE' as const } };
        (slot.samples ?? []).forEach((sample, n) => {
          for (const f of fillings(model, intent, sample, { count: 2, offset: n, skip: spelledOutElsewhere })) {
            const result = explainUtterance(model, f.text, { ...context, dialog });
            const got = result.continuesDialog ? reads(result.intent) : { intent: result.intent.name };
            if (!sameReads(got, f.expected)) wrong.push(`${slot.name}: "${f.text}" (from "${sample}", matched "${result.sample}"): ${JSON.stringify(got)} not ${JSON.stringify(f.expected)}`);
          }
        });
      }
      expect(wrong).toEqual([]);
    },
  );
});

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

function sameReads(got: Record<string, string>, expected: Record<string, string>): boolean {
  return JSON.stringify(sortKeys(got)) === JSON.stringify(sortKeys(expected));
}
