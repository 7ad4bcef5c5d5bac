import { defineConfig } from 'vitest/config';

/**
 * No test reads the real wall clock. Every test file runs under a pretend clock (tests/support/wall-clock.mjs,
 * also loaded into every child process through NODE_OPTIONS), and the files that talk to the skill through
 * its clock (consoles, servers, the simulator, conversations) run at three instants spread over the day and
 * the year. A test that passes only at some hours therefore fails on every run, whenever CI runs.
 */
const SHIM = new URL('./tests/support/wall-clock.mjs', import.meta.url);

/** What the runner's day looks like at each instant, in the locales' usual zones. */
const INSTANTS = {
  // New York 21:30 the evening before, London 02:30, Sydney 13:30: midnight-ish, nobody's morning but Sydney's.
  night: '2026-11-25T02:30:00Z',
  // New York 06:10, London 11:10 (summer time), Sydney 20:10: a Sunday morning in the northern summer.
  morning: '2026-06-14T10:10:00Z',
  // New York 12:40, London 17:40, Sydney 04:40 next day: the end of February in a leap-free year.
  evening: '2027-02-28T17:40:00Z',
} as const;

const TIME_SENSITIVE = [
  'tests/local/**/*.test.ts',
  'tests/conversations/**/*.test.ts',
  'tests/handlers/**/*.test.ts',
  'tests/simulator/**/*.test.ts',
  'tests/interaction-model/**/*.test.ts',
];

/**
 * Inside those folders, files that pass their own fixed instant to everything they call: the wall clock cannot
 * reach them, so running them at three instants would only triple the longest file of the suite.
 */
const CLOCK_FREE = ['tests/interaction-model/expanded-samples.test.ts'];

/** The offset, not the instant, is handed over, so processes started later agree on the time. */
function clockEnv(instant: string): Record<string, string> {
  const offset = Date.parse(instant) - Date.now();
  const nodeOptions = [process.env.NODE_OPTIONS, `--import=${SHIM.href}`].filter(Boolean).join(' ');
  return { TEST_CLOCK_OFFSET_MS: String(offset), NODE_OPTIONS: nodeOptions };
}

export default defineConfig({
  test: {
    // Two cores: forks keep native modules (leveldb) and servers isolated per file.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, so one file at a time here: the suite took 914 s on a
    // clean clone (3 December), near CI's 15 minutes. Two workers: 620 s, nothing flaky in the run.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: [SHIM.href],
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['tests/**/*.test.ts'],
          exclude: TIME_SENSITIVE,
          env: { ...quietSdk(), ...clockEnv(INSTANTS.night) },
        },
      },
      {
        extends: true,
        test: { name: 'clock-free', include: CLOCK_FREE, env: { ...quietSdk(), ...clockEnv(INSTANTS.night) } },
      },
      ...Object.entries(INSTANTS).map(([name, instant]) => ({
        extends: true as const,
        test: { name: `at ${name} (${instant})`, include: TIME_SENSITIVE, exclude: CLOCK_FREE, env: { ...quietSdk(), ...clockEnv(instant) } },
      })),
    ],
  },
});

/** Node 20 here, Node 22 on Lambda: the SDK's reminder about that is known and only clutters test output. */
function quietSdk(): Record<string, string> {
  return { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
}
