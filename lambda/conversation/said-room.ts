import type { Intent, Slot } from 'ask-sdk-model';
import { hearSafety, readAnswer, roomAsked, speaksOfToday, understandLogWords, type Room } from '../understand/index.js';
import { INTENTS, SLOT_TYPE_IDS, type IntentKey } from './contract.js';
import { intentWith } from './reply.js';
import { unplacedWords } from './said-safety.js';
import { customSlot, slotOf, slotWords } from './slots.js';

/** Where each room's words go: the free slot its handler reads. */
const ROOMS: Readonly<Record<Room, { key: IntentKey; slot: string }>> = {
  wear: { key: 'Wear', slot: 'said' },
  learn: { key: 'Learn', slot: 'topic' },
  week: { key: 'Week', slot: 'said' },
  'check-in': { key: 'CheckIn', slot: 'said' },
  log: { key: 'LogRun', slot: 'said' },
};

/**
 * A request that Alexa heard only through a last-resort sample, whose words clearly ask for something else: "should
 * I run?" from "should I {wear gloves this morning}", or a question about recovery running from "is {it sensible to
 * run today, yesterday was intervals}" or "what's {my week been like}". The intent of what was asked, with the words
 * in the slot its handler reads; undefined for everything else. Safety words stay with the coach.
 */
export function saidRoom(intent: Intent | undefined): Intent | undefined {
  if (intent?.name === INTENTS.ShouldIRun.name) return adviceAsRoom(intent);
  if (intent?.name === INTENTS.Learn.name) return learnAsRoom(intent);
  if (intent?.name === INTENTS.Experience.name) return experienceAsLog(intent);
  if (intent?.name === INTENTS.LogRun.name) return logAsRoom(intent);
  if (intent?.name === INTENTS.Week.name) return weekAsLog(intent);
  return undefined;
}

/** A question about the week: only then are the words before "for the week" asking, not telling. */
const ASKS = /\b(?:how|what|which|when|did i|have i|tell|show|give|remind|recap|summary|summari[sz]e|review|rundown|am i|is my)\b/i;

/**
 * "{twelve miles, two hours even, nice comfortable pace, that was my long run} for the week": a session told with
 * its numbers, which the week's catch-all took. Only with a distance and a duration or a kind read, and no question.
 */
function weekAsLog(intent: Intent): Intent | undefined {
  const words = slotWords(slotOf(intent, 'said'));
  if (words === undefined || ASKS.test(words) || needsTheCoach(words)) return undefined;
  const told = understandLogWords(words);
  return told.distance !== undefined && (told.minutes !== undefined || told.kind !== undefined) ? inRoom('log', words) : undefined;
}

function adviceAsRoom(intent: Intent): Intent | undefined {
  const placed = (['legs', 'yesterday', 'feeling'] as const).some((name) => customSlot(intent, name, SLOT_TYPE_IDS[INTENTS.ShouldIRun.slots[name]]).state !== 'missing');
  if (placed) return undefined;
  const words = unplacedWords(intent);
  if (words === undefined || needsTheCoach(words)) return undefined;
  const room = roomAsked(words);
  return room === undefined ? undefined : inRoom(room, words);
}

/** "is {topic}", "what's {topic}": the question word is the sample's, the rest may be any other request. */
function learnAsRoom(intent: Intent): Intent | undefined {
  if (customSlot(intent, 'topic', SLOT_TYPE_IDS.TopicType).state !== 'unmatched') return undefined;
  const words = slotWords(slotOf(intent, 'topic'));
  if (words === undefined || needsTheCoach(words)) return undefined;
  const room = roomAsked(words, true);
  if (room !== undefined && room !== 'learn') return inRoom(room, words);
  return speaksOfToday(words) ? withWords('ShouldIRun', 'said', words) : undefined;
}

/** "I've {just come back from hill reps, proper hard, an hour all in}": a session told, not how long they have run. */
function experienceAsLog(intent: Intent): Intent | undefined {
  if (customSlot(intent, 'experience', SLOT_TYPE_IDS.ExperienceType).state !== 'unmatched') return undefined;
  const words = slotWords(slotOf(intent, 'experience'));
  if (words === undefined || needsTheCoach(words) || readAnswer('experience', words).id !== undefined) return undefined;
  const log = understandLogWords(words);
  return log.kind !== undefined || log.minutes !== undefined || log.distance !== undefined ? inRoom('log', words) : undefined;
}

/**
 * "{bit nippy} this morning {do I need gloves for my run}": a log whose kind is words no value placed and whose words
 * ask for another job. Only with nothing of a log read (no distance or duration Alexa filled).
 */
function logAsRoom(intent: Intent): Intent | undefined {
  // "I've done about {15} {marathons so I know what I'm doing}": races counted are how long they have run, not a session.
  const unitWords = customSlot(intent, 'unit', SLOT_TYPE_IDS.DistanceUnitType).state === 'unmatched' ? slotWords(slotOf(intent, 'unit')) : undefined;
  const counted = unitWords === undefined ? undefined : `${slotWords(slotOf(intent, 'distance')) ?? ''} ${unitWords}`.trim();
  if (counted !== undefined && /^\d+ (?:marathons|half marathons|halves|ultras|ultra marathons|ironmans)\b/i.test(counted) && readAnswer('experience', counted).id !== undefined) {
    return withWords('Experience', 'experience', counted);
  }
  if (customSlot(intent, 'kind', SLOT_TYPE_IDS.SessionType).state === 'matched') return undefined;
  if ((['distance', 'duration', 'effortScore'] as const).some((name) => slotWords(slotOf(intent, name)) !== undefined)) return undefined;
  const words = unplacedWords(intent);
  if (words === undefined || needsTheCoach(words)) return undefined;
  // "I've just {started running, complete beginner}": how long they have run, not a session.
  const told = understandLogWords(words);
  if (readAnswer('experience', words).id !== undefined && told.minutes === undefined && (told.distance === undefined || /\bcouch to\b/i.test(words))) {
    return withWords('Experience', 'experience', words);
  }
  // "I did {a spin class last night and my legs feel fine run} today": yesterday's session and today's legs, so today's question.
  // (The sample's "today" is put back, so "run today" reads as the run asked about, not one done.)
  if (/\b(?:yesterday|last night)\b/i.test(words) && /\blegs? (?:feel|are|feeling)\b/i.test(words)) return withWords('ShouldIRun', 'said', `${words} today`);
  const room = roomAsked(words);
  return room !== undefined && room !== 'log' ? inRoom(room, words) : undefined;
}

function needsTheCoach(words: string): boolean {
  const safety = hearSafety(words);
  return safety.pain || safety.illBelowNeck;
}

function inRoom(room: Room, words: string): Intent {
  const { key, slot } = ROOMS[room];
  return withWords(key, slot, words);
}

/** A new request of `key` whose one slot holds the runner's words, as Alexa sends words no value placed. */
export function withWords(key: IntentKey, slot: string, words: string): Intent {
  const heard: Slot = { name: slot, value: words, confirmationStatus: 'NONE' };
  return intentWith(key, undefined, { [slot]: heard });
}
