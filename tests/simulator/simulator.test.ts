import type { Directive, Intent, IntentRequest, RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../lambda/conversation/contract.js';
import { DEFAULT_SKILL_ID } from '../../local/simulator/resolve.js';
import {
  AlexaSimulator,
  InvalidResponseError,
  UnsupportedDirectiveError,
  stripInvocation,
  type SimulatorOptions,
} from '../../local/simulator/simulator.js';

type Reply = Response | ((request: RequestEnvelope) => Response);

/**
 * A stand-in skill: answers each request with the next scripted reply (the last one repeats), echoing a turn
 * counter in the session attributes, and keeps every request it was sent.
 */
function fakeSkill(...replies: Reply[]) {
  const requests: RequestEnvelope[] = [];
  const invoke = async (request: RequestEnvelope): Promise<ResponseEnvelope> => {
    requests.push(request);
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)] ?? {};
    const response = typeof reply === 'function' ? reply(request) : reply;
    const turns = Number(request.session?.attributes?.['turns'] ?? 0) + 1;
    return { version: '1.0', sessionAttributes: { turns, from: request.request.type }, response };
  };
  return { invoke, requests };
}

const ask = (text: string, extra: Partial<Response> = {}): Response => ({
  outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` },
  reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` } },
  shouldEndSession: false,
  ...extra,
});
const tell = (text: string): Response => ({ outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` }, shouldEndSession: true });

function clock(start = '2026-11-26T07:00:00.000Z') {
  let t = Date.parse(start);
  const seen: string[] = [];
  const now = () => {
    t += 1000;
    const d = new Date(t);
    seen.push(d.toISOString());
    return d;
  };
  return { now, seen };
}

function simulator(invoke: SimulatorOptions['invoke'], options: Partial<SimulatorOptions> = {}) {
  return new AlexaSimulator({ locale: 'en-GB', invoke, now: clock().now, ...options });
}

function intentOf(request: RequestEnvelope | undefined): Intent {
  if (request?.request.type !== 'IntentRequest') throw new Error(`expected an IntentRequest, got ${request?.request.type}`);
  return request.request.intent;
}

function ids(intent: Intent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const slot of Object.values(intent.slots ?? {})) {
    if (slot.value === undefined) continue;
    out[slot.name] = slot.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id ?? slot.value;
  }
  return out;
}

describe('request envelopes', () => {
  it('builds a well-formed LaunchRequest in a new session', async () => {
    const skill = fakeSkill(ask('Hi'));
    const { now, seen } = clock();
    const sim = new AlexaSimulator({
      locale: 'en-GB',
      invoke: skill.invoke,
      now,
      userId: 'amzn1.ask.account.TEST',
      deviceId: 'amzn1.ask.device.TEST',
      apiAccessToken: 'token-1',
      supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } },
    });
    const turn = await sim.launch();
    const request = skill.requests[0];
    expect(request).toEqual(turn.request);
    expect(request).toMatchObject({
      version: '1.0',
      session: {
        new: true,
        application: { applicationId: DEFAULT_SKILL_ID },
        user: { userId: 'amzn1.ask.account.TEST' },
        attributes: {},
      },
      context: {
        System: {
          application: { applicationId: DEFAULT_SKILL_ID },
          user: { userId: 'amzn1.ask.account.TEST' },
          device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } },
          apiEndpoint: 'https://api.eu.amazonalexa.com',
          apiAccessToken: 'token-1',
        },
      },
      request: { type: 'LaunchRequest', locale: 'en-GB' },
    });
    expect(request?.session?.sessionId).toMatch(/^amzn1\.echo-api\.session\./);
    expect(request?.request.requestId).toMatch(/^amzn1\.echo-api\.request\./);
    expect(request?.request.timestamp).toBe(seen.at(-1));
  });

  it('continues the session: new is false, attributes come back, every request has its own id and time', async () => {
    const skill = fakeSkill(ask('How do your legs feel?'), ask('And yesterday?'), tell('Recovery run.'));
    const { now, seen } = clock();
    const sim = simulator(skill.invoke, { now });
    await sim.launch();
    await sim.say('should I run today');
    await sim.say('what should I do today');
    const [first, second, third] = skill.requests;
    expect([first?.session?.new, second?.session?.new, third?.session?.new]).toEqual([true, false, false]);
    expect(new Set(skill.requests.map((r) => r.session?.sessionId)).size).toBe(1);
    expect(second?.session?.attributes).toEqual({ turns: 1, from: 'LaunchRequest' });
    expect(third?.session?.attributes).toEqual({ turns: 2, from: 'IntentRequest' });
    expect(new Set(skill.requests.map((r) => r.request.requestId)).size).toBe(3);
    expect(skill.requests.map((r) => r.request.timestamp)).toEqual(seen);
    expect(intentOf(second).name).toBe(INTENTS.ShouldIRun.name);
    expect((second?.request as IntentRequest).dialogState).toBe('STARTED');
  });

  it.each([
    ['en-US', 'https://api.amazonalexa.com'],
    ['en-GB', 'https://api.eu.amazonalexa.com'],
    ['en-AU', 'https://api.fe.amazonalexa.com'],
    ['en-CA', 'https://api.amazonalexa.com'],
    ['en-IN', 'https://api.eu.amazonalexa.com'],
  ] as const)('%s requests carry the locale and its region endpoint', async (locale, endpoint) => {
    const skill = fakeSkill(tell('Bye'));
    await new AlexaSimulator({ locale, invoke: skill.invoke }).oneShot('should I run today');
    expect(skill.requests[0]?.request.locale).toBe(locale);
    expect(skill.requests[0]?.context.System.apiEndpoint).toBe(endpoint);
  });

  it.each([
    ['en-CA', 'America/Toronto'],
    ['en-IN', 'Asia/Kolkata'],
  ] as const)('%s devices default to %s', (locale, zone) => {
    expect(new AlexaSimulator({ locale, invoke: fakeSkill(tell('Bye')).invoke }).timeZone).toBe(zone);
  });

  it("resolves dates in the device's time zone at the simulator's now", async () => {
    const skill = fakeSkill(tell('Logged'));
    // 20:00 UTC on Wednesday 25 November is Thursday morning in Sydney.
    const sim = new AlexaSimulator({ locale: 'en-AU', invoke: skill.invoke, now: () => new Date('2026-11-25T20:00:00Z') });
    expect(sim.timeZone).toBe('Australia/Sydney');
    await sim.oneShot('I did a parkrun yesterday');
    expect(ids(intentOf(skill.requests[0]))).toEqual({ kind: 'race-5k', day: '2026-11-25' });
  });

  it('hands the skill a copy, so the turn shows what was sent', async () => {
    const sim = simulator(async (request) => {
      request.request.type = 'LaunchRequest';
      if (request.session) request.session.attributes = { tampered: true };
      return { version: '1.0', response: tell('Done') };
    });
    const turn = await sim.oneShot('should I run today');
    expect(turn.request.request.type).toBe('IntentRequest');
    expect(turn.request.session?.attributes).toEqual({});
  });
});

describe('turns', () => {
  it('reports speech without SSML, the reprompt, the card and directives', async () => {
    const skill = fakeSkill(
      ask('Take it <emphasis level="moderate">easy</emphasis>.<break time="300ms"/> Rest &amp; recover.', {
        card: { type: 'Simple', title: 'Recovery Coach', content: 'Rest today.' },
      }),
    );
    const turn = await simulator(skill.invoke).launch();
    expect(turn.speech).toBe('Take it easy. Rest & recover.');
    expect(turn.ssml).toContain('<emphasis level="moderate">');
    expect(turn.reprompt).toBe('Take it easy. Rest & recover.');
    expect(turn.card).toEqual({ title: 'Recovery Coach', text: 'Rest today.' });
    expect(turn.directives).toEqual([]);
    expect(turn.shouldEndSession).toBe(false);
    expect(turn.sessionOpen).toBe(true);
    expect(turn.response.sessionAttributes).toEqual({ turns: 1, from: 'LaunchRequest' });
  });

  it('says how an utterance was understood', async () => {
    const turn = await simulator(fakeSkill(tell('ok')).invoke).oneShot('my legs feel like lead');
    expect(turn.resolution?.intent.name).toBe(INTENTS.ShouldIRun.name);
    expect(turn.resolution?.sample).toBe('my legs feel {legs}');
  });
});

describe('session lifetime', () => {
  it('closes when the skill ends the session; the next say() is a one-shot in a new session', async () => {
    const skill = fakeSkill(ask('Hi'), tell('Rest today.'), tell('Logged.'));
    const sim = simulator(skill.invoke);
    await sim.launch();
    const end = await sim.say('should I run today');
    expect(end.sessionOpen).toBe(false);
    expect(end.shouldEndSession).toBe(true);
    expect(sim.sessionOpen).toBe(false);
    await sim.say('I did intervals today');
    const [launch, , again] = skill.requests;
    expect(again?.session?.new).toBe(true);
    expect(again?.session?.sessionId).not.toBe(launch?.session?.sessionId);
    expect(again?.session?.attributes).toEqual({});
  });

  it('ends the session when shouldEndSession is unset, unless a dialog directive keeps it open', async () => {
    const speakOnly: Response = { outputSpeech: { type: 'PlainText', text: 'Rest today.' } };
    const closed = await simulator(fakeSkill(speakOnly).invoke).launch();
    expect(closed.sessionOpen).toBe(false);
    const elicit: Response = {
      outputSpeech: { type: 'PlainText', text: 'How do your legs feel?' },
      directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'legs', updatedIntent: { name: INTENTS.CheckIn.name, confirmationStatus: 'NONE' } }],
    };
    const open = await simulator(fakeSkill(elicit).invoke).launch();
    expect(open.sessionOpen).toBe(true);
    expect(open.shouldEndSession).toBe(false);
  });

  it('sends a SessionEndedRequest with the reason and closes the session', async () => {
    const skill = fakeSkill(ask('Hi'), {});
    const sim = simulator(skill.invoke);
    await sim.launch();
    const turn = await sim.endSession('EXCEEDED_MAX_REPROMPTS');
    const request = skill.requests[1];
    expect(request?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS', locale: 'en-GB' });
    expect(request?.session?.new).toBe(false);
    expect(request?.session?.sessionId).toBe(skill.requests[0]?.session?.sessionId);
    expect(turn.sessionOpen).toBe(false);
    expect(sim.sessionOpen).toBe(false);
    await expect(sim.endSession()).rejects.toThrow(/no session is open/);
  });

  it('describes an ERROR ending', async () => {
    const skill = fakeSkill(ask('Hi'), {});
    const sim = simulator(skill.invoke);
    await sim.launch();
    await sim.endSession('ERROR');
    expect(skill.requests[1]?.request).toMatchObject({ reason: 'ERROR', error: { type: 'INVALID_RESPONSE' } });
  });

  it('treats "exit" as the user ending the session', async () => {
    const skill = fakeSkill(ask('Hi'), {});
    const sim = simulator(skill.invoke);
    await sim.launch();
    await sim.say('Exit');
    expect(skill.requests[1]?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    expect(sim.sessionOpen).toBe(false);
  });

  it('refuses to start a session over an open one', async () => {
    const sim = simulator(fakeSkill(ask('Hi')).invoke);
    await sim.launch();
    await expect(sim.launch()).rejects.toThrow(/already open/);
    await expect(sim.oneShot('should I run today')).rejects.toThrow(/already open/);
  });

  it('closes the session when the skill throws, and passes the error on', async () => {
    let calls = 0;
    const sim = simulator(async () => {
      calls += 1;
      if (calls === 2) throw new Error('skill broke');
      return { version: '1.0', response: ask('Hi') };
    });
    await sim.launch();
    await expect(sim.say('should I run today')).rejects.toThrow('skill broke');
    expect(sim.sessionOpen).toBe(false);
  });
});

describe('one-shots', () => {
  it.each([
    ['Alexa, ask recovery coach to log a run', 'log a run'],
    ['ask recovery coach should I run today?', 'should i run today'],
    ['tell recovery coach I ran eight k', 'i ran eight k'],
    ['open recovery coach and check in', 'check in'],
    ['log a run using recovery coach', 'log a run'],
    ['what should I wear', 'what should I wear'],
    ['open recovery coach', undefined],
    ['Alexa, launch Recovery Coach.', undefined],
    ['ask recovery coach', ''],
  ])('"%s" -> %j', (said, expected) => {
    expect(stripInvocation(said)).toBe(expected);
  });

  it('sends the request part as an IntentRequest in a new session', async () => {
    const skill = fakeSkill(tell('Logged.'));
    const turn = await simulator(skill.invoke).oneShot('Alexa, ask recovery coach to log a long run of ninety minutes');
    const request = skill.requests[0];
    expect(request?.session?.new).toBe(true);
    expect(intentOf(request).name).toBe(INTENTS.LogRun.name);
    expect(ids(intentOf(request))).toEqual({ kind: 'long-run', duration: 'PT90M' });
    expect(turn.sessionOpen).toBe(false);
  });

  it('launches for "open recovery coach" and for a bare "ask recovery coach"', async () => {
    for (const said of ['open recovery coach', 'ask recovery coach']) {
      const skill = fakeSkill(tell('Hi'));
      await simulator(skill.invoke).oneShot(said);
      expect(skill.requests[0]?.request.type, said).toBe('LaunchRequest');
    }
  });

  it('say() with no session open is a one-shot', async () => {
    const skill = fakeSkill(tell('Bye'));
    await simulator(skill.invoke).say('tell recovery coach what did I do this week');
    expect(skill.requests[0]?.session?.new).toBe(true);
    expect(intentOf(skill.requests[0]).name).toBe(INTENTS.Week.name);
  });
});

describe('dialogs the skill drives', () => {
  const elicit = (slot: string, intent: Intent | undefined, text = 'Tell me more'): Response => {
    const directive: Directive = intent
      ? { type: 'Dialog.ElicitSlot', slotToElicit: slot, updatedIntent: intent }
      : { type: 'Dialog.ElicitSlot', slotToElicit: slot };
    return ask(text, { directives: [directive] });
  };

  it('applies ElicitSlot with updatedIntent (launch chained into the check-in) to the next answer', async () => {
    const checkIn: Intent = { name: INTENTS.CheckIn.name, confirmationStatus: 'NONE' };
    const skill = fakeSkill(
      elicit('legs', checkIn, 'Morning! How do your legs feel?'),
      (request) => elicit('sleep', intentOf(request), 'And how did you sleep?'),
      tell('Thanks.'),
    );
    const sim = simulator(skill.invoke);
    await sim.launch();
    expect(sim.pendingDialog).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'legs' });
    await sim.say('heavy');
    const answer = skill.requests[1]?.request as IntentRequest;
    expect(answer.intent.name).toBe(INTENTS.CheckIn.name);
    expect(answer.dialogState).toBe('IN_PROGRESS');
    expect(ids(answer.intent)).toEqual({ legs: 'heavy' });
    await sim.say('badly');
    expect(ids(intentOf(skill.requests[2]))).toEqual({ legs: 'heavy', sleep: 'bad' });
    expect(sim.pendingDialog).toBeUndefined();
  });

  it('uses the request intent when ElicitSlot has no updatedIntent', async () => {
    const skill = fakeSkill(elicit('legs', undefined, 'How do your legs feel?'), tell('Recovery run.'));
    const sim = simulator(skill.invoke);
    await sim.oneShot('should I run after my long run yesterday');
    await sim.say('a bit tired');
    const intent = intentOf(skill.requests[1]);
    expect(intent.name).toBe(INTENTS.ShouldIRun.name);
    expect(ids(intent)).toEqual({ yesterday: 'long-run', legs: 'heavy' });
  });

  it('sends an answer that fits no sample to the skill in the asked-for slot, as the runner\'s words with ER_SUCCESS_NO_MATCH', async () => {
    const skill = fakeSkill(elicit('legs', undefined, 'How do your legs feel?'), ask('Sorry, how do your legs feel?'));
    const sim = simulator(skill.invoke);
    await sim.oneShot('should I run today');
    await sim.say('my knee hurts when I walk downstairs');
    const request = skill.requests[1]?.request as IntentRequest;
    expect(request.intent.name).toBe(INTENTS.ShouldIRun.name);
    expect(request.dialogState).toBe('IN_PROGRESS');
    const legs = request.intent.slots?.['legs'];
    expect(legs?.value).toBe('my knee hurts when i walk downstairs');
    expect(legs?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
  });

  it('keeps dialog context for one turn only', async () => {
    const skill = fakeSkill(elicit('legs', undefined), ask('Okay.'), ask('Okay.'));
    const sim = simulator(skill.invoke);
    await sim.oneShot('should I run today');
    await sim.say('what did I do this week');
    await sim.say('heavy');
    expect(intentOf(skill.requests[1]).name).toBe(INTENTS.Week.name);
    expect(intentOf(skill.requests[2]).name).toBe('AMAZON.FallbackIntent');
  });

  it('turns yes and no after ConfirmIntent into CONFIRMED and DENIED, slots kept', async () => {
    const confirm = ask('Log ninety minutes?', { directives: [{ type: 'Dialog.ConfirmIntent' }] });
    for (const [said, status] of [['yes please', 'CONFIRMED'], ['nope', 'DENIED']] as const) {
      const skill = fakeSkill(confirm, tell('Done.'));
      const sim = simulator(skill.invoke);
      await sim.oneShot('log a long run of ninety minutes');
      await sim.say(said);
      const intent = intentOf(skill.requests[1]);
      expect(intent.name).toBe(INTENTS.LogRun.name);
      expect(intent.confirmationStatus, said).toBe(status);
      expect(ids(intent)).toEqual({ kind: 'long-run', duration: 'PT90M' });
    }
  });

  it('turns yes after ConfirmSlot into a confirmed slot', async () => {
    const skill = fakeSkill(ask('Painful, you said?', { directives: [{ type: 'Dialog.ConfirmSlot', slotToConfirm: 'legs' }] }), tell('Rest.'));
    const sim = simulator(skill.invoke);
    await sim.oneShot('my legs are limping should I run');
    await sim.say('yes');
    expect(intentOf(skill.requests[1]).slots?.['legs']?.confirmationStatus).toBe('CONFIRMED');
  });

  it('refuses Dialog.Delegate by name', async () => {
    const sim = simulator(fakeSkill(ask('x', { directives: [{ type: 'Dialog.Delegate' }] })).invoke);
    const failure = sim.oneShot('should I run today');
    await expect(failure).rejects.toBeInstanceOf(UnsupportedDirectiveError);
    await expect(failure).rejects.toThrow(/Dialog\.Delegate/);
    expect(sim.sessionOpen).toBe(false);
  });
});

describe('responses Alexa would reject', () => {
  const cases: [string, Response, 'launch' | 'say', RegExp][] = [
    ['SSML without <speak>', { outputSpeech: { type: 'SSML', ssml: 'Hello' }, shouldEndSession: true }, 'launch', /<speak>/],
    [
      'eliciting a slot the intent does not have',
      ask('?', { directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'mood', updatedIntent: { name: INTENTS.CheckIn.name, confirmationStatus: 'NONE' } }] }),
      'launch',
      /slot "mood"/,
    ],
    ['eliciting from a LaunchRequest without updatedIntent', ask('?', { directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'legs' }] }), 'launch', /updatedIntent/],
    [
      'a dialog directive that ends the session',
      { ...ask('?'), shouldEndSession: true, directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'legs' }] },
      'say',
      /cannot end the session/,
    ],
    ['speech over 8000 characters', tell('word '.repeat(2000)), 'launch', /limit 8000/],
    [
      'a dialog on an intent outside the dialog model',
      ask('?', { directives: [{ type: 'Dialog.ConfirmIntent', updatedIntent: { name: INTENTS.Week.name, confirmationStatus: 'NONE' } }] }),
      'launch',
      /not in the dialog model/,
    ],
  ];

  it.each(cases)('%s', async (_, response, how, message) => {
    const sim = simulator(fakeSkill(response).invoke);
    const error: unknown = await (how === 'launch' ? sim.launch() : sim.oneShot('should I run today')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toMatch(message);
    expect(sim.sessionOpen).toBe(false);
  });

  it('rejects speech in reply to a SessionEndedRequest', async () => {
    const sim = simulator(fakeSkill(ask('Hi'), tell('Goodbye')).invoke);
    await sim.launch();
    await expect(sim.endSession()).rejects.toThrow(/cannot be answered with speech/);
  });
});

describe('skill events', () => {
  it('sends SkillDisabled outside any session, then refuses to talk until re-enabled with a new user id', async () => {
    const skill = fakeSkill(ask('Hi'), {}, {}, tell('Hi again'));
    const sim = simulator(skill.invoke, { userId: 'amzn1.ask.account.FIRST' });
    await sim.launch();
    const disabled = await sim.skillEvent('AlexaSkillEvent.SkillDisabled');
    const event = skill.requests[1];
    expect(event?.session).toBeUndefined();
    expect(event?.request).toMatchObject({
      type: 'AlexaSkillEvent.SkillDisabled',
      locale: 'en-GB',
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    });
    expect(event?.request.timestamp).toEqual((event?.request as { eventCreationTime?: string }).eventCreationTime);
    expect(event?.context.System.user.userId).toBe('amzn1.ask.account.FIRST');
    expect(disabled.sessionOpen).toBe(false);
    expect(sim.sessionOpen).toBe(false);
    await expect(sim.launch()).rejects.toThrow(/disabled/);

    await sim.skillEvent('AlexaSkillEvent.SkillEnabled');
    expect(skill.requests[2]?.request.type).toBe('AlexaSkillEvent.SkillEnabled');
    expect(sim.userId).not.toBe('amzn1.ask.account.FIRST');
    expect(skill.requests[2]?.context.System.user.userId).toBe(sim.userId);
    await sim.launch();
    expect(skill.requests[3]?.session?.user.userId).toBe(sim.userId);
  });
});

describe('raw envelopes', () => {
  it('send() delivers the envelope as given and leaves the session alone', async () => {
    const skill = fakeSkill(ask('Hi'), tell('Raw'), ask('Still here'));
    const sim = simulator(skill.invoke);
    const first = await sim.launch();
    const raw: RequestEnvelope = structuredClone(first.request);
    raw.request = { type: 'IntentRequest', requestId: 'raw-1', timestamp: '2026-01-01T00:00:00Z', dialogState: 'STARTED', intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' } };
    const turn = await sim.send(raw);
    expect(skill.requests[1]).toEqual(raw);
    expect(turn.speech).toBe('Raw');
    expect(sim.sessionOpen).toBe(true);
    await sim.say('help');
    expect(skill.requests[2]?.session?.attributes).toEqual({ turns: 1, from: 'LaunchRequest' });
  });
});
