import { describe, expect, it } from 'vitest';
import { listings, whenever } from '../../interaction-model/source/carriers.js';
import { LOCALE_WORDS } from '../../interaction-model/source/locales.js';

describe('carrier parts', () => {
  it('lists every order of every non-empty selection of the items of a spoken list', () => {
    expect(listings(['five k', 'thirty minutes'])).toEqual(['five k', 'five k thirty minutes', 'thirty minutes', 'thirty minutes five k']);
    const three = listings(['D', 'T', 'E']);
    // 3 alone, 6 pairs, 6 triples.
    expect(three).toHaveLength(15);
    expect(new Set(three).size).toBe(15);
    expect(three).toContain('E D T');
  });

  it('says the local time of day only in its locale', () => {
    expect(whenever(LOCALE_WORDS['en-AU'])).toContain('this arvo');
    expect(whenever(LOCALE_WORDS['en-GB'])).not.toContain('this arvo');
    expect(whenever(LOCALE_WORDS['en-US'])).toMatch(/\|\]$/);
  });
});
