import type { DistanceUnit } from '../coach/index.js';

export const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleDefaults {
  /** Used until the device settings or the runner's own words say otherwise. */
  unit: DistanceUnit;
  /** Used when neither the settings API nor the profile knows the device's zone. */
  timeZone: string;
  /** Spelling of the metric unit in speech and cards. */
  kilometreWord: { one: string; many: string };
}

export const LOCALE_DEFAULTS: Record<Locale, LocaleDefaults> = {
  'en-US': { unit: 'mile', timeZone: 'America/New_York', kilometreWord: { one: 'kilometer', many: 'kilometers' } },
  'en-GB': { unit: 'km', timeZone: 'Europe/London', kilometreWord: { one: 'kilometre', many: 'kilometres' } },
  'en-AU': { unit: 'km', timeZone: 'Australia/Sydney', kilometreWord: { one: 'kilometre', many: 'kilometres' } },
  // Canada and India run in kilometres and spell them the British way; the device setting still comes first.
  'en-CA': { unit: 'km', timeZone: 'America/Toronto', kilometreWord: { one: 'kilometre', many: 'kilometres' } },
  'en-IN': { unit: 'km', timeZone: 'Asia/Kolkata', kilometreWord: { one: 'kilometre', many: 'kilometres' } },
};

/** Any other English locale is served in the closest one we support; anything else falls back to en-US. */
export function toLocale(requested: string | undefined): Locale {
  if (requested && (LOCALES as readonly string[]).includes(requested)) return requested as Locale;
  if (requested === 'en-IE') return 'en-GB';
  if (requested === 'en-NZ') return 'en-AU';
  return 'en-US';
}
