import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response, Slot } from 'ask-sdk-model';
import type { Card } from '../speech/advice.js';
import { escapeSsml } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import type { Expecting } from '../turn/session.js';
import { INTENTS, type IntentKey } from './contract.js';

/** One spoken answer. Without a reprompt the session closes: every question carries one. */
export interface Reply {
  speech: string;
  reprompt?: string;
  card?: Card;
  /** What the next utterance is expected to answer (for help, fallback and yes/no). */
  expecting?: Expecting;
  /** SSML already made safe (ssml.ts greetByName), spoken before `speech`; never on the card. */
  ssmlBefore?: string;
}

function speak(input: HandlerInput, reply: Reply): HandlerInput['responseBuilder'] {
  const turn = turnOf(input);
  turn.session.expect(reply.expecting);
  const lead = turn.takeLead();
  const speech = escapeSsml(lead ? `${lead} ${reply.speech}` : reply.speech);
  const builder = input.responseBuilder.speak(reply.ssmlBefore ? `${reply.ssmlBefore} ${speech}` : speech);
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  return builder;
}

export function answer(input: HandlerInput, reply: Reply): Response {
  turnOf(input).session.closeDialog();
  const builder = speak(input, reply);
  if (reply.reprompt) builder.reprompt(escapeSsml(reply.reprompt)).withShouldEndSession(false);
  else builder.withShouldEndSession(true);
  return builder.getResponse();
}

/** An intent with every declared slot present (as Alexa sends them): slots kept from `from` unless overridden. */
export function intentWith(key: IntentKey, from?: Intent, overrides: Record<string, Slot | undefined> = {}): Intent {
  const def = INTENTS[key];
  const slots: Record<string, Slot> = {};
  for (const name of Object.keys(def.slots)) {
    const earlier = from?.name === def.name ? from.slots?.[name] : undefined;
    const chosen = name in overrides ? overrides[name] : earlier;
    slots[name] = chosen && typeof chosen === 'object' ? { ...chosen, name } : { name, confirmationStatus: 'NONE' };
  }
  return { name: def.name, confirmationStatus: 'NONE', slots };
}

/** Asks for one slot with our own words (Dialog.ElicitSlot), keeping what was already heard. */
export function askForSlot(input: HandlerInput, intent: Intent, slot: string, reply: Reply & { reprompt: string }): Response {
  turnOf(input).session.openDialog({ intent, slot });
  return speak(input, reply).addElicitSlotDirective(slot, intent).reprompt(escapeSsml(reply.reprompt)).withShouldEndSession(false).getResponse();
}

/** Reads everything back and asks yes or no (Dialog.ConfirmIntent). */
export function askToConfirm(input: HandlerInput, intent: Intent, reply: Reply & { reprompt: string }): Response {
  turnOf(input).session.openDialog({ intent });
  return speak(input, reply).addConfirmIntentDirective(intent).reprompt(escapeSsml(reply.reprompt)).withShouldEndSession(false).getResponse();
}

/** Reads one slot's value back for a yes or no (Dialog.ConfirmSlot): the last rung before a cautious default. */
export function askToConfirmSlot(input: HandlerInput, intent: Intent, slot: string, reply: Reply & { reprompt: string }): Response {
  turnOf(input).session.openDialog({ intent, slot, confirming: true });
  return speak(input, reply).addConfirmSlotDirective(slot, intent).reprompt(escapeSsml(reply.reprompt)).withShouldEndSession(false).getResponse();
}

/** Asks the open dialog question again (after help or a misheard answer), so the dialog picks up where it was. */
export function askAgain(input: HandlerInput, reply: Reply & { reprompt: string }): Response | undefined {
  const dialog = turnOf(input).session.dialog;
  if (!dialog) return undefined;
  if (dialog.slot && dialog.confirming) return askToConfirmSlot(input, dialog.intent, dialog.slot, reply);
  return dialog.slot ? askForSlot(input, dialog.intent, dialog.slot, reply) : askToConfirm(input, dialog.intent, reply);
}
