/**
 * Everything Recovery Coach says in English, for every English locale. Locale differences (units, spelling)
 * come in through `LocaleDefaults`; the words are written for the ear: short sentences, one idea each.
 */
import type { Alternative, EffortCue, ReasonCode } from '../coach/index.js';
import type { RunProblem } from '../coach/index.js';
import type { Activity, SessionKind, Swap } from '../coach/index.js';
import { daysBetween } from '../coach/index.js';
import { speakableDistance, type DistanceUnit } from '../coach/index.js';
import { listing } from './ssml.js';
import { SHOE_PICKS } from './shoe-picks.js';

export const ACTIVITY_NAME: Record<Activity, string> = {
  'recovery-run': 'a recovery run',
  'easy-run': 'an easy run',
  walk: 'a walk',
  'cross-train': 'some easy cross-training',
  rest: 'a rest day',
};

/** Short names for card titles: "Today: recovery run". */
export const ACTIVITY_TITLE: Record<Activity, string> = {
  'recovery-run': 'recovery run',
  'easy-run': 'easy run',
  walk: 'walk',
  'cross-train': 'cross-training',
  rest: 'rest day',
};

export const ACTIVITY_OPENING: Record<Activity, string> = {
  'recovery-run': 'Today is a day for a recovery run.',
  'easy-run': "You're good for an easy run today.",
  walk: 'Make today a walk rather than a run.',
  'cross-train': 'Give your legs a break from running today and do some easy cross-training, like a bike ride or a swim.',
  rest: 'Take a rest day today.',
};

export const REASON: Record<ReasonCode, string> = {
  'pain-changes-movement':
    "Pain that changes the way you move is your body's signal to stop, so no running today.",
  'ill-below-neck':
    'When illness reaches below the neck, like a fever, a chesty cough or aches all over, your body needs its energy to get well.',
  'ill-above-neck': 'With a head cold, gentle movement is the most to ask of yourself.',
  'run-down': 'When you feel run down, a gentler day does more for your running than a run would.',
  'slept-badly': 'A rough night of sleep makes the gentler option the smarter one.',
  'sore-legs': "Sore legs recover better with movement that doesn't pound them.",
  'after-long-run': "Yesterday's long run is still settling in, and a short, easy run helps you absorb it.",
  'after-workout': "After yesterday's hard session, keeping today very easy lets that work pay off.",
  'after-race': 'After a race, you need a day that gives back more than it takes.',
  'after-long-race': 'A half marathon or longer takes a few days to come back from, so start with walking or rest.',
  'long-race-recovery':
    'Your legs are still rebuilding after a long race, so for these first days every run stays short and very easy.',
  'hard-two-days-ago': 'Legs that are still tired two days after a hard effort are still absorbing it, so keep today gentle.',
  'back-after-health':
    "After time off to get well, make the first run back a short, easy one and see how your body takes it.",
  'heavy-legs': 'Heavy legs often loosen up with gentle movement, as long as it stays truly easy.',
  'tired-pattern':
    "Your legs have felt tired for several check-ins in a row. That's a pattern, not one bad day, so give them a proper break.",
  'recovery-run-yesterday-still-heavy':
    "You ran easy yesterday and your legs are still heavy, so another run on top of that won't help them.",
  'volume-up': "You've run noticeably more this week than in the weeks before, so keep today on the gentle side.",
  'two-hard-days': "You've had two hard days in the last three, so today is for recovery.",
  'fresh-legs': 'Your legs feel good and nothing hard is in the way.',
  'new-runner': "While you're building up, mixing running with short walking breaks is the way to go.",
  'long-race-no-hard':
    'Hold off on hard sessions for now: the old rule of thumb after a long race is a day of easy running for every mile you raced.',
};

export const EFFORT_CUE: Record<EffortCue, string> = {
  conversational: 'Keep it conversational: you should be able to chat the whole way.',
  'talk-test': "If you can't speak in full sentences, slow down.",
  'no-watch': "Don't chase a pace; leave the watch alone.",
  'cut-short': "If it stops feeling easy, it's fine to cut it short.",
  'finish-fresher': 'Aim to finish feeling fresher than when you started.',
  'run-walk': 'Try a few minutes of jogging, then a minute of walking, and repeat.',
  gentle: 'Keep it gentle and unforced.',
};

export const ALTERNATIVE_NAME: Record<Alternative, string> = {
  walk: 'a walk',
  bike: 'an easy bike ride',
  swim: 'a swim',
  mobility: 'some gentle mobility work',
  rest: 'full rest',
};

export const SESSION_NAME: Record<SessionKind, string> = {
  'easy-run': 'easy run',
  'recovery-run': 'recovery run',
  'long-run': 'long run',
  workout: 'hard session',
  race: 'race',
  'cross-training': 'cross-training session',
  walk: 'walk',
};

export const RUN_PROBLEM: Record<RunProblem, string> = {
  'nothing-to-log': "I didn't catch what you did.",
  'not-a-number': "I didn't catch one of those numbers.",
  'distance-not-positive': "That distance doesn't sound right.",
  'distance-too-long': "That's further than I can log as one session.",
  'minutes-not-positive': "That time doesn't sound right.",
  'minutes-too-long': "That's longer than I can log as one session.",
  'minutes-whole-day': 'A whole day? I may have misheard how long it took.',
  'pace-too-fast': 'That would be faster than the world record, so I think I misheard.',
  'effort-out-of-range': 'Effort goes from one to ten.',
};

export const PROFESSIONAL =
  "If it hasn't eased in a few days, or it gets worse, have it checked by a doctor or physio.";

export const DISCLAIMER = 'Coaching tips, not medical advice.';

/** Said aloud where health shapes the answer, and once to a new runner (the health policy's disclaimer). */
export const SPOKEN_DISCLAIMER = "I'm a running coach, not a doctor, so this isn't medical advice.";

export const QUESTIONS = {
  legs: 'How do your legs feel today: fresh, okay, heavy, or sore?',
  legsRetry: "Sorry, I didn't catch how your legs feel. Are they fresh, okay, heavy, or sore?",
  legsYesNo: 'Let me ask it another way. Do your legs feel okay today?',
  yesterday:
    'And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?',
  yesterdayYesNo: 'Let me ask it another way. Was yesterday an easy day, with nothing long or hard?',
  yesterdayRetry:
    "I didn't catch what you did yesterday. Was it rest, an easy run, a long run, hills or intervals, a race, cross-training or a walk?",
  sleep: 'How did you sleep last night: well, or badly?',
  sleepRetry: 'Sorry, did you sleep well, or badly?',
  sleepYesNo: 'Let me ask it another way. Did you sleep well last night?',
  feeling: "And how's your energy today: good, or low?",
  feelingRetry: 'Sorry, is your energy good today, or low?',
  feelingYesNo: 'Let me ask it another way. Is your energy good today?',
  runKind: 'What did you do: for example, five kilometres in thirty minutes, or intervals?',
  runKindAgain: 'What kind of session was it: an easy run, a long run, intervals, or a race?',
  runUnit: 'Was that in kilometres or miles?',
  runDay: 'Which day was it: today, yesterday, or another day?',
  runDuration: 'How long did it take?',
  runEffort: 'How hard did it feel, from one to ten?',
  runDistance: 'How far did you go?',
  anythingElse: 'Anything else?',
  whatNext: 'What would you like to do?',
  /** After advice in an open session. */
  afterAdvice: 'Want to know why, or how it should feel?',
  insteadWhich: 'Which would you rather do: rest, a walk, cross-training, a recovery run or an easy run?',
  /** Offered when a follow-up comes before any advice; "yes" starts the advice. */
  adviceOffer: 'Shall we start with today? Just say yes, or ask: should I run today?',
};

export const HELP = {
  general:
    'I help you decide how to train today. Ask me should I run today, and I will suggest a recovery run, an easy run, a walk, cross-training or rest. You can also log a run, say check in each morning, ask what you did this week, or ask what a recovery run is.',
  reprompt: 'Try saying: should I run today?',
  legs: 'I need to know how your legs feel to suggest the right session. Are they fresh, okay, heavy, or sore?',
  yesterday: 'What you did yesterday tells me how much recovery you need. Was it a rest day, an easy run, a long run, a hard session or a race?',
  sleep: "Sleep changes how much your body can take today. Did you sleep well, or badly?",
  feeling: 'Your energy changes how much today should ask of you. Is it good today, or low?',
  logConfirm: 'Say yes to save this session, or no to leave it out. Shall I save it?',
  deleteConfirm: 'Say yes to delete all your runs and check-ins, or no to keep them. Shall I delete them?',
  afterAdviceReprompt: 'You can ask why, how it should feel, or what about a walk instead, or say stop. What would you like?',
  afterAdviceMenu: 'You can ask why, how it should feel, or what about a walk instead. What would you like to know?',
  launchReprompt: 'You can say: should I run today? Or: help. What would you like to do?',
  insteadExample: 'Say for example: what about a walk instead?',
};

export const SPEECH = {
  welcomeNew:
    "Welcome to Recovery Coach. I'll help you decide whether to run, walk, cross-train or rest today. I'm a running coach, not a doctor. You can ask: should I run today? Or log a run when you're done.",
  welcomeBack: 'Welcome back to Recovery Coach. You can ask should I run today, log a run, or hear your week.',
  morningCheckIn: "Good morning. Let's do your check-in.",
  goodbye: 'Okay. Go easy out there.',
  fallback: "Sorry, I can't help with that.",
  misheard: "Sorry, I didn't catch that.",
  fallbackReprompt: 'You can ask should I run today, log a run, or ask what you did this week. What would you like to do?',
  error: 'Sorry, something went wrong on my side. Could you say that again?',
  storeDownForAdvice: "I couldn't reach your history just now, so this is based on today's answers alone.",
  checkInSaved: 'Thanks, your check-in is saved.',
  checkInNotSaved: "I couldn't save your check-in just now, but here's today's advice anyway.",
  runSaveFailed: "Sorry, I couldn't save that session just now, so it isn't in your history yet. Shall I try again?",
  runSaveUnsure: "I'm not sure that session saved, because my history didn't answer in time. Saying yes won't count it twice. Shall I make sure it's there?",
  runSaveUnsureReprompt: "Say yes and I'll make sure the session is in your history, or no to leave it out. Shall I make sure?",
  runLeftOut: "Okay, I've made sure it isn't in your history, so it won't count in your week.",
  runRemoveFailed: "Sorry, I couldn't reach your history to take that session out, so it may still count in your week. Say no to try again, or yes to keep it. Shall I keep it?",
  runUnsureGoodbye: "Okay. I couldn't confirm that session saved, so it may or may not be in your history. Go easy out there.",
  runNotSaved: "Okay, I haven't saved it.",
  /** Said first when pain or illness comes up inside a log: the coach's word, then the log goes on. */
  logHeardPain: "First, that pain: if it changes how you move, don't run on it. Rest it, and if it hasn't eased in a few days, get it checked.",
  logHeardIllness: "First, how you feel: with a fever, a chesty cough or a stomach bug, rest and don't run until it has passed.",
  runNotSavedGoodbye: "Okay, I haven't saved it. Go easy out there.",
  restNotLogged: "A rest day doesn't need logging. It counts all the same.",
  runInFuture: "I can only log sessions you've already done. Which day was it?",
  historyUnavailable: "Sorry, I can't reach your history right now. Please ask again in a minute.",
  deleteAsk: 'This deletes every run and check-in I have for you, and it cannot be undone. Do you want me to delete your data?',
  deleted: "Done. I've deleted everything I had for you.",
  nothingToDelete: "Done. I didn't have anything stored for you.",
  deleteKept: "Okay, I've kept everything.",
  deleteFailed: "Sorry, I couldn't delete your data just now. Nothing has been removed yet. Please try again in a minute.",
  /** "Delete my data" from a recognised voice profile: only that person's history (see the privacy policy). */
  deleteAskPerson:
    'This deletes every run and check-in I have for you, and it cannot be undone. Others in your household keep theirs. Do you want me to delete your data?',
  deletedPerson: "Done. I've deleted everything I had for you. Others in your household keep their own history.",
  nothingToDeletePerson: "Done. I didn't have anything stored for you. Others in your household keep their own history.",
  /** Launch for a recognised voice profile: Alexa says the name between these (ssml.ts greetByName). */
  greetPerson: { before: 'Hi ', after: '.' },
  noAdviceYet: "I haven't given you today's advice yet, so there's nothing to explain.",
  restFeel: 'Today is about doing nothing hard at all. Gentle stretching or a short stroll is plenty.',
  experienceAsk: "Tell me a little about your running: are you new to running, or an experienced runner?",
  experienceNew: "Got it. While you build up, I'll keep your runs short, with walking breaks.",
  experienceExperienced: "Got it. I'll coach you as an experienced runner.",
  experienceNotSaved: "Sorry, I couldn't save that just now, so nothing has changed. Please try again in a minute.",
};

export const CARD_TITLE = {
  runLogged: 'Run logged',
  week: 'Your week',
} as const;

export const TOPIC_TITLE = {
  'recovery-run': 'What is a recovery run?',
  feel: 'How a recovery run should feel',
  'talk-test': 'The talk test',
  difference: 'Recovery run or easy run?',
  'walk-or-rest': 'When to walk or rest instead',
  wear: 'What to wear for a recovery run',
} as const;

/** A logged session older than the history keeps. */
export function runTooOld(keepDays: number): string {
  return `I only keep the last ${Math.round(keepDays / 7)} weeks, so that one is too old to log. Which day was it?`;
}

/** The read-back before saving: "A long run, 16 kilometres, yesterday. Shall I save it?" */
export function confirmRunSpeech(described: string): string {
  return `${described}. Shall I save it?`;
}

export function savedRunSpeech(described: string): string {
  return `Saved: ${described.charAt(0).toLowerCase()}${described.slice(1)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The answer to "what about X instead?", given the coach's judgement of the swap and its main reason. */
export function swapSpeech(swap: Swap, wanted: Activity, advised: Activity, reason: ReasonCode | undefined): string {
  const choice = ACTIVITY_NAME[wanted];
  const why = reason ? REASON[reason] : '';
  switch (swap) {
    case 'same':
      return `Yes, ${choice} is exactly what I suggested.`;
    case 'gentler':
      return `Yes, ${choice} is fine. Going gentler than planned is never a mistake, and recovery is part of training.`;
    case 'not-today':
      return [`I wouldn't today.`, why, `Stick with ${ACTIVITY_NAME[advised]}.`].filter(Boolean).join(' ');
    case 'too-much':
      return [`I'd hold off on ${choice} today.`, why, `${capitalise(ACTIVITY_NAME[advised])} is as much as today should ask.`].filter(Boolean).join(' ');
  }
}

/** A distance in kilometres, spoken in the runner's unit. */
export function distanceWords(km: number, unit: DistanceUnit, kmWord: { one: string; many: string }): string {
  const rounded = speakableDistance(km, unit);
  const one = rounded === 1;
  const word = unit === 'km' ? (one ? kmWord.one : kmWord.many) : one ? 'mile' : 'miles';
  return `${formatNumber(rounded)} ${word}`;
}

function effortWords(effort: number): string {
  if (effort <= 3) return 'easy';
  if (effort <= 5) return 'steady';
  if (effort <= 7) return 'hard';
  if (effort <= 9) return 'very hard';
  return 'all out';
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "today", "yesterday", "on Tuesday", or "on November 3" for a date more than a week back. */
export function dayWords(date: string, today: string): string {
  const back = daysBetween(date, today);
  if (back === 0) return 'today';
  if (back === 1) return 'yesterday';
  const d = new Date(`${date}T00:00:00Z`);
  if (back < 7) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** Reads a logged session back: "A long run, 16 kilometres in 1 hour 30 minutes, felt hard, yesterday". */
export function describeRun(
  run: { kind: SessionKind; distanceKm?: number; minutes?: number; effort?: number },
  unit: DistanceUnit,
  date: string,
  today: string,
  kmWord: { one: string; many: string },
  kindSaid = true,
): string {
  // A distance or time without a kind is stored as an easy run, but read back as just "a run".
  const name = kindSaid ? SESSION_NAME[run.kind] : 'run';
  const article = /^[aeiou]/.test(name) ? 'An' : 'A';
  const amount = [
    run.distanceKm !== undefined ? distanceWords(run.distanceKm, unit, kmWord) : '',
    run.minutes !== undefined ? `${run.distanceKm !== undefined ? 'in ' : ''}${minutesWords(run.minutes)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [`${article} ${name}`, amount, run.effort !== undefined ? `felt ${effortWords(run.effort)}` : '', dayWords(date, today)]
    .filter(Boolean)
    .join(', ');
}

export function minutesWords(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} ${whole === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const h = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? h : `${h} ${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
}

export function rangeWords(min: number, max: number): string {
  return min === max ? `${min} minutes` : `${min} to ${max} minutes`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function shoesSpeech(): string {
  const [first, ...others] = SHOE_PICKS;
  if (!first) return '';
  return [
    'For a recovery run, comfort beats speed.',
    'Reach for a soft, well-cushioned shoe that feels protective and does not tempt you to pick up the pace.',
    `A great pick right now is the ${first.name}, with ${first.why}.`,
    others.length > 0 ? `The ${listing(others.map((s) => s.name), 'and the')} also work well on easy days.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export const LEARN = {
  'recovery-run':
    "A recovery run is a short, relaxed run at an easy, unforced effort. It's about moving, not pace. It usually comes the day after a long run, a hard session or a race, and it should leave you feeling better than when you started.",
  feel:
    "A recovery run should feel light and easy. You should be able to hold a conversation the whole way. If you're checking your watch, pushing the pace, or grinding it out, it's too hard. And if it stops feeling easy, cut it short.",
  'talk-test':
    "The talk test is simple: if you can talk in full sentences while you run, your effort is right for an easy day. If you can only get out a few words, slow down.",
  difference:
    'An easy run is a general low-key run that builds your routine, fitness and time on your feet. A recovery run is more deliberate: it sits around your hard days, stays very easy, and helps you absorb the training rather than add to it. Easy runs are part of the build. Recovery runs help you soak it up.',
  'walk-or-rest':
    "A recovery run isn't always the answer. If you feel unusually tired, run down, or sore in a way that changes how you move, a walk, an easy bike ride, a swim, some mobility work or full rest is the better choice. Some days, the best thing for your running is not to run.",
  wear: shoesSpeech(),
} as const;

export const LEARN_MENU =
  'I can tell you what a recovery run is, how it should feel, how it differs from an easy run, when to walk or rest instead, and what to wear. Which would you like?';

// ---------------------------------------------------------------------------------------------------------------
// Echo Show screens (APL): the words on the advice and week screens. Shown, not spoken, so short labels are fine.
// ---------------------------------------------------------------------------------------------------------------

export const SCREEN = {
  adviceTitle: 'Today',
  why: 'Why',
  howLong: 'How long',
  howItShouldFeel: 'How it should feel',
  noRunToday: 'None today',
  weekTitle: 'Your last seven days',
  minutesAxis: 'Minutes of running per day',
  hardDay: 'Hard',
  easyDay: 'Easy',
  noRunsYet: 'No runs logged in the last seven days.',
  hint: 'Try "Alexa, why?"',
} as const;

/** "Recovery run": the activity as a screen headline. */
export function screenActivity(activity: Activity): string {
  const title = ACTIVITY_TITLE[activity];
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
}

/** "20-30 min": the minutes in a headline's few characters (the body says them in full, as Alexa does). */
export function screenMinutes(min: number, max: number): string {
  return min === max ? `${min} min` : `${min}-${max} min`;
}

/** "Tue": a day under the week chart. */
export function screenWeekday(date: string): string {
  return (WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '').slice(0, 3);
}

/** "Easy 80% · Hard 20%": the week's easy vs hard share of running time. */
export function screenShare(easyPercent: number): string {
  return `${SCREEN.easyDay} ${easyPercent}% · ${SCREEN.hardDay} ${100 - easyPercent}%`;
}

/** "3 runs · 1 hour 35 minutes · 12.5 miles": the week's totals, in the device's units. */
export function screenWeekTotals(runs: number, minutes: number, km: number, unit: DistanceUnit, kmWord: { one: string; many: string }): string {
  return [
    `${runs} ${runs === 1 ? 'run' : 'runs'}`,
    minutes > 0 ? minutesWords(minutes) : '',
    km > 0 ? distanceWords(km, unit, kmWord) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
// The daily check-in reminder. Amazon's reminder guidelines ask the skill to say what the reminder is for, its
// time and how often it repeats, and to set one only when asked ("Set Up Voice Permissions for Reminders", Best
// practices: https://developer.amazon.com/en-US/docs/alexa/smapi/voice-permissions-for-reminders.html).
// ---------------------------------------------------------------------------------------------------------------

/** A time of day as said: "7 in the morning", "6:30 in the morning", "noon", "9 in the evening". */
export function timeOfDayWords(hour: number, minute: number): string {
  if (hour === 12 && minute === 0) return 'noon';
  if (hour === 0 && minute === 0) return 'midnight';
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  const said = minute === 0 ? `${clock}` : `${clock}:${String(minute).padStart(2, '0')}`;
  const part = hour < 12 ? 'in the morning' : hour < 18 ? 'in the afternoon' : hour < 21 ? 'in the evening' : 'at night';
  return `${said} ${part}`;
}

export const REMINDER = {
  /** What Alexa says when the reminder goes off. */
  alertText: 'Time for your Recovery Coach check-in. Say: Alexa, ask Recovery Coach to check in.',
  askTime: 'What time should I remind you each day to check in, for example seven in the morning?',
  askTimeReprompt: 'What time each day should I remind you, for example seven in the morning?',
  help: 'I can remind you every day to do your check-in. Just tell me the time, for example seven in the morning. What time would you like?',
  set: (time: string) => `Done. I'll remind you every day at ${time} to check in.`,
  already: (time: string) => `You already have a daily check-in reminder at ${time}, so I've left it as it is. To change it, say stop my reminder, then set a new one.`,
  status: (time: string) => `Your check-in reminder is every day at ${time}.`,
  none: "You don't have a check-in reminder. To set one, say: remind me to check in every morning at seven.",
  deleted: "Okay, I've deleted your daily check-in reminder.",
  nothingToDelete: "You don't have a check-in reminder, so there's nothing to stop.",
  denied: "Okay, no reminder then. If you change your mind, you can allow reminders for Recovery Coach in the Alexa app, then ask me again.",
  notGranted: "I can't set reminders without your permission yet. You can allow reminders for Recovery Coach in the Alexa app, then ask me again.",
  noTime: 'Thanks, reminders are allowed now. To set one, say: remind me to check in every morning at seven.',
  timeout: "Sorry, Alexa's reminders didn't answer in time, so I can't confirm a reminder is set. Please ask me again in a minute.",
  failed: "Sorry, I couldn't reach Alexa's reminders just now, so I haven't set anything. Please try again in a minute.",
  readFailed: "Sorry, I couldn't reach Alexa's reminders just now, so I can't tell you about your reminder. Please try again in a minute.",
  deleteFailed: "Sorry, I couldn't reach Alexa's reminders just now, so your reminder hasn't been changed. Please try again in a minute.",
  /** Offered at the end of a runner's first check-in; "yes" asks for the time. */
  offer: 'Want me to remind you to check in each morning?',
  offerHelp: 'I can remind you every day to do this check-in, at a time you choose. Would you like a daily reminder, yes or no?',
  declined: "Okay, no reminder. If you'd like one later, just say: remind me to check in every morning. Go easy out there.",
};
