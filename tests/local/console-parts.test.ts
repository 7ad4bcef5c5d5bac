/**
 * The console's small pieces: how a typed line is routed, how a turn is printed, how scripts and flags are
 * read, and how a pretend day becomes an instant in the runner's zone.
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleArgs, parseServeArgs, UsageError } from '../../local/cli-args.js';
import { describeDay, PretendClock, wallClock, zonedInstant } from '../../local/clock.js';
import { formatTurn, routeInput } from '../../local/conversation.js';
import { parseScript, ScriptError } from '../../local/script.js';
import { userIdFor } from '../../local/console.js';

describe('routeInput', () => {
  it.each([
    ['open recovery coach', { kind: 'launch' }],
    ['Alexa, open Recovery Coach', { kind: 'launch' }],
    ['launch', { kind: 'launch' }],
    ['start recovery coach.', { kind: 'launch' }],
    ['ask recovery coach should I run today', { kind: 'one-shot', utterance: 'ask recovery coach should I run today' }],
    ['Alexa, ask Recovery Coach what did I do this week', { kind: 'one-shot', utterance: 'Alexa, ask Recovery Coach what did I do this week' }],
    ['tell recovery coach to log a run', { kind: 'one-shot', utterance: 'tell recovery coach to log a run' }],
    ['what did I do this week using recovery coach', { kind: 'one-shot', utterance: 'what did I do this week using recovery coach' }],
    ['what is recovery coach', { kind: 'say', utterance: 'what is recovery coach' }],
    ['should I run today', { kind: 'say', utterance: 'should I run today' }],
    ['  my legs   are heavy ', { kind: 'say', utterance: 'my legs are heavy' }],
    ['opening hours of the gym', { kind: 'say', utterance: 'opening hours of the gym' }],
    ['exit', { kind: 'quit' }],
    ['Quit', { kind: 'quit' }],
    ['stop', { kind: 'stop', utterance: 'stop' }],
    ['Alexa, cancel', { kind: 'stop', utterance: 'Alexa, cancel' }],
  ])('%s', (input, route) => {
    expect(routeInput(input)).toEqual(route);
  });
});

describe('formatTurn', () => {
  it('shows the speech, the card indented, and the reprompt while the mic is open', () => {
    expect(
      formatTurn({ speech: 'Take a rest day today.', card: { title: 'Today: rest day', text: 'Line one.\nLine two.' }, reprompt: 'Anything else?', sessionOpen: true }),
    ).toEqual(['Alexa: Take a rest day today.', '  Card: Today: rest day', '    Line one.', '    Line two.', '  (listening; if you say nothing: Anything else?)']);
  });

  it('says when the session closed and when Alexa says nothing', () => {
    expect(formatTurn({ speech: '', sessionOpen: false })).toEqual(['Alexa: (says nothing)', '  (session closed)']);
  });
});

describe('parseScript', () => {
  it('keeps utterances, skips comments and blanks, and reads @date and @time', () => {
    const steps = parseScript('# a comment\n\n@date 2026-11-23\nshould I run today\n@date 2026-11-24 18:15 # evening\n@time 06:45\n');
    expect(steps).toEqual([
      { kind: 'date', date: '2026-11-23', line: 3 },
      { kind: 'say', text: 'should I run today', line: 4 },
      { kind: 'date', date: '2026-11-24', time: '18:15', line: 5 },
      { kind: 'time', time: '06:45', line: 6 },
    ]);
  });

  it.each(['@date 2026-02-30', '@date tomorrow', '@date 2026-11-23 25:00', '@time 7am', '@weather rain'])('refuses %s with its line number', (line) => {
    expect(() => parseScript(`should I run today\n${line}`)).toThrow(ScriptError);
    expect(() => parseScript(`should I run today\n${line}`)).toThrow(/line 2/);
  });
});

describe('parseConsoleArgs', () => {
  it('defaults to en-US, the runner "runner", disk history and the real clock', () => {
    expect(parseConsoleArgs([])).toEqual({ help: false, locale: 'en-US', user: 'runner', reset: false, memory: false, verbose: false, device: 'echo' });
  });

  it('reads every flag', () => {
    const args = parseConsoleArgs(['--locale', 'en-AU', '--date', '2026-11-23', '--time', '06:10', '--tz', 'Australia/Perth', '--units', 'miles', '--user', 'Ana', '--reset', '--memory', '--script', 'x.txt', '--verbose']);
    expect(args).toMatchObject({ locale: 'en-AU', date: '2026-11-23', time: '06:10', timeZone: 'Australia/Perth', units: 'mile', user: 'Ana', reset: true, memory: true, script: 'x.txt', verbose: true });
  });

  it.each(['en-CA', 'en-IN'] as const)('takes --locale %s', (locale) => {
    expect(parseConsoleArgs(['--locale', locale]).locale).toBe(locale);
  });

  it('reads --person, and @person lines in a script', () => {
    expect(parseConsoleArgs(['--person', 'Sam']).person).toBe('Sam');
    expect(parseScript('@person Mary Jane\n@person\n')).toEqual([
      { kind: 'person', name: 'Mary Jane', line: 1 },
      { kind: 'person', line: 2 },
    ]);
  });

  it.each([
    ['--person', '<b>'],
    ['--locale', 'fr-FR'],
    ['--date', '23/11/2026'],
    ['--time', '7:30pm'],
    ['--tz', 'Mars/Olympus'],
    ['--units', 'furlongs'],
    ['--user', ''],
    ['--bogus'],
  ])('refuses %s %s', (...argv) => {
    expect(() => parseConsoleArgs(argv)).toThrow(UsageError);
  });
});

describe('parseServeArgs', () => {
  it('verifies by default on port 3000 and turns verification off only with --no-verify', () => {
    expect(parseServeArgs([])).toMatchObject({ port: 3000, verify: true, memory: false });
    expect(parseServeArgs(['--no-verify', '--port', '0'])).toMatchObject({ port: 0, verify: false });
    expect(parseServeArgs(['--skill-id', 'amzn1.ask.skill.abc-123'])).toMatchObject({ skillId: 'amzn1.ask.skill.abc-123', verify: true });
  });

  it('takes a pretend day, time and zone for the skill', () => {
    expect(parseServeArgs(['--date', '2026-11-24', '--time', '06:45', '--tz', 'Australia/Sydney'])).toMatchObject({
      date: '2026-11-24',
      time: '06:45',
      timeZone: 'Australia/Sydney',
    });
  });

  it.each([['--port', 'http'], ['--port', '70000'], ['--skill-id', 'my skill'], ['--verify=false'], ['--date', '2026-02-30'], ['--time', '25:00'], ['--tz', 'Mars/Olympus']])('refuses %s %s', (...argv) => {
    expect(() => parseServeArgs(argv)).toThrow(UsageError);
  });
});

describe('pretend time', () => {
  it('turns a local morning into the right instant on both sides of daylight saving', () => {
    expect(zonedInstant('2026-11-23', '07:30', 'Europe/London').toISOString()).toBe('2026-11-23T07:30:00.000Z');
    expect(zonedInstant('2026-07-01', '07:30', 'Europe/London').toISOString()).toBe('2026-07-01T06:30:00.000Z');
    // Sydney is on daylight time in November (UTC+11): 07:30 there is still the previous day in UTC.
    expect(zonedInstant('2026-11-23', '07:30', 'Australia/Sydney').toISOString()).toBe('2026-11-22T20:30:00.000Z');
    expect(zonedInstant('2026-11-23', '07:30', 'America/New_York').toISOString()).toBe('2026-11-23T12:30:00.000Z');
  });

  it('reads the wall clock back', () => {
    expect(wallClock(new Date('2026-11-22T20:30:00Z'), 'Australia/Sydney')).toEqual({ date: '2026-11-23', time: '07:30' });
  });

  it('writes the day out in words', () => {
    expect(describeDay('2026-11-23', '07:30')).toBe('Monday 23 November 2026, 07:30');
  });

  it('starts at the pretend instant and moves on with real time', () => {
    let real = 1_000_000;
    const clock = new PretendClock(() => real);
    expect(clock.now().getTime()).toBe(1_000_000);
    clock.set(new Date('2026-11-23T07:30:00Z'));
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-11-23T07:31:30.000Z');
  });
});

describe('userIdFor', () => {
  it('gives each runner a stable id of their own', () => {
    expect(userIdFor('Ana')).toBe(userIdFor('ana'));
    expect(userIdFor('Ana')).not.toBe(userIdFor('Ben'));
    expect(userIdFor('Ana')).toMatch(/^amzn1\.ask\.account\./);
  });
});
