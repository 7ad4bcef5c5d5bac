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

const TOOK_MINUTES = /\btook (?:me )?(?:about |around |roughly |like |maybe |just over |just under |under |over )?(\d{1,3})\b(?! ?(?:km|mile|k\b|hour|\.\d))/;

export function understandLogWords(words: string): LogWords {
  const said = clauses(words);
  const normalised = said.join(' ');
  const out: LogWords = { safety: hearSafety(words) };
  const session = understandSession(said, normalised, withoutHedges(normalise(words)));
  if (session.id && session.id !== 'rest') out.kind = session.id;
  const distance = distanceSaid(normalised);
  if (distance) out.distance = distance;
  if (session.minutes !== undefined) out.minutes = session.minutes;
  else {
    // "easy 6k, took about 35": a bare number after "took" is the minutes.
    const took = TOOK_MINUTES.exec(normalised);
    if (took) out.minutes = Number(took[1]);
  }
  // How it felt is usually said last ("a quick 7k, moderate I'd say"): the last clause that says it wins.
  const effort = [...said].reverse().map((clause) => understandEffort([clause], withoutHedges(clause))).find((e) => e !== undefined);
  if (effort) out.effort = effort;
  return out;
}
