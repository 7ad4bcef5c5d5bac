/**
 * The simulator's envelopes must be ones the real ask-sdk-core accepts: a miniature skill built with the SDK
 * (skill id check, dialog state, slot ids, session attributes, Dialog directives) is driven through a check-in.
 */
import * as Alexa from 'ask-sdk-core';
import type { Intent, IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../lambda/conversation/contract.js';
import { AlexaSimulator } from '../../local/simulator/simulator.js';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';

function slotId(envelope: RequestEnvelope, name: string): string | undefined {
  const slot = Alexa.getSlot(envelope, name);
  return slot?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id;
}

function miniSkill(skillId: string) {
  return Alexa.SkillBuilders.custom()
    .withSkillId(skillId)
    .addRequestHandlers(
      {
        canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'LaunchRequest',
        handle: (input) => {
          input.attributesManager.setSessionAttributes({ started: 'launch' });
          const checkIn: Intent = { name: INTENTS.CheckIn.name, confirmationStatus: 'NONE' };
          return input.responseBuilder
            .speak('Morning! How do your legs feel?')
            .reprompt('How do your legs feel?')
            .addElicitSlotDirective('legs', checkIn)
            .getResponse();
        },
      },
      {
        canHandle: (input) =>
          Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest' &&
          Alexa.getIntentName(input.requestEnvelope) === INTENTS.CheckIn.name,
        handle: (input) => {
          const envelope = input.requestEnvelope;
          const request = Alexa.getRequest<IntentRequest>(envelope);
          const started = String(input.attributesManager.getSessionAttributes()['started'] ?? 'nowhere');
          const legs = slotId(envelope, 'legs');
          const sleep = slotId(envelope, 'sleep');
          if (!sleep) {
            return input.responseBuilder
              .speak(`Legs ${legs ?? 'unknown'}, from ${started}, ${Alexa.getDialogState(envelope)}. How did you sleep?`)
              .reprompt('How did you sleep?')
              .addElicitSlotDirective('sleep', request.intent)
              .getResponse();
          }
          if (request.intent.confirmationStatus === 'NONE') {
            return input.responseBuilder
              .speak(`Legs ${legs ?? 'unknown'} and sleep ${sleep}. Save it?`)
              .reprompt('Save it?')
              .addConfirmIntentDirective(request.intent)
              .getResponse();
          }
          return input.responseBuilder.speak(`Check-in ${request.intent.confirmationStatus.toLowerCase()}.`).withShouldEndSession(true).getResponse();
        },
      },
      {
        canHandle: () => true,
        handle: (input) => input.responseBuilder.speak(`Unhandled ${Alexa.getRequestType(input.requestEnvelope)}.`).getResponse(),
      },
    )
    .create();
}

describe('the simulator driving a real ask-sdk-core skill', () => {
  it('runs a launch-chained check-in: elicit, elicit, confirm, done', async () => {
    const skill = miniSkill(SKILL_ID);
    const sim = new AlexaSimulator({ locale: 'en-US', applicationId: SKILL_ID, invoke: (request) => skill.invoke(request) });
    const hello = await sim.launch();
    expect(hello.speech).toBe('Morning! How do your legs feel?');
    const legs = await sim.say('like lead');
    expect(legs.speech).toBe('Legs heavy, from launch, IN_PROGRESS. How did you sleep?');
    const sleep = await sim.say('I slept badly');
    expect(sleep.speech).toBe('Legs heavy and sleep bad. Save it?');
    const done = await sim.say('yes');
    expect(done.speech).toBe('Check-in confirmed.');
    expect(done.sessionOpen).toBe(false);
  });

  it('is refused by a skill checking a different skill id', async () => {
    const skill = miniSkill(SKILL_ID);
    const sim = new AlexaSimulator({ locale: 'en-US', invoke: (request) => skill.invoke(request) });
    await expect(sim.launch()).rejects.toThrow(/skill ID/i);
  });
});
