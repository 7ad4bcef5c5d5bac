/**
 * Number words to digits ("twenty six point two" -> "26.2", "an hour and a half" -> "1.5 hour"), and the
 * distances and durations a sentence carries. Runs on text that normalise.ts has already lower-cased and split.
 */
import { toKm } from '../coach/units.js';

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const DIGIT = /^\d+(\.\d+)?$/;

function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && (w in SMALL || w in TENS || w === 'hundred' || w === 'thousand');
}

/**
 * Reads a run of number words starting at `i` ("one hundred and five", "forty five"); returns the value and
 * the index after it, or undefined. "oh" only counts inside a number ("one oh five" is rare; "oh" alone is a filler).
 */
function readInteger(words: readonly string[], i: number): { value: number; next: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < words.length) {
    const w = words[j] as string;
    if (w === 'oh' && !any) break;
    if (w in SMALL) {
      if (any && current % 10 !== 0) break; // "five five" is two numbers
      if (any && current >= 20 && (SMALL[w] as number) >= 10) break;
      current += SMALL[w] as number;
    } else if (w in TENS) {
      if (any && current % 100 !== 0) break;
      current += TENS[w] as number;
    } else if (w === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (w === 'thousand') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else if (w === 'and' && any && isNumberWord(words[j + 1]) && (current >= 100 || total >= 1000)) {
      j += 1;
      continue;
    } else break;
    any = true;
    j += 1;
  }
  return any ? { value: total + current, next: j } : undefined;
}

/** Replaces number words with digits; "a"/"an" before a unit is one; halves and quarters become decimals. */
export function numbersToDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i] as string;
    // "a" / "an" before hundred or a unit: "a hundred", "an hour", "a mile"
    if ((w === 'a' || w === 'an') && (words[i + 1] === 'hundred' || words[i + 1] === 'thousand')) {
      const n = readInteger(words, i + 1);
      if (n) {
        out.push(String(n.value));
        i = n.next;
        continue;
      }
    }
    if (isNumberWord(w) && w !== 'oh') {
      const n = readInteger(words, i);
      if (n) {
        let value = n.value;
        let next = n.next;
        // "twenty six point two"
        if (words[next] === 'point' && (isNumberWord(words[next + 1]) || DIGIT.test(words[next + 1] ?? ''))) {
          let decimals = '';
          let k = next + 1;
          while (k < words.length) {
            const d = words[k] as string;
            if (d in SMALL && (SMALL[d] as number) < 10) decimals += String(SMALL[d]);
            else if (/^\d+$/.test(d)) decimals += d;
            else break;
            k += 1;
          }
          if (decimals) {
            value = Number(`${value}.${decimals}`);
            next = k;
          }
        }
        out.push(String(value));
        i = next;
        continue;
      }
    }
    out.push(w);
    i += 1;
  }
  return out;
}

/**
 * Phrases of fractions and vague amounts, on the joined text (after numbersToDigits): "1 and a half" -> "1.5",
 * "half an hour" -> "30 min", "a couple of" -> "2". Order matters: the longest phrases first.
 */
const FRACTIONS: readonly [RegExp, string][] = [
  [/\b(\d+) and a half\b/g, '$1.5'],
  [/\b(\d+) and a quarter\b/g, '$1.25'],
  [/\b(\d+) and 3 quarters\b/g, '$1.75'],
  [/\b(?:a|an|1) (hour|mile|km) and a half\b/g, '1.5 $1'],
  [/\b(?:a|an|1) (hour|mile|km) and a quarter\b/g, '1.25 $1'],
  [/\b(\d+) (hour|mile|km) and a half\b/g, '$1.5 $2'],
  [/(?<!\d )\bhour and a half\b/g, '1.5 hour'],
  [/(?<!\d )\bhour and a quarter\b/g, '1.25 hour'],
  // "hour and two minutes", said without its "an".
  [/(?<!\d )(?<!\d\.\d )\bhour and (\d+) min\b/g, '1 hour $1 min'],
  [/\b3 quarters of an hour\b/g, '45 min'],
  [/\b(?:a )?quarter of an hour\b/g, '15 min'],
  [/\bhalf (?:an )?hour\b/g, '30 min'],
  [/\bhalf a (mile|km)\b/g, '0.5 $1'],
  [/\b(?:a|an) (hour|mile|km|min)\b/g, '1 $1'],
  [/\b(?:a )?couple (?:of )?(hour|mile|km|min)/g, '2 $1'],
  [/\b(?:a )?dozen\b/g, '12'],
];

export function fractionsToNumbers(text: string): string {
  let t = text;
  for (const [re, to] of FRACTIONS) t = t.replace(re, to);
  return t;
}

/** A distance said with its unit ("10 km", "6.2 mile"), in km; a race pace ("5 km pace") is not a distance. */
const DISTANCE = /\b(\d+(?:\.\d+)?) (km|mile|miler)\b(?! pace)/;

/** A distance as said: the number and its unit ("6.2 mile" is 6.2 miles, not 10 km). */
export function distanceSaid(text: string): { value: number; unit: 'km' | 'mile' } | undefined {
  const m = DISTANCE.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!(n > 0)) return undefined;
  return { value: n, unit: m[2] === 'km' ? 'km' : 'mile' };
}

export function distanceKm(text: string): number | undefined {
  const said = distanceSaid(text);
  return said ? Math.round(toKm(said.value, said.unit) * 10) / 10 : undefined;
}

// "1 hour 12" is 72 minutes, but in "an hour, twelve k" the twelve is a distance: a number before a unit is not minutes.
const HOURS_MINUTES = /(?:\b(\d+(?:\.\d+)?) |(?<![\d.] )\b(?=hour (?:and )?\d))hour(?: (?:and )?(\d+)(?![\d.]| ?(?:km|mile|k\b|kilomet|metre|meter))(?: min)?)?/;
const MINUTES = /\b(\d+(?:\.\d+)?) min\b/;
/** "easy 6k, took about 35": a bare number after "took" is the minutes. */
const TOOK_MINUTES = /\btook (?:me )?(?:about |around |roughly |like |maybe |just over |just under |under |over )?(\d{1,3})\b(?! ?(?:km|mile|k\b|hour|\.\d))/;

/**
 * "18 miles, 2:40", "the half in one fifty one": hours then two-digit minutes, as a finishing time is said. Only 1 to
 * 5 hours (a run's time), never a clock time ("at 5 30", "6 15 this morning") or a count ("6 by 800").
 */
const CLOCK = /(?<!\b(?:at|by|x|around|about|before|after|since|till|until) )\b([1-5]) (?:oh )?([0-5]\d)\b(?! ?(?:km|mile|miler|k\b|min|hour|am|pm|a m|p m|o ?clock|\.\d|this|in the|tonight|tomorrow|start|kick ?off))/;

/** A duration said in hours and/or minutes ("1 hour 20", "45 min", "1.5 hour"), in minutes. */
export function durationMinutes(text: string): number | undefined {
  const h = HOURS_MINUTES.exec(text);
  if (h) {
    // "hour twenty" (the "an" before it was a sample's): one hour.
    const total = Number(h[1] ?? 1) * 60 + (h[2] ? Number(h[2]) : 0);
    return total > 0 ? total : undefined;
  }
  const m = MINUTES.exec(text) ?? TOOK_MINUTES.exec(text);
  if (m) {
    const total = Number(m[1]);
    return total > 0 ? total : undefined;
  }
  const clock = CLOCK.exec(text);
  return clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined;
}

/**
 * "an hour {twenty five, felt moderate}": words that begin with a bare number under 60 (no unit after it) carry the
 * minutes past a whole hour. `text` is normalised; the rest is what follows the number.
 */
export function minutesFirst(text: string): { minutes: number; rest: string } | undefined {
  // "an hour {and a half long run}": the fraction of the hour, as the words said it.
  const part = /^and (?:a )?(half|quarter|3 quarters)\b\s*(.*)$/.exec(text.trim());
  if (part) return { minutes: part[1] === 'half' ? 30 : part[1] === 'quarter' ? 15 : 45, rest: part[2] ?? '' };
  const m = /^(?:and )?(\d{1,2})(?! ?(?:km|mile|miler|k\b|hour|\.\d|out of|by\b|x\b|laps?\b|of\b|times\b|reps?\b|sets?\b|rounds?\b|people\b|mates\b|friends\b|hills?\b|sprints?\b|strides\b))(?: min\b)?\s*(.*)$/.exec(text.trim());
  if (!m) return undefined;
  const minutes = Number(m[1]);
  return minutes > 0 && minutes < 60 ? { minutes, rest: m[2] ?? '' } : undefined;
}

/** Hours of sleep said as a number ("only 4 hours", "about 8 hours"), if any. */
export function hoursSaid(text: string): number | undefined {
  // "twelve hour night shifts and slept maybe three hours": the hours said with the sleep are the night's.
  const slept = /\b(?:slept|sleep|got|managed|had)\b(?: \w+){0,3}? (\d+(?:\.\d+)?) hour/.exec(text);
  // "surfed for 2 hours yesterday, slept well": hours spent doing something are not the night's.
  const bare = /\b(?<!\bfor )(\d+(?:\.\d+)?) hour(?! (?:run|ride|walk|hike|swim|surf|session|long run|bike|spin|class|drive|flight|shift|shifts))/.exec(text);
  const m = /\b(\d+(?:\.\d+)?) hour(?: of)? (?:sleep|kip|shut eye)\b/.exec(text) ?? slept ?? bare;
  return m ? Number(m[1]) : undefined;
}

/** "7 out of 10", "a 7", "about 8": a score on the 1-10 effort scale. */
export function scoreOutOfTen(text: string): number | undefined {
  const m = /\b(\d+(?:\.\d+)?) (?:out of|outta|on a scale of) 10\b/.exec(text) ?? /^(?:(?:about|around|maybe|like|a|an|probably) )*(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 10 ? n : undefined;
}
