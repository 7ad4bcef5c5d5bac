/**
 * The dialog model. Handlers drive every dialog themselves (Dialog.ElicitSlot / ConfirmIntent with their own
 * speech), so delegation is SKILL_RESPONSE; the model still declares which slots a conversation needs and has
 * prompts for them, because Alexa requires an intent to be in the dialog model before a skill may elicit or
 * confirm its slots, and uses the prompts if a directive ever arrives without speech.
 */
import { INTENTS } from '../../lambda/conversation/contract.js';
import type { DialogModel, Prompt } from '../model-types.js';
import type { IntentKey } from './intents.js';

type SlotOf<K extends IntentKey> = keyof (typeof INTENTS)[K]['slots'] & string;

interface DialogSource<K extends IntentKey> {
  /** Variations of the intent confirmation prompt, when the intent is confirmed before it is fulfilled. */
  confirm?: readonly string[];
  /** Slots the conversation needs, with their elicitation prompt variations. */
  elicit: Partial<Record<SlotOf<K>, readonly string[]>>;
}

type DialogSources = { [K in IntentKey]?: DialogSource<K> };

/** Intents in the dialog model, in this order. Intents listed with no needs may still be elicited by handlers. */
const DIALOGS: DialogSources = {
  ShouldIRun: {
    elicit: {
      legs: [
        'How do your legs feel today?',
        'How are your legs this morning: fresh, okay, heavy, sore or painful?',
      ],
      yesterday: [
        'What did you do yesterday?',
        'What was yesterday: a rest day, an easy run, a long run, a hard session or a race?',
      ],
    },
  },
  CheckIn: {
    elicit: {
      legs: ['How do your legs feel this morning?', 'How are your legs today: fresh, okay, heavy, sore or painful?'],
      sleep: ['How did you sleep?', 'Did you sleep well or badly last night?'],
      feeling: [
        'And how are you feeling in yourself: fine, run down, or coming down with something?',
        'How do you feel in general today?',
      ],
    },
  },
  LogRun: {
    confirm: ['Shall I log that session?', 'Do you want me to save that session?'],
    elicit: {
      kind: ['What kind of session was it?', 'Was it an easy run, a long run, a workout, a race or something else?'],
      duration: ['How long were you out?', 'How many minutes did it take?'],
    },
  },
  DeleteData: {
    confirm: [
      'That deletes every run and check-in Recovery Coach has saved for you, and it cannot be undone. Shall I delete them?',
      'Do you want me to delete all your saved runs and check-ins for good?',
    ],
    elicit: {},
  },
  // The handler asks for the time itself when none was said: a reminder time is never guessed.
  SetReminder: {
    elicit: { time: ['What time should I remind you each day?', 'At what time each morning should I remind you to check in?'] },
  },
  Learn: { elicit: {} },
  Instead: { elicit: {} },
};

export function elicitationPromptId(intentName: string, slot: string): string {
  return `Elicit.Slot.${intentName}.${slot}`;
}

export function confirmationPromptId(intentName: string): string {
  return `Confirm.Intent.${intentName}`;
}

/** The dialog model and every prompt it references. */
export function dialogModel(): { dialog: DialogModel; prompts: Prompt[] } {
  const prompts: Prompt[] = [];
  const intents = (Object.keys(DIALOGS) as IntentKey[]).map((key) => {
    const source: DialogSource<IntentKey> | undefined = DIALOGS[key];
    if (!source) throw new Error(`no dialog for ${key}`);
    const contract = INTENTS[key];
    const elicit: Partial<Record<string, readonly string[]>> = source.elicit;
    const slots = Object.entries(contract.slots as Record<string, string>).map(([name, type]) => {
      const variations = elicit[name];
      const elicitation = variations ? elicitationPromptId(contract.name, name) : undefined;
      if (elicitation && variations) prompts.push(plainPrompt(elicitation, variations));
      return {
        name,
        type,
        elicitationRequired: elicitation !== undefined,
        confirmationRequired: false,
        prompts: elicitation ? { elicitation } : {},
      };
    });
    const confirmation = source.confirm ? confirmationPromptId(contract.name) : undefined;
    if (confirmation && source.confirm) prompts.push(plainPrompt(confirmation, source.confirm));
    return {
      name: contract.name,
      confirmationRequired: confirmation !== undefined,
      prompts: confirmation ? { confirmation } : {},
      slots,
    };
  });
  return { dialog: { delegationStrategy: 'SKILL_RESPONSE', intents }, prompts };
}

function plainPrompt(id: string, variations: readonly string[]): Prompt {
  return { id, variations: variations.map((value) => ({ type: 'PlainText' as const, value })) };
}
