/**
 * One source for the whole skill package: `buildSkillPackage()` returns every file the ASK CLI deploys, keyed by
 * its path under interaction-model/. build.ts writes them; a test checks the committed files equal them.
 */
import { BUILT_IN_INTENTS, INTENTS } from '../../lambda/conversation/contract.js';
import type { InteractionModelFile, ModelIntent, ModelSlot } from '../model-types.js';
import { dialogModel } from './dialog.js';
import { expandAll } from './expand.js';
import { intentSources, type IntentKey } from './intents.js';
import { LOCALES, LOCALE_WORDS, type Locale } from './locales.js';
import { INVOCATION_NAME, skillManifest } from './manifest.js';
import { slotTypes } from './slot-types.js';

export { LOCALES, type Locale } from './locales.js';

export function buildInteractionModel(locale: Locale): InteractionModelFile {
  const words = LOCALE_WORDS[locale];
  const sources = intentSources(words);
  const custom: ModelIntent[] = (Object.keys(INTENTS) as IntentKey[]).map((key) => {
    const contract = INTENTS[key];
    const slotSamples: Partial<Record<string, readonly string[]>> = sources[key].slotSamples;
    const slots: ModelSlot[] = Object.entries(contract.slots as Record<string, string>).map(([name, type]) => {
      const samples = slotSamples[name];
      return samples ? { name, type, samples: expandAll(samples) } : { name, type };
    });
    return { name: contract.name, slots, samples: expandAll(sources[key].samples) };
  });
  // Built-ins keep Alexa's own phrases; FallbackIntent must have none.
  const builtIns: ModelIntent[] = BUILT_IN_INTENTS.map((name) => ({ name, samples: [] }));
  const { dialog, prompts } = dialogModel();
  return {
    interactionModel: {
      languageModel: { invocationName: INVOCATION_NAME, intents: [...custom, ...builtIns], types: slotTypes(words) },
      dialog,
      prompts,
    },
    version: '1',
  };
}

/** Every generated file, path (relative to interaction-model/) -> JSON value. */
export function buildSkillPackage(): Map<string, unknown> {
  const files = new Map<string, unknown>([['skill.json', skillManifest()]]);
  for (const locale of LOCALES) files.set(`interactionModels/custom/${locale}.json`, buildInteractionModel(locale));
  return files;
}

/** The exact text written for a file, so the generator and the committed file compare byte for byte. */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
