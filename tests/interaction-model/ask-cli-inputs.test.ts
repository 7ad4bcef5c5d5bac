/**
 * The ASK CLI inputs script: its dry run prints the replay files and commands and touches neither disk nor the
 * ASK CLI; the replay files have the ASK CLI's documented shape; each lead-in really leaves the skill asking the
 * question the phrasing answers (checked on the skill through the simulator).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPhrasings } from '../../interaction-model/ask-cli/phrasings.js';
import { ASKED_SLOT, LEAD_INS, planAskCliInputs, turnsFor } from '../../interaction-model/ask-cli/plan.js';
import { startWorld, type World } from '../support/conversation.js';
import { ROOT } from '../local/run-cli.js';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURE = 'tests/interaction-model/fixtures/phrasings.ts';
const SKILL = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';

let scratch: string;
/** A stand-in `ask` that only records that it was called: a dry run must never call it. */
let fakeAsk: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ask-inputs-'));
  fakeAsk = join(scratch, 'ask');
  writeFileSync(fakeAsk, `#!/bin/sh\necho "$@" >> "${join(scratch, 'ask-calls.txt')}"\n`);
  chmodSync(fakeAsk, 0o755);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[]) {
  const result = spawnSync(TSX, ['interaction-model/ask-cli-inputs.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SKILL_ID: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask-inputs -- --dry-run', () => {
  it('prints every replay file and command line, writes nothing and never calls the ASK CLI', () => {
    const out = join(scratch, 'dry');
    const result = run([FIXTURE, '--dry-run', '--skill-id', SKILL, '--out', out, '--ask', fakeAsk]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Dry run: nothing is written, nothing is sent\. 8 phrasings: 6 replay files \(33 turns\), 3 profile-nlu calls\./);
    // The legs answers, each after the question that asks for them, each session closed before the next.
    expect(result.stdout).toContain(`--- would write ${out}/replay/en-GB-legs.json (legs, 2 phrasings)`);
    expect(result.stdout).toContain(
      JSON.stringify(
        {
          skillId: SKILL,
          locale: 'en-GB',
          type: 'text',
          userInput: [
            'ask recovery coach to check in',
            'pretty heavy to be honest',
            'stop',
            'ask recovery coach to check in',
            "my achilles is killing me, it's the runner's thing",
            'stop',
            '.quit',
          ],
        },
        null,
        2,
      ),
    );
    // Openings as one-shots: a question is asked, a statement is told.
    expect(result.stdout).toContain('"ask recovery coach should I run today, I\'ve got a cold",');
    expect(result.stdout).toContain('"tell recovery coach I jogged four miles",');
    // Commands a shell can run as printed, quotes and all.
    expect(result.stdout).toContain(`${fakeAsk} smapi profile-nlu -s ${SKILL} -g development -l en-GB -u 'should I run today, I'\\''ve got a cold'`);
    expect(result.stdout).toContain(`${fakeAsk} smapi profile-nlu -s ${SKILL} -g development -l en-US -u 'what'\\''s the talk test'`);
    expect(result.stdout).toContain(`${fakeAsk} dialog --replay ${out}/replay/en-US-yesterday.json`);
    // Answers are never profiled out of context.
    expect(result.stdout).not.toContain("-u 'pretty heavy to be honest'");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(scratch, 'ask-calls.txt'))).toBe(false);
  });

  it('needs no skill id: it shows a placeholder', () => {
    const result = run([FIXTURE, '--dry-run', '--context', 'sleep']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"skillId": "amzn1.ask.skill.YOUR-SKILL-ID"');
    expect(result.stdout).toContain('1 phrasings: 1 replay files (5 turns), 0 profile-nlu calls');
  });

  it('refuses to write inputs for a real skill without its id, and says why', () => {
    const result = run([FIXTURE, '--out', join(scratch, 'no-id')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/--skill-id \(or \$SKILL_ID\) is needed/);
    expect(existsSync(join(scratch, 'no-id'))).toBe(false);
  });
});

describe('npm run ask-inputs (writing)', () => {
  it('writes the replay files in the ASK CLI replay format and a commands file, and calls nothing without --send', () => {
    const out = join(scratch, 'written');
    const result = run([FIXTURE, '--skill-id', SKILL, '--out', out, '--ask', fakeAsk]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, 'replay')).sort()).toEqual([
      'en-GB-feeling.json',
      'en-GB-legs.json',
      'en-GB-opening.json',
      'en-US-opening.json',
      'en-US-sleep.json',
      'en-US-yesterday.json',
    ]);
    const sleep: unknown = JSON.parse(readFileSync(join(out, 'replay', 'en-US-sleep.json'), 'utf8'));
    expect(sleep).toEqual({ skillId: SKILL, locale: 'en-US', type: 'text', userInput: ['ask recovery coach to check in', 'okay', 'well enough', 'stop', '.quit'] });
    const commands = readFileSync(join(out, 'commands.sh'), 'utf8').split('\n');
    expect(commands[0]).toBe('#!/bin/sh');
    expect(commands.filter((l) => l.includes(' smapi profile-nlu '))).toHaveLength(3);
    expect(commands.filter((l) => l.includes(' dialog --replay '))).toHaveLength(6);
    expect(existsSync(join(scratch, 'ask-calls.txt'))).toBe(false);
  });
});

describe('npm run ask-inputs -- --send', () => {
  it('reads the utterance profiler answers (selectedIntent, entity ids) and reports which openings reached their intent', () => {
    // A stand-in for the ASK CLI: every opening "profiles" as ShouldIRunIntent with a resolved feeling slot,
    // in the shape of the Utterance Profiler API's response; a replay prints a line.
    const ask = join(scratch, 'ask-profiler');
    const response = JSON.stringify({
      sessionEnded: false,
      selectedIntent: {
        name: 'ShouldIRunIntent',
        confirmationStatus: 'NONE',
        slots: {
          feeling: {
            name: 'feeling',
            value: 'a cold',
            confirmationStatus: 'NONE',
            resolutions: { resolutionsPerAuthority: [{ authority: 'x', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'a cold', id: 'ill-above-neck' } }] }] },
          },
          legs: { name: 'legs', confirmationStatus: 'NONE' },
        },
      },
      consideredIntents: [],
    });
    writeFileSync(ask, `#!/bin/sh
if [ "$1" = smapi ]; then echo '${response}'; else echo "User > replayed $3"; fi
`);
    chmodSync(ask, 0o755);
    const out = join(scratch, 'sent');
    const result = run([FIXTURE, '--skill-id', SKILL, '--out', out, '--ask', ask, '--send']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('en-GB "should I run today, I\'ve got a cold" -> ShouldIRunIntent feeling=ill-above-neck ok');
    expect(result.stdout).toContain('en-GB "I jogged four miles" -> ShouldIRunIntent feeling=ill-above-neck MISS (expected LogRunIntent)');
    expect(result.stdout).toContain('1 of 3 openings reached the expected intent');
    expect(readFileSync(join(out, 'profile-nlu-results.txt'), 'utf8')).toContain('1 of 3 openings reached the expected intent');
    expect(readFileSync(join(out, 'replay', 'en-GB-legs.json.transcript.txt'), 'utf8')).toBe(`User > replayed ${out}/replay/en-GB-legs.json\n`);
  });
});

describe('the lead-ins leave the skill asking the question the phrasing answers', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld('2026-11-24T08:00:00Z');
  });
  afterAll(() => w.close());

  it.each(Object.entries(ASKED_SLOT))('%s', async (context, slot) => {
    const userId = `amzn1.ask.account.lead-in-${context}`;
    if (context === 'yesterday') {
      // History that knows yesterday would skip the question: the lead-in deletes it first.
      const alexa = w.runner('en-GB', { userId });
      w.t.setNow('2026-11-23T18:00:00Z');
      await alexa.oneShot('tell recovery coach I did a long run of ninety minutes');
      expect((await alexa.say('yes')).speech).toMatch(/^Saved/);
      w.t.setNow('2026-11-24T08:00:00Z');
    }
    const alexa = w.runner('en-GB', { userId });
    for (const said of LEAD_INS[context as keyof typeof LEAD_INS]) await alexa.say(said);
    expect(alexa.pendingDialog).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: slot });
    await alexa.say('stop');
    expect(alexa.sessionOpen).toBe(false);
  });

  it('every phrasing of the fixture is put in a session of its own that the closing "stop" ends', async () => {
    const phrasings = await loadPhrasings(FIXTURE);
    const plan = planAskCliInputs(phrasings, { skillId: SKILL, stage: 'development' });
    expect(plan.replays.flatMap((r) => r.phrasings)).toHaveLength(phrasings.length);
    for (const p of phrasings) {
      const alexa = w.runner(p.locale, { userId: 'amzn1.ask.account.replay-check' });
      for (const said of turnsFor(p)) await alexa.say(said);
      expect(alexa.sessionOpen, p.text).toBe(false);
    }
  });
});
