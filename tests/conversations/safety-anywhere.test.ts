/**
 * Safety words are never lost: pain that changes how you move, or illness below the neck, said in any answer
 * of a "should I run today?" or a check-in, leads to advice that is not a run. Generated combinations, spoken
 * through the interaction model into the real skill.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../lambda/speech/locales.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T07:30:00Z');
});
afterAll(() => w.close());

const DANGER = [
  'my knee hurts when I walk',
  "I've got a sharp pain in my shin",
  'I think I pulled my hamstring',
  'my achilles is killing me',
  "I'm limping a bit",
  "I've got a chesty cough",
  "I'm running a temperature",
  'I was throwing up last night',
  "I think I've got flu, I'm aching all over",
];

/** Answers that on their own would allow a run. */
const CALM = {
  legs: ['fresh', 'pretty good actually', 'fine', 'not too bad really', 'okay I guess'],
  yesterday: ['a rest day', 'nothing', 'an easy run', 'I had the day off'],
  sleep: ['well', 'like a log', 'pretty well thanks'],
  feeling: ['good', 'fine', 'all good'],
} as const;

type Question = keyof typeof CALM;
const QUESTION_OF: Array<[RegExp, Question]> = [
  [/legs feel/, 'legs'],
  [/yesterday/, 'yesterday'],
  [/sleep/, 'sleep'],
  [/energy/, 'feeling'],
];

function askedAbout(speech: string): Question | undefined {
  return QUESTION_OF.find(([pattern]) => pattern.test(speech))?.[1];
}

let serial = 0;

describe('pain or illness below the neck, said anywhere', () => {
  const plan = fc.record({
    locale: fc.constantFrom<Locale>('en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'),
    conversation: fc.constantFrom('ask recovery coach should I run today', 'tell recovery coach to check in'),
    danger: fc.constantFrom(...DANGER),
    // Which answer carries it (the others are calm), and how it sits in that answer.
    carrier: fc.constantFrom<Question>('legs', 'yesterday', 'sleep', 'feeling'),
    calm: fc.record({
      legs: fc.constantFrom(...CALM.legs),
      yesterday: fc.constantFrom(...CALM.yesterday),
      sleep: fc.constantFrom(...CALM.sleep),
      feeling: fc.constantFrom(...CALM.feeling),
    }),
    joiner: fc.constantFrom(' but ', ', and ', ', to be honest ', ' although '),
  });

  it('never ends in a run, whichever answer carries it', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const alexa = w.runner(p.locale, { userId: `amzn1.ask.account.safety-${++serial}` });
        let turn = await alexa.oneShot(p.conversation);
        const heard: string[] = [];
        let carried = false;
        for (let i = 0; i < 6 && turn.sessionOpen; i += 1) {
          const question = askedAbout(turn.speech);
          if (!question) break;
          // The question that carries the danger; if the conversation never asks it, the last question does.
          const carries = !carried && (question === p.carrier || (question === 'yesterday' && p.carrier !== 'legs'));
          const answer = carries ? `${p.calm[question]}${p.joiner}${p.danger}` : p.calm[question];
          if (carries) carried = true;
          heard.push(`${turn.speech} -> ${answer}`);
          turn = await alexa.say(answer);
        }
        const where = `${p.conversation}: ${heard.join(' | ')} => ${turn.speech}`;
        if (!carried) return; // the skill advised before the carrier was asked (a calm path), nothing to check
        checked += 1;
        expect(turn.card?.title, where).toMatch(/^Today: (rest day|walk|cross-training)$/);
        expect(turn.speech, where).not.toMatch(/recovery run|easy run today/);
      }),
      { numRuns: 60 },
    );
    // The property was really tested: nearly every generated conversation carried the danger into an answer.
    expect(checked).toBeGreaterThanOrEqual(50);
    // Sixty whole conversations against the real store: a loaded 2-core machine needs more than the default 30 s.
  }, 120_000);

  it('heard in the opening words, the question first: "should I run today, my knee hurts"', async () => {
    const alexa = w.runner('en-US', { userId: 'amzn1.ask.account.knee-one-shot' });
    const turn = await alexa.oneShot('ask recovery coach should I run today, my knee hurts');
    expect(turn.card?.title).toBe('Today: rest day');
    expect(turn.speech).toMatch(/^Take a rest day today\. Pain that changes the way you move/);
  });

  it('heard in the opening words of a one-shot: "should I run today, I\'ve got a fever"', async () => {
    const alexa = w.runner('en-GB', { userId: 'amzn1.ask.account.fever-one-shot' });
    const turn = await alexa.oneShot("ask recovery coach should I run today I've got a fever");
    expect(turn.card?.title).toBe('Today: rest day');
    expect(turn.speech).toMatch(/^Take a rest day today\. When illness reaches below the neck/);
  });
});
