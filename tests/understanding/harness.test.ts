import { describe, expect, it } from 'vitest';
import { judge, tally } from '../../bench/understanding-harness.js';
import type { InteractionModel, ModelIntent } from '../../local/simulator/model.js';
import type { Phrasing } from './phrasing.js';

/** A small model, so the counts below depend on the harness, not on how the real model grows. */
function model({ slotSamples }: { slotSamples: boolean }): InteractionModel {
  const answer = (slot: string) => (slotSamples ? [`{${slot}}`] : []);
  const intents: ModelIntent[] = [
    {
      name: 'ShouldIRunIntent',
      slots: [
        { name: 'legs', type: 'LegsType', samples: answer('legs') },
        { name: 'yesterday', type: 'SessionType', samples: answer('yesterday') },
      ],
      samples: ['should I run today', 'my legs are {legs} should I run'],
    },
    {
      name: 'CheckInIntent',
      slots: [
        { name: 'legs', type: 'LegsType' },
        { name: 'sleep', type: 'SleepType', samples: answer('sleep') },
        { name: 'feeling', type: 'FeelingType', samples: answer('feeling') },
        { name: 'yesterday', type: 'SessionType' },
      ],
      samples: ['check in'],
    },
    {
      name: 'LogRunIntent',
      slots: [
        { name: 'kind', type: 'SessionType' },
        { name: 'distance', type: 'AMAZON.NUMBER' },
        { name: 'unit', type: 'DistanceUnitType' },
        { name: 'duration', type: 'AMAZON.DURATION' },
      ],
      samples: ['log {kind} {duration}', 'log a {distance} {unit} {kind} {duration}'],
    },
    { name: 'AMAZON.FallbackIntent', samples: [] },
  ];
  return {
    languageModel: {
      invocationName: 'recovery coach',
      intents,
      types: [
        { name: 'LegsType', values: [{ id: 'heavy', name: { value: 'heavy', synonyms: ['knackered'] } }, { id: 'okay', name: { value: 'okay', synonyms: ['fine'] } }] },
        {
          name: 'SessionType',
          values: [
            { id: 'long-run', name: { value: 'long run' } },
            { id: 'race', name: { value: 'race' } },
            { id: 'race-10k', name: { value: '10k race', synonyms: ['a 10k race'] } },
          ],
        },
        { name: 'DistanceUnitType', values: [{ id: 'km', name: { value: 'k' } }, { id: 'mile', name: { value: 'miles' } }] },
        { name: 'SleepType', values: [{ id: 'good', name: { value: 'well' } }, { id: 'bad', name: { value: 'badly' } }] },
        { name: 'FeelingType', values: [{ id: 'fine', name: { value: 'fine' } }] },
      ],
    },
  };
}

const gb = (context: Phrasing['context'], text: string, expect: Phrasing['expect']): Phrasing => ({ context, locale: 'en-GB', text, expect });
const base = { now: new Date('2026-11-26T08:00:00Z'), timeZone: 'Europe/London' };

describe('the understanding harness', () => {
  const withSlotSamples = model({ slotSamples: true });

  it('counts an entity-resolution match for both columns, and raw words only for the layer', () => {
    expect(judge(gb('legs', 'knackered', { legs: 'heavy' }), withSlotSamples, base)).toMatchObject({ simulator: { ok: true }, layered: { ok: true } });
    const words = judge(gb('legs', 'pretty heavy to be honest', { legs: 'heavy' }), withSlotSamples, base);
    expect(words).toMatchObject({ simulator: { ok: false }, layered: { ok: true, got: 'ShouldIRunIntent legs=heavy' } });
    expect(words.simulator.got).toContain('legs=NO_MATCH(pretty heavy to be honest)');
  });

  it('needs the safety flags exactly: pain hidden in another answer is a miss for the model alone', () => {
    const hidden = judge(gb('yesterday', 'a long run but my knee hurt and I limped home', { yesterday: 'long-run', pain: true }), withSlotSamples, base);
    expect(hidden.simulator.ok).toBe(false);
    expect(hidden.layered).toEqual({ ok: true, got: 'ShouldIRunIntent legs=painful yesterday=long-run pain' });
    // Expecting pain where there is none is a miss too.
    expect(judge(gb('sleep', 'badly', { sleep: 'bad', pain: true }), withSlotSamples, base).layered.ok).toBe(false);
  });

  it('reads the words of an answer that fell to AMAZON.FallbackIntent while a slot was elicited', () => {
    const bare = model({ slotSamples: false });
    const judged = judge(gb('legs', 'pretty heavy to be honest', { legs: 'heavy' }), bare, base);
    expect(judged.simulator).toEqual({ ok: false, got: 'AMAZON.FallbackIntent' });
    expect(judged.layered).toEqual({ ok: true, got: 'ShouldIRunIntent legs=heavy' });
  });

  it('judges openings by intent and the slot facts they carry', () => {
    expect(judge(gb('opening', 'should I run today', { intent: 'ShouldIRun' }), withSlotSamples, base).simulator.ok).toBe(true);
    const slang = judge(gb('opening', 'my legs are wrecked should I run', { intent: 'ShouldIRun', legs: 'heavy' }), withSlotSamples, base);
    expect(slang).toMatchObject({ simulator: { ok: false }, layered: { ok: true } });
    const lost = judge(gb('opening', 'tell me a joke', { intent: 'ShouldIRun' }), withSlotSamples, base);
    expect(lost).toMatchObject({ simulator: { ok: false }, layered: { ok: false, got: 'AMAZON.FallbackIntent' } });
  });

  it('takes a race said with its distance for the named race, as the handler does, and no other distance', () => {
    const said = judge(gb('opening', 'log a 10k race forty eight minutes', { intent: 'LogRun', kind: 'race-10k', distance: 10, unit: 'km', minutes: 48 }), withSlotSamples, base);
    expect(said.layered).toEqual({ ok: true, got: 'LogRunIntent kind=race distance=10 unit=km minutes=48' });
    expect(judge(gb('opening', 'log a 5 k race forty eight minutes', { intent: 'LogRun', kind: 'race-10k' }), withSlotSamples, base).layered.ok).toBe(false);
    expect(judge(gb('opening', 'log a 10 miles race forty eight minutes', { intent: 'LogRun', kind: 'race-10k' }), withSlotSamples, base).layered.ok).toBe(false);
  });

  it('hears pain in a log\'s words as the log handler does, as painful legs; no pain heard is no painful legs', () => {
    const hurt = judge(gb('opening', 'log long run but my knee hurt and I limped home forty minutes', { intent: 'LogRun', kind: 'long-run', minutes: 40, legs: 'painful', pain: true }), withSlotSamples, base);
    expect(hurt.layered).toMatchObject({ ok: true });
    expect(hurt.layered.got).toContain('legs=painful');
    const fine = judge(gb('opening', 'log long run forty minutes', { intent: 'LogRun', kind: 'long-run', minutes: 40, legs: 'painful', pain: true }), withSlotSamples, base);
    expect(fine.layered.ok).toBe(false);
    expect(fine.layered.got).not.toContain('legs=');
  });

  it('tallies per context', () => {
    const rows = [
      gb('legs', 'knackered', { legs: 'heavy' }),
      gb('legs', 'pretty heavy to be honest', { legs: 'heavy' }),
      gb('legs', 'fine but my knee hurts', { legs: 'painful', pain: true }),
      gb('sleep', 'well', { sleep: 'good' }),
      gb('opening', 'tell me a joke', { intent: 'ShouldIRun' }),
    ];
    const { rows: figures, total } = tally(rows.map((r) => judge(r, withSlotSamples, base)), ['legs', 'yesterday', 'sleep', 'feeling', 'opening']);
    expect(figures).toEqual([
      { context: 'legs', phrasings: 3, simulator: 1, layered: 3 },
      { context: 'sleep', phrasings: 1, simulator: 1, layered: 1 },
      { context: 'opening', phrasings: 1, simulator: 0, layered: 0 },
    ]);
    expect(total).toMatchObject({ phrasings: 5, simulator: 2, layered: 4 });
  });
});
