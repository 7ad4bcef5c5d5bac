/**
 * A session told in words no sample spells out ("long run done mate, 28k in two and a half hours", "track
 * session done, six by eight hundred, hard work that"): the kind, the distance as said, the minutes and how hard
 * it felt, each only when the words carry it. Nothing is guessed: a fact not said stays for the dialog to ask.
 */
import { understandEffort } from './effort.js';
import { clauses, normalise, withoutHedges } from './normalise.js';
import { distanceSaid } from './numbers.js';
import { hearSafety, type Safety } from './safety.js';
import { understandSession } from './yesterday.js';
import type { SlotIds } from './index.js';

export interface LogWords {
  kind?: Exclude<SlotIds['kind'], 'rest'>;
  distance?: { value: number; unit: 'km' | 'mile' };
  minutes?: number;
  effort?: SlotIds['effortWord'];
  safety: Safety;
}

const HARD_BUT_CONTROLLED = /\bhard(?: work)? but (?:controlled|comfortable|manageable|relaxed|steady|in control|sustainable|good|fun|enjoyable|worth it|satisfying|felt good|i enjoyed it)\b/;

export function understandLogWords(heard: string): LogWords {
  // "put in an {hour on the peloton}": a sample's literal took the article, and a bare "hour" is still one hour.
  const words = /^\s*hour\b/i.test(heard) ? `an ${heard}` : heard;
  const said = clauses(words);
  const normalised = said.join(' ');
  const out: LogWords = { safety: hearSafety(words) };
  const session = understandSession(said, normalised, withoutHedges(normalise(words)));
  if (session.id && session.id !== 'rest') out.kind = session.id;
  const distance = distanceSaid(normalised);
  if (distance) out.distance = distance;
  if (session.minutes !== undefined) out.minutes = session.minutes;
  // How it felt is usually said last ("a quick 7k, moderate I'd say"): the last clause that says it wins; "hard
  // but controlled" is hard, the "controlled" only says it was not all out.
  const effort = HARD_BUT_CONTROLLED.test(normalise(words)) ? 'hard' : [...said].reverse().map((clause) => understandEffort([clause], withoutHedges(clause))).find((e) => e !== undefined);
  if (effort) out.effort = effort;
  return out;
}
