/**
 * Corpus rows known to be missed first time, and why. They stay in the corpus and in the figures of
 * `npm run understanding`; the tests expect them to be missed, so the day one is understood the test says so and
 * the row joins the rows that must pass. Answers are judged by the understanding layer alone
 * (tests/understanding/corpus.test.ts), openings through the whole path (tests/understanding/openings.test.ts).
 */
export interface KnownMiss {
  text: string;
  why: string;
}

export const KNOWN_MISSES: readonly KnownMiss[] = [
  // Answers (from the held-out set; lambda/understand was outside the openings work that folded them in).
  {
    text: 'so I was gonna do my long run but it was raining so I just did like an hour on the bike trainer',
    why: "a dropped plan ('was gonna do my long run') counts as dropped only when at most three words follow it, and 'gonna' is not read as 'going to'",
  },
  // Openings.
  { text: "I'm knackered, should I run", why: "'I'm knackered' is read as how the runner is (feeling run-down), not as the legs" },
  { text: "I'm shattered, do I need a day off", why: "'I'm shattered' is read as how the runner is (feeling run-down), not as the legs" },
  {
    text: 'add a run, an hour and a quarter, very hard, twelve kilometres',
    why: "the simulator's AMAZON.DURATION does not read 'an hour and a quarter' (Amazon documents no such phrase); 'an hour' fills the duration and the rest goes to the effort",
  },
  {
    text: 'log a run, um, seven k, it was kind of moderate, about forty minutes',
    why: "an 'um' inside the sentence is kept (the simulator drops fillers only at the start), and 'about forty minutes' is not a duration",
  },
  { text: 'log a half marathon, one hour fifty', why: "'one hour fifty' (hours then bare minutes) is not an AMAZON.DURATION the simulator reads" },
  // From the December held-out set.
  {
    text: "log twelve k's, an hour and ten, easy",
    why: "'an hour and ten' (hours then bare minutes) is not an AMAZON.DURATION the simulator reads; 'an hour' fills the duration",
  },
  {
    text: 'should I just go for a walk or rest instead',
    why: "it matches the swap ('go for a walk instead'), which a runner who has no advice yet also gets answered; the writer meant the lesson on walking or resting",
  },
  { text: 'what do I wear for a recovery run, shorts or tights', why: 'the question is followed by a choice of clothes, which no sample has' },
  // From the fourth held-out set (openings, December evening).
  { text: 'log my run I did eight k and it felt pretty hard', why: "a request ('log my run') followed by a whole sentence: no sample has the shape, and 'log my run' reads as a run" },
];
