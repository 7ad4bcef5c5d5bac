import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INTENTS, INTENTS } from '../../lambda/conversation/contract.js';
import { LOCALES } from '../../lambda/speech/locales.js';
import { loadInteractionModel } from '../../local/simulator/index.js';
import { intentRequest } from '../support/envelopes.js';
import { startTestSkill, type TestSkill } from '../support/skill.js';

const HANDLED = [...Object.values(INTENTS).map((i) => i.name), ...BUILT_IN_INTENTS];

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

  it.each(modelIntents.filter((name) => name !== 'AMAZON.FallbackIntent'))(
    '%s reaches its own handler, not the fallback or the error handler',
    async (intent) => {
      const outcome = await outcomeOf(intent, locale);
      expect(outcome).not.toBe('fallback');
      expect(outcome).not.toBe('answered');
      expect(outcome).not.toBe('rejected');
    },
  );

  it('AMAZON.FallbackIntent reaches the fallback', async () => {
    expect(await outcomeOf('AMAZON.FallbackIntent', locale)).toBe('fallback');
  });
});
