/**
 * Answers that sound like pain or illness and are not: weather, effort, kit, vaccinations. A false alarm sends a
 * healthy runner to rest, so these are part of the corpus too.
 */
import type { Phrasing } from '../phrasing.js';
import { row } from '../phrasing.js';


export const FALSE_ALARM_PHRASINGS: Phrasing[] = [
  row('yesterday', 'en-GB')('a cold, wet run in the dark', { yesterday: 'easy-run' }),
  row('yesterday', 'en-US')('a long run in the cold', { yesterday: 'long-run' }),
  row('yesterday', 'en-AU')('an easy run, the hills were killing me', { yesterday: 'easy-run' }),
  row('yesterday', 'en-GB')('parkrun, I was freezing at the start', { yesterday: 'race-5k' }),
  row('yesterday', 'en-US')('intervals, it hurt but in a good way', { yesterday: 'workout' }),
  row('yesterday', 'en-AU')('a tempo run, my lungs were burning', { yesterday: 'workout' }),
  row('yesterday', 'en-US')('a long run with my new chest strap', { yesterday: 'long-run' }),
  row('yesterday', 'en-GB')('a race, I got a stitch halfway', { yesterday: 'race' }),
  row('yesterday', 'en-AU')('a 10k race, the temperature was brutal', { yesterday: 'race-10k' }),
  row('yesterday', 'en-GB')('swimming, the water was cold', { yesterday: 'cross-training' }),
  row('yesterday', 'en-US')('I got my flu shot so I rested', { yesterday: 'rest' }),
  row('yesterday', 'en-AU')('a run in the heat, I was sweating buckets', { yesterday: 'easy-run' }),
  row('legs', 'en-US')("fine, I'm just sick of the treadmill", { legs: 'okay' }),
  row('legs', 'en-GB')('good, I had an ice bath and a cold shower', { legs: 'okay' }),
  row('legs', 'en-AU')('heavy, that session really hurt', { legs: 'heavy' }),
  row('legs', 'en-GB')('sore, but a good sore', { legs: 'sore' }),
  row('legs', 'en-US')('no injuries, just tired', { legs: 'heavy' }),
  row('legs', 'en-AU')('no niggles at all, feeling great', { legs: 'fresh' }),
  row('sleep', 'en-GB')('well, even though it was cold', { sleep: 'good' }),
  row('sleep', 'en-US')('badly, I was too cold', { sleep: 'bad' }),
  row('sleep', 'en-AU')('fine, despite the heat', { sleep: 'good' }),
  row('feeling', 'en-GB')("fine, it's just cold out", { feeling: 'fine' }),
  row('feeling', 'en-US')('good, just had my flu shot', { feeling: 'fine' }),
  row('feeling', 'en-AU')('great, sick of the rain though', { feeling: 'fine' }),
  row('feeling', 'en-GB')('happy, no sniffles this time', { feeling: 'fine' }),
  row('feeling', 'en-US')('healthy, the cough has gone', { feeling: 'fine' }),
  row('feeling', 'en-AU')('a bit tired but no cold', { feeling: 'run-down' }),
];
