/**
 * The locales the skill ships in, and the few words that differ between them. Everything else in the model is
 * shared, so a phrase added once reaches every locale.
 */
import { LOCALES, type Locale } from '../../lambda/speech/locales.js';

// One list of locales: the model ships in exactly the locales the speech catalogue serves.
export { LOCALES, type Locale };

export interface LocaleWords {
  locale: Locale;
  /** Spelling Alexa's speech recognition writes for the metric unit in this locale. */
  kilometre: string;
  kilometres: string;
  /** What runners here call their running shoes (first one is the usual word). */
  shoes: readonly string[];
  /** What runners here call their running clothes. */
  clothes: readonly string[];
  /** Local words for worn-out legs, on top of the shared ones. */
  tiredLegs: readonly string[];
  /** Local team sports and classes that count as cross-training. */
  crossTraining: readonly string[];
  /** Local races that are not a standard distance. */
  races: readonly string[];
  /** Local words for a part of the day, on top of the shared ones ("this arvo"). */
  times: readonly string[];
}

export const LOCALE_WORDS: Record<Locale, LocaleWords> = {
  'en-US': {
    locale: 'en-US',
    kilometre: 'kilometer',
    kilometres: 'kilometers',
    shoes: ['sneakers', 'shoes', 'running shoes'],
    clothes: ['gear', 'clothes', 'running gear'],
    tiredLegs: ['beat', 'wiped', 'pooped', 'gassed'],
    crossTraining: ['soccer', 'basketball', 'stair climber', 'peloton'],
    races: ['turkey trot', 'road race'],
    times: [],
  },
  'en-GB': {
    locale: 'en-GB',
    kilometre: 'kilometre',
    kilometres: 'kilometres',
    shoes: ['trainers', 'shoes', 'running shoes'],
    clothes: ['kit', 'clothes', 'running kit'],
    tiredLegs: ['knackered', 'shattered', 'cream crackered', 'done in'],
    crossTraining: ['football', 'netball', 'rugby', 'circuits'],
    races: ['cross country race', 'fell race'],
    times: [],
  },
  'en-AU': {
    locale: 'en-AU',
    kilometre: 'kilometre',
    kilometres: 'kilometres',
    shoes: ['runners', 'shoes', 'running shoes'],
    clothes: ['gear', 'kit', 'clothes'],
    tiredLegs: ['stuffed', 'buggered', 'knackered'],
    crossTraining: ['footy', 'netball', 'surfing', 'cricket'],
    races: ['city to surf', 'bay run'],
    times: ['this arvo'],
  },
  'en-CA': {
    locale: 'en-CA',
    kilometre: 'kilometre',
    kilometres: 'kilometres',
    shoes: ['runners', 'shoes', 'running shoes'],
    clothes: ['gear', 'clothes', 'running gear'],
    tiredLegs: ['beat', 'bagged', 'wiped'],
    crossTraining: ['hockey', 'skating', 'cross country skiing', 'soccer'],
    races: ['road race'],
    times: [],
  },
  'en-IN': {
    locale: 'en-IN',
    kilometre: 'kilometre',
    kilometres: 'kilometres',
    // "jogging", "walk" and "gym" are shared words of every locale already (slot-types.ts).
    shoes: ['shoes', 'running shoes', 'sports shoes'],
    clothes: ['kit', 'clothes', 'running clothes'],
    tiredLegs: ['fully tired'],
    crossTraining: ['cricket', 'badminton', 'kabaddi'],
    races: ['road race'],
    times: [],
  },
};
