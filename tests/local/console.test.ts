/**
 * `npm start` as a person uses it: the console as a child process, fed a script or utterances on stdin,
 * answered by the real skill over a local DynamoDB server. Assertions are on the transcript it prints.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, runConsole, startCli, STACK_OR_WARNING, waitForOutput, type CliResult } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recovery-coach-console-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function expectClean(result: CliResult): void {
  expect(result.stderr).toBe('');
  expect(result.stdout).not.toMatch(STACK_OR_WARNING);
  expect(result.code).toBe(0);
}

/** The Alexa line answering `utterance` (the line after "You: <utterance>"). */
function answerTo(transcript: string, utterance: string): string {
  const lines = transcript.split('\n');
  const at = lines.indexOf(`You: ${utterance}`);
  expect(at, `"You: ${utterance}" in\n${transcript}`).toBeGreaterThanOrEqual(0);
  return lines.slice(at + 1).join('\n').split('\nYou: ')[0]!;
}

/** The transcript split at its "--- <day>, <time> (<zone>) ---" headings, keyed by "<day>, <time>". */
function byDay(transcript: string): Map<string, string> {
  const days = new Map<string, string>();
  const parts = transcript.split(/^--- (.*?) \(.*\) ---$/m);
  for (let i = 1; i + 1 < parts.length; i += 2) days.set(parts[i]!, parts[i + 1]!);
  return days;
}

describe('a conversation from a script file (en-US)', () => {
  let result: CliResult;
  beforeAll(async () => {
    const script = join(dir, 'conversation.txt');
    await writeFile(
      script,
      [
        '# a morning conversation',
        'open recovery coach',
        'should I run today',
        'my legs are heavy',
        'I did intervals',
        'I ran 5 miles in 45 minutes',
        'yes',
        'what did I do this week',
        'stop',
      ].join('\n'),
    );
    result = await runConsole(['--memory', '--date', '2026-11-24', '--script', script]);
  });

  it('runs cleanly: exit 0, nothing on stderr, no warnings', () => {
    expectClean(result);
  });

  it('prints the pretend day and both sides of the conversation, comments left out', () => {
    expect(result.stdout).toMatch(/^--- Tuesday 24 November 2026, 07:30 \(America\/New_York\) ---$/m);
    expect(result.stdout).toContain('You: should I run today');
    expect(result.stdout).not.toContain('a morning conversation');
  });

  it('asks about the legs, then yesterday, then gives advice with its card', () => {
    expect(answerTo(result.stdout, 'should I run today')).toMatch(/^Alexa: .*legs feel/);
    expect(answerTo(result.stdout, 'my legs are heavy')).toMatch(/^Alexa: And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race\?/);
    const advice = answerTo(result.stdout, 'I did intervals');
    expect(advice).toMatch(/^Alexa: Today is a day for a recovery run\./);
    expect(advice).toMatch(/^ {2}Card: Today: recovery run$/m);
    expect(advice).toMatch(/^ {4}Duration: /m);
    expect(advice).toMatch(/^ {2}\(listening; if you say nothing: .+\)$/m);
  });

  it('reads a run back, saves it only after yes, and counts it in miles in the week', () => {
    expect(answerTo(result.stdout, 'I ran 5 miles in 45 minutes')).toMatch(/^Alexa: A run, 5 miles in 45 minutes, today\. Shall I save it\?/);
    const saved = answerTo(result.stdout, 'yes');
    expect(saved).toMatch(/^Alexa: Saved: a run, 5 miles in 45 minutes, today\./);
    expect(saved).toMatch(/^ {2}Card: Run logged$/m);
    expect(answerTo(result.stdout, 'what did I do this week')).toMatch(/^Alexa: In the last seven days you ran once, 5 miles and 45 minutes in all\./);
  });

  it('says goodbye on stop and shows that the session closed', () => {
    expect(answerTo(result.stdout, 'stop')).toBe('Alexa: Okay. Go easy out there.\n  (session closed)\n');
  });
});

describe('utterances piped on stdin', () => {
  it('en-AU: a run logged in miles is counted in kilometres in a later week summary', async () => {
    const result = await runConsole(
      ['--memory', '--locale', 'en-AU', '--date', '2026-11-24'],
      'ask recovery coach to log 5 miles in 45 minutes\nyes\nask recovery coach what did I do this week\n',
    );
    expectClean(result);
    expect(result.stdout).toMatch(/^--- Tuesday 24 November 2026, 07:30 \(Australia\/Sydney\) ---$/m);
    expect(answerTo(result.stdout, 'yes')).toMatch(/^Alexa: Saved:/);
    expect(answerTo(result.stdout, 'ask recovery coach what did I do this week')).toMatch(
      /^Alexa: In the last seven days you ran once, 8 kilometres and 45 minutes in all\./,
    );
  });

  it('en-US: a run logged in kilometres is counted in miles', async () => {
    const result = await runConsole(['--memory', '--date', '2026-11-24'], 'ask recovery coach to log 8 k in 50 minutes\nyes\nask recovery coach what did I do this week\n');
    expectClean(result);
    expect(answerTo(result.stdout, 'ask recovery coach what did I do this week')).toMatch(/ran once, 5 miles and 50 minutes in all\./);
  });

  it("answers what it does not understand with the skill's fallback, in and out of a session, and exits 0", async () => {
    // A weekday morning, so "open recovery coach" starts the check-in whatever the hour the suite runs at.
    const result = await runConsole(['--memory', '--date', '2026-11-24', '--time', '08:00'], 'play some jazz music\nopen recovery coach\nsing me a song about llamas\nexit\n');
    expectClean(result);
    expect(answerTo(result.stdout, 'play some jazz music')).toMatch(/^Alexa: Sorry, I can't help with that\. You can ask should I run today/);
    // Inside the check-in the fallback repeats the open question, and the session stays open.
    const inSession = answerTo(result.stdout, 'sing me a song about llamas');
    expect(inSession).toMatch(/^Alexa: Sorry, I didn't catch how your legs feel\./);
    expect(inSession).toMatch(/^ {2}\(listening; /m);
  });

  it('stops at "exit": nothing after it is said', async () => {
    const result = await runConsole(['--memory'], 'open recovery coach\nexit\nwhat did I do this week\n');
    expectClean(result);
    expect(result.stdout).toContain('You: exit');
    expect(result.stdout).not.toContain('what did I do this week');
  });
});

describe('the pretend date', () => {
  it('@date in a script moves "this week": a run counts two days later and not three weeks later', async () => {
    const result = await runConsole(
      ['--memory'],
      [
        '@date 2026-11-02',
        'ask recovery coach to log 8 k in 50 minutes',
        'yes',
        '@date 2026-11-04 18:00',
        'ask recovery coach what did I do this week',
        '@date 2026-11-23',
        'ask recovery coach what did I do this week',
      ].join('\n'),
    );
    expectClean(result);
    expect(result.stdout).toMatch(/^--- Monday 2 November 2026, 07:30 \(America\/New_York\) ---$/m);
    expect(result.stdout).toMatch(/^--- Wednesday 4 November 2026, 18:00 \(America\/New_York\) ---$/m);
    const days = byDay(result.stdout);
    expect(days.get('Wednesday 4 November 2026, 18:00')).toMatch(/ran once, 5 miles/);
    expect(days.get('Monday 23 November 2026, 07:30')).toMatch(/haven't logged a run in the last seven days/);
  });

  it('--date with history on disk: a run logged on one day is there on another, per runner, until --reset', async () => {
    const data = join(dir, 'dynamo');
    const week = 'ask recovery coach what did I do this week\n';
    const logged = await runConsole(['--data', data, '--date', '2026-11-02'], 'ask recovery coach to log 8 k in 50 minutes\nyes\n');
    expectClean(logged);
    expect(logged.stdout).toMatch(/Alexa: Saved:/);
    const annaLogged = await runConsole(['--data', data, '--date', '2026-11-02', '--user', 'Anna'], 'ask recovery coach to log 3 miles in 30 minutes\nyes\n');
    expectClean(annaLogged);

    const twoDaysLater = await runConsole(['--data', data, '--date', '2026-11-04'], week);
    expect(twoDaysLater.stdout).toMatch(/ran once, 5 miles and 50 minutes in all/);
    const threeWeeksLater = await runConsole(['--data', data, '--date', '2026-11-23'], week);
    expect(threeWeeksLater.stdout).toMatch(/haven't logged a run in the last seven days/);
    const anna = await runConsole(['--data', data, '--date', '2026-11-04', '--user', 'Anna'], week);
    expect(anna.stdout).toMatch(/ran once, 3 miles and 30 minutes in all/);

    const reset = await runConsole(['--data', data, '--date', '2026-11-04', '--reset'], week);
    expect(reset.code).toBe(0);
    expect(reset.stderr).toMatch(/cleared [1-9]\d* stored items? of runner's history/);
    expect(reset.stdout).toMatch(/haven't logged a run in the last seven days/);
    const annaAfterReset = await runConsole(['--data', data, '--date', '2026-11-04', '--user', 'Anna'], week);
    expect(annaAfterReset.stdout).toMatch(/ran once, 3 miles and 30 minutes in all/);
  });
});

describe('flags and mistakes', () => {
  it('--time and --tz set the hour and zone the skill sees: an evening launch in Tokyo is no morning check-in', async () => {
    const evening = await runConsole(['--memory', '--date', '2026-11-24', '--time', '19:45', '--tz', 'Asia/Tokyo'], 'open recovery coach\n@time 06:40\nopen recovery coach\nexit\n');
    expectClean(evening);
    const days = byDay(evening.stdout);
    expect(days.get('Tuesday 24 November 2026, 19:45')).toMatch(/^Alexa: (?!Good morning)/m);
    expect(days.get('Tuesday 24 November 2026, 06:40')).toMatch(/^Alexa: Good morning\./m);
  });

  it('--help lists the flags and exits 0', async () => {
    const result = await runConsole(['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--locale', '--date', '--time', '--user', '--reset', '--memory', '--script', '--tz', '@date']) {
      expect(result.stdout).toContain(flag);
    }
  });

  it.each([
    [['--locale', 'fr-FR'], /--locale must be one of en-US, en-GB, en-AU/],
    [['--date', '24/11/2026'], /--date must be a day as YYYY-MM-DD/],
    [['--colour'], /Unknown option '--colour'/],
  ])('%j is a usage error: exit 2, the reason and the usage, no stack trace', async (args, reason) => {
    const result = await runConsole(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain('Usage:');
    expect(result.stderr).not.toMatch(STACK_OR_WARNING);
    expect(result.stdout).toBe('');
  });

  it('a script with a bad @ line is refused before anything runs, with the line number', async () => {
    const script = join(dir, 'bad.txt');
    await writeFile(script, 'open recovery coach\n@date next tuesday\n');
    const result = await runConsole(['--memory', '--script', script]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 2: "next" is not a day/);
    expect(result.stdout).toBe('');
  });

  it('a missing script file is a clear error', async () => {
    const result = await runConsole(['--memory', '--script', join(dir, 'no-such-file.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Could not read the script/);
    expect(result.stderr).not.toMatch(STACK_OR_WARNING);
  });
});

describe('the history folder', () => {
  it('is used by one console at a time: a second one says so and exits 1; the first then ends normally', async () => {
    const data = join(dir, 'shared');
    const first = startCli('local/console.ts', ['--data', data]);
    const firstDone = finished(first);
    const answered = waitForOutput(first, /Alexa: /);
    first.stdin.write('open recovery coach\n');
    await answered;

    const second = await runConsole(['--data', data], 'open recovery coach\n');
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/is in use by process \d+/);
    expect(second.stderr).not.toMatch(STACK_OR_WARNING);
    expect(second.stdout).toBe('');

    first.stdin.end();
    expect((await firstDone).code).toBe(0);
    const third = await runConsole(['--data', data], 'open recovery coach\n');
    expectClean(third);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const data = join(dir, 'stale');
    await writeFile(`${data}.lock`, '999999999');
    expectClean(await runConsole(['--data', data], 'open recovery coach\n'));
  });
});

describe('ending the console', () => {
  it('Ctrl-C while reading a pipe stops cleanly: the process exits on its own (server and client closed)', async () => {
    const child = startCli('local/console.ts', ['--memory']);
    const done = finished(child);
    const answered = waitForOutput(child, /Alexa: .*\n/);
    child.stdin.write('open recovery coach\n');
    await answered;
    child.kill('SIGINT');
    const result = await done;
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('(console) interrupted\n');
    expect(result.stdout).not.toMatch(STACK_OR_WARNING);
  });
});
