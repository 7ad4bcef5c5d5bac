/**
 * The held-out set (written independently, /work/holdout/holdout.jsonl, 191 rows), folded into the corpus after its
 * first-time figure was recorded: answer contexts 95-100%, openings 43.5% (simulator + layer). Rows are as written
 * but for the two whose expectation contradicted a choice the understanding layer documents (marked "Fixed"). The 14
 * rows the corpus already held with the same words, locale and expectation are left out (one of them, "pretty
 * average to be honest" as sleep, only once fixed): "pretty fresh actually", "nothing mate, rest day", "the Gold
 * Coast Marathon", "out like a light", "pretty average to be honest", "knackered" (feeling), "good as gold", "should
 * I go for a run today", "run or rest today", "what kind of run should I do today", "what have I done this week",
 * "give me my weekly summary", "I'm new to running", "delete my data". Rows still missed are listed, with why, in
 * known-misses.ts.
 */
import type { Phrasing } from '../phrasing.js';
import { row } from '../phrasing.js';


const legsUS = row('legs', 'en-US');
const legsGB = row('legs', 'en-GB');
const legsAU = row('legs', 'en-AU');
const yesterdayUS = row('yesterday', 'en-US');
const yesterdayGB = row('yesterday', 'en-GB');
const yesterdayAU = row('yesterday', 'en-AU');
const sleepUS = row('sleep', 'en-US');
const sleepGB = row('sleep', 'en-GB');
const sleepAU = row('sleep', 'en-AU');
const feelingUS = row('feeling', 'en-US');
const feelingGB = row('feeling', 'en-GB');
const feelingAU = row('feeling', 'en-AU');
const openingUS = row('opening', 'en-US');
const openingGB = row('opening', 'en-GB');
const openingAU = row('opening', 'en-AU');

export const HOLDOUT_PHRASINGS: Phrasing[] = [
  // legs
  legsUS('honestly they feel great, kind of springy', { legs: 'fresh' }),
  legsUS("um, they're okay I guess", { legs: 'okay' }),
  legsUS('not bad, nothing special', { legs: 'okay' }),
  legsUS('heavy. like really heavy', { legs: 'heavy' }),
  legsUS("they feel kinda dead, like I'm running through sand", { legs: 'heavy' }),
  legsUS('sore, walking down the stairs this morning was rough', { legs: 'sore' }),
  legsUS('a little achy from the workout but nothing bad', { legs: 'sore' }),
  legsUS('my left knee hurts when I go down stairs', { legs: 'painful', pain: true }),
  legsUS("I've got this sharp pain in my shin", { legs: 'painful', pain: true }),
  legsUS("um they're fine but I've had a fever since last night", { legs: 'okay', illBelowNeck: true }),
  legsUS('not sore at all, they feel brand new', { legs: 'fresh' }),
  legsUS('tired. my legs are just beat', { legs: 'heavy' }),
  legsUS('no pain, just kind of tired and heavy', { legs: 'heavy' }),
  legsUS("I'm limping a little, my right foot's been hurting since Tuesday", { legs: 'painful', pain: true }),
  legsUS('um, my calf is tight and it hurts to push off', { legs: 'painful', pain: true }),
  legsGB("they're alright thanks", { legs: 'okay' }),
  legsGB('absolutely knackered, like lead', { legs: 'heavy' }),
  legsGB("proper sore from Saturday's parkrun", { legs: 'sore' }),
  legsGB('achy, bit of DOMS from the hills session', { legs: 'sore' }),
  legsGB('fresh as a daisy', { legs: 'fresh' }),
  legsGB("my hamstring's been twinging, I had to stop and walk home yesterday", { legs: 'painful', pain: true }),
  legsGB("not great, my achilles is really tender and I'm hobbling a bit", { legs: 'painful', pain: true }),
  legsGB("legs are fine, it's more that I've got a chesty cough", { legs: 'okay', illBelowNeck: true }),
  legsGB('a bit heavy, nothing hurts though', { legs: 'heavy' }),
  legsGB('um, sort of okay, middling really', { legs: 'okay' }),
  legsGB('sore, but a good sore, just the muscles', { legs: 'sore' }),
  legsGB('they feel lovely and light today', { legs: 'fresh' }),
  legsGB("heavy, and I've got a bit of a runny nose as well", { legs: 'heavy', illAboveNeck: true }),
  legsGB('not painful, just a bit achy', { legs: 'sore' }),
  legsAU('yeah good, feeling fresh', { legs: 'fresh' }),
  legsAU("yeah nah, they're a bit heavy", { legs: 'heavy' }),
  legsAU('pretty sore after footy on the weekend', { legs: 'sore' }),
  legsAU("my knee's stuffed, I can't really bend it", { legs: 'painful', pain: true }),
  // Fixed: legs: okay -> heavy. The layer's documented choices (lambda/understand/legs.ts): the worst thing said wins, and 'crook' in a legs answer is tired legs (heavy). The fever is what decides the advice either way.
  legsAU("bit crook actually, legs are okay but I've got a temperature", { legs: 'heavy', illBelowNeck: true }),
  legsAU("she'll be right, they're fine", { legs: 'okay' }),
  legsAU("heavy as, honestly they're cooked", { legs: 'heavy' }),
  legsAU("hip's really hurting, I was limping round the house last night", { legs: 'painful', pain: true }),
  legsAU('no dramas, they feel fresh, not sore at all', { legs: 'fresh' }),
  legsAU("sore, and I've got a bit of a sore throat too", { legs: 'sore', illAboveNeck: true }),
  // yesterday
  yesterdayUS('nothing, it was a rest day', { yesterday: 'rest' }),
  yesterdayUS('um I took the day off, just chilled on the couch', { yesterday: 'rest' }),
  yesterdayUS('an easy run, like four miles', { yesterday: 'easy-run' }),
  yesterdayUS('I did a recovery run, super slow', { yesterday: 'recovery-run' }),
  yesterdayUS('my long run, fourteen miles', { yesterday: 'long-run' }),
  yesterdayUS('intervals at the track', { yesterday: 'workout' }),
  yesterdayUS('tempo run, it was tough', { yesterday: 'workout' }),
  yesterdayUS('hill repeats, like eight of them', { yesterday: 'workout' }),
  yesterdayUS('I ran a 10k race', { yesterday: 'race-10k' }),
  yesterdayUS('the marathon! I finally did it', { yesterday: 'race-marathon' }),
  yesterdayUS('spin class at the gym', { yesterday: 'cross-training' }),
  yesterdayUS('just walked the dog, like, a lot', { yesterday: 'walk' }),
  yesterdayUS('an easy three miles but my knee started hurting about halfway and I was limping by the end', { yesterday: 'easy-run', pain: true }),
  yesterdayUS('nothing, I was in bed with a fever', { yesterday: 'rest', illBelowNeck: true }),
  yesterdayGB('raced parkrun, went for a PB', { yesterday: 'race-5k' }),
  yesterdayGB('just an easy jog round the park', { yesterday: 'easy-run' }),
  yesterdayGB('rest day, put my feet up', { yesterday: 'rest' }),
  yesterdayGB('long run, about twenty kilometres', { yesterday: 'long-run' }),
  yesterdayGB('a 5k race', { yesterday: 'race-5k' }),
  yesterdayGB('the half marathon, the Great North Run', { yesterday: 'race-half-marathon' }),
  yesterdayGB('went for a swim', { yesterday: 'cross-training' }),
  yesterdayGB('a long walk in the Peak District', { yesterday: 'walk' }),
  yesterdayGB('speed session, 400s on the track', { yesterday: 'workout' }),
  yesterdayGB('nothing really, I was poorly with a stomach bug', { yesterday: 'rest', illBelowNeck: true }),
  yesterdayGB('um, a recovery run, very steady, like three k', { yesterday: 'recovery-run' }),
  yesterdayGB('fartlek session with the club', { yesterday: 'workout' }),
  yesterdayGB('went cycling, about forty miles on the bike', { yesterday: 'cross-training' }),
  yesterdayAU('footy training in the arvo', { yesterday: 'cross-training' }),
  yesterdayAU('a bushwalk with the kids', { yesterday: 'walk' }),
  yesterdayAU("easy run, eight k's", { yesterday: 'easy-run' }),
  yesterdayAU('my long run, thirty k', { yesterday: 'long-run' }),
  yesterdayAU('ran the City2Surf, you know, the fun run', { yesterday: 'race' }),
  yesterdayAU('a trail race out in the Blue Mountains', { yesterday: 'race' }),
  yesterdayAU('a recovery jog but my shin was really sore and I had to stop', { yesterday: 'recovery-run', pain: true }),
  yesterdayAU('yeah nah, did nothing, felt a bit crook with a runny nose', { yesterday: 'rest', illAboveNeck: true }),
  yesterdayAU('gym, leg day', { yesterday: 'cross-training' }),
  yesterdayAU("walked to work and back, that's about it", { yesterday: 'walk' }),
  // sleep
  sleepUS('like a log', { sleep: 'good' }),
  sleepUS('honestly terrible', { sleep: 'bad' }),
  sleepUS('pretty good, eight hours', { sleep: 'good' }),
  sleepUS('not great, I kept waking up', { sleep: 'bad' }),
  sleepUS('barely slept, maybe four hours', { sleep: 'bad' }),
  sleepUS('badly, I was coughing all night', { sleep: 'bad', illBelowNeck: true }),
  sleepGB('like a baby', { sleep: 'good' }),
  sleepGB('rubbish, the baby was up half the night', { sleep: 'bad' }),
  sleepGB('not bad at all actually', { sleep: 'good' }),
  sleepGB('dreadful, I tossed and turned', { sleep: 'bad' }),
  sleepGB('badly, my blocked nose kept me up', { sleep: 'bad', illAboveNeck: true }),
  sleepGB('really well thanks', { sleep: 'good' }),
  sleepAU('yeah good, slept right through', { sleep: 'good' }),
  sleepAU('heaps good, nine hours', { sleep: 'good' }),
  sleepAU('shocking, hardly got any', { sleep: 'bad' }),
  sleepAU('not great, woke up sweating with a temperature', { sleep: 'bad', illBelowNeck: true }),
  sleepAU("alright, didn't wake up once", { sleep: 'good' }),
  sleepAU('not well, my hip was aching and kept waking me', { sleep: 'bad', pain: true }),
  // feeling
  feelingUS('good, thanks', { feeling: 'fine' }),
  feelingUS('honestly pretty beat', { feeling: 'run-down' }),
  feelingUS('kinda run down', { feeling: 'run-down' }),
  feelingUS("I've got a head cold", { feeling: 'ill-above-neck', illAboveNeck: true }),
  feelingUS("I think I'm coming down with the flu", { feeling: 'ill-below-neck', illBelowNeck: true }),
  feelingUS('gassed, no energy at all', { feeling: 'run-down' }),
  feelingUS('pretty good, not sick or anything', { feeling: 'fine' }),
  feelingUS('bushed, totally bushed', { feeling: 'run-down' }),
  feelingUS('stuffy nose and a sore throat, but otherwise okay', { feeling: 'ill-above-neck', illAboveNeck: true }),
  feelingGB('absolutely shattered', { feeling: 'run-down' }),
  feelingGB('fine, ta', { feeling: 'fine' }),
  feelingGB('bit of a cold, bit sniffly', { feeling: 'ill-above-neck', illAboveNeck: true }),
  feelingGB('chesty cough, been feeling rough', { feeling: 'ill-below-neck', illBelowNeck: true }),
  feelingGB("poorly, I've got a temperature", { feeling: 'ill-below-neck', illBelowNeck: true }),
  feelingGB('yeah alright, no cold or anything', { feeling: 'fine' }),
  feelingGB("a bit rough, my stomach's not right", { feeling: 'ill-below-neck', illBelowNeck: true }),
  feelingAU('stuffed, mate', { feeling: 'run-down' }),
  feelingAU("crook, I've got a fever", { feeling: 'ill-below-neck', illBelowNeck: true }),
  feelingAU('bit flat, no energy', { feeling: 'run-down' }),
  feelingAU('runny nose, bit of a sniffle', { feeling: 'ill-above-neck', illAboveNeck: true }),
  feelingAU('yeah not too bad', { feeling: 'fine' }),
  feelingAU("aching all over, I reckon it's a bug", { feeling: 'ill-below-neck', illBelowNeck: true }),
  feelingAU('exhausted, no temperature though', { feeling: 'run-down' }),
  // opening
  openingGB('should I run today', { intent: 'ShouldIRun' }),
  openingAU('do you reckon I should go for a run this arvo', { intent: 'ShouldIRun' }),
  openingUS('is it okay to run today', { intent: 'ShouldIRun' }),
  openingGB("can I run today, I've got a temperature", { intent: 'ShouldIRun', illBelowNeck: true }),
  openingAU('should I run with a head cold', { intent: 'ShouldIRun', illAboveNeck: true }),
  openingUS('my knee really hurts, should I still go running', { intent: 'ShouldIRun', pain: true }),
  openingAU('should I do my long run today or have a rest', { intent: 'ShouldIRun' }),
  openingUS('should I take a rest day', { intent: 'ShouldIRun' }),
  openingAU("I've got a chesty cough, is it safe to go for a run", { intent: 'ShouldIRun', illBelowNeck: true }),
  openingGB('um, am I alright to go for a run this morning', { intent: 'ShouldIRun' }),
  openingUS('check in', { intent: 'CheckIn' }),
  openingGB('do my check in', { intent: 'CheckIn' }),
  openingAU("let's do the daily check in", { intent: 'CheckIn' }),
  openingUS('start my check-in', { intent: 'CheckIn' }),
  openingGB('I want to check in', { intent: 'CheckIn' }),
  openingGB('log a run, five k, thirty minutes, easy', { intent: 'LogRun', distance: 5, unit: 'km', minutes: 30, effort: 'easy' }),
  openingUS('log three miles in thirty two minutes', { intent: 'LogRun', distance: 3, unit: 'mile', minutes: 32 }),
  openingAU('I ran ten kilometres in fifty five minutes and it was hard', { intent: 'LogRun', distance: 10, unit: 'km', minutes: 55, effort: 'hard' }),
  openingGB('log a run, it was hard, ten k, fifty minutes', { intent: 'LogRun', effort: 'hard', distance: 10, unit: 'km', minutes: 50 }),
  openingUS('forty minutes easy, log it', { intent: 'LogRun', minutes: 40, effort: 'easy' }),
  openingUS('record my run, six miles, an hour, moderate effort', { intent: 'LogRun', distance: 6, unit: 'mile', minutes: 60, effort: 'moderate' }),
  openingAU("log an easy run of eight k's", { intent: 'LogRun', kind: 'easy-run', distance: 8, unit: 'km' }),
  openingUS('log my long run, twenty miles, three hours', { intent: 'LogRun', kind: 'long-run', distance: 20, unit: 'mile', minutes: 180 }),
  openingGB('add a run, an hour and a quarter, very hard, twelve kilometres', { intent: 'LogRun', minutes: 75, effort: 'very-hard', distance: 12, unit: 'km' }),
  openingGB('log parkrun, twenty six minutes, all out', { intent: 'LogRun', minutes: 26, effort: 'max' }),
  openingAU('log a recovery run, half an hour, really easy', { intent: 'LogRun', kind: 'recovery-run', minutes: 30, effort: 'easy' }),
  openingUS('log a two mile walk', { intent: 'LogRun', kind: 'walk', distance: 2, unit: 'mile' }),
  openingAU('log intervals, forty five minutes, max effort', { intent: 'LogRun', kind: 'workout', minutes: 45, effort: 'max' }),
  openingAU('log a run, um, seven k, it was kind of moderate, about forty minutes', { intent: 'LogRun', distance: 7, unit: 'km', effort: 'moderate', minutes: 40 }),
  openingGB('log a half marathon, one hour fifty', { intent: 'LogRun', kind: 'race-half-marathon', minutes: 110 }),
  openingUS('log 5 miles easy', { intent: 'LogRun', distance: 5, unit: 'mile', effort: 'easy' }),
  openingAU('log a 10k race, forty eight minutes', { intent: 'LogRun', kind: 'race-10k', distance: 10, unit: 'km', minutes: 48 }),
  openingUS("how's my week looking", { intent: 'Week' }),
  openingAU("how many k's have I run this week", { intent: 'Week' }),
  openingUS('what is a recovery run', { intent: 'Learn', topic: 'recovery-run' }),
  openingAU("what's a recovery run exactly", { intent: 'Learn', topic: 'recovery-run' }),
  openingGB('how should a recovery run feel', { intent: 'Learn', topic: 'feel' }),
  openingUS('how easy should a recovery run feel', { intent: 'Learn', topic: 'feel' }),
  openingUS("what's the difference between an easy run and a recovery run", { intent: 'Learn', topic: 'difference' }),
  openingAU('is a recovery run different from an easy run', { intent: 'Learn', topic: 'difference' }),
  openingGB('when is it better to walk or rest instead of a recovery run', { intent: 'Learn', topic: 'walk-or-rest' }),
  openingAU("what's the talk test", { intent: 'Learn', topic: 'talk-test' }),
  openingUS('tell me about the talk test', { intent: 'Learn', topic: 'talk-test' }),
  openingUS('what should I wear for my run', { intent: 'Wear' }),
  openingGB('what should I wear running today', { intent: 'Wear' }),
  openingAU('um, what should I wear for a run this morning', { intent: 'Wear' }),
  openingGB("I've only just started running", { intent: 'Experience', experience: 'new' }),
  openingAU("I'm a total beginner", { intent: 'Experience', experience: 'new' }),
  openingAU("um, I'm pretty new to all this, only started a couple of months ago", { intent: 'Experience', experience: 'new' }),
  openingUS("I've been running for about ten years", { intent: 'Experience', experience: 'experienced' }),
  openingGB("I'm an experienced runner, I've done a few marathons", { intent: 'Experience', experience: 'experienced' }),
  openingGB('forget everything you know about me', { intent: 'DeleteData' }),
  openingAU('delete all my information', { intent: 'DeleteData' }),
  openingGB('clear my history and start again', { intent: 'DeleteData' }),
  // legs
  legsGB("honestly, um, they're a bit sore, I did loads of squats at the gym and now the stairs are a nightmare", { legs: 'sore' }),
  // yesterday
  yesterdayUS('so I was gonna do my long run but it was raining so I just did like an hour on the bike trainer', { yesterday: 'cross-training' }),
  yesterdayGB('an easy run with the club, started fine but then my calf went and I had to hobble back', { yesterday: 'easy-run', pain: true }),
  // sleep
  sleepGB("erm, not brilliant, I woke up at three and couldn't get back off", { sleep: 'bad' }),
  // feeling
  feelingAU("yeah look, honestly I'm just wrecked, work's been flat out and I've got nothing left", { feeling: 'run-down' }),
  // opening
  openingUS('so um I went out this morning and did about four miles, took me like forty minutes, felt pretty easy, can you log that', { intent: 'LogRun', distance: 4, unit: 'mile', minutes: 40, effort: 'easy' }),
];

