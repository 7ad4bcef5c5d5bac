/**
 * `npm start -- --device show`: the console pretends to be an Echo Show (APL and a medium landscape viewport),
 * and prints one line for the screen the skill sent; without it, an Echo shows nothing of the kind.
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleArgs, UsageError } from '../../local/cli-args.js';
import { runConsole, STACK_OR_WARNING } from './run-cli.js';

const MORNING = 'ask recovery coach should I run today\nmy legs feel heavy\nI did a long run\n';

describe('--device', () => {
  it('show: the advice turn says a screen was sent, and the week turn its chart', async () => {
    const result = await runConsole(
      ['--memory', '--date', '2026-11-24', '--device', 'show'],
      `${MORNING}ask recovery coach to log 8 k in 50 minutes\nyes\nask recovery coach what did I do this week\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(STACK_OR_WARNING);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Keep it to about 20 to 30 minutes.');
    expect(result.stdout).toContain('  [screen: advice — Recovery run, 20-30 min]');
    expect(result.stdout).toContain('  [screen: week — 1 run · 50 minutes · 5 miles]');
  });

  it('a voice-only Echo by default: no screen line', async () => {
    const result = await runConsole(['--memory', '--date', '2026-11-24'], MORNING);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Keep it to about 20 to 30 minutes.');
    expect(result.stdout).not.toContain('[screen:');
  });

  it('is echo or show, nothing else', () => {
    expect(parseConsoleArgs(['--device', 'show']).device).toBe('show');
    expect(parseConsoleArgs([]).device).toBe('echo');
    expect(() => parseConsoleArgs(['--device', 'tv'])).toThrow(UsageError);
  });
});
