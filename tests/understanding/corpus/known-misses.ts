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
  // From the December held-out set.
  {
    text: "log twelve k's, an hour and ten, easy",
    why: "'an hour and ten' (hours then bare minutes) is not an AMAZON.DURATION the simulator reads; 'an hour' fills the duration",
  },
  {
    text: 'should I just go for a walk or rest instead',
    why: "it matches the swap ('go for a walk instead'), which a runner who has no advice yet also gets answered; the writer meant the lesson on walking or resting",
  },
  // From the fourth held-out set (openings, December evening).
  { text: 'log my run I did eight k and it felt pretty hard', why: "a request ('log my run') followed by a whole sentence: no sample has the shape, and 'log my run' reads as a run" },
  // From the free-word held-out sets F2 and G (3 December; tests/understanding/corpus/holdout-free-words.ts).
  { text: "so i ran a half marathon yesterday, do i run today or what", why: "the simulator's AMAZON.NUMBER takes 'half' as 0.5, so 'ran a half' fills a log's distance and the log wins over the question at the end" },
  { text: "i feel great, legs are springy, nothing wrong with me, can i go out today", why: "'nothing wrong' is read as okay, and the worst reading of the legs wins; the writer meant fresh" },
  { text: "ran a half marathon race this morning in an hour forty five", why: "'half' is taken as the number 0.5, leaving 'marathon race' as the kind" },
  { text: "so i did a fartlek thing, like 35 minutes or so", why: "'35 minutes or so' fills AMAZON.DURATION as '?', so the minutes in the words are not read" },
  { text: "had a bike ride for an hour and a half, pretty cruisy, pretty easy", why: "no log sample starts with 'had': 'had a bad night' would be taken for a session" },
  { text: "knocked out a quick 7 k, moderate i'd say", why: "'quick' is read as a hard effort before 'moderate'; the writer meant moderate" },
  { text: "track session done, six by eight hundred, hard work that", why: "'track session done' fills the kind as 'track session done six by eight hundred', which the layer does not place" },
  { text: "morning, i'd like to do my check-in, slept really well", why: "a greeting before 'I'd like to' is not dropped by the simulator, and no sample starts with it" },
  { text: "cushioned shoes or racing flats for a recovery run", why: "it matches the lesson on what to wear (Learn, topic wear), which speaks the same shoe picks as WearIntent" },
  { text: "only started running a couple of months ago", why: "the experience slot keeps only the words after a carrier, and no sample carries 'only started running'" },
  { text: "complete beginner here, just doing couch to 5k", why: "no experience sample has words after 'beginner'" },
  { text: "a bit tired but they're alright", why: "the worst reading of the legs wins (tired is heavy), the cautious side; the writer meant okay" },
  { text: "achy all over, especially the hamstrings", why: "'achy all over' is a flu sign, heard as illness below the neck (the safe side); the writer meant sore legs" },
  { text: "so do you think I'm good to run today, I did a spin class yesterday", why: "'I did a spin class' matches a log with more literal words than the question's free-word sample" },
  { text: "run or no run today", why: "it matches a log ('{duration} run today', the duration heard as '?') before any advice sample" },
  { text: "can I get a run in today? feel fine, legs a bit tired but fine", why: "the worst reading wins: 'a bit tired' is heavy legs and run down; the writer meant okay and fine" },
  { text: "I raced a half marathon today, finished in an hour fifty", why: "no log sample starts with 'I raced', and 'an hour fifty' is not an AMAZON.DURATION the simulator reads" },
  { text: "track workout done, six by eight hundred, it was really hard", why: "'really hard' is read as very hard; the writer meant hard" },
  { text: "log my run, an hour and a half on the trails, moderate effort", why: "the simulator's AMAZON.DURATION reads 'an hour' and leaves 'and a half on the trails' to the kind" },
  { text: "add a run please, three miles, half an hour, very easy", why: "'please' inside the sentence is kept, so no list sample fits and the distance is lost" },
  { text: "did a fartlek session, forty five minutes, fairly hard going", why: "'fairly hard' is read as moderate; the writer meant hard" },
  { text: "I ran a 10k race this morning, went all out, 48 minutes", why: "the kind slot takes 'race this morning went all out', which the layer does not place as a race" },
  { text: "i did a threshold session this morning, 50 minutes all up, very hard", why: "'50 minutes all up' fills AMAZON.DURATION as '?', so the minutes are not read" },
  { text: "should I wear my racing flats or cushioned trainers for a recovery run", why: "it matches the lesson on what to wear (Learn, topic wear), which speaks the same shoe picks as WearIntent" },
  { text: "what's the best gear for a slow recovery run", why: "it matches the lesson on what to wear (Learn, topic wear), which speaks the same shoe picks as WearIntent" },
  { text: "why bother doing recovery runs at all", why: "it matches the lesson with no topic placed ('bother doing'), so the general explanation is given" },
  { text: "just so you know, i only started jogging a couple of months ago", why: "no experience sample has an opener before it, and 'started jogging' is not a carrier" },
  { text: "bit tired but yeah alright", why: "the worst reading of the legs wins (tired is heavy), the cautious side; the writer meant okay" },
  { text: "a bit tired but fine", why: "the worst reading of the legs wins (tired is heavy), the cautious side; the writer meant okay" },
];
