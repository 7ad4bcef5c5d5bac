import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALEXA_LIMITS, BUDGET } from '../../interaction-model/source/limits.js';
import { BUILT_IN_INTENTS, INTENTS, SLOT_TYPE_IDS } from '../../lambda/conversation/contract.js';
import { LOCALES, loadInteractionModel, type InteractionModel, type Locale } from '../../local/simulator/model.js';
import { normalisePhrase } from '../../local/simulator/normalise.js';
import { BUILT_IN_SAMPLES, explainUtterance } from '../../local/simulator/resolve.js';

const models = Object.fromEntries(LOCALES.map((l) => [l, loadInteractionModel(l)])) as Record<Locale, InteractionModel>;
const contractIntents = Object.values(INTENTS);

function intentNamed(model: InteractionModel, name: string) {
  const intent = model.languageModel.intents.find((i) => i.name === name);
  if (!intent) throw new Error(`${name} missing`);
  return intent;
}

/** Why a phrase does not read as English, or undefined. Slots count as words that start with a consonant. */
function ungrammatical(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(' ');
  const determiners = new Set(['a', 'an', 'the', 'some', 'my', 'your']);
  for (let i = 0; i + 1 < words.length; i += 1) {
    const [w, next = ''] = [words[i] ?? '', words[i + 1] ?? ''];
    if (determiners.has(w) && determiners.has(next)) return `"${w} ${next}"`;
    if (w === 'a' && /^[aeio]/.test(next)) return `"a ${next}"`;
    if (w === 'an' && /^[^aeiouh{]/.test(next)) return `"an ${next}"`;
    if ((w === 'shoe' && next === 'are') || (w === 'shoes' && next === 'is')) return `"${w} ${next}"`;
  }
  return undefined;
}

function slotRefs(sample: string): string[] {
  return [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** A sample with each slot replaced by its type: two intents sharing one of these would confuse Alexa. */
function shape(sample: string, types: Map<string, string>): string {
  return normalisePhrase(sample.replace(/\{(\w+)\}/g, (_, s: string) => ` slot${types.get(s) ?? s} `).replace(/\./g, ''));
}

describe('committed models', () => {
  it('exist for exactly the locales the skill ships', () => {
    const files = readdirSync('interaction-model/interactionModels/custom').sort();
    expect(files).toEqual(LOCALES.map((l) => `${l}.json`).sort());
  });
});

describe.each(LOCALES)('%s interaction model', (locale) => {
  const model = models[locale];
  const lm = model.languageModel;

  it('is invoked as "recovery coach"', () => {
    expect(lm.invocationName).toBe('recovery coach');
  });

  it('declares every contract intent with exactly its slots and slot types', () => {
    for (const contract of contractIntents) {
      const declared = intentNamed(model, contract.name);
      const slots = Object.fromEntries((declared.slots ?? []).map((s) => [s.name, s.type]));
      expect(slots, contract.name).toEqual(contract.slots);
    }
  });

  it('declares every built-in intent of the contract, and no intent outside the contract', () => {
    const names = lm.intents.map((i) => i.name).sort();
    expect(names).toEqual([...contractIntents.map((i) => i.name), ...BUILT_IN_INTENTS].sort());
    expect(intentNamed(model, 'AMAZON.FallbackIntent').samples ?? []).toEqual([]);
  });

  it('declares every custom slot type with exactly the contract ids', () => {
    const types = Object.fromEntries((lm.types ?? []).map((t) => [t.name, t.values.map((v) => v.id).sort()]));
    const expected = Object.fromEntries(Object.entries(SLOT_TYPE_IDS).map(([name, ids]) => [name, [...ids].sort()]));
    expect(types).toEqual(expected);
  });

  it('uses only declared custom slot types or AMAZON built-ins', () => {
    const declared = new Set((lm.types ?? []).map((t) => t.name));
    for (const intent of lm.intents) {
      for (const slot of intent.slots ?? []) {
        expect(slot.type.startsWith('AMAZON.') || declared.has(slot.type), `${intent.name}.${slot.name}: ${slot.type}`).toBe(true);
      }
    }
  });

  it('never repeats a value name or synonym within a slot type', () => {
    for (const type of lm.types ?? []) {
      const seen = new Map<string, string>();
      for (const value of type.values) {
        for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const key = normalisePhrase(phrase);
          expect(seen.get(key), `${type.name}: "${phrase}" under ${value.id} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, value.id ?? '');
        }
      }
    }
  });

  it('gives no phrase to two intents, even after replacing slots by their types, and repeats none within one', () => {
    const owner = new Map<string, string>();
    for (const intent of lm.intents) {
      const types = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
      const own = new Set<string>();
      for (const sample of intent.samples ?? []) {
        const key = shape(sample, types);
        expect(own.has(key), `${intent.name} repeats "${sample}"`).toBe(false);
        own.add(key);
        const other = owner.get(key);
        expect(other, `"${sample}" is a sample of ${intent.name} and ${other}`).toBeUndefined();
        owner.set(key, intent.name);
      }
      for (const slot of intent.slots ?? []) {
        const seen = new Set<string>();
        for (const sample of slot.samples ?? []) {
          const key = shape(sample, types);
          expect(seen.has(key), `${intent.name}.${slot.name} repeats "${sample}"`).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it("does not reuse the built-in intents' own phrases as custom samples", () => {
    const builtIn = new Set(Object.values(BUILT_IN_SAMPLES).flat().map(normalisePhrase));
    for (const intent of lm.intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      for (const sample of intent.samples ?? []) expect(builtIn.has(normalisePhrase(sample)), `${intent.name}: ${sample}`).toBe(false);
    }
  });

  it('names only declared slots in samples; slot samples name their own slot; no intent sample is a bare slot', () => {
    for (const intent of lm.intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples ?? []) {
        for (const ref of slotRefs(sample)) expect(declared.has(ref), `${intent.name}: "${sample}" names {${ref}}`).toBe(true);
        expect(sample.replace(/\{\w+\}/g, '').trim(), `${intent.name}: bare slot sample "${sample}"`).not.toBe('');
      }
      for (const slot of intent.slots ?? []) {
        for (const sample of slot.samples ?? []) {
          for (const ref of slotRefs(sample)) expect(declared.has(ref), `${intent.name}.${slot.name}: "${sample}"`).toBe(true);
          expect(slotRefs(sample), `${intent.name}.${slot.name}: "${sample}"`).toContain(slot.name);
        }
      }
    }
  });

  it('writes samples as Alexa accepts them: spelled-out words, apostrophes, single spaces, slots in braces', () => {
    const all = lm.intents.flatMap((i) => [...(i.samples ?? []), ...(i.slots ?? []).flatMap((s) => s.samples ?? [])]);
    expect(all.length).toBeGreaterThan(500);
    for (const sample of all) {
      expect(sample, sample).toMatch(/^(?:[A-Za-z][A-Za-z']*|\{\w+\})(?: (?:[A-Za-z][A-Za-z']*|\{\w+\}))*$/);
      expect(sample.length, sample).toBeLessThanOrEqual(BUDGET.sampleChars);
    }
  });

  it('reads as English: no "some a shoe", "a easy run", "an long run" or "which shoe are best"', () => {
    const phrases = [
      ...lm.intents.flatMap((i) => [...(i.samples ?? []), ...(i.slots ?? []).flatMap((s) => s.samples ?? [])]),
      ...(lm.types ?? []).flatMap((t) => t.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])])),
    ];
    const wrong = phrases.filter((p) => ungrammatical(p) !== undefined).map((p) => `${p}: ${ungrammatical(p)}`);
    expect(wrong).toEqual([]);
    // The checks themselves catch the phrasings the model used to have.
    expect(ungrammatical('recommend some a shoe')).toBeDefined();
    expect(ungrammatical('which shoe are best')).toBeDefined();
    expect(ungrammatical('I did a easy run')).toBeDefined();
  });

  it("stays well inside Alexa's documented limits (see interaction-model/source/limits.ts)", () => {
    const bytes = Buffer.byteLength(readFileSync(`interaction-model/interactionModels/custom/${locale}.json`));
    expect(bytes).toBeLessThanOrEqual(BUDGET.modelBytes);
    expect(BUDGET.modelBytes).toBeLessThan(ALEXA_LIMITS.modelBytes);
    expect(lm.intents.length + (lm.types ?? []).length).toBeLessThanOrEqual(ALEXA_LIMITS.intentsAndSlotTypes);
    let total = 0;
    for (const intent of lm.intents) {
      expect(intent.samples?.length ?? 0, intent.name).toBeLessThanOrEqual(BUDGET.samplesPerIntent);
      total += intent.samples?.length ?? 0;
      for (const slot of intent.slots ?? []) {
        expect(slot.samples?.length ?? 0, `${intent.name}.${slot.name}`).toBeLessThanOrEqual(BUDGET.samplesPerSlot);
        total += slot.samples?.length ?? 0;
      }
    }
    expect(total).toBeLessThanOrEqual(BUDGET.samples);
    for (const type of lm.types ?? []) {
      for (const v of type.values) {
        for (const p of [v.name.value, ...(v.name.synonyms ?? [])]) expect(p.length, p).toBeLessThanOrEqual(ALEXA_LIMITS.slotValueChars);
      }
    }
  });

  it('has many phrasings for the main conversations, including one-shot forms with slots', () => {
    const count = (name: string) => intentNamed(model, name).samples?.length ?? 0;
    expect(count('ShouldIRunIntent')).toBeGreaterThanOrEqual(20);
    expect(count('LogRunIntent')).toBeGreaterThanOrEqual(20);
    for (const contract of contractIntents) expect(count(contract.name), contract.name).toBeGreaterThanOrEqual(10);
    const logRun = intentNamed(model, 'LogRunIntent').samples ?? [];
    for (const needed of [
      'I ran {distance} {unit} in {duration}',
      'I ran {distance} {unit} in {duration} it felt {effortWord}',
      'log a {duration} {kind}',
      'log {kind} of {duration}',
      'I did {kind} today',
      'I did {kind} {day}',
      'it felt {effortScore} out of ten',
    ]) {
      expect(logRun, needed).toContain(needed);
    }
  });

  it('accepts slot-only answers for every slot a handler elicits', () => {
    const elicited: [string, string[]][] = [
      [INTENTS.ShouldIRun.name, ['legs', 'yesterday']],
      [INTENTS.CheckIn.name, ['legs', 'sleep', 'feeling', 'yesterday']],
      [INTENTS.LogRun.name, ['kind', 'duration', 'distance', 'effortWord', 'effortScore', 'day']],
      [INTENTS.Learn.name, ['topic']],
      [INTENTS.Instead.name, ['activity']],
    ];
    for (const [intentName, slots] of elicited) {
      for (const slotName of slots) {
        const slot = intentNamed(model, intentName).slots?.find((s) => s.name === slotName);
        expect(slot?.samples, `${intentName}.${slotName}`).toContain(`{${slotName}}`);
      }
    }
  });

  it('keeps a synonym\'s meaning when a slot sample adds words around it ("a bit {legs}" and "a bit sore")', () => {
    const typeOf = new Map((lm.types ?? []).map((t) => [t.name, t]));
    for (const intent of lm.intents) {
      for (const slot of intent.slots ?? []) {
        const type = typeOf.get(slot.type);
        if (!type) continue;
        const idOf = new Map<string, string>();
        for (const v of type.values) for (const p of [v.name.value, ...(v.name.synonyms ?? [])]) idOf.set(normalisePhrase(p), v.id ?? '');
        for (const sample of slot.samples ?? []) {
          if (slotRefs(sample).length !== 1) continue;
          const [before = '', after = ''] = sample.split(`{${slot.name}}`).map(normalisePhrase);
          if (!before && !after) continue;
          for (const [phrase, id] of idOf) {
            const head = before ? `${before} ` : '';
            const tail = after ? ` ${after}` : '';
            if (phrase.length <= head.length + tail.length || !phrase.startsWith(head) || !phrase.endsWith(tail)) continue;
            const inner = phrase.slice(head.length, phrase.length - tail.length);
            const innerId = idOf.get(inner);
            if (innerId !== undefined) {
              expect(innerId, `${intent.name}.${slot.name} "${sample}": "${phrase}" is ${id} but "${inner}" is ${innerId}`).toBe(id);
            }
          }
        }
      }
    }
  });

  describe('dialog model', () => {
    const dialog = model.dialog;
    const prompts = new Map((model.prompts ?? []).map((p) => [p.id, p]));

    it('lets the skill drive every dialog', () => {
      expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
      for (const intent of dialog?.intents ?? []) expect(intent.delegationStrategy ?? 'SKILL_RESPONSE').toBe('SKILL_RESPONSE');
    });

    it('lists declared intents with exactly their slots and types', () => {
      for (const di of dialog?.intents ?? []) {
        const declared = intentNamed(model, di.name);
        expect(di.slots.map((s) => [s.name, s.type])).toEqual((declared.slots ?? []).map((s) => [s.name, s.type]));
      }
    });

    it('requires the slots the handlers elicit and confirms logging and deleting', () => {
      const required = Object.fromEntries(
        (dialog?.intents ?? []).map((di) => [di.name, di.slots.filter((s) => s.elicitationRequired).map((s) => s.name)]),
      );
      expect(required[INTENTS.ShouldIRun.name]).toEqual(['legs', 'yesterday']);
      expect(required[INTENTS.CheckIn.name]).toEqual(['legs', 'sleep', 'feeling']);
      expect(required[INTENTS.LogRun.name]).toEqual(['kind', 'duration']);
      const confirmed = (dialog?.intents ?? []).filter((di) => di.confirmationRequired).map((di) => di.name);
      expect(confirmed.sort()).toEqual([INTENTS.DeleteData.name, INTENTS.LogRun.name].sort());
    });

    it('has a prompt for every reference, a variation for every prompt, and slot samples for every required slot', () => {
      const referenced = new Set<string>();
      for (const di of dialog?.intents ?? []) {
        if (di.confirmationRequired) expect(di.prompts.confirmation, di.name).toBeDefined();
        if (di.prompts.confirmation) referenced.add(di.prompts.confirmation);
        for (const slot of di.slots) {
          if (slot.elicitationRequired) {
            expect(slot.prompts.elicitation, `${di.name}.${slot.name}`).toBeDefined();
            const samples = intentNamed(model, di.name).slots?.find((s) => s.name === slot.name)?.samples ?? [];
            expect(samples.length, `${di.name}.${slot.name} samples`).toBeGreaterThan(0);
          }
          for (const id of [slot.prompts.elicitation, slot.prompts.confirmation]) if (id) referenced.add(id);
        }
      }
      for (const id of referenced) expect(prompts.has(id), id).toBe(true);
      expect([...prompts.keys()].sort()).toEqual([...referenced].sort());
      expect(prompts.size).toBe((model.prompts ?? []).length);
      for (const prompt of model.prompts ?? []) {
        expect(prompt.variations.length, prompt.id).toBeGreaterThan(0);
        for (const v of prompt.variations) expect(v.value.trim(), prompt.id).not.toBe('');
      }
    });
  });
});

describe('all locales', () => {
  const [first, ...rest] = LOCALES;
  const outline = (model: InteractionModel) => ({
    intents: model.languageModel.intents.map((i) => ({ name: i.name, slots: (i.slots ?? []).map((s) => [s.name, s.type]) })),
    types: (model.languageModel.types ?? []).map((t) => ({ name: t.name, ids: t.values.map((v) => v.id) })),
    dialog: model.dialog,
  });

  it.each(rest)('%s carries the same intents, slots, slot types, value ids and dialog as the first locale', (locale) => {
    if (!first) throw new Error('no locales');
    expect(outline(models[locale])).toEqual(outline(models[first]));
  });

  it('spells the metric unit as each locale writes it', () => {
    const unitName = (l: Locale) =>
      models[l].languageModel.types?.find((t) => t.name === 'DistanceUnitType')?.values.find((v) => v.id === 'km')?.name.value;
    expect(unitName('en-US')).toBe('kilometers');
    expect(unitName('en-GB')).toBe('kilometres');
    expect(unitName('en-AU')).toBe('kilometres');
    expect(unitName('en-CA')).toBe('kilometres');
    expect(unitName('en-IN')).toBe('kilometres');
  });

  it.each(LOCALES)('%s understands its own word for running shoes', (locale) => {
    const word = { 'en-US': 'sneakers', 'en-GB': 'trainers', 'en-AU': 'runners', 'en-CA': 'runners', 'en-IN': 'sports shoes' }[locale];
    expect(explainUtterance(models[locale], `which ${word} should I wear`).intent.name).toBe(INTENTS.Wear.name);
  });
});
