/**
 * Properties that hold for every check-in and every history of up to four weeks, checked over random inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEMAND, decide } from '../../lambda/coach/decide.js';
import { EFFORT_CUES, REASONS, type Advice } from '../../lambda/coach/advice.js';
import { addDays } from '../../lambda/coach/dates.js';
import { longRaceWindow } from '../../lambda/coach/long-race.js';
import {
  ACTIVITIES,
  LEGS,
  SESSION_KINDS,
  YESTERDAYS,
  type CheckInRecord,
  type DecideInput,
  type Legs,
  type RunRecord,
} from '../../lambda/coach/types.js';

const RUNS_PER_PROPERTY = 400;

const today = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2022-01-01', n));

const optionalBoolean = fc.option(fc.boolean(), { nil: undefined });

const wellbeing = fc.option(
  fc.record({ sleptBadly: optionalBoolean, runDown: optionalBoolean, illAboveNeck: optionalBoolean, illBelowNeck: optionalBoolean }),
  { nil: undefined },
);

/** Stored check-ins never hold pain (only readiness answers are kept). */
const storedLegs: fc.Arbitrary<Exclude<Legs, 'painful'>> = fc.constantFrom('fresh', 'okay', 'heavy', 'sore');

/** A run or check-in within the 4 weeks the store keeps (0 = today). */
const daysAgo = fc.integer({ min: 0, max: 27 });

const runRecord = (t: string): fc.Arbitrary<RunRecord> =>
  fc.record(
    {
      date: daysAgo.map((d) => addDays(t, -d)),
      kind: fc.constantFrom(...SESSION_KINDS),
      minutes: fc.integer({ min: 5, max: 300 }),
      distanceKm: fc.double({ min: 0.5, max: 60, noNaN: true }),
      effort: fc.integer({ min: 1, max: 10 }),
    },
    { requiredKeys: ['date', 'kind'] },
  );

const checkInRecord = (t: string): fc.Arbitrary<CheckInRecord> =>
  fc.record(
    {
      date: daysAgo.map((d) => addDays(t, -d)),
      legs: storedLegs,
      sleptBadly: fc.boolean(),
      runDown: fc.boolean(),
      yesterday: fc.constantFrom(...YESTERDAYS),
      yesterdayDistanceKm: fc.double({ min: 1, max: 60, noNaN: true }),
      advised: fc.constantFrom(...ACTIVITIES),
      advisedFor: fc.constant('health' as const),
    },
    { requiredKeys: ['date'] },
  );

const decideInput: fc.Arbitrary<DecideInput> = today.chain((t) =>
  fc.record({
    today: fc.constant(t),
    checkIn: fc.record(
      {
        legs: fc.constantFrom(...LEGS),
        yesterday: fc.constantFrom(...YESTERDAYS),
        yesterdayDistanceKm: fc.double({ min: 1, max: 60, noNaN: true }),
        wellbeing,
        newRunner: fc.boolean(),
      },
      { requiredKeys: ['legs', 'yesterday'] },
    ),
    history: fc.record({
      runs: fc.array(runRecord(t), { maxLength: 40 }),
      checkIns: fc.array(checkInRecord(t), { maxLength: 28 }),
    }),
  }),
);

const isRun = (advice: Advice): boolean => advice.activity === 'recovery-run' || advice.activity === 'easy-run';
const demand = (advice: Advice): number => ACTIVITY_DEMAND[advice.activity];
const withLegs = (input: DecideInput, legs: Legs): DecideInput => ({ ...input, checkIn: { ...input.checkIn, legs } });

const holds = <Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>): void => {
  fc.assert(property, { numRuns: RUNS_PER_PROPERTY });
};

describe('coach properties', () => {
  it('ACTIVITY_DEMAND orders rest < walk < cross-train < recovery run < easy run', () => {
    const order = [...ACTIVITIES].sort((a, b) => ACTIVITY_DEMAND[a] - ACTIVITY_DEMAND[b]);
    expect(order).toEqual(['rest', 'walk', 'cross-train', 'recovery-run', 'easy-run']);
    expect(new Set(Object.values(ACTIVITY_DEMAND)).size).toBe(ACTIVITIES.length);
  });

  it('pain never yields a run: rest, and see a professional', () => {
    holds(
      fc.property(decideInput, (input) => {
        const advice = decide(withLegs(input, 'painful'));
        expect(advice.activity).toBe('rest');
        expect(advice.seeProfessional).toBe(true);
        expect(advice.reasons[0]).toBe('pain-changes-movement');
      }),
    );
  });

  it('illness below the neck never yields a run: rest, and see a professional', () => {
    holds(
      fc.property(decideInput, (input) => {
        const advice = decide({ ...input, checkIn: { ...input.checkIn, wellbeing: { ...input.checkIn.wellbeing, illBelowNeck: true } } });
        expect(advice.activity).toBe('rest');
        expect(advice.seeProfessional).toBe(true);
        expect(advice.reasons).toContain('ill-below-neck');
      }),
    );
  });

  it('run down or ill above the neck never yields a run', () => {
    holds(
      fc.property(decideInput, fc.constantFrom('runDown', 'illAboveNeck') as fc.Arbitrary<'runDown' | 'illAboveNeck'>, (input, flag) => {
        const advice = decide({ ...input, checkIn: { ...input.checkIn, wellbeing: { ...input.checkIn.wellbeing, [flag]: true } } });
        expect(isRun(advice)).toBe(false);
        expect(['walk', 'rest']).toContain(advice.activity);
      }),
    );
  });

  it('worse legs never yield a more demanding activity (fresh < okay < heavy < sore < painful)', () => {
    holds(
      fc.property(decideInput, (input) => {
        const demands = LEGS.map((legs) => demand(decide(withLegs(input, legs))));
        for (let i = 1; i < demands.length; i++) expect(demands[i]).toBeLessThanOrEqual(demands[i - 1]!);
      }),
    );
  });

  it('the day after a long run, workout or race is never an easy run', () => {
    holds(
      fc.property(decideInput, fc.constantFrom('long-run', 'workout', 'race') as fc.Arbitrary<'long-run' | 'workout' | 'race'>, (input, yesterday) => {
        const advice = decide({ ...input, checkIn: { ...input.checkIn, yesterday } });
        expect(demand(advice)).toBeLessThanOrEqual(ACTIVITY_DEMAND['recovery-run']);
      }),
    );
  });

  it('every advice has known, distinct reasons; an easy run is exactly the fresh-legs case', () => {
    holds(
      fc.property(decideInput, (input) => {
        const advice = decide(input);
        expect(advice.reasons.length).toBeGreaterThanOrEqual(1);
        expect(new Set(advice.reasons).size).toBe(advice.reasons.length);
        for (const reason of advice.reasons) expect(REASONS).toContain(reason);
        expect(advice.reasons[0] === 'fresh-legs').toBe(advice.activity === 'easy-run');
        expect(advice.reasons.includes('new-runner')).toBe(isRun(advice) && advice.effortCues.includes('run-walk'));
      }),
    );
  });

  it('durations stay within the ranges for each answer', () => {
    holds(
      fc.property(decideInput, (input) => {
        const advice = decide(input);
        const newRunner = advice.reasons.includes('new-runner');
        const { min, max } = advice.minutes;
        expect(min).toBeLessThanOrEqual(max);
        switch (advice.activity) {
          case 'rest':
            expect([min, max]).toEqual([0, 0]);
            break;
          case 'walk':
          case 'cross-train':
            expect(min).toBeGreaterThanOrEqual(20);
            expect(max).toBeLessThanOrEqual(40);
            break;
          case 'recovery-run':
            expect(min).toBeGreaterThanOrEqual(newRunner ? 15 : 20);
            expect(max).toBeLessThanOrEqual(newRunner ? 20 : 30);
            break;
          case 'easy-run':
            expect(min).toBeGreaterThanOrEqual(newRunner ? 20 : 30);
            expect(max).toBeLessThanOrEqual(newRunner ? 30 : 45);
            break;
        }
      }),
    );
  });

  it('a run is never another workout: every run is conversational, every other answer has no run cue', () => {
    const runCues = new Set(['conversational', 'talk-test', 'no-watch', 'finish-fresher', 'run-walk']);
    holds(
      fc.property(decideInput, (input) => {
        const advice = decide(input);
        for (const cue of advice.effortCues) expect(EFFORT_CUES).toContain(cue);
        if (isRun(advice)) expect(advice.effortCues).toContain('conversational');
        else for (const cue of advice.effortCues) expect(runCues.has(cue)).toBe(false);
      }),
    );
  });

  it('a longer logged session yesterday never makes today more demanding', () => {
    const longer = fc.record({
      kind: fc.constantFrom(...SESSION_KINDS),
      minutes: fc.integer({ min: 5, max: 300 }),
      extraMinutes: fc.integer({ min: 0, max: 300 }),
      distanceKm: fc.double({ min: 0.5, max: 60, noNaN: true }),
      extraKm: fc.double({ min: 0, max: 60, noNaN: true }),
      effort: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      timed: fc.boolean(),
      measured: fc.boolean(),
    });
    holds(
      fc.property(decideInput, longer, (input, s) => {
        const session = (minutes: number, km: number): RunRecord => ({
          date: addDays(input.today, -1),
          kind: s.kind,
          ...(s.timed ? { minutes } : {}),
          ...(s.measured ? { distanceKm: km } : {}),
          ...(s.effort !== undefined ? { effort: s.effort } : {}),
        });
        const withSession = (run: RunRecord): DecideInput => ({ ...input, history: { ...input.history, runs: [...input.history.runs, run] } });
        const shorter = decide(withSession(session(s.minutes, s.distanceKm)));
        const longerOne = decide(withSession(session(s.minutes + s.extraMinutes, s.distanceKm + s.extraKm)));
        expect(demand(longerOne)).toBeLessThanOrEqual(demand(shorter));
      }),
    );
  });

  it('after a long race, no day before its recovery-run window ends asks more than a walk, then a recovery run', () => {
    const race = fc.record({
      km: fc.double({ min: 21.0975, max: 100, noNaN: true }),
      day: fc.integer({ min: 1, max: 16 }),
    });
    holds(
      fc.property(decideInput, race, ({ today: t, checkIn, history }, { km, day }) => {
        const window = longRaceWindow(km);
        expect(window).not.toBeNull();
        if (!window || day > window.recoveryRunDays) return;
        // The day after, the runner's answer about yesterday (and a distance said with it) wins over the log:
        // here they answer nothing, or "a race" without naming another distance.
        const { yesterdayDistanceKm: _said, ...rest } = checkIn;
        const dayAfter = { ...rest, yesterday: checkIn.yesterday === 'race' ? ('race' as const) : ('unknown' as const) };
        const advice = decide({
          today: t,
          checkIn: day === 1 ? dayAfter : checkIn,
          history: { ...history, runs: [...history.runs, { date: addDays(t, -day), kind: 'race', distanceKm: km, minutes: km * 5 }] },
        });
        expect(demand(advice)).toBeLessThanOrEqual(ACTIVITY_DEMAND[day === 1 ? 'walk' : 'recovery-run']);
      }),
    );
  });

  it("after a long race, the following days' demand never rises before the recovery-run window ends", () => {
    const setting = today.chain((t) =>
      fc.record({
        today: fc.constant(t),
        legs: fc.constantFrom(...LEGS),
        wellbeing,
        newRunner: fc.option(fc.boolean(), { nil: undefined }),
        checkIns: fc.array(checkInRecord(t).map(({ yesterday: _y, yesterdayDistanceKm: _k, ...c }) => c), { maxLength: 28 }),
        km: fc.double({ min: 21.0975, max: 100, noNaN: true }),
      }),
    );
    holds(
      fc.property(setting, ({ today: t, legs, wellbeing: w, newRunner, checkIns, km }) => {
        const window = longRaceWindow(km);
        if (!window) throw new Error('a long race has a window');
        const demandOn = (day: number): number =>
          demand(
            decide({
              today: t,
              checkIn: { legs, yesterday: 'unknown', ...(w ? { wellbeing: w } : {}), ...(newRunner !== undefined ? { newRunner } : {}) },
              history: { runs: [{ date: addDays(t, -day), kind: 'race', distanceKm: km, minutes: km * 5 }], checkIns },
            }),
          );
        for (let day = 1; day < window.recoveryRunDays; day++) expect(demandOn(day)).toBeLessThanOrEqual(demandOn(day + 1));
      }),
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    holds(
      fc.property(decideInput, (input) => {
        const copy = structuredClone(input);
        const first = decide(input);
        expect(decide(copy)).toEqual(first);
        expect(input).toEqual(copy);
        // A second call on the same object gives the same answer (no hidden state between calls).
        expect(decide(input)).toEqual(first);
      }),
    );
  });

  it('never throws, even for malformed dates and numbers in a well-typed input', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -1, 1e308));
    const anyDate = fc.oneof(fc.string(), fc.constantFrom('2026-02-30', '0001-01-01', '9999-12-31', '2026-13-01', ''));
    const wild: fc.Arbitrary<DecideInput> = fc.record({
      today: anyDate,
      checkIn: fc.record(
        {
          legs: fc.constantFrom(...LEGS),
          yesterday: fc.constantFrom(...YESTERDAYS),
          yesterdayDistanceKm: anyNumber,
          wellbeing,
          newRunner: fc.boolean(),
        },
        { requiredKeys: ['legs', 'yesterday'] },
      ),
      history: fc.record({
        runs: fc.array(
          fc.record(
            { date: anyDate, kind: fc.constantFrom(...SESSION_KINDS), minutes: anyNumber, distanceKm: anyNumber, effort: anyNumber },
            { requiredKeys: ['date', 'kind'] },
          ),
          { maxLength: 20 },
        ),
        checkIns: fc.array(fc.record({ date: anyDate, legs: storedLegs }, { requiredKeys: ['date'] }), { maxLength: 20 }),
      }),
    });
    holds(
      fc.property(wild, (input) => {
        const advice = decide(input);
        expect(ACTIVITIES).toContain(advice.activity);
        expect(advice.reasons.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
