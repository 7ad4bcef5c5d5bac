import { describe, expect, it } from 'vitest';
import { decide } from '../../lambda/coach/index.js';
import type { Advice } from '../../lambda/coach/index.js';
import { reasonsToSay, renderAdvice } from '../../lambda/speech/advice.js';

const TODAY = '2026-11-24';
const noHistory = { runs: [], checkIns: [] };

describe('rendering advice', () => {
  it('says the activity, the main reason, how long and how it should feel, and fills a card', () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'okay', yesterday: 'long-run', newRunner: false }, history: noHistory });
    const { speech, card } = renderAdvice(advice);
    expect(speech).toBe(
      "Today is a day for a recovery run. Yesterday's long run is still settling in, and a short, easy run helps you absorb it. " +
        'Keep it to about 20 to 30 minutes. Keep it conversational: you should be able to chat the whole way.',
    );
    expect(card.title).toBe('Today: recovery run');
    expect(card.text.split('\n')).toEqual([
      "Yesterday's long run is still settling in, and a short, easy run helps you absorb it.",
      'Duration: 20 to 30 minutes.',
      "How it should feel: Keep it conversational: you should be able to chat the whole way. If you can't speak in full sentences, slow down. " +
        "Don't chase a pace; leave the watch alone. If it stops feeling easy, it's fine to cut it short. Aim to finish feeling fresher than when you started.",
      'Other good options: a walk, an easy bike ride, a swim or full rest.',
      'Coaching tips, not medical advice.',
    ]);
  });

  it('leaves out reasons for running when the advice is not to run', () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'painful', yesterday: 'long-run', newRunner: false }, history: noHistory });
    expect(advice.reasons).toContain('after-long-run'); // the engine reports every rule that fired...
    expect(reasonsToSay(advice)).toEqual(['pain-changes-movement']); // ...speech says only what fits a rest day
    const { speech, card } = renderAdvice(advice);
    expect(speech).toBe(
      "Take a rest day today. Pain that changes the way you move is your body's signal to stop, so no running today. " +
        "If it hasn't eased in a few days, or it gets worse, have it checked by a doctor or physio. I'm a running coach, not a doctor, so this isn't medical advice.",
    );
    expect(card.text).not.toContain('long run');
    expect(card.text.split('\n')).toEqual([
      "Pain that changes the way you move is your body's signal to stop, so no running today.",
      'Duration: none today.',
      "If it hasn't eased in a few days, or it gets worse, have it checked by a doctor or physio.",
      'Coaching tips, not medical advice.',
    ]);
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
    expect(renderAdvice(advice).speech).toBe(
      'Take a rest day today. When illness reaches below the neck, like a fever, a chesty cough or aches all over, your body needs its energy to get well. ' +
        "If it hasn't eased in a few days, or it gets worse, have it checked by a doctor or physio. I'm a running coach, not a doctor, so this isn't medical advice.",
    );
  });
});

describe('durations stay coaching', () => {
  it("a new runner hears the walk breaks with the minutes, not only on the card", () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'fresh', yesterday: 'rest', newRunner: true }, history: noHistory });
    const { speech } = renderAdvice(advice);
    expect(speech).toContain('Keep it to about 20 to 30 minutes. Try a few minutes of jogging, then a minute of walking, and repeat.');
  });

  it('an experienced runner hears no walk breaks', () => {
    const advice = decide({ today: TODAY, checkIn: { legs: 'fresh', yesterday: 'rest', newRunner: false }, history: noHistory });
    expect(renderAdvice(advice).speech).not.toMatch(/walking/);
  });
});

describe('the reasons of the history rules', () => {
  it('the first run back after health rest says why, and keeps it short', () => {
    const history = { runs: [], checkIns: [{ date: '2026-11-23', advised: 'rest' as const, advisedFor: 'health' as const }] };
    const advice = decide({ today: TODAY, checkIn: { legs: 'fresh', yesterday: 'rest', newRunner: false }, history });
    const { speech } = renderAdvice(advice);
    expect(speech).toBe(
      'Today is a day for a recovery run. After time off to get well, make the first run back a short, easy one and see how your body takes it. ' +
        'Keep it to about 20 to 30 minutes. Keep it conversational: you should be able to chat the whole way.',
    );
  });

  it('a marathon four days ago: a recovery run for the race, said plainly', () => {
    const history = { runs: [{ date: '2026-11-20', kind: 'race' as const, distanceKm: 42.195 }], checkIns: [] };
    const advice = decide({ today: TODAY, checkIn: { legs: 'fresh', yesterday: 'rest', newRunner: false }, history });
    expect(renderAdvice(advice).speech).toMatch(/^Today is a day for a recovery run\. Your legs are still rebuilding after a long race/);
  });

  it('ten days after a marathon the card says no hard session yet', () => {
    const history = { runs: [{ date: '2026-11-14', kind: 'race' as const, distanceKm: 42.195 }], checkIns: [] };
    const advice = decide({ today: TODAY, checkIn: { legs: 'fresh', yesterday: 'rest', newRunner: false }, history });
    expect(advice.activity).toBe('easy-run');
    expect(renderAdvice(advice).card.text).toContain('Hold off on hard sessions for now');
  });

  it('a rest day for a fever does not carry the reasons for running', () => {
    const history = { runs: [{ date: '2026-11-20', kind: 'race' as const, distanceKm: 42.195 }], checkIns: [] };
    const advice = decide({ today: TODAY, checkIn: { legs: 'heavy', yesterday: 'rest', wellbeing: { illBelowNeck: true }, newRunner: false }, history });
    expect(advice.reasons).toContain('long-race-recovery');
    expect(reasonsToSay(advice)).toEqual(['ill-below-neck']);
  });
});
