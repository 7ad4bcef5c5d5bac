/**
 * Phrasings -> what to send to real Alexa with the ASK CLI:
 * - `ask dialog --replay <file>` files, one per locale and context. The replay format is the ASK CLI's
 *   (https://github.com/alexa/ask-cli/blob/develop/docs/concepts/Dialog-Command.md, "Format for the Replay file"):
 *   `{ skillId, locale, type: "text", userInput: [...] }`, sent turn by turn through the skill simulation API,
 *   so each answer reaches the skill after the question it answers, as on a device.
 * - `ask smapi profile-nlu` calls (ASK CLI Smapi-Command reference, "profile-nlu": `-u <utterance> -s <skill-id>
 *   -g <stage> -l <locale>`) for the openings. The utterance profiler "doesn't call an endpoint or invoke a skill"
 *   (https://developer.amazon.com/docs/smapi/utterance-profiler-api.html), so it cannot know which question the
 *   skill just asked: answers are checked through the replay files only.
 * Pure: no files, no network.
 */
import type { Context, CorpusLocale, Phrasing } from './phrasings.js';

export const INVOCATION = 'recovery coach';
export const PLACEHOLDER_SKILL_ID = 'amzn1.ask.skill.YOUR-SKILL-ID';

/**
 * What is said before an answer so that the skill has just asked its question. The check-in asks the legs,
 * the sleep and the wellbeing questions every time; "what did you do yesterday?" is asked only when the history
 * does not know, so that lead-in first deletes the (test) account's data.
 */
export const LEAD_INS: Readonly<Record<Context, readonly string[]>> = {
  opening: [],
  legs: [`ask ${INVOCATION} to check in`],
  sleep: [`ask ${INVOCATION} to check in`, 'okay'],
  feeling: [`ask ${INVOCATION} to check in`, 'okay', 'well'],
  yesterday: [`ask ${INVOCATION} to delete my data`, 'yes', `ask ${INVOCATION} should I run today`, 'okay'],
};

/** The question each lead-in leaves open: the slot the skill elicits next. */
export const ASKED_SLOT: Readonly<Record<Exclude<Context, 'opening'>, string>> = {
  legs: 'legs',
  sleep: 'sleep',
  feeling: 'feeling',
  yesterday: 'yesterday',
};

/** Said after each phrasing, so the next one starts a new session. */
export const CLOSE = 'stop';
/** Ends `ask dialog` once the replay is done (without it the CLI stays interactive). */
export const QUIT = '.quit';

export interface ReplayFile {
  /** File name, e.g. "en-GB-legs.json". */
  name: string;
  locale: CorpusLocale;
  context: Context;
  /** The phrasings in this file, in order. */
  phrasings: Phrasing[];
  body: { skillId: string; locale: CorpusLocale; type: 'text'; userInput: string[] };
}

export interface ProfileCall {
  phrasing: Phrasing;
  /** argv for the `ask` executable. */
  args: string[];
}

export interface Plan {
  replays: ReplayFile[];
  profiles: ProfileCall[];
}

export interface PlanOptions {
  skillId: string;
  stage: 'development' | 'live';
}

const QUESTION_START = /^(should|shall|can|could|do|does|did|is|am|are|was|will|would|what|what's|whats|how|how's|why|when|which|where|who|tell|give|any)\b/i;

/** "ask recovery coach should I run" for a question, "tell recovery coach I jogged four miles" for a statement. */
export function oneShot(text: string): string {
  return QUESTION_START.test(text) ? `ask ${INVOCATION} ${text}` : `tell ${INVOCATION} ${text}`;
}

/** The turns that put one phrasing to Alexa in its context. */
export function turnsFor(phrasing: Phrasing): string[] {
  if (phrasing.context === 'opening') return [oneShot(phrasing.text), CLOSE];
  return [...LEAD_INS[phrasing.context], phrasing.text, CLOSE];
}

export function planAskCliInputs(phrasings: readonly Phrasing[], options: PlanOptions): Plan {
  const groups = new Map<string, Phrasing[]>();
  for (const p of phrasings) {
    const key = `${p.locale}-${p.context}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const replays: ReplayFile[] = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const first = group[0];
      if (!first) throw new Error(`empty group ${key}`);
      return {
        name: `${key}.json`,
        locale: first.locale,
        context: first.context,
        phrasings: group,
        body: { skillId: options.skillId, locale: first.locale, type: 'text', userInput: [...group.flatMap(turnsFor), QUIT] },
      };
    });
  const profiles = phrasings
    .filter((p) => p.context === 'opening')
    .map((phrasing) => ({
      phrasing,
      args: ['smapi', 'profile-nlu', '-s', options.skillId, '-g', options.stage, '-l', phrasing.locale, '-u', phrasing.text],
    }));
  return { replays, profiles };
}

/** A POSIX shell line for an argv, each word quoted only when it needs it. */
export function shellLine(command: string, args: readonly string[]): string {
  return [command, ...args].map(shellWord).join(' ');
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
