import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { HELP, QUESTIONS, REMINDER } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import type { Expecting } from '../turn/session.js';
import { askAgain, type Reply } from './reply.js';

/** Help that answers the question on the table, so the runner is never stuck. */
const CONTEXT_HELP: Partial<Record<Expecting, string>> = {
  legs: HELP.legs,
  yesterday: HELP.yesterday,
  sleep: HELP.sleep,
  feeling: HELP.feeling,
  'log-details': QUESTIONS.runKind,
  'log-confirm': HELP.logConfirm,
  'log-retry': HELP.logConfirm,
  'delete-confirm': HELP.deleteConfirm,
  'follow-up': HELP.afterAdviceMenu,
  'advice-offer': QUESTIONS.adviceOffer,
  'reminder-time': REMINDER.help,
  'reminder-offer': REMINDER.offerHelp,
};

/** While a run is being logged, the question is about the one value asked for. */
const LOG_SLOT_QUESTION: Record<string, string> = {
  kind: QUESTIONS.runKind,
  distance: QUESTIONS.runDistance,
  unit: QUESTIONS.runUnit,
  duration: QUESTIONS.runDuration,
  day: QUESTIONS.runDay,
  effortScore: QUESTIONS.runEffort,
};

/** The question on the table, explained (optionally after a lead such as "Sorry, I didn't catch that."). */
export function openQuestionReply(input: HandlerInput, lead?: string): (Reply & { reprompt: string }) | undefined {
  const { expecting, dialog } = turnOf(input).session;
  if (!expecting) return undefined;
  const specific = expecting === 'log-details' && dialog?.slot ? (LOG_SLOT_QUESTION[dialog.slot] ?? CONTEXT_HELP[expecting]) : CONTEXT_HELP[expecting];
  if (!specific) return undefined;
  return { speech: lead ? `${lead} ${specific}` : specific, reprompt: specific, expecting };
}

/**
 * When a dialog question is open (legs, sleep, a yes/no), explains it and asks it again, so an off-script answer
 * such as "why?" or "yes" never drops the conversation. Undefined when no dialog question is open.
 */
export function reaskOpenQuestion(input: HandlerInput, lead?: string): Response | undefined {
  const turn = turnOf(input);
  const reply = turn.session.dialog ? openQuestionReply(input, lead) : undefined;
  if (!reply) return undefined;
  turn.outcome = `reask:${turn.session.expecting}`;
  return askAgain(input, reply);
}
