/**
 * The keyboard conversation (`npm start` at a terminal): a prompt per turn, "stop" leaves, Ctrl-D and Ctrl-C
 * end cleanly. In-process with streams for the conversation, and once at a real pseudo-terminal for Ctrl-C.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ConsoleArgs } from '../../local/cli-args.js';
import { runConsole } from '../../local/console.js';
import { finished, STACK_OR_WARNING, startConsoleInTerminal, waitForOutput } from './run-cli.js';

const ARGS: ConsoleArgs = { help: false, locale: 'en-US', user: 'runner', reset: false, memory: true, verbose: true, device: 'echo', date: '2026-11-24' };

/** Types `lines` at the console's prompt, then closes the keyboard (Ctrl-D) if it is still reading. */
async function atKeyboard(lines: string[], args: Partial<ConsoleArgs> = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let prompts = '';
  output.on('data', (chunk: Buffer) => (prompts += chunk.toString()));
  const out: string[] = [];
  const err: string[] = [];
  input.end(lines.map((line) => `${line}\n`).join(''));
  const code = await runConsole({ args: { ...ARGS, ...args }, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, keyboard: { input, output } });
  const turnLog = err.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { requestType: string; intent?: string });
  return { code, transcript: out.join('\n'), prompts, problems: err.filter((line) => !line.startsWith('{')), turnLog };
}

describe('the keyboard conversation', () => {
  it('prompts for each line, answers, and leaves on "stop" without reading further', async () => {
    const run = await atKeyboard(['open recovery coach', 'my legs feel fresh', 'stop', 'what did I do this week']);
    expect(run.code).toBe(0);
    expect(run.problems).toEqual([]);
    expect(run.transcript).toMatch(/^Recovery Coach, offline\. It is Tuesday 24 November 2026, 07:30 \(America\/New_York\) \(pretend\)\./);
    expect(run.transcript).toMatch(/^Alexa: Good morning\./m);
    expect(run.transcript).toMatch(/^Alexa: How did you sleep last night/m);
    expect(run.transcript).toMatch(/^Alexa: Okay\. Go easy out there\.\n {2}\(session closed\)$/m);
    expect(run.turnLog.map((t) => t.intent ?? t.requestType)).toEqual(['LaunchRequest', 'CheckInIntent', 'AMAZON.StopIntent']);
    expect(run.prompts.match(/You: /g)?.length).toBe(3);
  });

  it('Ctrl-D in the middle of a session ends it the way a device does, then exits 0', async () => {
    const run = await atKeyboard(['open recovery coach']);
    expect(run.code).toBe(0);
    expect(run.turnLog.map((t) => t.requestType)).toEqual(['LaunchRequest', 'SessionEndedRequest']);
  });

  it('a new line after the skill closed the session starts a new one', async () => {
    const run = await atKeyboard(['ask recovery coach what did I do this week', 'what did I do this week', 'exit']);
    expect(run.transcript.match(/^Alexa: You haven't logged a run/gm)?.length).toBe(2);
    expect(run.transcript.match(/\(session closed\)/g)?.length).toBe(2);
  });

  it('takes @date at the prompt, and explains a bad one without stopping', async () => {
    const run = await atKeyboard(['@date someday', '@date 2026-11-27 19:05', 'exit']);
    expect(run.code).toBe(0);
    expect(run.problems).toEqual(['"someday" is not a day as YYYY-MM-DD']);
    expect(run.transcript).toMatch(/^--- Friday 27 November 2026, 19:05 \(America\/New_York\) ---$/m);
  });
});

describe('at a real terminal', () => {
  it('Ctrl-C ends the conversation cleanly with exit 0', async () => {
    const child = startConsoleInTerminal(['--memory', '--date', '2026-11-24']);
    const done = finished(child);
    await waitForOutput(child, /You: /);
    const answered = waitForOutput(child, /Alexa: Good morning[^\n]*\n[\s\S]*You: /);
    child.stdin.write('open recovery coach\r');
    await answered;
    child.stdin.write('\x03');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(STACK_OR_WARNING);
  });
});
