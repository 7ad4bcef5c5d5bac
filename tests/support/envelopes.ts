/**
 * Hand-made Alexa request envelopes, typed by ask-sdk-model, for handler edge cases the interaction model
 * cannot produce (unmatched resolutions, missing slots, odd request types). Conversations go through the
 * simulator instead (local/simulator), which resolves real utterances.
 */
import type { Intent, IntentConfirmationStatus, RequestEnvelope, Slot } from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.test-recovery-coach';

export interface EnvelopeOptions {
  userId?: string;
  locale?: string;
  /** Session attributes carried from the previous response. */
  attributes?: Record<string, unknown>;
  newSession?: boolean;
  requestId?: string;
  timestamp?: string;
  applicationId?: string;
}

let serial = 0;

function base(request: Record<string, unknown>, o: EnvelopeOptions): RequestEnvelope {
  const applicationId = o.applicationId ?? TEST_SKILL_ID;
  const user = { userId: o.userId ?? 'amzn1.ask.account.test-runner' };
  return {
    version: '1.0',
    session: {
      new: o.newSession ?? true,
      sessionId: 'amzn1.echo-api.session.test',
      application: { applicationId },
      user,
      attributes: o.attributes ?? {},
    },
    context: {
      System: {
        application: { applicationId },
        user,
        device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: {} },
        apiEndpoint: '',
      },
    },
    request: {
      requestId: o.requestId ?? `amzn1.echo-api.request.test-${++serial}`,
      timestamp: o.timestamp ?? '2026-11-24T20:00:00Z',
      locale: o.locale ?? 'en-US',
      ...request,
    },
  } as RequestEnvelope;
}

/** A custom slot as Alexa sends it after entity resolution: matched to `id`, or (id null) unmatched. */
export function resolvedSlot(name: string, spoken: string, id: string | null): Slot {
  return {
    name,
    value: spoken,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${name}`,
          status: { code: id === null ? 'ER_SUCCESS_NO_MATCH' : 'ER_SUCCESS_MATCH' },
          ...(id === null ? {} : { values: [{ value: { name: spoken, id } }] }),
        },
      ],
    },
  } as Slot;
}

/** A built-in slot (AMAZON.NUMBER, DURATION, DATE): just the value. */
export function plainSlot(name: string, value: string): Slot {
  return { name, value, confirmationStatus: 'NONE' };
}

export function intentRequest(
  name: string,
  slots: Slot[] = [],
  o: EnvelopeOptions & { confirmationStatus?: IntentConfirmationStatus; dialogState?: string } = {},
): RequestEnvelope {
  const intent: Intent = {
    name,
    confirmationStatus: o.confirmationStatus ?? 'NONE',
    slots: Object.fromEntries(slots.map((s) => [s.name, s])),
  };
  return base({ type: 'IntentRequest', intent, dialogState: o.dialogState ?? 'STARTED' }, o);
}

export function launchRequest(o: EnvelopeOptions = {}): RequestEnvelope {
  return base({ type: 'LaunchRequest' }, o);
}

export function sessionEndedRequest(reason: string, error?: { type: string; message: string }, o: EnvelopeOptions = {}): RequestEnvelope {
  return base({ type: 'SessionEndedRequest', reason, ...(error ? { error } : {}) }, { ...o, newSession: false });
}

export function skillEventRequest(type: string, o: EnvelopeOptions = {}): RequestEnvelope {
  const envelope = base({ type, eventCreationTime: o.timestamp ?? '2026-11-24T20:00:00Z', eventPublishingTime: o.timestamp ?? '2026-11-24T20:00:00Z' }, o);
  // Skill events arrive outside a session.
  delete (envelope as { session?: unknown }).session;
  return envelope;
}

/** The plain text of the response's speech (SSML tags removed). */
export function spoken(envelope: { response?: { outputSpeech?: unknown } }): string {
  const speech = envelope.response?.outputSpeech as { ssml?: string; text?: string } | undefined;
  return (speech?.ssml ?? speech?.text ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;|&apos;/g, "'").trim();
}
