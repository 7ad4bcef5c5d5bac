/**
 * The pretend wall clock for the test suite: when TEST_CLOCK_OFFSET_MS is set, `Date.now()` and `new Date()`
 * read the real clock shifted by that offset, in the Vitest workers (a setup file) and in every child process
 * the tests start (NODE_OPTIONS=--import). The offset, not an instant, is shared, so a console started twenty
 * seconds into a test agrees with the test about what time it is. Plain JavaScript: it loads before tsx does.
 */
const offset = Number(process.env.TEST_CLOCK_OFFSET_MS);
const RealDate = globalThis.Date;

if (Number.isFinite(offset) && offset !== 0 && RealDate.name !== 'PretendDate') {
  const now = () => RealDate.now() + offset;
  // Instances stay real Dates (same prototype), so `instanceof Date` holds for dates Node itself makes.
  function PretendDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new RealDate(...args);
  }
  PretendDate.prototype = RealDate.prototype;
  PretendDate.now = now;
  PretendDate.parse = RealDate.parse;
  PretendDate.UTC = RealDate.UTC;
  globalThis.Date = PretendDate;
}
