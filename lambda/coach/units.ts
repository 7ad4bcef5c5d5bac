/**
 * THE one place the project converts distances. The engine and the history keep kilometres; speech converts at
 * the edge with these helpers.
 */

export const DISTANCE_UNITS = ['km', 'mile'] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

/** International mile, exactly (1959 international yard and pound agreement). */
export const KM_PER_MILE = 1.609344;

export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

/** A distance in the runner's unit, in kilometres. */
export function toKm(distance: number, unit: DistanceUnit): number {
  return unit === 'mile' ? milesToKm(distance) : distance;
}

/** Kilometres, in the runner's unit. */
export function fromKm(km: number, unit: DistanceUnit): number {
  return unit === 'mile' ? kmToMiles(km) : km;
}

/**
 * Rounds to `decimals` places (0-10), half away from zero, so that values such as 1.005 or 4.35 round as a
 * person reading them would, not as their binary approximation would.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const sign = value < 0 ? -1 : 1;
  // 1.005 * 100 is 100.49999999999999 in binary; 15 significant digits give back the 100.5 a reader sees.
  const shifted = Number((Math.abs(value) * 10 ** places).toPrecision(15));
  return (sign * Math.round(shifted)) / 10 ** places;
}

/** Distances are spoken to one decimal ("five point two kilometres"). */
export function roundForSpeech(distance: number): number {
  return roundTo(distance, 1);
}

/** A distance in kilometres, converted to the runner's unit and rounded for speech. */
export function speakableDistance(km: number, unit: DistanceUnit): number {
  return roundForSpeech(fromKm(km, unit));
}
