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
  // From the December held-out set.
  {
    text: 'should I just go for a walk or rest instead',
    why: "it matches the swap ('go for a walk instead'), which a runner who has no advice yet also gets answered; the writer meant the lesson on walking or resting",
  },
  // From the fourth held-out set (openings, December evening).
  // From the free-word held-out sets F2 and G (3 December; tests/understanding/corpus/holdout-free-words.ts).
  { text: "so i ran a half marathon yesterday, do i run today or what", why: "the sample 'I ran a {distance} {unit} run today' takes it as a log ('half' as 0.5, 'marathon yesterday do i' as the unit): the question's own words become the sample's literals, so no question is left to hear" },
  { text: "knocked out a quick 7 k, moderate i'd say", why: "'quick' is read as a hard effort before 'moderate'; the writer meant moderate" },
  { text: "morning, i'd like to do my check-in, slept really well", why: "a greeting before 'I'd like to' is not dropped by the simulator, and no sample starts with it" },
  { text: "complete beginner here, just doing couch to 5k", why: "no experience sample has words after 'beginner'" },
  { text: "a bit tired but they're alright", why: "the worst reading of the legs wins (tired is heavy), the cautious side; the writer meant okay" },
  { text: "achy all over, especially the hamstrings", why: "'achy all over' is a flu sign, heard as illness below the neck (the safe side); the writer meant sore legs" },
  { text: "can I get a run in today? feel fine, legs a bit tired but fine", why: "the worst reading wins: 'a bit tired' is heavy legs and run down; the writer meant okay and fine" },
  { text: "track workout done, six by eight hundred, it was really hard", why: "'really hard' is read as very hard; the writer meant hard" },
  { text: "why bother doing recovery runs at all", why: "it matches the lesson with no topic placed ('bother doing'), so the general explanation is given" },
  { text: "just so you know, i only started jogging a couple of months ago", why: "no experience sample has an opener before it, and 'started jogging' is not a carrier" },
  { text: "bit tired but yeah alright", why: "the worst reading of the legs wins (tired is heavy), the cautious side; the writer meant okay" },
  { text: "a bit tired but fine", why: "the worst reading of the legs wins (tired is heavy), the cautious side; the writer meant okay" },
  // From the held-out sets H, J and I (3 December, second session; tests/understanding/corpus/holdout-december-3-sets.ts).
  { text: "should i run, i went to the gym yesterday and did legs, my quads are in bits", why: "'in bits' is read as heavy legs (as the corpus's \"I'm in bits\"); the writer meant sore" },
  { text: "just finished a threshold run, 45 minutes, felt hard but controlled", why: "the sample '{kind} but {effortWord}' leaves 'controlled' alone in the effort, read as moderate" },
  { text: "quick one, 5k, 26 minutes, easy", why: "an opener ('quick one') before a bare list of the run: no log sample starts with words no slot takes" },
  { text: "check-in time, I think I'm coming down with something", why: "'coming down with something' is heard as illness below the neck when no symptom says where (the safe side); the writer flagged none" },
  { text: "no bugs, feeling fine, but my ankle's stuffed and I'm limping", why: "'stuffed' is also read as how the runner is (run down); the ankle pain is heard and the coach rests the runner" },
  { text: "quick one, should i run this evening, i've been up with a poorly toddler and got about three hours", why: "'got about three hours' names no sleep, so the short night is not taken (the toddler's illness is rightly not the runner's)" },
  { text: "achy all over from the cross country on saturday", why: "'achy all over' is a flu sign, heard as illness below the neck (the safe side); the writer meant sore legs" },
  { text: "nothing, i was crook", why: "'crook' is Australian for ill, heard below the neck (the safe side); the writer flagged no illness" },
  // From set K (3 December, second session).
  { text: "is today a rest day or can i squeeze in a jog, had a swim yesterday and my legs are alright", why: "the jog being asked about is read as yesterday's session too (running outranks the swim); nothing marks it as a plan" },
  { text: "should i train today, did 30 miles on the fells yesterday for my ultra and my legs are absolutely dead", why: "a run of 48 km is read as marathon-length or more, which the coach rests like a long race (the safe side); the writer meant a long run" },
  { text: "sore, my quads are killing me from the race", why: "'killing me' next to a muscle is heard as pain (the safe side); the writer meant sore legs" },
  { text: "a little bit achy all over, nothing major", why: "'achy all over' is a flu sign, heard as illness below the neck (the safe side); the writer meant sore legs" },
  { text: "they feel normal, not fresh, not tired", why: "'not fresh' is read as heavy, and the worst reading wins (the cautious side); the writer meant okay" },
  // From set L (3 December, second session).
  { text: "log my long run, 16 miles, two hours twenty, it was hard work", why: "'two hours twenty' (hours then bare minutes) is not an AMAZON.DURATION the simulator reads" },
  // From set M (3 December, second session).
  { text: "ran london yesterday, should i do anything today or just sit on the sofa", why: "'ran {said}' keeps 'london yesterday ...' without the 'ran' that makes London the marathon" },
  { text: "morning! run my check-in please, didn't sleep great", why: "a greeting before the request: no sample starts with it" },
  // From set N (3 December, second session).
  { text: "worked a double at the hospital, had bugger all sleep and my legs are dead, run or not", why: "'run or not' is read as yesterday's run (no asker marks it as the question), and 'dead' as sore" },
  { text: "jogged into the office, 5 and a half k, 30 minutes, easy peasy", why: "no log sample starts with 'jogged into the office'" },
  { text: "achy all over from the gym", why: "'achy all over' is a flu sign, heard as illness below the neck (the safe side); the writer meant sore legs" },
  // From set O (3 December, evening).
  { text: "oh my god i just finished my first marathon! 4 hours 12 minutes and i gave it everything", why: "no log sample starts with an exclamation ('oh my god'); the simulator matches only what is written" },
  { text: "how slow is a recovery run supposed to be, like seriously", why: "the trailing 'like seriously' leaves no Learn sample that fits; Learn has no free-words slot for an aside after the question" },
  // From sets P and Q (3 December, evening).
  { text: "my kids had me up all night with the stomach flu, they have it, not me, so should I still run", why: "the cautious side: 'they have it, not me' is not read as setting the illness aside, because a fever said after it must still count" },
  { text: "I ran 12 miles, no hang on, 13, for my long run, about an hour fifty", why: "a self-correction ('no hang on, 13') is not read; the first number said is kept" },
  { text: "easy 4 miles, well, more of a shuffle really", why: "'a shuffle' is read as a recovery run, the runner's own correction toward slower; the writer meant an easy run" },
  // From set S (3 December, evening).
  { text: "the head cold's moved onto my chest, I'm coughing up gunk", why: "the cautious side: the head cold is still heard above the neck as well as the chest below it (the writer set only below)" },
  // From set T.
  { text: "sore all over, the hills did me in", why: "the cautious side: 'sore all over' without the legs named is heard as a flu sign (illness below the neck), as 'achy all over' is" },
  // From set V.
  { text: "hey, i just finished uh 7 miles, wait no, seven and a half, in about an hour, felt very hard", why: "a self-correction ('wait no, seven and a half') is not read; the first number said is kept" },
  // From set U.
  { text: "achy all over, but nothing sharp", why: "the cautious side: 'achy all over' is heard as a flu sign (illness below the neck), whatever follows" },
  { text: "had a bit of a sore throat on the weekend but it's all cleared up now", why: "the cautious side: an illness said as over ('all cleared up now') is still heard" },
  // From set W.
  { text: "I just got back from my long run, 10.5 miles, took me an hour forty", why: "'an hour forty' (hours then bare minutes) in the sample's {duration} gives '?', and its words are lost, as on a device" },
  // From set X.
  { text: "took me an hour and five but i ran 10 k this morning", why: "'an hour and five' (hours then bare minutes) in {duration} gives '?', and its words are lost, as on a device" },
  // From set Y (3 December, night; tests/understanding/corpus/holdout-december-3-night.ts).
  { text: "morning check-in please, I'm feeling kinda sick, sore throat", why: "'feeling sick' is heard as sickness below the neck (the safe side: it may be nausea); the writer meant the sore throat" },
  // From set AA.
  { text: 'rest day?', why: "'rest day' alone is an answer to \"what did you do yesterday?\", so no request sample may be only those words; the question mark is not heard" },
  // From set AB.
  { text: 'right, 45 minutes, steady, about 8k', why: "a filler ('right') before a log with no head: the log's last-resort samples start with the numbers, and a sample may not be its slots alone" },
  { text: 'oh my god okay, just got in, 6 k, gave it everything, absolutely spent', why: "an exclamation before the log's head ('just got in'): no sample starts with it" },
  // From set AC.
  { text: 'just a gentle plod, 5k easy', why: "'plod' is a recovery run's word and the more specific kind wins; the writer meant an easy run ('5k easy')" },
  { text: 'just walked, it was a walking day on my run walk plan', why: "'run walk' is read as a run-walk session (a recovery run); the writer meant the walk" },
  { text: 'did fell reps yesterday and my quads are in bits, run or rest', why: "'in bits' is read as tired legs (heavy); the writer meant sore" },
  { text: 'run?', why: "'run' alone is an answer to other questions, so no request sample may be that word alone; the question mark is not heard" },
  { text: 'an hour and ten on the fells, tough going', why: "'an hour and ten' (hours then bare minutes) in {duration} gives '?', and its words are lost, as on a device" },
  { text: 'put down a long run please, 15 miles, legs are shattered now', why: "a log carries no legs but painful ones (pain is the one the coach must hear); the row expects heavy legs" },
  { text: 'legs are cooked and I slept like rubbish, rest day?', why: "no sample may end on 'rest day' after free words: 'nothing, rest day' answers what was done yesterday; the question mark is not heard" },
  // From set AD.
  { text: 'an easy 4 miles with my dog', why: "'my dog' is read as walking the dog; the writer meant an easy run with the dog" },
  { text: "check in, I'm feeling kinda sick, sore throat", why: "'feeling sick' is heard as sickness below the neck (the safe side: it may be nausea); the writer meant the sore throat" },
  { text: 'sore all over honestly, like full body DOMS from leg day', why: "'sore all over' is a flu sign, heard as illness below the neck even with the training named beside it: the safety property (illness said anywhere is heard) allows no exception; the writer meant sore legs" },
  // From set AE.
  { text: "got a bit of a cough but it's just a tickle in the throat", why: "a cough is heard below the neck (the safe side) even when the runner puts it down to the throat" },
  { text: 'long run done, 18 miles, three hours, legs are dead', why: "a log carries no legs but painful ones (pain is the one the coach must hear); the row expects heavy legs" },
  // From set AF.
  { text: 'long run, wait no that was sunday, yesterday I just rested', why: "a self-correction: the session said first is kept (the most demanding wins), not the one corrected to" },
  { text: 'I slept fine but I woke up and my heel is killing me, I can barely walk on it', why: "pain said in the sleep answer makes it a bad night (the safe side); the writer meant a good night and the pain" },
  { text: "woke up every hour coughing and sneezing, I'm full of cold", why: "coughing is heard below the neck (the safe side) even beside a cold" },
  { text: 'I ran three miles, actually three point five, super easy, it was my recovery run', why: "a self-correction: Alexa's number is the first one said" },
  { text: 'log a run, er, eight k, no, nine, in fifty minutes, but my hip started hurting and I had to walk the last bit', why: "a self-correction: Alexa's number is the first one said (the pain is heard)" },
  // From set AG.
  { text: "8 k's, easy, 48 minutes, but me knee started hurting and i had to limp home the last bit", why: "caught by a last-resort sample whose 'easy' is its own literal, so the effort is not kept (the pain is heard and spoken first; the log is read back without how it felt)" },
  { text: 'went to the gym yesterday evening for leg day and today my quads are killing me, just doms i think, should i run', why: "'killing me' beside a muscle is pain even with DOMS named: the safety property (pain said anywhere is heard) allows no exception; the writer meant sore legs" },
];
