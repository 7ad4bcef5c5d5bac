import { describe, expect, it } from 'vitest';
import { parseDate, parseDuration, parseNumber, parseTime } from '../../local/simulator/builtin-slots.js';
import { normaliseWords } from '../../local/simulator/normalise.js';

const words = normaliseWords;

describe('AMAZON.NUMBER', () => {
  it.each([
    ['8', '8'],
    ['eight', '8'],
    ['nineteen', '19'],
    ['zero', '0'],
    ['twenty five', '25'],
    ['ninety nine', '99'],
    ['a hundred', '100'],
    ['a hundred and five', '105'],
    ['one hundred twenty', '120'],
    ['two thousand and twenty six', '2026'],
    ['one point five', '1.5'],
    ['point five', '0.5'],
    ['five and a half', '5.5'],
    ['half', '0.5'],
    ['8.5', '8.5'],
    ['1,000', '1000'],
  ])('"%s" -> %s', (said, expected) => {
    expect(parseNumber(words(said))).toBe(expected);
  });

  it.each(['five twenty', 'twenty twenty', 'a', 'and five', 'hundred', 'banana', 'eight k', ''])('"%s" is not a number', (said) => {
    expect(parseNumber(words(said))).toBeUndefined();
  });
});

describe('AMAZON.DURATION', () => {
  it.each([
    ['50 minutes', 'PT50M'],
    ['fifty minutes', 'PT50M'],
    ['forty five minutes', 'PT45M'],
    ['45 mins', 'PT45M'],
    ['an hour', 'PT1H'],
    ['two hours', 'PT2H'],
    ['an hour and ten minutes', 'PT1H10M'],
    ['1 hour 10 minutes', 'PT1H10M'],
    ['ninety minutes', 'PT90M'],
    ['ninety minute', 'PT90M'],
    ['half an hour', 'PT30M'],
    ['a quarter of an hour', 'PT15M'],
    ['one and a half hours', 'PT1H30M'],
    ['an hour and a half', 'PT1H30M'],
    ['1.5 hours', 'PT1H30M'],
    ['90 seconds', 'PT90S'],
    ['two hours five minutes and ten seconds', 'PT2H5M10S'],
    ['two days', 'P2D'],
  ])('"%s" -> %s', (said, expected) => {
    expect(parseDuration(words(said))).toBe(expected);
  });

  it.each(['fifty', 'minutes', 'a while', 'banana minutes', 'eight kilometres'])('"%s" is not a duration', (said) => {
    expect(parseDuration(words(said))).toBeUndefined();
  });
});

describe('AMAZON.DATE', () => {
  // Thursday 26 November 2026, 08:00 in London.
  const thursday = new Date('2026-11-26T08:00:00Z');

  it.each([
    ['today', '2026-11-26'],
    ['this morning', '2026-11-26'],
    ['tonight', '2026-11-26'],
    ['yesterday', '2026-11-25'],
    ['last night', '2026-11-25'],
    ['the day before yesterday', '2026-11-24'],
    ['tomorrow', '2026-11-27'],
    // A weekday is the next one on or after today, as Alexa sends it (the skill rolls past days back).
    ['thursday', '2026-11-26'],
    ['friday', '2026-11-27'],
    ['on tuesday', '2026-12-01'],
    ['wednesday', '2026-12-02'],
    ['this week', '2026-W48'],
    ['last week', '2026-W47'],
    ['this weekend', '2026-W48-WE'],
  ])('"%s" -> %s', (said, expected) => {
    expect(parseDate(words(said), thursday, 'Europe/London')).toBe(expected);
  });

  it.each(['banana', 'the twelfth', 'last tuesday of never'])('"%s" is not a date', (said) => {
    expect(parseDate(words(said), thursday, 'Europe/London')).toBeUndefined();
  });

  it("takes today from the device's time zone, not the server's", () => {
    const instant = new Date('2026-11-25T20:00:00Z'); // Wednesday evening in UTC, Thursday morning in Sydney
    expect(parseDate(['today'], instant, 'UTC')).toBe('2026-11-25');
    expect(parseDate(['today'], instant, 'Australia/Sydney')).toBe('2026-11-26');
    expect(parseDate(['thursday'], instant, 'Australia/Sydney')).toBe('2026-11-26');
    expect(parseDate(['thursday'], instant, 'UTC')).toBe('2026-11-26');
    expect(parseDate(['wednesday'], instant, 'Australia/Sydney')).toBe('2026-12-02');
    expect(parseDate(['yesterday'], new Date('2026-11-26T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-24');
  });
});

describe('AMAZON.TIME', () => {
  it.each([
    ['seven', '07:00'],
    ['seven am', '07:00'],
    ['seven a m', '07:00'],
    ["seven o'clock", '07:00'],
    ['seven in the morning', '07:00'],
    ['six thirty', '06:30'],
    ['six oh five', '06:05'],
    ['half past six', '06:30'],
    ['quarter to seven', '06:45'],
    ['seven thirty pm', '19:30'],
    ['nine in the evening', '21:00'],
    ['noon', '12:00'],
    ['morning', 'MO'],
    ['the evening', 'EV'],
  ])('"%s" -> %s', (said, expected) => {
    expect(parseTime(words(said))).toBe(expected);
  });

  it.each(['soon', 'seven sheep', 'thirty', 'six seventy'])('"%s" is no time', (said) => {
    expect(parseTime(words(said))).toBeUndefined();
  });
});
