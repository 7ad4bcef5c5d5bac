/**
 * The layer's reading of words said alongside a request, and of a session told in free words. Pure: the
 * expected values are what the runner said, not what the code computes.
 */
import { describe, expect, it } from 'vitest';
import { understandLogWords, understandVolunteered } from '../../lambda/understand/index.js';

describe('words volunteered with a request', () => {
  it('takes the legs, yesterday and how the runner is when the words say them', () => {
    expect(understandVolunteered("raced parkrun yesterday and I'm a bit achy")).toMatchObject({ legs: 'sore', yesterday: 'race-5k' });
    expect(understandVolunteered('legs feel pretty fresh actually')).toMatchObject({ legs: 'fresh' });
    expect(understandVolunteered('I slept like garbage').sleep).toBe('bad');
    expect(understandVolunteered('struggling with a chesty cough')).toMatchObject({ feeling: 'ill-below-neck', safety: { illBelowNeck: true } });
  });

  it('needs a cue before a good reading counts: an opener is not the legs, a race ahead is not yesterday', () => {
    expect(understandVolunteered('hey quick one').legs).toBeUndefined();
    expect(understandVolunteered("I've got a 10k race on Sunday").yesterday).toBeUndefined();
    expect(understandVolunteered('or give it a miss do you reckon')).toEqual({ safety: { pain: false, illBelowNeck: false, illAboveNeck: false } });
  });

  it('hears pain anywhere, and makes the legs painful', () => {
    expect(understandVolunteered('my shin is really painful every time I land')).toMatchObject({ legs: 'painful', safety: { pain: true } });
  });
});

describe('a session told in free words', () => {
  it('reads the kind, the distance as said, the minutes and the effort', () => {
    expect(understandLogWords('mate 28 k in two and a half hours')).toMatchObject({ distance: { value: 28, unit: 'km' }, minutes: 150 });
    expect(understandLogWords('it was 9 miles and kinda hard')).toMatchObject({ distance: { value: 9, unit: 'mile' }, effort: 'hard' });
    expect(understandLogWords('a tempo run for me twelve k moderate effort')).toMatchObject({ kind: 'workout', distance: { value: 12, unit: 'km' }, effort: 'moderate' });
    expect(understandLogWords('a 10k race gave it absolutely everything')).toMatchObject({ kind: 'race-10k', effort: 'max' });
  });

  it('leaves out what was not said', () => {
    expect(understandLogWords('nothing to report')).toEqual({ safety: { pain: false, illBelowNeck: false, illAboveNeck: false } });
  });
});
