import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Intent } from 'ask-sdk-model';
import { hearSafety, understandAnswer, type AnswerSlot } from '../../lambda/understand/index.js';
import { logFromSaid } from '../../lambda/conversation/log-from-said.js';
import { logNeedsTheCoach } from '../../lambda/conversation/log-health.js';
import { resolvedSlot } from '../../lambda/conversation/slots.js';
import { KNOWN_MISSES, PHRASINGS } from './corpus.js';
import { CONTEXTS, PHRASING_LOCALES, parsePhrasing, type Phrasing } from './phrasing.js';

type Answer = Phrasing & { context: Exclude<Phrasing['context'], 'opening'> };
const known = new Set(KNOWN_MISSES.map((k) => k.text));
const allAnswers = PHRASINGS.filter((p): p is Answer => p.context !== 'opening');
const answers = allAnswers.filter((p) => !known.has(p.text));
const knownAnswers = allAnswers.filter((p) => known.has(p.text));
const flags = (p: Phrasing) => ({ pain: p.expect.pain === true, illBelowNeck: p.expect.illBelowNeck === true, illAboveNeck: p.expect.illAboveNeck === true });

describe('the phrasing corpus', () => {
  it('is broad: at least 450 rows, every context in all three locales, every row in the shared format', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(450);
    for (const context of CONTEXTS) {
      for (const locale of PHRASING_LOCALES) {
        expect(PHRASINGS.filter((p) => p.context === context && p.locale === locale).length, `${context} ${locale}`).toBeGreaterThanOrEqual(5);
      }
    }
    PHRASINGS.forEach((p, i) => expect(parsePhrasing(JSON.parse(JSON.stringify(p)) as unknown, `row ${i}`)).toEqual(p));
    expect(new Set(PHRASINGS.map((p) => `${p.context}|${p.locale}|${p.text.toLowerCase()}`)).size).toBe(PHRASINGS.length);
  });

  it('is consistent: a painful legs answer carries the pain flag, an ill answer its neck flag', () => {
    for (const p of PHRASINGS) {
      if (p.context === 'legs' && (p.expect.legs === 'painful' || p.expect.pain)) {
        expect(p.expect.legs === undefined || p.expect.legs === 'painful', p.text).toBe(true);
        expect(p.expect.pain, p.text).toBe(true);
      }
      if (p.expect.feeling === 'ill-below-neck') expect(p.expect.illBelowNeck, p.text).toBe(true);
      if (p.expect.feeling === 'ill-above-neck') expect(p.expect.illAboveNeck, p.text).toBe(true);
      if (p.context === 'opening') expect(p.expect.intent, p.text).toBeDefined();
      else expect(p.expect[p.context] !== undefined || p.expect.pain || p.expect.illBelowNeck || p.expect.illAboveNeck, p.text).toBeTruthy();
    }
  });
});

function understood(p: Answer): void {
  const heard = understandAnswer(p.context, p.text);
  const want = p.expect[p.context];
  if (want !== undefined) expect(heard.id).toBe(want);
  expect(heard.safety).toEqual(flags(p));
}

describe('understandAnswer over the corpus', () => {
  it.each(answers.map((p) => [p.context, p.text, p] as const))('%s: "%s"', (_context, _text, p) => understood(p));

  // Still missed, for the reason KNOWN_MISSES gives: when one starts to pass, this fails; move it to the rows above.
  it.fails.each(knownAnswers.map((p) => [p.context, p.text, p] as const))('known miss, %s: "%s"', (_context, _text, p) => understood(p));

  it('lists as known misses only rows of the corpus', () => {
    const texts = new Set(PHRASINGS.map((p) => p.text));
    expect([...known].filter((t) => !texts.has(t))).toEqual([]);
  });

  it('hears the safety words of every opening, and no others', () => {
    for (const p of PHRASINGS.filter((r) => r.context === 'opening' && !known.has(r.text))) expect(hearSafety(p.text), p.text).toEqual(flags(p));
  });

  // The known misses among them hear more than the writer flagged (the safe side), never less.
  it('never hears less safety than a known-miss opening says', () => {
    for (const p of PHRASINGS.filter((r) => r.context === 'opening' && known.has(r.text))) {
      const heard = hearSafety(p.text);
      const want = flags(p);
      expect({ pain: heard.pain || !want.pain, illBelowNeck: heard.illBelowNeck || !want.illBelowNeck }, p.text).toEqual({ pain: true, illBelowNeck: true });
    }
  });
});

describe('safety heard anywhere (generated combinations)', () => {
  const painPhrases = PHRASINGS.filter((p) => p.expect.pain).map((p) => p.text);
  // Answers that are illness only because of the question: "not well" or "poorly" to "how are you?" is unwell,
  // to "how did you sleep?" it is a bad night; an Australian's legs that are "a bit crook" are only tired.
  const askedOnly = /^(?:(?:a|bit|feeling|proper|pretty|really|so|i'm|i am) )*(?:poorly|crook|not well)$/i;
  const belowPhrases = PHRASINGS.filter((p) => p.expect.illBelowNeck && !askedOnly.test(p.text)).map((p) => p.text);
  const plain = PHRASINGS.filter((p) => !p.expect.pain && !p.expect.illBelowNeck && !p.expect.illAboveNeck).map((p) => p.text);
  const slots: AnswerSlot[] = ['legs', 'yesterday', 'sleep', 'feeling', 'kind', 'effortWord', 'topic', 'activity'];
  // What a runner says between two thoughts; speech-to-text often drops the comma, so "but" and "and also" too.
  const joins = [', ', '. ', ' but ', ' and also ', ' - ', '; '];
  const around = (phrase: fc.Arbitrary<string>) =>
    fc.record({
      prefix: fc.option(fc.constantFrom(...plain), { nil: undefined }),
      suffix: fc.option(fc.constantFrom(...plain), { nil: undefined }),
      before: fc.constantFrom(...joins),
      after: fc.constantFrom(...joins),
      phrase,
      slot: fc.constantFrom(...slots),
    });
  const sentence = (r: { prefix: string | undefined; suffix: string | undefined; before: string; after: string; phrase: string }) =>
    `${r.prefix === undefined ? '' : r.prefix + r.before}${r.phrase}${r.suffix === undefined ? '' : r.after + r.suffix}`;

  it('pain inside any other answer is always flagged', () => {
    expect(painPhrases.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(around(fc.constantFrom(...painPhrases)), (r) => {
        expect(understandAnswer(r.slot, sentence(r)).safety.pain).toBe(true);
        expect(hearSafety(sentence(r)).pain).toBe(true);
      }),
      { numRuns: Number(process.env.SAFETY_RUNS ?? 2000) },
    );
  });

  // A log's custom slots may take the words after their value ("10" then "k but my shin's killing me"): however the
  // log's words are read into its slots, the pain or illness in them still reaches the coach.
  it('pain or illness in any free slot of a log survives the reading of the log', () => {
    const head: Record<string, string> = { unit: 'k', kind: 'long run', effortWord: 'hard', said: '10 k in 50 minutes' };
    fc.assert(
      fc.property(fc.constantFrom(...painPhrases, ...belowPhrases), fc.constantFrom(...Object.keys(head)), fc.constantFrom(...joins), (phrase, slot, join) => {
        const value = `${head[slot] ?? ''}${join}${phrase}`;
        const log: Intent = {
          name: 'LogRunIntent',
          confirmationStatus: 'NONE',
          slots: {
            distance: { name: 'distance', value: '10', confirmationStatus: 'NONE' },
            // A kind Alexa matched ("a run"): the words have no other slot to stay in.
            kind: resolvedSlot('kind', 'easy-run', 'a run'),
            [slot]: { name: slot, value, confirmationStatus: 'NONE' },
          },
        };
        expect(logNeedsTheCoach(logFromSaid(log)), value).toBe(true);
      }),
      { numRuns: Number(process.env.SAFETY_RUNS ?? 1000) },
    );
  });

  it('illness below the neck inside any other answer is always flagged', () => {
    expect(belowPhrases.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(around(fc.constantFrom(...belowPhrases)), (r) => {
        expect(understandAnswer(r.slot, sentence(r)).safety.illBelowNeck).toBe(true);
        expect(hearSafety(sentence(r)).illBelowNeck).toBe(true);
      }),
      { numRuns: Number(process.env.SAFETY_RUNS ?? 2000) },
    );
  });
});
