import { describe, expect, it } from 'vitest';
import { LOCALES, loadInteractionModel, type InteractionModel, type ModelIntent } from '../../local/simulator/model.js';
import { explainUtterance } from '../../local/simulator/resolve.js';

const BUILT_IN_EXAMPLES: Record<string, string> = {
  'AMAZON.NUMBER': 'eight',
  'AMAZON.DURATION': 'fifty minutes',
  'AMAZON.DATE': 'yesterday',
};

/** Fills each {slot} with an example the slot's type understands, rotating through a custom type's values. */
function fill(model: InteractionModel, intent: ModelIntent, sample: string, turn: number): string {
  return sample.replace(/\{(\w+)\}/g, (_, name: string) => {
    const type = intent.slots?.find((s) => s.name === name)?.type ?? '';
    const builtIn = BUILT_IN_EXAMPLES[type];
    if (builtIn) return builtIn;
    const values = model.languageModel.types?.find((t) => t.name === type)?.values ?? [];
    return values[turn % values.length]?.name.value ?? name;
  });
}

describe.each(LOCALES)('%s: every sample, filled with example values, comes back as its own intent', (locale) => {
  const model = loadInteractionModel(locale);
  const now = new Date('2026-11-26T09:00:00Z');
  const custom = model.languageModel.intents.filter((i) => !i.name.startsWith('AMAZON.'));

  it.each(custom.map((i) => [i.name, i] as const))('%s intent samples', (_, intent) => {
    (intent.samples ?? []).forEach((sample, turn) => {
      const said = fill(model, intent, sample, turn);
      const result = explainUtterance(model, said, { now, timeZone: 'UTC' });
      expect(result.intent.name, `"${said}" (from "${sample}") matched ${result.sample}`).toBe(intent.name);
      for (const slot of Object.values(result.intent.slots ?? {})) {
        const code = slot.resolutions?.resolutionsPerAuthority?.[0]?.status.code;
        expect(slot.value === '?' || code === 'ER_SUCCESS_NO_MATCH', `"${said}": ${slot.name}=${slot.value}`).toBe(false);
      }
    });
  });

  it.each(custom.filter((i) => (i.slots ?? []).some((s) => s.samples?.length)).map((i) => [i.name, i] as const))(
    '%s slot samples, while that slot is elicited',
    (_, intent) => {
      for (const slot of intent.slots ?? []) {
        (slot.samples ?? []).forEach((sample, turn) => {
          const said = fill(model, intent, sample, turn);
          const dialog = { type: 'Dialog.ElicitSlot' as const, slotToElicit: slot.name, intent: { name: intent.name, confirmationStatus: 'NONE' as const } };
          const result = explainUtterance(model, said, { now, timeZone: 'UTC', dialog });
          expect(result.intent.name, `"${said}" for ${slot.name} matched ${result.sample}`).toBe(intent.name);
          expect(result.intent.slots?.[slot.name]?.value, `"${said}" for ${slot.name}`).toBeDefined();
          expect(result.continuesDialog).toBe(true);
        });
      }
    },
  );
});
