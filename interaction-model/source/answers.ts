/**
 * Slot samples: what a runner answers while the skill asks for one slot (Dialog.ElicitSlot). Each elicited slot
 * has its bare answer ("{legs}") and the everyday sentences around it, with the hedges of hedges.ts. Shared by
 * every intent that asks the same question.
 */
import { hedgedAnswers } from './hedges.js';

/** "How do your legs feel today?" */
export const LEGS_ANSWERS = hedgedAnswers({
  slot: 'legs',
  describing: [
    '{legs}',
    'my legs [feel|are|are feeling|feel like they are] {legs}',
    "they [feel|are|are feeling] {legs}",
    "they're [feeling|] {legs}",
    'feeling {legs}',
    'I feel {legs}',
    "I'm [feeling|] {legs}",
    'legs are {legs}',
    '{legs} legs',
    "[I have|I've got] {legs} legs",
  ],
  // "my legs ache", "they hurt": the answer is the verb.
  naming: ['my legs {legs}', 'they {legs}'],
});

/** "What did you do yesterday?" (past, so no degree words and past tails). */
export const YESTERDAY_ANSWERS = hedgedAnswers({
  slot: 'yesterday',
  describing: [],
  naming: [
    '{yesterday}',
    'I did {yesterday}',
    'I did my {yesterday}',
    'I [had|ran|went for|took|went on] {yesterday}',
    'I had my {yesterday}',
    // "I went swimming", "I went to the gym", "I rested", "I cycled".
    'I went {yesterday}',
    'I went to {yesterday}',
    'I {yesterday}',
    // Not 'I raced {yesterday}': the verb is the meaning ('I raced a 5k' is a race), and a slot keeps only the noun.
    'I ran in {yesterday}',
    'it was {yesterday}',
    '[just|only] {yesterday}',
    'nothing it was {yesterday}',
    'yesterday [I did|I had|was] {yesterday}',
  ],
  openers: ['I think', 'actually', 'to be honest'],
  tails: ['yesterday', 'yesterday morning', 'yesterday evening', 'last night', 'I think', 'actually'],
});

/** "How did you sleep last night?" */
export const SLEEP_ANSWERS = hedgedAnswers({
  slot: 'sleep',
  describing: ['{sleep}', 'I slept {sleep}', 'slept {sleep}', 'my sleep was {sleep}', 'it was {sleep}'],
  naming: ['I [had|got] {sleep}', 'I [had|got] {sleep} sleep', '{sleep} sleep', 'I slept for {sleep}'],
  tails: ['last night', 'thanks', 'to be honest', 'really', 'actually', 'I think', 'I guess'],
});

/** "And how are you feeling in yourself?" */
export const FEELING_ANSWERS = hedgedAnswers({
  slot: 'feeling',
  describing: ['{feeling}', 'I [feel|am] {feeling}', "I'm [feeling|] {feeling}", 'feeling {feeling}', "I've been [feeling|] {feeling}"],
  naming: [
    "[I have|I've got|I got] {feeling}",
    "I've got {feeling} coming on",
    "I'm [coming down with|fighting off|getting over] {feeling}",
    "I [might have|may have|think I've got|caught] {feeling}",
    'just {feeling}',
  ],
});

/** "What kind of session was it?" while logging. */
export const KIND_ANSWERS = hedgedAnswers({
  slot: 'kind',
  describing: [],
  naming: ['{kind}', 'I did {kind}', 'it was {kind}', 'I went for {kind}', 'I ran {kind}', 'I had {kind}', '{kind} please', 'just {kind}', 'log {kind}'],
  openers: ['I think', 'actually'],
  tails: ['{day}', 'today', 'this morning', 'I think', 'actually'],
});

/** "How long were you out?" */
export const DURATION_ANSWERS = [
  '{duration}',
  'for {duration}',
  '[about|around|roughly|maybe|just over|just under|nearly|almost|a little over|a bit over|a bit under] {duration}',
  '{duration} [or so|I think|roughly|give or take]',
  'I think [it was|] {duration}',
  'it took [me|] [about|around|] {duration}',
  'I ran for [about|around|] {duration}',
  'it was [about|around|] {duration}',
  'I did {duration}',
  'I was out for [about|around|] {duration}',
  '{duration} long',
  'in {duration}',
];

export const DISTANCE_ANSWERS = [
  '{distance}',
  '{distance} {unit}',
  'I ran {distance} {unit}',
  '[about|around|roughly|nearly|almost] {distance} {unit}',
  '[about|around|roughly] {distance}',
  'it was {distance} {unit}',
];

// No degree words here: "a bit hard" is its own value (moderate), not a softer "hard".
export const EFFORT_WORD_ANSWERS = ['{effortWord}', 'it [felt|was] {effortWord}', 'felt {effortWord}'];

export const EFFORT_SCORE_ANSWERS = [
  '{effortScore}',
  '{effortScore} out of ten',
  '[a|about|about a|maybe|maybe a|around] {effortScore} [out of ten|]',
  'it [felt like|was] [a|] {effortScore} [out of ten|]',
];

export const DAY_ANSWERS = ['{day}', 'on {day}', 'it was {day}', 'I ran {day}', 'I did it {day}'];
