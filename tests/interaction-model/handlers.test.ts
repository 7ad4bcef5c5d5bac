import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INTENTS, INTENTS } from '../../lambda/conversation/contract.js';
import { LOCALES } from '../../lambda/speech/locales.js';
import { loadInteractionModel } from '../../local/simulator/index.js';
import { intentRequest } from '../support/envelopes.js';
import { startTestSkill, type TestSkill } from '../support/skill.js';

const HANDLED = [...Object.values(INTENTS).map((i) => i.name), ...BUILT_IN_INTENTS];

/**
 * What each intent does when it arrives with no slots, in a new session, for a runner with no history: the first
 * step of its own handler (ShouldIRun and CheckIn ask for the legs; the follow-ups have no advice to explain yet).
 */
const OUTCOME_OF_BARE_INTENT: Record<string, string> = {
  ShouldIRunIntent: 'elicit:legs',
  CheckInIntent: 'elicit:legs',
  LogRunIntent: 'elicit:log-details',
  WeekIntent: 'week',
  WhyIntent: 'follow-up:no-advice',
  InsteadIntent: 'follow-up:no-advice',
  FeelIntent: 'follow-up:feel',
  LearnIntent: 'learn:menu',
  WearIntent: 'learn:wear',
  DeleteDataIntent: 'delete:confirm',
  ExperienceIntent: 'experience:unmatched',
  // No time said: asked for. No permission granted: nothing to read or stop, without calling the API.
  SetReminderIntent: 'reminder:ask-time',
  ReminderStatusIntent: 'reminder-status:none',
  CancelReminderIntent: 'reminder-cancel:none',
  'AMAZON.HelpIntent': 'help',
  'AMAZON.StopIntent': 'stop',
  'AMAZON.CancelIntent': 'stop',
  'AMAZON.NavigateHomeIntent': 'stop',
  'AMAZON.YesIntent': 'yes:menu',
  'AMAZON.NoIntent': 'no:goodbye',
  'AMAZON.FallbackIntent': 'fallback',
};

let t: TestSkill;
beforeAll(async () => {
  t = await startTestSkill();
});
afterAll(() => t.close());

async function outcomeOf(intent: string, locale: string): Promise<string> {
  t.logs.length = 0;
  await t.skill.invoke(intentRequest(intent, [], { locale }));
  const line = JSON.parse(t.logs[0] ?? '{}') as { outcome?: string };
  return line.outcome ?? '';
}

describe.each(LOCALES)('%s: the model and the handlers agree', (locale) => {
  const modelIntents = loadInteractionModel(locale).languageModel.intents.map((i) => i.name);

  it('declares every intent the skill handles', () => {
    expect([...modelIntents].sort()).toEqual([...HANDLED].sort());
  });

  it('reaches, for each intent with no slots filled, the handler that owns it (its outcome in the log line)', async () => {
    const reached: Record<string, string> = {};
    for (const intent of modelIntents) reached[intent] = await outcomeOf(intent, locale);
    expect(reached).toEqual(OUTCOME_OF_BARE_INTENT);
  });
});
