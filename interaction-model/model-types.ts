/**
 * The shape of an interaction model file (`interactionModels/custom/<locale>.json`) as the ASK CLI deploys it:
 * shared by the generator (interaction-model/source) and the offline simulator (local/simulator), so neither
 * borrows the other's types.
 */

/** The whole file: `{ interactionModel, version }`. */
export interface InteractionModelFile {
  interactionModel: InteractionModel;
  version?: string;
}

export interface InteractionModel {
  languageModel: LanguageModel;
  dialog?: DialogModel;
  prompts?: Prompt[];
}

export interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types?: SlotTypeDefinition[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}

export interface ModelSlot {
  name: string;
  /** A custom type's name or a built-in such as AMAZON.NUMBER. */
  type: string;
  /** Slot elicitation samples: what the user may answer while this slot is elicited. */
  samples?: string[];
}

export interface SlotTypeDefinition {
  name: string;
  values: SlotTypeValue[];
}

export interface SlotTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

export type DelegationStrategy = 'ALWAYS' | 'SKILL_RESPONSE';

export interface DialogModel {
  delegationStrategy?: DelegationStrategy;
  intents: DialogIntent[];
}

export interface DialogIntent {
  name: string;
  delegationStrategy?: DelegationStrategy;
  confirmationRequired: boolean;
  prompts: { confirmation?: string };
  slots: DialogSlot[];
}

export interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired: boolean;
  confirmationRequired: boolean;
  prompts: { elicitation?: string; confirmation?: string };
}

export interface Prompt {
  id: string;
  variations: PromptVariation[];
}

export interface PromptVariation {
  type: 'PlainText' | 'SSML';
  value: string;
}

/** Where the committed models live, relative to this file. */
