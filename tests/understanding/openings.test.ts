/**
 * Every opening of the corpus through the whole path, as `npm run understanding` measures it: the committed model
 * in the simulator, then the understanding layer on slots without a match. Understood first time, or a known miss
 * (corpus/known-misses.ts), which must still be missed.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../bench/understanding-harness.js';
import { LOCALES, loadInteractionModel, type InteractionModel, type Locale } from '../../local/simulator/model.js';
import { KNOWN_MISSES, PHRASINGS } from './corpus.js';

const models = new Map<Locale, InteractionModel>(LOCALES.map((l) => [l, loadInteractionModel(l)]));
// The clock of `npm run understanding`: Thursday 26 November 2026, 08:00 in London.
const base = { now: new Date('2026-11-26T08:00:00Z'), timeZone: 'Europe/London' };
const known = new Set(KNOWN_MISSES.map((k) => k.text));
const openings = PHRASINGS.filter((p) => p.context === 'opening');

function layered(p: (typeof openings)[number]) {
  return judge(p, models.get(p.locale) as InteractionModel, base).layered;
}

describe('openings through the simulator and the layer', () => {
  it.each(openings.filter((p) => !known.has(p.text)).map((p) => [p.locale, p.text, p] as const))('%s: "%s"', (_locale, _text, p) => {
    const verdict = layered(p);
    expect(verdict.ok, verdict.got).toBe(true);
  });

  it.each(openings.filter((p) => known.has(p.text)).map((p) => [p.locale, p.text, p] as const))('known miss, %s: "%s"', (_locale, _text, p) => {
    // Understood now? Then take it out of KNOWN_MISSES.
    expect(layered(p).ok).toBe(false);
  });
});
