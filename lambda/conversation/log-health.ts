import type { Intent } from 'ask-sdk-model';
import { hearSafety, type Safety } from '../understand/index.js';
import { INTENTS, SLOT_TYPE_IDS } from './contract.js';
import { durationSlot, numberSlot, slotOf, slotWords } from './slots.js';
import { understoodSlot } from './understood.js';

/** Every word Alexa put into a log's slots: where pain or illness said inside a log would be. */
export function logWords(log: Intent): string {
  return Object.keys(INTENTS.LogRun.slots)
    .map((name) => slotWords(slotOf(log, name)))
    .filter((w): w is string => w !== undefined)
    .join(', ');
}

/** What the log's words say about pain and illness. */
export function safetyInLog(log: Intent): Safety {
  return hearSafety(logWords(log));
}

/** Pain that changes how you move, or illness below the neck: the coach must hear it. */
export function logNeedsTheCoach(log: Intent): boolean {
  const safety = safetyInLog(log);
  return safety.pain || safety.illBelowNeck;
}

/** The log has something to keep: a session, a distance or a time understood. Otherwise the words were a question. */
export function logHasSomethingToKeep(log: Intent): boolean {
  return (
    understoodSlot(log, 'kind', 'kind', SLOT_TYPE_IDS.SessionType).read.state === 'matched' ||
    durationSlot(log, 'duration').state === 'matched' ||
    numberSlot(log, 'distance').state === 'matched'
  );
}
