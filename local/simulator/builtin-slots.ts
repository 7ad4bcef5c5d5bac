/**
 * The built-in slot types the skill uses, turned into the values Alexa sends: AMAZON.NUMBER -> "25",
 * AMAZON.DURATION -> "PT1H10M", AMAZON.DATE -> "2026-11-24" (or an ISO week such as "2026-W48").
 * Each parser takes normalised words and returns undefined when the words are not such a value, which the
 * resolver reports as "?" the way Alexa does.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000 };
const DIGIT_WORDS: Record<string, string> = { ...Object.fromEntries(Object.entries(UNITS).map(([w, n]) => [w, String(n)])), oh: '0' };

/** AMAZON.NUMBER: digits or number words -> a digit string ("a hundred and five" -> "105"). */
export function parseNumber(words: readonly string[]): string | undefined {
  const value = numberValue(words);
  return value === undefined ? undefined : formatNumber(value);
}

/** The numeric value of the words, or undefined. Exported for durations ("one and a half hours"). */
export function numberValue(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+(\.\d+)?$/.test(words[0] ?? '')) return Number(words[0]);
  const last3 = words.slice(-3).join(' ');
  if (words.length > 3 && last3 === 'and a half') {
    const whole = numberValue(words.slice(0, -3));
    return whole === undefined ? undefined : whole + 0.5;
  }
  const joined = words.join(' ');
  if (joined === 'half' || joined === 'a half') return 0.5;
  const point = words.indexOf('point');
  if (point >= 0) {
    const whole = point === 0 ? 0 : numberValue(words.slice(0, point));
    const fraction = words.slice(point + 1).map((w) => DIGIT_WORDS[w] ?? (/^\d+$/.test(w) ? w : undefined));
    if (whole === undefined || fraction.length === 0 || fraction.some((d) => d === undefined)) return undefined;
    return Number(`${whole}.${fraction.join('')}`);
  }
  return integerValue(words);
}

type Last = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/** English number words to an integer, strictly: "twenty five" yes, "five twenty" no. */
function integerValue(words: readonly string[]): number | undefined {
  let total = 0;
  let group = 0;
  let last: Last = 'start';
  for (const w of words) {
    const unit = UNITS[w];
    const teen = TEENS[w];
    const tens = TENS[w];
    const scale = SCALES[w];
    if (w === 'a' || w === 'an') {
      // Only "a hundred", "a thousand".
      if (last !== 'start' && last !== 'scale' && last !== 'and') return undefined;
      group = 1;
      last = 'a';
    } else if (unit !== undefined) {
      if (last !== 'start' && last !== 'tens' && last !== 'hundred' && last !== 'scale' && last !== 'and') return undefined;
      group += unit;
      last = 'unit';
    } else if (teen !== undefined || tens !== undefined) {
      if (last !== 'start' && last !== 'hundred' && last !== 'scale' && last !== 'and') return undefined;
      group += teen ?? tens ?? 0;
      last = teen !== undefined ? 'teen' : 'tens';
    } else if (w === 'hundred') {
      if (last !== 'unit' && last !== 'a' && last !== 'teen' && last !== 'tens') return undefined;
      group *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'start' || last === 'and' || last === 'scale') return undefined;
      total += group * scale;
      group = 0;
      last = 'scale';
    } else if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') return undefined;
      last = 'and';
    } else if (/^\d+$/.test(w)) {
      // "2 thousand": digits may stand in for the small part.
      if (last !== 'start' && last !== 'scale' && last !== 'and') return undefined;
      group += Number(w);
      last = 'unit';
    } else {
      return undefined;
    }
  }
  if (last === 'a' || last === 'and' || last === 'start') return undefined;
  return total + group;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

const DURATION_UNITS: Record<string, 'W' | 'D' | 'H' | 'M' | 'S'> = {
  week: 'W', weeks: 'W',
  day: 'D', days: 'D',
  hour: 'H', hours: 'H', hr: 'H', hrs: 'H', h: 'H',
  minute: 'M', minutes: 'M', min: 'M', mins: 'M',
  second: 'S', seconds: 'S', sec: 'S', secs: 'S',
};

const UNIT_RANK: Record<'W' | 'D' | 'H' | 'M' | 'S', number> = { W: 4, D: 3, H: 2, M: 1, S: 0 };

// Whole phrases Alexa reads as a fixed duration, rewritten before the generic parse.
const DURATION_PHRASES: [RegExp, string][] = [
  [/ (a )?half (an|a) hour /g, ' 30 minutes '],
  [/ (a )?half hour /g, ' 30 minutes '],
  [/ three quarters of an hour /g, ' 45 minutes '],
  [/ (a )?quarter (of an )?hour /g, ' 15 minutes '],
  [/ (hours?) and a half /g, ' $1 30 minutes '],
  [/ (hours?) and a quarter /g, ' $1 15 minutes '],
  // "about 30 minutes", "just over an hour": the amount is what is said; the hedge is not part of it.
  [/^ (?:about|around|roughly|like|maybe|approximately|just over|just under|over|under|nearly|almost) /, ' '],
  [/ (minutes?) and a half /g, ' $1 30 seconds '],
];

/** AMAZON.DURATION: "an hour and ten minutes" -> "PT1H10M"; minutes stay as said ("ninety minutes" -> "PT90M"). */
export function parseDuration(words: readonly string[]): string | undefined {
  let text = ` ${words.join(' ')} `;
  for (const [pattern, replacement] of DURATION_PHRASES) text = text.replace(pattern, replacement);
  const parts: Record<'W' | 'D' | 'H' | 'M' | 'S', number> = { W: 0, D: 0, H: 0, M: 0, S: 0 };
  let buffer: string[] = [];
  let found = false;
  let last = Infinity;
  for (const w of text.trim().split(' ')) {
    const unit = DURATION_UNITS[w];
    if (unit === undefined) {
      buffer.push(w);
      continue;
    }
    // A compound duration runs from larger units to smaller ("an hour and ten minutes"); "an hour a day" is a rate.
    if (UNIT_RANK[unit] >= last) return undefined;
    last = UNIT_RANK[unit];
    if (buffer[0] === 'and') buffer = buffer.slice(1);
    // "hour and a half" said without its "an": a unit first with no number is one of it.
    const amount = (buffer.length === 1 && (buffer[0] === 'a' || buffer[0] === 'an')) || (buffer.length === 0 && !found && unit === 'H' && w.startsWith('hour')) ? 1 : numberValue(buffer);
    if (amount === undefined) return undefined;
    parts[unit] += amount;
    buffer = [];
    found = true;
  }
  if (!found || buffer.length > 0) return undefined;
  if (parts.W > 0) return parts.D || parts.H || parts.M || parts.S ? undefined : `P${formatNumber(parts.W)}W`;
  // Fractions move down a unit ("1.5 hours" -> 1 hour 30 minutes), as ISO-8601 only allows them last.
  const carry = (from: 'D' | 'H' | 'M', to: 'H' | 'M' | 'S', factor: number): void => {
    const whole = Math.floor(parts[from]);
    parts[to] += Math.round((parts[from] - whole) * factor * 1000) / 1000;
    parts[from] = whole;
  };
  carry('D', 'H', 24);
  carry('H', 'M', 60);
  carry('M', 'S', 60);
  const date = parts.D ? `${parts.D}D` : '';
  const time = `${parts.H ? `${parts.H}H` : ''}${parts.M ? `${parts.M}M` : ''}${parts.S ? `${formatNumber(parts.S)}S` : ''}`;
  if (!date && !time) return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_OFFSETS: Record<string, number> = {
  today: 0,
  now: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  tonight: 0,
  'earlier today': 0,
  earlier: 0,
  yesterday: -1,
  'last night': -1,
  'yesterday morning': -1,
  'yesterday afternoon': -1,
  'yesterday evening': -1,
  'the day before yesterday': -2,
  'day before yesterday': -2,
  tomorrow: 1,
  'tomorrow morning': 1,
};

/**
 * AMAZON.DATE, relative to `now` in the device's time zone. A bare weekday is the next such day on or after
 * today, as Alexa resolves it ("I ran on Tuesday" said on a Thursday is NEXT Tuesday; the skill rolls it back).
 */
export function parseDate(words: readonly string[], now: Date, timeZone: string): string | undefined {
  const phrase = (words[0] === 'on' ? words.slice(1) : words).join(' ');
  const today = localDate(now, timeZone);
  const offset = DAY_OFFSETS[phrase];
  if (offset !== undefined) return isoDate(addDays(today, offset));
  const weekday = WEEKDAYS.indexOf(phrase.replace(/^this /, ''));
  if (weekday >= 0) return isoDate(addDays(today, (weekday - today.getUTCDay() + 7) % 7));
  const weeks: Record<string, [number, boolean]> = {
    'this week': [0, false],
    'last week': [-7, false],
    'next week': [7, false],
    'this weekend': [0, true],
    'last weekend': [-7, true],
    'next weekend': [7, true],
  };
  const week = weeks[phrase];
  if (week) return `${isoWeek(addDays(today, week[0]))}${week[1] ? '-WE' : ''}`;
  return undefined;
}

/** The calendar date at `now` in `timeZone`, as a UTC-midnight Date for simple arithmetic. */
export function localDate(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return new Date(Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day'])));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO-8601 week, e.g. "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(date: Date): string {
  const thursday = addDays(date, 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const TIME_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', noon: '12:00', midnight: '00:00' };

/**
 * AMAZON.TIME: "seven" or "seven am" -> "07:00", "seven thirty pm" -> "19:30", "half past six" -> "06:30",
 * "quarter to seven" -> "06:45"; "in the morning" after an hour picks the morning, after noon hours the evening.
 * A bare part of the day ("morning") is "MO", as Alexa sends it.
 */
export function parseTime(words: readonly string[]): string | undefined {
  let rest = [...words];
  const day = TIME_OF_DAY[rest.filter((w) => w !== 'the' && w !== 'in').join(' ')];
  if (day) return day;
  let meridiem: 'am' | 'pm' | undefined;
  const tail = rest.slice(-3).join(' ');
  if (tail === 'in the morning') {
    meridiem = 'am';
    rest = rest.slice(0, -3);
  } else if (tail === 'in the evening' || tail === 'in the afternoon' || rest.slice(-2).join(' ') === 'at night') {
    meridiem = 'pm';
    rest = rest.slice(0, tail.startsWith('in the') ? -3 : -2);
  } else if (rest.at(-1) === 'am' || rest.at(-1) === 'pm') {
    meridiem = rest.at(-1) as 'am' | 'pm';
    rest = rest.slice(0, -1);
  } else if (rest.slice(-2).join(' ') === 'a m' || rest.slice(-2).join(' ') === 'p m') {
    meridiem = rest.at(-2) === 'a' ? 'am' : 'pm';
    rest = rest.slice(0, -2);
  }
  if (rest.at(-1) === "o'clock" || rest.at(-1) === 'oclock') rest = rest.slice(0, -1);
  let hour: number | undefined;
  let minute = 0;
  const past = rest.indexOf('past');
  const to = rest.indexOf('to');
  const split = past >= 0 ? past : to;
  if (split > 0) {
    const before = rest.slice(0, split).join(' ');
    const m = before === 'half' ? 30 : before === 'quarter' || before === 'a quarter' ? 15 : integerValue(rest.slice(0, split).filter((w) => w !== 'minutes'));
    const h = integerValue(rest.slice(split + 1));
    if (m === undefined || h === undefined || m >= 60) return undefined;
    hour = past >= 0 ? h : h - 1;
    minute = past >= 0 ? m : 60 - m;
  } else if (rest.length === 1 && /^\d{1,2}(:\d{2})?$/.test(rest[0] ?? '')) {
    const [h, m] = (rest[0] ?? '').split(':');
    hour = Number(h);
    minute = m === undefined ? 0 : Number(m);
  } else {
    hour = integerValue(rest.slice(0, 1));
    const mins = rest.slice(1).filter((w) => w !== 'oh');
    if (mins.length > 0) {
      const m = integerValue(mins);
      if (m === undefined) return undefined;
      minute = m;
    }
  }
  if (hour === undefined || hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Whether words could be tagged as a built-in slot at all. Alexa's recogniser tags a span as AMAZON.DURATION only
 * when its words are duration words ("an hour and ten", "35 minutes or so"), and sends "?" when it cannot turn
 * such words into a value; it never puts "recovery run 4 k about 30 minutes nice and" into a duration. So a
 * built-in slot takes only words of its kind: numbers, units and the few glue words people put between them.
 * Words that are all of the kind but parse to nothing still give "?" (see README: where Alexa is statistical).
 */
const NUMBER_GLUE = ['a', 'an', 'and', 'point', 'half', 'quarter', 'quarters', 'minus', 'negative', 'few', 'couple', 'of', 'lots', 'loads', 'heaps', 'some', 'several', 'many', 'bunch', 'about', 'around', 'roughly', 'like', 'over', 'under', 'nearly', 'almost', 'just', 'dozen', 'hundred', 'odd', 'or', 'so', 'ish', 'maybe'];
const DURATION_WORDS = [...Object.keys(DURATION_UNITS), 'month', 'months', 'year', 'years'];
const DATE_WORDS = [
  ...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'arvo', 'last', 'this', 'next', 'past', 'ago', 'day', 'days',
  'week', 'weeks', 'weekend', 'month', 'before', 'after', 'on', 'the', 'of', 'a', 'couple', 'few', 'earlier', 'later', 'first', 'second', 'third',
  'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'st', 'nd', 'rd', 'th',
];
const TIME_WORDS = ['am', 'pm', 'a', 'm', 'p', "o'clock", 'oclock', 'noon', 'midday', 'midnight', 'half', 'quarter', 'past', 'to', 'in', 'the', 'morning', 'afternoon', 'evening', 'night', 'at', 'around', 'about', 'and'];

const isNumberWord = (w: string): boolean => /^\d+(?:\.\d+)?(?:st|nd|rd|th)?$/.test(w) || w in UNITS || w in TEENS || w in TENS || w in SCALES || w === 'oh';
const OF_KIND: Record<string, ReadonlySet<string>> = {
  'AMAZON.NUMBER': new Set(NUMBER_GLUE),
  'AMAZON.DURATION': new Set([...NUMBER_GLUE, ...DURATION_WORDS]),
  'AMAZON.DATE': new Set(DATE_WORDS),
  'AMAZON.TIME': new Set(TIME_WORDS),
};

const DURATION_UNIT_WORDS: ReadonlySet<string> = new Set(DURATION_WORDS);
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['half', 'quarter', 'few', 'couple', 'dozen', 'hundred', 'lots', 'loads', 'heaps', 'several', 'many', 'bunch']);

export function wordsOfBuiltIn(type: string, words: readonly string[]): boolean {
  const kind = OF_KIND[type];
  if (kind === undefined) return true;
  // A duration is said with its unit ("oh" or "ninety" alone is no duration; "an hour", "35 minutes" are).
  if (type === 'AMAZON.DURATION' && !words.some((w) => DURATION_UNIT_WORDS.has(w))) return false;
  // ...and a number with a number word: "oh" or "about" alone is none.
  if (type === 'AMAZON.NUMBER' && !words.some((w) => (isNumberWord(w) && w !== 'oh') || AMOUNT_WORDS.has(w))) return false;
  return words.every((w) => isNumberWord(w) || kind.has(w));
}
