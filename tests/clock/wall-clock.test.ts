/**
 * The suite's pretend wall clock (vitest.config.ts, tests/support/wall-clock.mjs) is in force: in this worker
 * and in any process a test starts. Without it a test could read the real hour and pass only at some times.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const INSTANTS = ['2026-11-25T02:30', '2026-06-14T10:10', '2027-02-28T17:40'];

describe('the pretend wall clock', () => {
  it('is one of the configured instants (give or take the length of a run), not the real time', () => {
    expect(Date.name).toBe('PretendDate');
    const minute = new Date().toISOString().slice(0, 16);
    const near = INSTANTS.some((instant) => Math.abs(Date.parse(`${minute}Z`) - Date.parse(`${instant}Z`)) < 30 * 60_000);
    expect(near, `pretend now ${minute}`).toBe(true);
  });

  it('reaches child processes, which agree on the minute', () => {
    const child = execFileSync(process.execPath, ['-e', 'process.stdout.write(new Date().toISOString())'], { encoding: 'utf8' });
    expect(Math.abs(Date.parse(child) - Date.now())).toBeLessThan(60_000);
  });

  it('keeps dates real: Date() is a string, parsing and UTC are untouched, Node-made dates are Dates', () => {
    expect(typeof Date()).toBe('string');
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(Date.UTC(2026, 10, 24)).toBe(1795478400000);
    expect(Date.parse('2026-11-24T00:00:00Z')).toBe(1795478400000);
    expect(statSync('.').mtime instanceof Date).toBe(true);
  });
});
