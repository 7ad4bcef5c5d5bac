// One calendar-date validator for the whole project: the engine's (lambda/coach/dates.ts). The console's --date and
// scripts, and the store's writes and reads, use that very function, not a look-alike.
import { describe, expect, it } from 'vitest';
import { isCalendarDate as engine, isDate } from '../../lambda/coach/dates.js';
import { isCalendarDate as consoleValidator } from '../../local/clock.js';

describe('isCalendarDate', () => {
  it('is the same function in the engine and the local console', () => {
    expect(consoleValidator).toBe(engine);
    expect(isDate).toBe(engine);
  });

  it('accepts real days and refuses what Date.parse would roll over or misread', () => {
    expect(['2026-11-24', '2024-02-29', '2000-02-29', '1999-12-31'].filter((d) => engine(d))).toHaveLength(4);
    for (const bad of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-11-00', '2026-11-24T00:00:00Z', ' 2026-11-24', '+02026-11-24', '2026-W48']) {
      expect(engine(bad), bad).toBe(false);
    }
    for (const notAString of [20261124, null, undefined, {}, ['2026-11-24']]) expect(engine(notAString)).toBe(false);
  });
});
