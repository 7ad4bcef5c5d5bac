/**
 * A runner talking to the real skill: utterances go through the committed interaction model (the offline
 * simulator), the skill answers from a real local DynamoDB-API server, and the device's zone and units come
 * from a loopback settings API, behind the loopback Reminders API stand-in (one apiEndpoint, as Alexa gives).
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { LOCALE_DEFAULTS, type Locale } from '../../lambda/speech/locales.js';
import { AlexaSimulator, DEVICES, type DeviceName } from '../../local/simulator/index.js';
import { startRemindersApi, type RemindersApi } from '../../local/reminders-api.js';
import { startSettingsApi, type SettingsApi } from './settings-api.js';
import { TEST_SKILL_ID } from './envelopes.js';
import { startTestSkill, type TestSkill } from './skill.js';

export interface World {
  t: TestSkill;
  settings: SettingsApi;
  reminders: RemindersApi;
  /**
   * A runner on a device in `locale`; each call is a different runner unless `userId` repeats. `consent`: the
   * runner has already allowed reminders (the stand-in accepts their token and requests carry a consent token).
   * `personId`: a recognised voice. `device`: 'show' is an Echo Show (APL, a medium landscape viewport); default a
   * voice-only Echo.
   */
  runner(
    locale: Locale,
    options?: { userId?: string; timeZone?: string; metric?: boolean; consent?: boolean; personId?: string; device?: DeviceName },
  ): AlexaSimulator;
  close(): Promise<void>;
}

let serial = 0;

/** The API access token Alexa sends for a runner: the reminders stand-in keeps each runner's reminders under it. */
export function accessTokenOf(userId: string): string {
  return `test-access-token.${userId}`;
}

/**
 * What certification asks of every response, checked on each turn of every conversation test: a response
 * that keeps the microphone open asks a question, in the speech and in the reprompt.
 */
function certifiable(response: ResponseEnvelope): ResponseEnvelope {
  if (response.response.shouldEndSession === false) {
    for (const speech of [response.response.outputSpeech, response.response.reprompt?.outputSpeech]) {
      const ssml = speech && 'ssml' in speech ? String(speech.ssml) : '';
      if (!/\?<\/speak>$/.test(ssml)) throw new Error(`the microphone stays open without a question: ${ssml}`);
    }
  }
  return response;
}

/** `wire`: the skill reaches DynamoDB through tests/support/faulty-dynamo.ts, so a test can lose answers (`t.wire`). */
export async function startWorld(now = '2026-11-24T20:00:00Z', { wire = false }: { wire?: boolean } = {}): Promise<World> {
  const [t, settings] = await Promise.all([startTestSkill({ now, wire }), startSettingsApi()]);
  const reminders = await startRemindersApi({ now: () => t.now(), forward: settings.endpoint });
  return {
    t,
    settings,
    reminders,
    runner(locale, options = {}) {
      const deviceId = `amzn1.ask.device.test-${++serial}`;
      const timeZone = options.timeZone ?? LOCALE_DEFAULTS[locale].timeZone;
      const metric = options.metric ?? LOCALE_DEFAULTS[locale].unit === 'km';
      settings.set(deviceId, { timeZone, distanceUnits: metric ? 'METRIC' : 'IMPERIAL' });
      const userId = options.userId ?? `amzn1.ask.account.runner-${serial}`;
      const token = accessTokenOf(userId);
      if (options.consent) reminders.permit(token);
      return new AlexaSimulator({
        locale,
        invoke: async (request) => certifiable(await t.skill.invoke(request)),
        applicationId: TEST_SKILL_ID,
        userId,
        deviceId,
        timeZone,
        now: () => t.now(),
        apiEndpoint: reminders.endpoint,
        apiAccessToken: token,
        consent: options.consent === true,
        onConsent: () => reminders.permit(token),
        ...(options.personId !== undefined ? { personId: options.personId } : {}),
        ...DEVICES[options.device ?? 'echo'],
      });
    },
    close: async () => {
      await Promise.all([t.close(), settings.close(), reminders.close()]);
    },
  };
}
