/**
 * The layer's reading of words said alongside a request, and of a session told in free words. Pure: the
 * expected values are what the runner said, not what the code computes.
 */
import { describe, expect, it } from 'vitest';
import { asksForAdvice, minutesAfterHours, readAnswer, roomAsked, speaksOfToday, understandLogWords, understandVolunteered } from '../../lambda/understand/index.js';

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

describe('a session told in free words, timed with "took"', () => {
  it('takes a bare number after "took" as the minutes, never a distance', () => {
    expect(understandLogWords('mate easy 6 k took about 35')).toMatchObject({ kind: 'easy-run', distance: { value: 6, unit: 'km' }, minutes: 35 });
    expect(understandLogWords('took 5 k').minutes).toBeUndefined();
  });
});

describe("today's question inside other words", () => {
  it('hears an asker with a run, a rest or today in the same clause', () => {
    expect(asksForAdvice('ran the marathon yesterday, reckon i can get a little shakeout in today')).toBe(true);
    expect(asksForAdvice("so do you think I'm good to run today, I did a spin class yesterday")).toBe(true);
    expect(asksForAdvice('raced a 5 k yesterday, can i run today or is that dumb')).toBe(true);
  });

  it('is not a question to the coach when it asks to log, or asks about the run done', () => {
    expect(asksForAdvice('did 8 k, can you log it')).toBe(false);
    expect(asksForAdvice('ran 5 k, should I log that')).toBe(false);
    expect(asksForAdvice('I ran 10 k in 50 minutes, is that good')).toBe(false);
    expect(asksForAdvice('I raced a half marathon today, finished in an hour fifty')).toBe(false);
  });
});

describe('readings a fresh set taught (set H, 3 December)', () => {
  it('a night of waking or of fever is a bad night', () => {
    expect(readAnswer('sleep', 'woke up heaps').id).toBe('bad');
    expect(readAnswer('sleep', "i didn't really, i had a fever and chills all night")).toMatchObject({ id: 'bad', safety: { illBelowNeck: true } });
    expect(readAnswer('sleep', 'like a log, woke up once').id).toBe('good');
  });

  it('a stomach bug said as trips to the toilet is illness below the neck; going to the toilet is not', () => {
    expect(readAnswer('feeling', "i've had a crook gut all night, been on the toilet heaps")).toMatchObject({ id: 'ill-below-neck', safety: { illBelowNeck: true } });
    expect(readAnswer('feeling', 'been on the loo all night').safety.illBelowNeck).toBe(true);
    expect(readAnswer('feeling', "i'm fine, just off to the toilet").safety.illBelowNeck).toBe(false);
  });

  it('legs that feel normal are not "my normal run"; soreness from the hills names the hill session', () => {
    expect(readAnswer('yesterday', 'i took yesterday off and my legs feel normal').id).toBe('rest');
    expect(readAnswer('yesterday', 'i did a long walk yesterday, legs feel normal').id).toBe('walk');
    expect(readAnswer('yesterday', 'my legs are a bit sore from the hills yesterday').id).toBe('workout');
    expect(readAnswer('yesterday', 'just a normal run').id).toBe('easy-run');
  });
});

describe('readings sets J and I taught (3 December)', () => {
  it("someone else's illness is not the runner's; catching it is", () => {
    expect(readAnswer('feeling', "shattered, the kids have been ill and i've been up with them")).toMatchObject({ id: 'run-down', safety: { illBelowNeck: false } });
    expect(readAnswer('feeling', 'my partner has the flu').safety.illBelowNeck).toBe(false);
    expect(readAnswer('feeling', "the kids are sick and now i've caught it").safety.illBelowNeck).toBe(true);
    expect(readAnswer('feeling', 'the baby is sick and i feel sick too').safety.illBelowNeck).toBe(true);
  });

  it('a vague "coming down with something" with a throat named is above the neck', () => {
    expect(readAnswer('feeling', "i think i'm coming down with something, my throat's scratchy")).toMatchObject({ id: 'ill-above-neck', safety: { illBelowNeck: false, illAboveNeck: true } });
    expect(readAnswer('feeling', 'coming down with something').safety.illBelowNeck).toBe(true);
  });

  it('walking funny and a twinge are pain', () => {
    expect(readAnswer('legs', "fine, though my achilles twinged on the stairs and I'm walking a bit funny")).toMatchObject({ id: 'painful', safety: { pain: true } });
    expect(readAnswer('legs', 'legs feel funny').safety.pain).toBe(false);
  });

  it('an effort or a distance said with a swim or a ride describes it; "an easy 10 k, then a swim" is still a run', () => {
    expect(understandLogWords('swam for forty five minutes fairly easy')).toMatchObject({ kind: 'cross-training', minutes: 45, effort: 'easy' });
    expect(understandLogWords('cycled 30 k this morning')).toMatchObject({ kind: 'cross-training', distance: { value: 30, unit: 'km' } });
    expect(understandLogWords('a walk hour and a half add that in')).toMatchObject({ kind: 'walk', minutes: 90 });
    expect(readAnswer('yesterday', 'an easy 10 k then a swim').id).toBe('easy-run');
  });

  it('"quite hard" and "fairly hard" are hard; "hard but controlled" too', () => {
    expect(readAnswer('effortWord', 'quite hard').id).toBe('hard');
    expect(readAnswer('effortWord', 'fairly hard').id).toBe('hard');
    expect(readAnswer('effortWord', 'a bit hard').id).toBe('moderate');
    expect(understandLogWords('10 kilometres in 45 minutes hard but controlled').effort).toBe('hard');
  });

  it('legs that are cactus are heavy, screaming quads are sore', () => {
    expect(readAnswer('legs', 'mate my legs are cactus').id).toBe('heavy');
    expect(readAnswer('legs', 'my quads are screaming after the downhill at the fell race').id).toBe('sore');
  });
});

describe('readings sets K to N taught (3 December)', () => {
  it('a start weeks or months ago is a new runner; an early shift or "bugger all sleep" is a bad night', () => {
    expect(readAnswer('experience', 'like a month ago').id).toBe('new');
    expect(readAnswer('experience', 'a long time over a decade now').id).toBe('experienced');
    expect(readAnswer('sleep', 'all over the place, early shift').id).toBe('bad');
    expect(readAnswer('sleep', 'had bugger all sleep').id).toBe('bad');
    expect(readAnswer('sleep', 'pretty average, woke up a heap of times').id).toBe('bad');
  });

  it('"nothing" first answers the question; tired legs are the legs, not how the runner is', () => {
    expect(readAnswer('feeling', 'nothing healthy as a horse').id).toBe('fine');
    expect(readAnswer('feeling', 'gassed, no energy at all').id).toBe('run-down');
    expect(readAnswer('feeling', 'fine in myself, legs are knackered though').id).toBe('fine');
  });

  it('the run asked about is not yesterday\'s session', () => {
    expect(understandVolunteered("went for a big walk yesterday, do you reckon i'm right for a run today").yesterday).toBe('walk');
    expect(understandVolunteered('20 miles yesterday should i run today or rest').yesterday).toBe('long-run');
    expect(understandVolunteered('ran london yesterday should i do anything today or just sit on the sofa').yesterday).toBe('race-marathon');
  });

  it('training for an ultra or a tri is not racing one', () => {
    expect(readAnswer('yesterday', 'i rode 60 miles on the bike yesterday for my tri training').id).toBe('cross-training');
    expect(readAnswer('yesterday', 'raced a tri').id).toBe('race');
    expect(readAnswer('yesterday', 'honestly i was in bed with a fever all day')).toMatchObject({ id: 'rest', safety: { illBelowNeck: true } });
  });
});

describe('readings set O taught (3 December, evening)', () => {
  it('a finishing time said as hours and minutes ("2:45", "one fifty one") is the minutes; a clock time is not', () => {
    expect(understandLogWords('28 k 2:45 mostly easy')).toMatchObject({ distance: { value: 28, unit: 'km' }, minutes: 165, effort: 'easy' });
    expect(understandLogWords('the half in one fifty one')).toMatchObject({ kind: 'race-half-marathon', minutes: 111 });
    expect(understandLogWords('5 k at 5 30 this morning').minutes).toBeUndefined();
    expect(understandLogWords('six by 800').minutes).toBeUndefined();
  });

  it('minutes after a whole hour begin the words that follow it', () => {
    expect(minutesAfterHours('twenty five felt moderate')).toEqual({ minutes: 25, rest: 'felt moderate' });
    expect(minutesAfterHours('and ten at an easy effort')).toEqual({ minutes: 10, rest: 'at an easy effort' });
    expect(minutesAfterHours('5 k after')).toBeUndefined();
    expect(minutesAfterHours('felt easy')).toBeUndefined();
  });

  it('the night\'s hours are not a session, today\'s planned run is not yesterday\'s, and the night\'s words are not the legs\'', () => {
    expect(understandVolunteered('do my run today i had a full rest day yesterday slept nine hours and my legs feel great')).toMatchObject({ legs: 'fresh', yesterday: 'rest', sleep: 'good' });
    expect(understandVolunteered("i'm supposed to do six easy today but the baby's had me up since four")).toEqual({ safety: { pain: false, illBelowNeck: false, illAboveNeck: false }, sleep: 'bad' });
    expect(understandVolunteered('legs feel normal slept great feeling good').legs).toBe('okay');
    expect(understandVolunteered('ran 2 hours yesterday, slept 6 hours')).toMatchObject({ yesterday: 'long-run', sleep: 'bad' });
  });

  it('a temperature said as a number is a fever; "took yesterday completely off" is a rest day and no mood', () => {
    expect(readAnswer('feeling', "i'm feeling a bit grotty, temperature of thirty eight")).toMatchObject({ id: 'ill-below-neck', safety: { illBelowNeck: true } });
    expect(readAnswer('feeling', 'it was 38 degrees outside').safety.illBelowNeck).toBe(false);
    expect(understandVolunteered('took yesterday completely off and my legs feel springy')).toEqual({ safety: { pain: false, illBelowNeck: false, illAboveNeck: false }, legs: 'fresh', yesterday: 'rest' });
  });

  it('running since school is experienced, since Christmas is new; "an easy one" is the difference; a walk better than nothing', () => {
    expect(readAnswer('experience', "since high school and i'm fifty two now").id).toBe('experienced');
    expect(readAnswer('experience', 'only been running since christmas').id).toBe('new');
    expect(readAnswer('topic', 'a recovery run and an easy one').id).toBe('difference');
    expect(readAnswer('topic', 'a walk better than doing nothing').id).toBe('walk-or-rest');
  });

  it('the room another request asks for, and today\'s question inside a question about recovery runs', () => {
    expect(roomAsked('wear gloves this morning')).toBe('wear');
    expect(roomAsked('log a walk from this morning')).toBe('log');
    expect(roomAsked('hear what i did this week')).toBe('week');
    expect(roomAsked('my week been like')).toBeUndefined();
    expect(roomAsked('my week been like', true)).toBe('week');
    expect(roomAsked('hit the trails today')).toBeUndefined();
    expect(speaksOfToday('it sensible to run today yesterday was intervals on the track')).toBe(true);
    expect(speaksOfToday('a recovery run any different from an easy run')).toBe(false);
    expect(speaksOfToday('the best gear for a slow recovery run')).toBe(false);
  });
});

describe('readings sets P to V taught (3 December, evening)', () => {
  it('a pinching hip flexor, a thrown stride, a part that "went" and a catch when walking are pain; DOMS when walking is soreness', () => {
    expect(readAnswer('legs', "uh they're okay but my hip flexor is pinching every time i lift my leg, it's throwing my stride off")).toMatchObject({ id: 'painful', safety: { pain: true } });
    expect(readAnswer('legs', "hamstring went on the intervals yesterday and it's still catching when i walk")).toMatchObject({ id: 'painful', safety: { pain: true } });
    expect(readAnswer('legs', 'legs are aching when i walk after the marathon')).toMatchObject({ id: 'sore', safety: { pain: false } });
    expect(readAnswer('legs', 'sore, proper sore, everything aches from the hips down')).toMatchObject({ id: 'sore', safety: { pain: false, illBelowNeck: false } });
  });

  it('a sore throat said any way is above the neck; a blocked nose at night is not a chest; someone else\'s temperature is not the runner\'s', () => {
    expect(readAnswer('sleep', 'shocking, my throat was that sore i kept waking')).toMatchObject({ id: 'bad', safety: { illAboveNeck: true, illBelowNeck: false } });
    expect(readAnswer('sleep', "shocking, couldn't breathe through my nose, totally bunged up")).toMatchObject({ id: 'bad', safety: { illAboveNeck: true, illBelowNeck: false } });
    expect(readAnswer('sleep', 'shocking, the little one had a temperature so we were up all night')).toMatchObject({ id: 'bad', safety: { illBelowNeck: false } });
    expect(readAnswer('sleep', 'i had a temperature').safety.illBelowNeck).toBe(true);
    expect(readAnswer('yesterday', 'nothing, i was laid up with a cold')).toMatchObject({ id: 'rest', safety: { illAboveNeck: true, illBelowNeck: false } });
  });

  it('a race on a day to come is not yesterday\'s, a race trained for is not run, the night\'s hours are the night\'s', () => {
    expect(understandVolunteered("marathon's on Sunday so I'm tapering, I did an easy three miles yesterday").yesterday).toBe('easy-run');
    expect(understandVolunteered('ran the marathon on sunday').yesterday).toBe('race-marathon');
    expect(readAnswer('yesterday', 'long run, 30 ks, getting ready for the marathon').id).toBe('long-run');
    expect(understandVolunteered('surfed for two hours yesterday, slept well')).toMatchObject({ yesterday: 'cross-training', sleep: 'good' });
    expect(understandVolunteered('legs feel great got a solid eight hours took yesterday off')).toMatchObject({ legs: 'fresh', yesterday: 'rest', sleep: 'good' });
    expect(understandVolunteered('got 2 hours in on the bike yesterday').sleep).toBeUndefined();
  });

  it('"no, nothing, all good" is fine; "pretty average" is a poor night; "full of beans" is fine', () => {
    expect(readAnswer('feeling', 'no nothing all good').id).toBe('fine');
    expect(readAnswer('feeling', 'gassed, no energy at all').id).toBe('run-down');
    expect(readAnswer('sleep', 'pretty average to be honest').id).toBe('bad');
    expect(readAnswer('sleep', 'good actually, but i woke up with a stuffy nose').id).toBe('good');
    expect(readAnswer('feeling', 'full of beans').id).toBe('fine');
  });
});

describe('readings set U taught (3 December, evening)', () => {
  it('"slept poorly" covers only "poorly": a blocked nose said with it is still a head cold; "hurts when I walk" is no walk', () => {
    expect(readAnswer('sleep', 'poorly my blocked nose kept me up')).toMatchObject({ id: 'bad', safety: { illAboveNeck: true } });
    expect(readAnswer('sleep', 'slept poorly').safety).toEqual({ pain: false, illBelowNeck: false, illAboveNeck: false });
    expect(readAnswer('yesterday', "rested, I'd tweaked my hamstring and it still hurts when I walk")).toMatchObject({ id: 'rest', safety: { pain: true } });
    expect(readAnswer('yesterday', 'walked the dog').id).toBe('walk');
  });

  it('"heaps of bounce in them" is fresh; "a million bucks" is fine; walking or a full rest is the walk-or-rest question', () => {
    expect(readAnswer('legs', 'yeah good, heaps of bounce in them').id).toBe('fresh');
    expect(readAnswer('feeling', 'feeling like a million bucks').id).toBe('fine');
    expect(readAnswer('topic', 'go for a walk or have a full rest').id).toBe('walk-or-rest');
    expect(roomAsked('go for a walk or just rest completely')).toBe('learn');
    expect(roomAsked('go for a walk or just rest today')).toBeUndefined();
  });
});

describe('readings set W taught (3 December, evening)', () => {
  it('"zero running" is a rest day, a track meet is a race, a sick dog is not the runner, "a million times" is a bad night', () => {
    expect(readAnswer('yesterday', 'couch. netflix. zero running').id).toBe('rest');
    expect(readAnswer('yesterday', 'zero, rest day').id).toBe('rest');
    expect(readAnswer('yesterday', 'the track meet').id).toBe('race');
    expect(readAnswer('sleep', 'terrible, the dog was up sick all night')).toMatchObject({ id: 'bad', safety: { illBelowNeck: false } });
    expect(readAnswer('sleep', 'terrible, i was up sick all night').safety.illBelowNeck).toBe(true);
    expect(readAnswer('sleep', 'woke up a million times').id).toBe('bad');
    expect(readAnswer('legs', 'really good actually, feel like I could run all day').id).toBe('fresh');
    expect(roomAsked('need a waterproof today')).toBe('wear');
  });
});

describe('readings the known misses taught (3 December, night)', () => {
  it('legs said to be fine outrank a tired word said of the runner, never one said of a leg', () => {
    expect(readAnswer('legs', "okay so it's exam time at uni and i'm pretty stressed and flat legs are fine tho").id).toBe('okay');
    expect(readAnswer('legs', 'fried from work this week legs are just okay').id).toBe('okay');
    expect(readAnswer('legs', 'legs are fine but they feel heavy').id).toBe('heavy');
    expect(readAnswer('legs', 'legs are fine calves are tight').id).toBe('heavy');
    expect(readAnswer('legs', 'legs are okay but stiff').id).toBe('heavy');
    expect(readAnswer('legs', 'legs are fine but my knee hurts').id).toBe('painful');
    expect(understandVolunteered('should i go for a run, legs are fine but i slept rubbish')).toMatchObject({ legs: 'okay', sleep: 'bad' });
  });

  it('a little tightness shrugged off is okay; an injury the runner is back from is history; killing me stays pain', () => {
    expect(readAnswer('legs', 'not bad, bit of tightness but nothing major').id).toBe('okay');
    expect(readAnswer('legs', 'not bad but really tight').id).toBe('heavy');
    expect(readAnswer('legs', "it's my first week back after the stress fracture and my legs feel normal")).toMatchObject({ id: 'okay', safety: { pain: false } });
    expect(readAnswer('legs', 'back after the fracture and my shin aches')).toMatchObject({ id: 'painful', safety: { pain: true } });
    expect(readAnswer('legs', 'i have a stress fracture').safety.pain).toBe(true);
    // "Killing me" beside a muscle stays pain even when DOMS is named: the safety property allows no exception.
    expect(readAnswer('legs', 'my quads are killing me, just doms i think').safety.pain).toBe(true);
    expect(readAnswer('legs', 'my knee is killing me, just doms i think').safety.pain).toBe(true);
  });

  it('tired legs and a spin class are not how the runner is; "not as hard as I thought" is moderate; a bare "hour" is sixty minutes', () => {
    expect(readAnswer('feeling', 'i feel fine in myself, just a bit of tired legs').id).toBe('fine');
    expect(readAnswer('legs', 'i did a spin class yesterday and my legs feel fine').id).toBe('okay');
    expect(readAnswer('effortWord', "moderate to be honest, not as hard as i thought it'd be").id).toBe('moderate');
    expect(readAnswer('effortWord', 'not as hard as i expected').id).toBe('moderate');
    expect(understandLogWords('hour on the peloton moderate effort')).toMatchObject({ kind: 'cross-training', minutes: 60, effort: 'moderate' });
    expect(understandVolunteered('is today a run day? had yesterday off and my legs feel fresh as')).toMatchObject({ yesterday: 'rest', legs: 'fresh' });
    expect(asksForAdvice("walked about five miles yesterday and i'm wondering whether a little jog would be wise today")).toBe(true);
  });
});

describe('readings set Y taught (3 December, night)', () => {
  it('"fine, but I\'ve been a bit crook" keeps the legs fine and hears the fever; "good, not great, just average" is okay', () => {
    expect(readAnswer('legs', "fine but i've been a bit crook had a temperature last night")).toMatchObject({ id: 'okay', safety: { illBelowNeck: true } });
    expect(readAnswer('legs', 'fine, but a bit tired').id).toBe('heavy');
    expect(readAnswer('legs', 'good, not great, just kind of average').id).toBe('okay');
    expect(readAnswer('legs', 'not great').id).toBe('heavy');
  });

  it('a running nose is no run; "hour twenty" is 80 minutes; "would running be a bad idea" asks; "what pace" is a lesson', () => {
    expect(readAnswer('yesterday', 'just lay on the couch all day, nose running like a tap')).toMatchObject({ id: 'rest', safety: { illAboveNeck: true } });
    expect(understandLogWords('15 k moderate effort hour twenty')).toMatchObject({ minutes: 80, distance: { value: 15, unit: 'km' } });
    expect(understandLogWords('every hour').minutes).toBeUndefined();
    expect(asksForAdvice("i've got a chesty cough would running be a bad idea")).toBe(true);
    expect(roomAsked('what pace, do my recovery runs at')).toBe('learn');
  });
});

describe('readings set Z taught (3 December, night)', () => {
  it('the legs\' own word decides fresh or okay; a cough is not the legs; "could go forever" is fresh', () => {
    expect(readAnswer('legs', "alright but i've come down with a horrible chesty cough")).toMatchObject({ id: 'okay', safety: { illBelowNeck: true } });
    expect(readAnswer('legs', "the kids had me up all night so sleep was rubbish but i'm keen legs are alright").id).toBe('okay');
    expect(readAnswer('legs', 'legs feel fresh, i am fine').id).toBe('fresh');
    expect(readAnswer('legs', 'pretty good actually, feel like I could go forever').id).toBe('fresh');
  });

  it('"the 10k in town" is the race; "it was heaving" is a crowd; "run down" is no run; water aerobics is cross-training', () => {
    expect(readAnswer('yesterday', 'the 10k in town, it was heaving')).toMatchObject({ id: 'race-10k', safety: { illBelowNeck: false } });
    expect(readAnswer('yesterday', 'the 10k loop').id).toBe('easy-run');
    expect(readAnswer('feeling', 'been heaving all night').id).toBe('ill-below-neck');
    expect(understandVolunteered("I had a rest day yesterday and I'm feeling a bit run down, should I go out")).toMatchObject({ yesterday: 'rest', feeling: 'run-down' });
    expect(understandVolunteered('did water aerobics yesterday, legs feel okay').yesterday).toBe('cross-training');
    expect(understandVolunteered('training for my first ultra, did back to back long runs, the second one yesterday').yesterday).toBe('long-run');
    expect(understandVolunteered('i did a spin class last night and my legs feel fine').sleep).toBeUndefined();
  });

  it('nights: fitful and nervous is bad, well despite the nerves is good, a sniffle on waking keeps a good night; a back that has gone is pain', () => {
    expect(readAnswer('sleep', 'fitfully, pre-race nerves').id).toBe('bad');
    expect(readAnswer('sleep', 'surprisingly well considering the race nerves').id).toBe('good');
    expect(readAnswer('sleep', 'good, but I woke up with a bit of a sniffle')).toMatchObject({ id: 'good', safety: { illAboveNeck: true } });
    expect(readAnswer('sleep', 'had a cracker of a sleep').id).toBe('good');
    expect(readAnswer('sleep', "rough, my back's gone and I'm walking like an old man")).toMatchObject({ id: 'bad', safety: { pain: true } });
    expect(readAnswer('feeling', "wiped out, my two year old has been sick and nobody's sleeping")).toMatchObject({ id: 'run-down', safety: { illBelowNeck: false } });
    expect(readAnswer('feeling', "the cold's gone down to my chest now, coughing up gunk and my nose is still running").safety).toEqual({ pain: false, illBelowNeck: true, illAboveNeck: true });
  });

  it('"..., run today?" asks; counted marathons are experience', () => {
    expect(asksForAdvice('had a rest day yesterday and the legs feel fresh as, run today')).toBe(true);
    expect(asksForAdvice('went for a run today')).toBe(false);
    expect(readAnswer('experience', "15 marathons so i know what i'm doing").id).toBe('experienced');
  });
});

describe('readings set AA taught (3 December, night)', () => {
  it('"is today a recovery day" asks; "a couple months ago" and "this year" are a new runner; "an hour {ten, pretty easy}" is 70 minutes', () => {
    expect(asksForAdvice("I'm 61 and I raced a 10k yesterday, is today a recovery day")).toBe(true);
    expect(readAnswer('experience', 'a couple months ago').id).toBe('new');
    expect(readAnswer('experience', 'this year').id).toBe('new');
    expect(minutesAfterHours('ten pretty easy')).toEqual({ minutes: 10, rest: 'pretty easy' });
    expect(minutesAfterHours('2 laps of the park')).toBeUndefined();
  });
});

describe('readings set AB taught (3 December, night)', () => {
  it('tired muscles are heavy legs, battered ones sore; "could go for miles" is fresh; "the half, the rock n roll one" is the race', () => {
    expect(readAnswer('legs', 'dead. like totally dead, my quads are toast from the hills').id).toBe('heavy');
    expect(readAnswer('legs', 'my calves are battered').id).toBe('sore');
    expect(readAnswer('legs', 'my knee is toast').safety.pain).toBe(true);
    expect(readAnswer('legs', "oh they're lovely this morning, feel like i could go for miles").id).toBe('fresh');
    expect(readAnswer('yesterday', 'half the rock n roll one downtown').id).toBe('race-half-marathon');
  });

  it('with the nose named, "couldn\'t breathe" is the nose; chest congestion is the chest; "heaps of years" is experienced', () => {
    expect(readAnswer('sleep', "rough night, stuffy nose, couldn't breathe through it")).toMatchObject({ id: 'bad', safety: { illAboveNeck: true, illBelowNeck: false } });
    expect(readAnswer('sleep', "couldn't breathe, chest so tight").safety.illBelowNeck).toBe(true);
    expect(readAnswer('feeling', "i've got all this chest congestion, coughing up gunk").safety).toEqual({ pain: false, illBelowNeck: true, illAboveNeck: false });
    expect(readAnswer('experience', 'heaps of years, like twenty').id).toBe('experienced');
    expect(speaksOfToday('is it a running day or a sofa day')).toBe(true);
  });
});

describe('readings set AC taught (3 December, night)', () => {
  it('a 50-mile ride is the ride; the lurgy with a streaming nose is a head cold; "flat chat" is all out', () => {
    expect(readAnswer('yesterday', 'rode 50 miles').id).toBe('cross-training');
    expect(readAnswer('yesterday', 'ran 50 miles on the trails').id).toBe('race-marathon');
    expect(readAnswer('feeling', "I've got the lurgy, my nose is streaming")).toMatchObject({ id: 'ill-above-neck', safety: { illBelowNeck: false } });
    expect(readAnswer('feeling', "I've got the lurgy").id).toBe('ill-below-neck');
    expect(understandLogWords('3 hours 40 flat chat the whole way').effort).toBe('max');
  });

  it('a mild complaint between two good words is a good night; "should I {smash out some intervals}" is no session done', () => {
    expect(readAnswer('sleep', 'decent bit restless around five but fine').id).toBe('good');
    expect(readAnswer('sleep', 'good but restless').id).toBe('bad');
    expect(readAnswer('experience', "in january i'm more of a swimmer").id).toBe('new');
    expect(asksForAdvice('should I smash out some intervals')).toBe(true);
    expect(speaksOfToday('a recovery run kind of day i did the half on the weekend')).toBe(true);
  });
});

describe('readings set AD taught (3 December, night)', () => {
  it('a muscle that grabbed, that went sharp, or that cannot stride out without hurting is pain', () => {
    expect(readAnswer('legs', "my hamstring's been tight and it kinda grabbed on me, now I can't really stride out without it hurting").safety.pain).toBe(true);
    expect(readAnswer('legs', "my calf's been tight since Tuesday and it went sharp on the stairs this morning").safety.pain).toBe(true);
  });

  it('an ache all over stays the flu\'s sign; a tickle in the throat; a streaming cold on waking', () => {
    // An ache all over is the flu's sign even when training is named beside it: the cautious reading, which the safety property needs.
    expect(readAnswer('legs', 'sore all over honestly, like full body DOMS from leg day')).toMatchObject({ id: 'sore', safety: { illBelowNeck: true } });
    expect(readAnswer('legs', 'achy all over').safety.illBelowNeck).toBe(true);
    expect(readAnswer('legs', 'achy all over from the gym and a fever').safety.illBelowNeck).toBe(true);
    expect(readAnswer('feeling', 'bit of a tickle in the throat, nothing much').id).toBe('ill-above-neck');
    expect(readAnswer('sleep', 'fine, although I woke up with a streaming cold')).toMatchObject({ id: 'good', safety: { illAboveNeck: true } });
  });

  it('"did the Gold Coast 10k" is the race, "did the usual 10k" a run; "tell me if I can get out for a run" asks', () => {
    expect(readAnswer('yesterday', 'did the Gold Coast 10k this morning').id).toBe('race-10k');
    expect(readAnswer('yesterday', 'did the usual 10k').id).toBe('easy-run');
    expect(asksForAdvice("tell me if i can get out for a run, legs are a bit stiff from sunday's long run")).toBe(true);
  });
});

describe('readings set AE taught (3 December, night)', () => {
  it('a hamstring that cannot stride out, that pulls every step, a back in spasm: pain; jello legs are heavy', () => {
    expect(readAnswer('legs', "the left hamstring's gone a bit dodgy, I can't really stride out, it pulls every step")).toMatchObject({ id: 'painful', safety: { pain: true } });
    expect(readAnswer('yesterday', "yoga, and honestly my lower back's been in spasm since, I'm walking like an old bloke")).toMatchObject({ id: 'cross-training', safety: { pain: true } });
    expect(readAnswer('legs', "kind of like jello still from saturday's long run").id).toBe('heavy');
  });

  it('"done nowt" is no tired legs; "no, all good" is fine; "is it worth going out" asks', () => {
    expect(readAnswer('legs', "I've done nowt for three days and my legs feel fresh").id).toBe('fresh');
    expect(readAnswer('legs', 'legs are done').id).toBe('heavy');
    expect(readAnswer('feeling', 'no all good nothing going round').id).toBe('fine');
    expect(readAnswer('feeling', 'no, not good').id).toBe('run-down');
    expect(asksForAdvice("I had a shocking night's sleep, is it worth going out")).toBe(true);
    expect(understandVolunteered('nowt for three days and my legs feel fresh').yesterday).toBe('rest');
  });
});

describe('readings set AF taught (3 December, night)', () => {
  it('"a spring in the step" is fresh; "should I do anything" asks; a jumper is something to wear', () => {
    expect(readAnswer('legs', 'good, bit of a spring in the step today').id).toBe('fresh');
    expect(asksForAdvice('my long run yesterday twenty miles should i do anything')).toBe(true);
    expect(roomAsked('need a jumper or will a t shirt do for my run')).toBe('wear');
  });
});

describe('readings set AG taught (3 December, night)', () => {
  it('a hamstring that grabs every time I try and stride out is pain; "DOMSy" is sore; a throat "kinda sore" is a head cold, not a hard effort', () => {
    expect(readAnswer('legs', 'got a dodgy hamstring, it grabs every time i try and stride out')).toMatchObject({ id: 'painful', safety: { pain: true } });
    expect(readAnswer('legs', "quads are still a bit DOMSy from tuesday's hills").id).toBe('sore');
    expect(understandLogWords("2 miles super easy but my throat's kinda sore now")).toMatchObject({ effort: 'easy', safety: { illAboveNeck: true } });
    expect(readAnswer('effortWord', 'sore').id).toBe('hard');
  });

  it('"..., good to run?" said last asks; "legs feel good to run" is how the legs are', () => {
    expect(asksForAdvice('a runny nose and a bit of a sore throat good to run')).toBe(true);
    expect(asksForAdvice('legs feel good to run')).toBe(false);
  });
});

describe('the night is not how the runner is (found in npm start, 3 December, night)', () => {
  it('"legs are cooked and I slept like rubbish" is heavy legs and a bad night, not a runner run down', () => {
    const heard = understandVolunteered('legs are cooked and i slept like rubbish');
    expect(heard).toMatchObject({ legs: 'heavy', sleep: 'bad' });
    expect(heard.feeling).toBeUndefined();
    expect(readAnswer('feeling', 'feeling rubbish').id).toBe('run-down');
    expect(readAnswer('feeling', 'slept alright and no colds or anything').id).toBe('fine');
  });
});
