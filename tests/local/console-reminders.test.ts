/**
 * `npm start` with reminders: the console starts the loopback Reminders API stand-in, answers Alexa's permission
 * question for the runner (yes, or no with --deny-reminders), and the skill's answers are what a runner hears.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recovery-coach-reminders-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function transcriptOf(lines: string[], flags: string[] = []): Promise<string> {
  const script = join(dir, `script-${flags.join('-') || 'plain'}.txt`);
  await writeFile(script, lines.join('\n'));
  const result = await runConsole(['--memory', '--date', '2026-11-24', ...flags, '--script', script]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('the console and the daily reminder', () => {
  it('grants the permission for the runner, sets the reminder, reads it back and deletes it', async () => {
    const out = await transcriptOf([
      'ask recovery coach to remind me to check in every morning at seven',
      'ask recovery coach when is my reminder',
      'ask recovery coach to stop my reminder',
      'ask recovery coach when is my reminder',
    ]);
    expect(out).toContain('(Alexa asks to allow reminders for Recovery Coach; the console answers yes)');
    expect(out).toContain("Alexa: Done. I'll remind you every day at 7 in the morning to check in.");
    expect(out).toContain('Alexa: Your check-in reminder is every day at 7 in the morning.');
    expect(out).toContain("Alexa: Okay, I've deleted your daily check-in reminder.");
    expect(out).toContain("Alexa: You don't have a check-in reminder.");
  });

  it('--deny-reminders answers no, and nothing is set', async () => {
    const out = await transcriptOf(['ask recovery coach to remind me to check in every morning at seven', 'ask recovery coach when is my reminder'], ['--deny-reminders']);
    expect(out).toContain('(Alexa asks to allow reminders for Recovery Coach; the console answers no)');
    expect(out).toContain('Alexa: Okay, no reminder then.');
    expect(out).not.toContain("I'll remind you");
  });
});
