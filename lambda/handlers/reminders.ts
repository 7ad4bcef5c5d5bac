import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Intent, interfaces, IntentRequest, Response } from 'ask-sdk-model';
import { QUESTIONS, REMINDER, timeOfDayWords } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import {
  createDailyReminder,
  deleteReminder,
  findDailyReminders,
  formatTimeOfDay,
  hasConsent,
  parseTimeOfDay,
  REMINDERS_SCOPE,
  type ReminderFailure,
  type TimeOfDay,
} from '../turn/reminders.js';
import { INTENTS } from '../conversation/contract.js';
import { answer, askForSlot, intentWith } from '../conversation/reply.js';

/** Returned as-is in the Connections.Response, so the answer is known to be ours. */
const PERMISSION_TOKEN = 'daily-check-in-reminder';

const isIntent = (input: HandlerInput, name: string): boolean =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === name;

/** The last word of a reminder turn: closes a one-shot, otherwise asks what next (an open mic ends on a question). */
function finish(input: HandlerInput, speech: string): Response {
  if (turnOf(input).session.oneShot) return answer(input, { speech });
  return answer(input, { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, expecting: 'anything-else' });
}

const FAILURE_SPEECH: Record<Exclude<ReminderFailure, 'no-permission'>, string> = { timeout: REMINDER.timeout, error: REMINDER.failed };

/**
 * Asks Alexa to ask the runner for the reminders permission by voice ("Set Up Voice Permissions for Reminders",
 * Send a Connections.SendRequest directive: https://developer.amazon.com/en-US/docs/alexa/smapi/voice-permissions-for-reminders.html).
 * Alexa speaks the question itself; the answer comes back as a Connections.Response in the same session, and the
 * wanted time waits in the session until then.
 */
function askForPermission(input: HandlerInput, time: TimeOfDay): Response {
  const turn = turnOf(input);
  turn.session.holdReminderTime(formatTimeOfDay(time));
  turn.session.closeDialog();
  turn.session.expect(undefined);
  turn.outcome = 'reminder:ask-permission';
  const directive: interfaces.connections.SendRequestDirective = {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }],
    },
    token: PERMISSION_TOKEN,
  };
  return input.responseBuilder.addDirective(directive).getResponse();
}

/**
 * Creates the daily reminder unless one is already there; says it only once the API has confirmed it.
 * `mayAsk`: a refusal for lack of permission asks for it (not again right after the runner was asked).
 */
async function setReminder(input: HandlerInput, time: TimeOfDay, mayAsk: boolean): Promise<Response> {
  const turn = turnOf(input);
  const refused = (failure: ReminderFailure): Response => {
    if (failure === 'no-permission') {
      if (mayAsk) return askForPermission(input, time);
      turn.session.releaseReminderTime();
      turn.outcome = 'reminder:not-granted';
      return finish(input, REMINDER.notGranted);
    }
    turn.session.releaseReminderTime();
    turn.outcome = `reminder:failed-${failure}`;
    return finish(input, FAILURE_SPEECH[failure]);
  };
  const existing = await findDailyReminders(input);
  if (!existing.ok) return refused(existing.failure);
  const first = existing.value[0];
  if (first) {
    turn.session.releaseReminderTime();
    turn.outcome = 'reminder:already';
    return finish(input, REMINDER.already(timeOfDayWords(first.time.hour, first.time.minute)));
  }
  const place = await turn.place();
  const made = await createDailyReminder(input, { now: turn.now, timeZone: place.timeZone, time, locale: turn.locale, text: REMINDER.alertText });
  if (!made.ok) return refused(made.failure);
  turn.session.releaseReminderTime();
  turn.outcome = 'reminder:set';
  return finish(input, REMINDER.set(timeOfDayWords(time.hour, time.minute)));
}

/** Asks what time of day the reminder should be (a SetReminder dialog), when the runner wants one but said no time. */
export function askReminderTime(input: HandlerInput, said?: Intent): Response {
  turnOf(input).outcome = 'reminder:ask-time';
  return askForSlot(input, intentWith('SetReminder', said, { time: undefined }), 'time', {
    speech: REMINDER.askTime,
    reprompt: REMINDER.askTimeReprompt,
    expecting: 'reminder-time',
  });
}

/** "Remind me to check in every morning at seven": the time is asked for when not said, never guessed. */
export const SetReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.SetReminder.name),
  async handle(input) {
    const turn = turnOf(input);
    const intent = (input.requestEnvelope.request as IntentRequest).intent;
    const time = parseTimeOfDay(intent.slots?.time?.value);
    if (!time) return askReminderTime(input, intent);
    if (!hasConsent(input)) return askForPermission(input, time);
    return setReminder(input, time, true);
  },
};

/** Alexa's answer to the permission request: ACCEPTED sets the reminder held in the session. */
export const ReminderPermissionHandler: RequestHandler = {
  canHandle: (input) => {
    const request = input.requestEnvelope.request as Partial<interfaces.connections.ConnectionsResponse>;
    return request.type === 'Connections.Response' && request.name === 'AskFor';
  },
  async handle(input) {
    const turn = turnOf(input);
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    const status = (request.payload as { status?: unknown } | undefined)?.status;
    const held = parseTimeOfDay(turn.session.reminderTime);
    if (status !== 'ACCEPTED') {
      turn.session.releaseReminderTime();
      turn.outcome = status === 'DENIED' ? 'reminder:denied' : 'reminder:not-answered';
      return finish(input, status === 'DENIED' ? REMINDER.denied : REMINDER.notGranted);
    }
    if (!held) {
      turn.outcome = 'reminder:granted-no-time';
      return finish(input, REMINDER.noTime);
    }
    return setReminder(input, held, false);
  },
};

/** "When is my reminder": reads the daily one back from the API. */
export const ReminderStatusHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.ReminderStatus.name),
  async handle(input) {
    const turn = turnOf(input);
    if (!hasConsent(input)) {
      turn.outcome = 'reminder-status:none';
      return finish(input, REMINDER.none);
    }
    const found = await findDailyReminders(input);
    if (!found.ok) {
      turn.outcome = `reminder-status:${found.failure}`;
      return finish(input, found.failure === 'no-permission' ? REMINDER.none : REMINDER.readFailed);
    }
    const first = found.value[0];
    turn.outcome = first ? 'reminder-status:on' : 'reminder-status:none';
    return finish(input, first ? REMINDER.status(timeOfDayWords(first.time.hour, first.time.minute)) : REMINDER.none);
  },
};

/** "Stop my reminder": deletes every daily reminder the skill made. */
export const CancelReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.CancelReminder.name),
  async handle(input) {
    const turn = turnOf(input);
    if (!hasConsent(input)) {
      turn.outcome = 'reminder-cancel:none';
      return finish(input, REMINDER.nothingToDelete);
    }
    const found = await findDailyReminders(input);
    if (!found.ok) {
      turn.outcome = `reminder-cancel:${found.failure}`;
      return finish(input, found.failure === 'no-permission' ? REMINDER.nothingToDelete : REMINDER.deleteFailed);
    }
    if (found.value.length === 0) {
      turn.outcome = 'reminder-cancel:none';
      return finish(input, REMINDER.nothingToDelete);
    }
    for (const reminder of found.value) {
      const gone = await deleteReminder(input, reminder.alertToken);
      if (!gone.ok) {
        turn.outcome = `reminder-cancel:${gone.failure}`;
        return finish(input, REMINDER.deleteFailed);
      }
    }
    turn.outcome = 'reminder-cancel:deleted';
    return finish(input, REMINDER.deleted);
  },
};
