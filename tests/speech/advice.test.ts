import { describe, expect, it } from 'vitest';
import { decide } from '../../lambda/coach/index.js';
import type { Advice } from '../../lambda/coach/index.js';
import { reasonsToSay, renderAdvice } from '../../lambda/speech/advice.js';
import { REASON } from '../../lambda/speech/en.js';

const TODAY = '2026-11-24';
const noHistory = { runs: [], checkIns: [] };

describe('rendering advice', () => {
  it('says the activity, the main reason, how long and how it should feel, and fills a card', () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'okay', yesterday: 'long-run', newRunner: false }, history: noHistory });
    const { speech, card } = renderAdvice(advice);
    expect(speech).toMatch(/recovery run/);
    expect(speech).toContain(REASON['after-long-run']);
    expect(speech).toMatch(/20 to 30 minutes/);
    expect(speech).toMatch(/conversational/);
    expect(card.title).toBe('Today: recovery run');
    expect(card.text).toMatch(/Duration: 20 to 30 minutes/);
    expect(card.text).toMatch(/not medical advice/);
  });

  it('leaves out reasons for running when the advice is not to run', () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'painful', yesterday: 'long-run', newRunner: false }, history: noHistory });
    expect(advice.reasons).toContain('after-long-run'); // the engine reports every rule that fired...
    expect(reasonsToSay(advice)).toEqual(['pain-changes-movement']); // ...speech says only what fits a rest day
    const { card } = renderAdvice(advice);
    expect(card.text).not.toContain(REASON['after-long-run']);
    expect(card.text).toMatch(/doctor or physio/);
  });

  it('keeps every reason for a run', () => {
    const advice: Advice = {
      activity: 'recovery-run',
      reasons: ['after-workout', 'volume-up'],
      minutes: { min: 20, max: 30 },
      effortCues: ['conversational'],
      alternatives: [],
      seeProfessional: false,
    };
    expect(reasonsToSay(advice)).toEqual(['after-workout', 'volume-up']);
  });

  it('speaks a rest day for illness in clean sentences, with no empty parts', () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'fresh', yesterday: 'rest', wellbeing: { illBelowNeck: true }, newRunner: false }, history: noHistory });
    const { speech } = renderAdvice(advice);
    expect(speech).not.toMatch(/\s{2,}|^\s|\s$/);
    expect(speech).toMatch(/rest day/);
  });
});
