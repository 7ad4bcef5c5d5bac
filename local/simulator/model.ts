/**
 * The interaction model as the ASK CLI deploys it (`interactionModels/custom/<locale>.json`), typed, and a loader
 * that checks the JSON's shape once so the resolver can trust it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../../interaction-model/source/locales.js';

export { LOCALES, type Locale };

import type {
  DelegationStrategy,
  DialogIntent,
  DialogModel,
  InteractionModel,
  InteractionModelFile,
  ModelIntent,
  ModelSlot,
  Prompt,
  SlotTypeDefinition,
  SlotTypeValue,
} from '../../interaction-model/model-types.js';

export type * from '../../interaction-model/model-types.js';

export function modelPath(locale: Locale): string {
  return fileURLToPath(new URL(`../../interaction-model/interactionModels/custom/${locale}.json`, import.meta.url));
}

/** Reads and checks a locale's committed model. Throws with the JSON path of the first thing out of shape. */
export function loadInteractionModel(locale: Locale, path: string = modelPath(locale)): InteractionModel {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return parseInteractionModelFile(json, path).interactionModel;
}

/** Checks an already-parsed model file. */
export function parseInteractionModelFile(json: unknown, where = 'model'): InteractionModelFile {
  const root = record(json, where);
  const im = record(root['interactionModel'], `${where}.interactionModel`);
  const lm = record(im['languageModel'], `${where}.interactionModel.languageModel`);
  const at = `${where}.interactionModel`;
  const model: InteractionModel = {
    languageModel: {
      invocationName: string(lm['invocationName'], `${at}.languageModel.invocationName`),
      intents: array(lm['intents'], `${at}.languageModel.intents`).map((x, i) => intent(x, `${at}.languageModel.intents[${i}]`)),
      types: optionalArray(lm['types'], `${at}.languageModel.types`).map((x, i) => slotType(x, `${at}.languageModel.types[${i}]`)),
    },
  };
  if (im['dialog'] !== undefined) model.dialog = dialog(im['dialog'], `${at}.dialog`);
  if (im['prompts'] !== undefined) {
    model.prompts = array(im['prompts'], `${at}.prompts`).map((x, i) => prompt(x, `${at}.prompts[${i}]`));
  }
  const file: InteractionModelFile = { interactionModel: model };
  if (root['version'] !== undefined) file.version = string(root['version'], `${where}.version`);
  return file;
}

function intent(x: unknown, at: string): ModelIntent {
  const r = record(x, at);
  const out: ModelIntent = { name: string(r['name'], `${at}.name`) };
  if (r['slots'] !== undefined) out.slots = array(r['slots'], `${at}.slots`).map((s, i) => slot(s, `${at}.slots[${i}]`));
  if (r['samples'] !== undefined) out.samples = strings(r['samples'], `${at}.samples`);
  return out;
}

function slot(x: unknown, at: string): ModelSlot {
  const r = record(x, at);
  const out: ModelSlot = { name: string(r['name'], `${at}.name`), type: string(r['type'], `${at}.type`) };
  if (r['samples'] !== undefined) out.samples = strings(r['samples'], `${at}.samples`);
  return out;
}

function slotType(x: unknown, at: string): SlotTypeDefinition {
  const r = record(x, at);
  return {
    name: string(r['name'], `${at}.name`),
    values: array(r['values'], `${at}.values`).map((v, i) => {
      const vr = record(v, `${at}.values[${i}]`);
      const name = record(vr['name'], `${at}.values[${i}].name`);
      const value: SlotTypeValue = { name: { value: string(name['value'], `${at}.values[${i}].name.value`) } };
      if (name['synonyms'] !== undefined) value.name.synonyms = strings(name['synonyms'], `${at}.values[${i}].name.synonyms`);
      if (vr['id'] !== undefined) value.id = string(vr['id'], `${at}.values[${i}].id`);
      return value;
    }),
  };
}

function dialog(x: unknown, at: string): DialogModel {
  const r = record(x, at);
  const out: DialogModel = {
    intents: array(r['intents'], `${at}.intents`).map((d, i) => {
      const dr = record(d, `${at}.intents[${i}]`);
      const dAt = `${at}.intents[${i}]`;
      const di: DialogIntent = {
        name: string(dr['name'], `${dAt}.name`),
        confirmationRequired: boolean(dr['confirmationRequired'], `${dAt}.confirmationRequired`),
        prompts: promptRefs(dr['prompts'], `${dAt}.prompts`),
        slots: array(dr['slots'], `${dAt}.slots`).map((s, j) => {
          const sr = record(s, `${dAt}.slots[${j}]`);
          const sAt = `${dAt}.slots[${j}]`;
          return {
            name: string(sr['name'], `${sAt}.name`),
            type: string(sr['type'], `${sAt}.type`),
            elicitationRequired: boolean(sr['elicitationRequired'], `${sAt}.elicitationRequired`),
            confirmationRequired: boolean(sr['confirmationRequired'], `${sAt}.confirmationRequired`),
            prompts: promptRefs(sr['prompts'], `${sAt}.prompts`),
          };
        }),
      };
      if (dr['delegationStrategy'] !== undefined) di.delegationStrategy = delegation(dr['delegationStrategy'], `${dAt}.delegationStrategy`);
      return di;
    }),
  };
  if (r['delegationStrategy'] !== undefined) out.delegationStrategy = delegation(r['delegationStrategy'], `${at}.delegationStrategy`);
  return out;
}

function promptRefs(x: unknown, at: string): { elicitation?: string; confirmation?: string } {
  const r = record(x, at);
  const out: { elicitation?: string; confirmation?: string } = {};
  if (r['elicitation'] !== undefined) out.elicitation = string(r['elicitation'], `${at}.elicitation`);
  if (r['confirmation'] !== undefined) out.confirmation = string(r['confirmation'], `${at}.confirmation`);
  return out;
}

function prompt(x: unknown, at: string): Prompt {
  const r = record(x, at);
  return {
    id: string(r['id'], `${at}.id`),
    variations: array(r['variations'], `${at}.variations`).map((v, i) => {
      const vr = record(v, `${at}.variations[${i}]`);
      const type = vr['type'];
      if (type !== 'PlainText' && type !== 'SSML') throw new Error(`${at}.variations[${i}].type must be PlainText or SSML`);
      return { type, value: string(vr['value'], `${at}.variations[${i}].value`) };
    }),
  };
}

function delegation(x: unknown, at: string): DelegationStrategy {
  if (x === 'ALWAYS' || x === 'SKILL_RESPONSE') return x;
  throw new Error(`${at} must be ALWAYS or SKILL_RESPONSE`);
}

function record(x: unknown, at: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Error(`${at} must be an object`);
  return x as Record<string, unknown>;
}

function array(x: unknown, at: string): unknown[] {
  if (!Array.isArray(x)) throw new Error(`${at} must be an array`);
  return x;
}

function optionalArray(x: unknown, at: string): unknown[] {
  return x === undefined ? [] : array(x, at);
}

function string(x: unknown, at: string): string {
  if (typeof x !== 'string') throw new Error(`${at} must be a string`);
  return x;
}

function strings(x: unknown, at: string): string[] {
  return array(x, at).map((s, i) => string(s, `${at}[${i}]`));
}

function boolean(x: unknown, at: string): boolean {
  if (typeof x !== 'boolean') throw new Error(`${at} must be a boolean`);
  return x;
}
