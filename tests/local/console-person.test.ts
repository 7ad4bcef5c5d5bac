/**
 * `npm start -- --person NAME` and `@person NAME`: the console speaks as a recognised voice of the household, with
 * a stable fake personId, so each person has their own week in one session and across runs on the same store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole, STACK_OR_WARNING } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recovery-coach-console-person-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const WEEK = 'ask recovery coach what did I do this week';

describe('the console speaking as a person', () => {
  it('--person: separate runs on the same store keep each person\'s week, apart from the account\'s', async () => {
    const data = join(dir, 'dynamo');
    const sam = await runConsole(['--data', data, '--date', '2026-11-02', '--person', 'Sam'], 'ask recovery coach to log 8 k in 50 minutes\nyes\n');
    expect(sam.code).toBe(0);
    expect(sam.stderr).toBe('');
    expect(sam.stdout).not.toMatch(STACK_OR_WARNING);
    const kim = await runConsole(['--data', data, '--date', '2026-11-02', '--person', 'Kim'], 'ask recovery coach to log 3 miles in 30 minutes\nyes\n');
    expect(kim.code).toBe(0);

    expect((await runConsole(['--data', data, '--date', '2026-11-04', '--person', 'Sam'], `${WEEK}\n`)).stdout).toMatch(/ran once, 5 miles and 50 minutes in all/);
    expect((await runConsole(['--data', data, '--date', '2026-11-04', '--person', 'Kim'], `${WEEK}\n`)).stdout).toMatch(/ran once, 3 miles and 30 minutes in all/);
    expect((await runConsole(['--data', data, '--date', '2026-11-04'], `${WEEK}\n`)).stdout).toMatch(/haven't logged a run in the last seven days/);

    const reset = await runConsole(['--data', data, '--date', '2026-11-04', '--person', 'Sam', '--reset'], `${WEEK}\n`);
    expect(reset.stderr).toMatch(/cleared 1 stored item of Sam's \(of runner\) history/);
    expect(reset.stdout).toMatch(/haven't logged a run in the last seven days/);
    expect((await runConsole(['--data', data, '--date', '2026-11-04', '--person', 'Kim'], `${WEEK}\n`)).stdout).toMatch(/ran once, 3 miles/);
  });

  it('@person in one session: two people, two weeks, and a voice not recognised hears neither', async () => {
    const result = await runConsole(
      ['--memory', '--date', '2026-11-24', '--time', '19:00'],
      [
        '@person Sam',
        'ask recovery coach to log 8 k in 50 minutes',
        'yes',
        '@person Kim',
        'ask recovery coach to log 3 miles in 30 minutes',
        'yes',
        '@person Sam',
        WEEK,
        '@person Kim',
        WEEK,
        '@person',
        WEEK,
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const weeks = result.stdout.split(`You: ${WEEK}`).slice(1);
    expect(weeks).toHaveLength(3);
    expect(weeks[0]).toMatch(/ran once, 5 miles and 50 minutes in all/);
    expect(weeks[1]).toMatch(/ran once, 3 miles and 30 minutes in all/);
    expect(weeks[2]).toMatch(/haven't logged a run in the last seven days/);
    expect(result.stdout).toContain('(Sam is speaking)');
  });

  it('rejects a --person that is not a name', async () => {
    const result = await runConsole(['--memory', '--person', '<b>'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--person must be a name/);
  });
});
