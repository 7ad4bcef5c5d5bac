import { ACTIVITIES, DISTANCE_UNITS, EFFORT_WORDS, LEGS } from '../coach/index.js';

/**
 * The contract between the interaction model and the handlers: every custom intent, its slots and the slot
 * types' ids. The model test checks that each locale's model declares exactly these, and that each has a handler.
 */
export const INTENTS = {
  // feeling: what a one-shot volunteers ("should I run today, I've got a cold"); never asked for here.
  // when: the time of day asked about ("this arvo"); one slot instead of every time written into every sample.
  // said: whatever else came with the request, in words no sample spells out; read by the understanding layer.
  ShouldIRun: {
    name: 'ShouldIRunIntent',
    slots: { legs: 'LegsType', yesterday: 'SessionType', feeling: 'FeelingType', when: 'WhenType', said: 'WordsType' },
  },
  CheckIn: {
    name: 'CheckInIntent',
    slots: { legs: 'LegsType', sleep: 'SleepType', feeling: 'FeelingType', yesterday: 'SessionType', said: 'WordsType' },
  },
  LogRun: {
    name: 'LogRunIntent',
    slots: {
      kind: 'SessionType',
      distance: 'AMAZON.NUMBER',
      unit: 'DistanceUnitType',
      duration: 'AMAZON.DURATION',
      effortWord: 'EffortType',
      effortScore: 'AMAZON.NUMBER',
      day: 'AMAZON.DATE',
      // The session in words no sample spells out ("log a run, the usual loop with the club"): read by the layer.
      said: 'WordsType',
      // What was raced, after "raced" ("just raced {the half marathon, 1 hour 52}"): a slot of its own so the word
      // that says it was a race is not lost to the sample's literal.
      raced: 'WordsType',
    },
  },
  // said on a question ("what shoes {said}"): its words are screened for pain and illness, nothing else.
  Week: { name: 'WeekIntent', slots: { said: 'WordsType' } },
  Why: { name: 'WhyIntent', slots: {} },
  Instead: { name: 'InsteadIntent', slots: { activity: 'ActivityType' } },
  Feel: { name: 'FeelIntent', slots: {} },
  Learn: { name: 'LearnIntent', slots: { topic: 'TopicType' } },
  Wear: { name: 'WearIntent', slots: { said: 'WordsType' } },
  DeleteData: { name: 'DeleteDataIntent', slots: { said: 'WordsType' } },
  Experience: { name: 'ExperienceIntent', slots: { experience: 'ExperienceType' } },
  // The daily check-in reminder (Alexa Reminders API): set one at a time of day, read it back, delete it.
  SetReminder: { name: 'SetReminderIntent', slots: { time: 'AMAZON.TIME' } },
  ReminderStatus: { name: 'ReminderStatusIntent', slots: {} },
  CancelReminder: { name: 'CancelReminderIntent', slots: {} },
} as const;

export const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
] as const;

/**
 * Custom slot types and their value ids (entity resolution ids; handlers read ids, never raw words). Where the
 * coach has the list, the slot type IS that list, so a value added on one side exists on the other.
 */
export const SLOT_TYPE_IDS = {
  LegsType: LEGS,
  SessionType: [
    'rest',
    'easy-run',
    'recovery-run',
    'long-run',
    'workout',
    'race',
    'race-5k',
    'race-10k',
    'race-half-marathon',
    'race-marathon',
    'cross-training',
    'walk',
  ],
  SleepType: ['good', 'bad'],
  FeelingType: ['fine', 'run-down', 'ill-above-neck', 'ill-below-neck'],
  EffortType: EFFORT_WORDS,
  DistanceUnitType: DISTANCE_UNITS,
  ActivityType: ACTIVITIES,
  TopicType: ['recovery-run', 'feel', 'difference', 'walk-or-rest', 'wear', 'talk-test'],
  ExperienceType: ['new', 'experienced'],
  // The handlers give today's advice whatever the time of day; the id says only whether it was today at all.
  WhenType: ['today', 'tomorrow'],
  // Free words: its one id is never read, only the words (Alexa sends words outside the values with NO_MATCH).
  WordsType: ['words'],
} as const;

export type CustomSlotType = keyof typeof SLOT_TYPE_IDS;
/** The ids of one slot type, e.g. SlotId<'SessionType'>. */
export type SlotId<T extends CustomSlotType> = (typeof SLOT_TYPE_IDS)[T][number];
export type IntentKey = keyof typeof INTENTS;
