/**
 * Current recovery-shoe picks, kept as data so they can be updated without touching the speech.
 * Source: the coach's article (soft, max-cushion shoes that do not tempt you to speed up).
 */
export interface ShoePick {
  name: string;
  /** Why it suits a recovery day, in a few spoken words. */
  why: string;
}

export const SHOE_PICKS: readonly ShoePick[] = [
  { name: 'Puma MagMax 2', why: 'a wide, stable base with a soft, protective midsole' },
  { name: 'Saucony Triumph 23', why: 'plush cushioning for slow, easy miles' },
  { name: 'Asics Gel-Nimbus 28', why: 'a soft, forgiving ride for tired legs' },
];
