/**
 * An offline Alexa: turns what a runner says into the request envelopes Alexa would send, hands them to the
 * skill (any `invoke` function: the Lambda handler, `skill.invoke`, or a fake), and keeps the session the way
 * Alexa does (new flag, session attributes, the dialog a Dialog.* directive opened). The console (`npm start`)
 * and the conversation tests both drive the skill through this class.
 */
import { LOCALE_DEFAULTS } from '../../lambda/speech/locales.js';
import { createHash, randomUUID } from 'node:crypto';
import type {
  dialog,
  Directive,
  events,
  Intent,
  interfaces,
  IntentRequest,
  LaunchRequest,
  Request,
  RequestEnvelope,
  ResponseEnvelope,
  SessionEndedReason,
  SessionEndedRequest,
  SupportedInterfaces,
  ui,
} from 'ask-sdk-model';
import { loadInteractionModel, type InteractionModel, type Locale } from './model.js';
import { DEFAULT_SKILL_ID, explainUtterance, type PendingDialog, type Resolution } from './resolve.js';

export interface SimulatorOptions {
  locale: Locale;
  /** The skill under test: receives one request envelope, returns its response envelope. */
  invoke: (request: RequestEnvelope) => Promise<ResponseEnvelope>;
  /** Default: DEFAULT_SKILL_ID. Also names the entity-resolution authorities. */
  applicationId?: string;
  /** Default: a fixed simulated account id. A new one is issued when the skill is re-enabled, as Alexa does. */
  userId?: string;
  deviceId?: string;
  /** The clock for request timestamps and AMAZON.DATE. Default: the real clock. */
  now?: () => Date;
  /** The device's IANA time zone, for AMAZON.DATE. Default: the locale's usual zone (see DEFAULT_TIME_ZONES). */
  timeZone?: string;
  /** Default: the Alexa API endpoint of the locale's region. */
  apiEndpoint?: string;
  apiAccessToken?: string;
  /** Default: {} (a voice-only Echo). */
  supportedInterfaces?: SupportedInterfaces;
  /** A screen's viewport, sent as `context.Viewport` (see devices.ts ECHO_SHOW). Default: none (no screen). */
  viewport?: interfaces.viewport.ViewportState;
  /** The interaction model to resolve against. Default: the committed model for `locale`. */
  model?: InteractionModel;
  /** A recognised voice profile speaking (context.System.person.personId). Default: none (an unrecognised voice). */
  personId?: string;
  /** The runner has already granted the skill a permission: requests carry user.permissions.consentToken. */
  consent?: boolean;
  /** Called when the runner grants a permission by voice (answerPermission('ACCEPTED')), e.g. to tell a stand-in API. */
  onConsent?: () => void;
}

/** The runner's answer to Alexa's permission question, as the Connections.Response payload reports it. */
export type PermissionAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** One exchange: what was sent, what came back, and the parts a test or a console reads most. */
export interface Turn {
  /** The output speech as heard: SSML tags stripped, entities decoded, whitespace collapsed. '' if none. */
  speech: string;
  /** The output speech as sent (SSML, or the plain text). '' if none. */
  ssml: string;
  reprompt?: string;
  card?: { title: string; text: string };
  /** Whether the session ended after this turn (the response's flag, or Alexa's reading of it when unset). */
  shouldEndSession: boolean;
  directives: Directive[];
  /** Whether the simulator's session is open after this turn. */
  sessionOpen: boolean;
  response: ResponseEnvelope;
  request: RequestEnvelope;
  /** How the utterance was understood (say and oneShot only). */
  resolution?: Resolution;
}

export type SkillEventType = 'AlexaSkillEvent.SkillDisabled' | 'AlexaSkillEvent.SkillEnabled';

/** A response real Alexa would reject; the simulator throws rather than carry on with it. */
export class InvalidResponseError extends Error {
  constructor(
    readonly problems: string[],
    readonly request: RequestEnvelope,
    readonly response: ResponseEnvelope,
  ) {
    super(`The skill's response to ${request.request.type} would be rejected by Alexa:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidResponseError';
  }
}

/** A directive the simulator cannot play (for example Dialog.Delegate: Alexa would speak the model's prompts). */
export class UnsupportedDirectiveError extends Error {
  constructor(readonly directiveType: string) {
    super(
      `${directiveType} is not supported by the Alexa simulator: our handlers drive dialogs themselves with ` +
        'Dialog.ElicitSlot / Dialog.ConfirmIntent / Dialog.ConfirmSlot and their own speech.',
    );
    this.name = 'UnsupportedDirectiveError';
  }
}

/** A device's zone when none is given: the skill's own fallback for the locale, so both agree. */
export const DEFAULT_TIME_ZONES: Record<Locale, string> = {
  'en-US': LOCALE_DEFAULTS['en-US'].timeZone,
  'en-GB': LOCALE_DEFAULTS['en-GB'].timeZone,
  'en-AU': LOCALE_DEFAULTS['en-AU'].timeZone,
  'en-CA': LOCALE_DEFAULTS['en-CA'].timeZone,
  'en-IN': LOCALE_DEFAULTS['en-IN'].timeZone,
};

export const DEFAULT_API_ENDPOINTS: Record<Locale, string> = {
  'en-US': 'https://api.amazonalexa.com',
  'en-GB': 'https://api.eu.amazonalexa.com',
  'en-AU': 'https://api.fe.amazonalexa.com',
  // Canada is served from North America, India from Europe.
  'en-CA': 'https://api.amazonalexa.com',
  'en-IN': 'https://api.eu.amazonalexa.com',
};

export const DEFAULT_USER_ID = 'amzn1.ask.account.SIMULATED-USER';

/**
 * A stable, fake personId for a name (`--person NAME`): the same name is the same voice profile in every run, so
 * separate runs on the same .local/ store keep each person's week. The name itself is never sent.
 */
export function simulatedPersonId(name: string): string {
  const hex = createHash('sha256').update(name.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 32).toUpperCase();
  return `amzn1.ask.person.${hex}`;
}
export const DEFAULT_DEVICE_ID = 'amzn1.ask.device.SIMULATED-DEVICE';

/** Alexa's limit for output speech and card text. */
const MAX_TEXT = 8000;
const INVOCATION = 'recovery coach';

interface OpenSession {
  id: string;
  attributes: Record<string, unknown>;
  /** Requests sent in this session so far: the first one carries new=true. */
  requests: number;
}

export class AlexaSimulator {
  readonly locale: Locale;
  readonly model: InteractionModel;
  readonly applicationId: string;
  readonly deviceId: string;
  readonly timeZone: string;
  private readonly options: SimulatorOptions;
  private readonly now: () => Date;
  private currentUserId: string;
  private currentPersonId: string | undefined;
  private session: OpenSession | undefined;
  private pending: PendingDialog | undefined;
  private disabled = false;
  private consent: boolean;
  /** The AskFor request (its token and scope) the last response sent, awaiting the runner's answer. */
  private askFor: { token: string; scope: string } | undefined;

  constructor(options: SimulatorOptions) {
    this.options = options;
    this.locale = options.locale;
    this.model = options.model ?? loadInteractionModel(options.locale);
    this.applicationId = options.applicationId ?? DEFAULT_SKILL_ID;
    this.deviceId = options.deviceId ?? DEFAULT_DEVICE_ID;
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONES[options.locale];
    this.now = options.now ?? (() => new Date());
    this.currentUserId = options.userId ?? DEFAULT_USER_ID;
    this.currentPersonId = options.personId;
    this.consent = options.consent === true;
  }

  /** The recognised voice profile speaking now, if any. */
  get personId(): string | undefined {
    return this.currentPersonId;
  }

  /** Someone else speaks from the next request on (undefined: a voice Alexa does not recognise). */
  speakAs(personId: string | undefined): void {
    this.currentPersonId = personId;
  }

  /** Whether the last response asked Alexa to ask the runner for a permission (Connections.SendRequest AskFor). */
  get permissionAsked(): boolean {
    return this.askFor !== undefined;
  }

  /**
   * The runner answers Alexa's permission question: Alexa sends the skill a Connections.Response in the same
   * session ("Set Up Voice Permissions for Reminders":
   * https://developer.amazon.com/en-US/docs/alexa/smapi/voice-permissions-for-reminders.html).
   */
  async answerPermission(status: PermissionAnswer): Promise<Turn> {
    const asked = this.askFor;
    if (!asked || !this.session) throw new Error('answerPermission(): the skill has not asked for a permission');
    this.askFor = undefined;
    if (status === 'ACCEPTED') {
      this.consent = true;
      this.options.onConsent?.();
    }
    const request = {
      type: 'Connections.Response',
      ...this.stamp(),
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      token: asked.token,
      payload: { permissionScope: asked.scope, status, isCardThrown: false },
    } as unknown as interfaces.connections.ConnectionsResponse;
    return this.exchangeInSession(request);
  }

  /** The account id Alexa sends now (changes when the skill is disabled and enabled again). */
  get userId(): string {
    return this.currentUserId;
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  /** The dialog the last response opened (what the next say() answers), if any. */
  get pendingDialog(): PendingDialog | undefined {
    return this.pending ? structuredClone(this.pending) : undefined;
  }

  /** "Alexa, open recovery coach": a LaunchRequest in a new session. */
  async launch(): Promise<Turn> {
    this.assertCanStart('launch()');
    this.session = { id: `amzn1.echo-api.session.${randomUUID()}`, attributes: {}, requests: 0 };
    const request: LaunchRequest = { type: 'LaunchRequest', ...this.stamp() };
    return this.exchangeInSession(request);
  }

  /**
   * The user speaks inside the open session; with no session open this is a one-shot ("ask recovery coach ...").
   * "exit" ends the session with a SessionEndedRequest (USER_INITIATED), as on a real device.
   */
  async say(utterance: string): Promise<Turn> {
    if (!this.session) return this.oneShot(utterance);
    if (/^\s*(alexa\W+)?exit\W*$/i.test(utterance)) return this.endSession('USER_INITIATED');
    return this.sendUtterance(utterance);
  }

  /**
   * A one-shot invocation in a new session. Accepts "ask recovery coach (to) X", "tell recovery coach X",
   * "open recovery coach and X", "X using recovery coach", or just "X"; "open recovery coach" launches.
   */
  async oneShot(utterance: string): Promise<Turn> {
    this.assertCanStart('oneShot()');
    const rest = stripInvocation(utterance);
    if (rest === undefined || rest === '') return this.launch();
    this.session = { id: `amzn1.echo-api.session.${randomUUID()}`, attributes: {}, requests: 0 };
    this.pending = undefined;
    return this.sendUtterance(rest);
  }

  /** The session ends without the skill deciding it: the user said "exit", stayed silent, or an error. */
  async endSession(reason: SessionEndedReason = 'USER_INITIATED'): Promise<Turn> {
    if (!this.session) throw new Error('endSession(): no session is open');
    const request: SessionEndedRequest = { type: 'SessionEndedRequest', ...this.stamp(), reason };
    if (reason === 'ERROR') request.error = { type: 'INVALID_RESPONSE', message: 'Simulated error ending the session' };
    const envelope = this.envelope(request, true);
    this.closeSession();
    return this.exchange(envelope, 'silent');
  }

  /** A skill event, outside any session. Disabling closes an open session; re-enabling issues a new userId. */
  async skillEvent(type: SkillEventType): Promise<Turn> {
    const stamp = this.stamp();
    let request: Request;
    if (type === 'AlexaSkillEvent.SkillDisabled') {
      const disabled: events.skillevents.SkillDisabledRequest & { body: { userInformationPersistenceStatus: string } } = {
        type,
        ...stamp,
        eventCreationTime: stamp.timestamp,
        eventPublishingTime: stamp.timestamp,
        body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
      };
      request = disabled;
      this.closeSession();
      this.disabled = true;
    } else {
      if (this.disabled) this.currentUserId = `amzn1.ask.account.SIMULATED-${randomUUID()}`;
      this.disabled = false;
      request = { type, ...stamp, eventCreationTime: stamp.timestamp, eventPublishingTime: stamp.timestamp };
    }
    return this.exchange(this.envelope(request, false), 'silent');
  }

  /** Sends a hand-built envelope as is. The simulator's own session is left untouched. */
  async send(envelope: RequestEnvelope): Promise<Turn> {
    const inSession = envelope.session !== undefined && isSpeakingRequest(envelope.request);
    return this.exchange(envelope, inSession ? 'speaks' : 'silent');
  }

  /** What say() would send for these words now, without sending anything. */
  resolve(utterance: string): Resolution {
    return explainUtterance(this.model, utterance, this.resolveContext(this.now()));
  }

  // -------------------------------------------------------------------------------------------------------------

  private assertCanStart(what: string): void {
    if (this.disabled) throw new Error(`${what}: the skill is disabled; send skillEvent('AlexaSkillEvent.SkillEnabled') first`);
    if (this.session) throw new Error(`${what}: a session is already open; call endSession() first`);
  }

  private resolveContext(now: Date): { dialog?: PendingDialog; now: Date; timeZone: string; skillId: string } {
    const context = { now, timeZone: this.timeZone, skillId: this.applicationId };
    return this.pending ? { ...context, dialog: this.pending } : context;
  }

  private async sendUtterance(utterance: string): Promise<Turn> {
    // One instant per turn: "today" in the slots and the request timestamp agree.
    const now = this.now();
    const resolution = explainUtterance(this.model, utterance, this.resolveContext(now));
    const request: IntentRequest = {
      type: 'IntentRequest',
      ...this.stamp(now),
      dialogState: resolution.dialogState,
      intent: resolution.intent,
    };
    const turn = await this.exchangeInSession(request);
    return { ...turn, resolution };
  }

  private async exchangeInSession(request: LaunchRequest | IntentRequest | interfaces.connections.ConnectionsResponse): Promise<Turn> {
    const envelope = this.envelope(request, true);
    try {
      const turn = await this.exchange(envelope, 'speaks');
      this.afterSessionTurn(turn, request);
      return turn;
    } catch (error) {
      // Alexa ends the session when the skill fails or answers with something it rejects.
      this.closeSession();
      throw error;
    }
  }

  private afterSessionTurn(turn: Turn, request: LaunchRequest | IntentRequest | interfaces.connections.ConnectionsResponse): void {
    const session = this.session;
    if (!session) return;
    session.requests += 1;
    session.attributes = structuredClone(turn.response.sessionAttributes ?? {});
    this.pending = pendingFrom(turn.directives, request.type === 'IntentRequest' ? request.intent : undefined);
    this.askFor = askForOf(turn.directives);
    if (!turn.sessionOpen) this.closeSession();
  }

  private closeSession(): void {
    this.session = undefined;
    this.pending = undefined;
    this.askFor = undefined;
  }

  private stamp(now: Date = this.now()): { requestId: string; timestamp: string; locale: Locale } {
    return { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: now.toISOString(), locale: this.locale };
  }

  private envelope(request: Request, inSession: boolean): RequestEnvelope {
    const application = { applicationId: this.applicationId };
    const user: RequestEnvelope['context']['System']['user'] = { userId: this.currentUserId };
    if (this.consent) user.permissions = { consentToken: 'simulated-consent-token' };
    const system: RequestEnvelope['context']['System'] = {
      application,
      user,
      apiEndpoint: this.options.apiEndpoint ?? DEFAULT_API_ENDPOINTS[this.locale],
      apiAccessToken: this.options.apiAccessToken ?? 'simulated-api-access-token',
    };
    // Skill events are about the account, not a device.
    if (inSession || !request.type.startsWith('AlexaSkillEvent.')) {
      system.device = { deviceId: this.deviceId, supportedInterfaces: structuredClone(this.options.supportedInterfaces ?? {}) };
      // Alexa sends the person only for a recognised speaker, and never with a skill event.
      if (this.currentPersonId !== undefined) system.person = { personId: this.currentPersonId };
    }
    const envelope: RequestEnvelope = { version: '1.0', context: { System: system }, request };
    if (this.options.viewport && system.device) envelope.context.Viewport = structuredClone(this.options.viewport);
    if (inSession && this.session) {
      envelope.session = {
        new: this.session.requests === 0,
        sessionId: this.session.id,
        application,
        user,
        attributes: structuredClone(this.session.attributes),
      };
    }
    return envelope;
  }

  /**
   * Calls the skill and checks the response. `speaks`: a LaunchRequest or IntentRequest, whose response may
   * speak and keep the session; `silent`: SessionEndedRequest or a skill event, which cannot speak.
   */
  private async exchange(envelope: RequestEnvelope, kind: 'speaks' | 'silent'): Promise<Turn> {
    // The skill gets its own copy, so nothing it does to the request changes what the turn reports.
    const response = await this.options.invoke(structuredClone(envelope));
    const problems = checkResponse(response, kind, this.model, requestIntentName(envelope.request));
    if (problems.length > 0) throw new InvalidResponseError(problems, envelope, response);
    const body = response.response;
    const directives = body.directives ?? [];
    const hasDialog = directives.some((d) => d.type.startsWith('Dialog.'));
    // A permission request hands the turn to Alexa, who answers the skill with a Connections.Response in this session.
    const handsOver = directives.some((d) => d.type === 'Connections.SendRequest');
    // Unset shouldEndSession: Alexa keeps a dialog going; otherwise a voice-only device ends the session.
    const sessionOpen =
      kind === 'speaks' && (body.shouldEndSession === false || (body.shouldEndSession === undefined && (hasDialog || handsOver)));
    const turn: Turn = {
      speech: spoken(body.outputSpeech),
      ssml: raw(body.outputSpeech),
      shouldEndSession: !sessionOpen,
      directives,
      sessionOpen,
      response,
      request: envelope,
    };
    if (body.reprompt?.outputSpeech) turn.reprompt = spoken(body.reprompt.outputSpeech);
    const card = cardOf(body.card);
    if (card) turn.card = card;
    return turn;
  }
}

/** What the next utterance answers, from the response's Dialog directive. */
function pendingFrom(directives: Directive[], requestIntent: Intent | undefined): PendingDialog | undefined {
  for (const directive of directives) {
    switch (directive.type) {
      case 'Dialog.ElicitSlot': {
        const intent = directive.updatedIntent ?? requestIntent;
        return intent && { type: directive.type, slotToElicit: directive.slotToElicit, intent: structuredClone(intent) };
      }
      case 'Dialog.ConfirmSlot': {
        const intent = directive.updatedIntent ?? requestIntent;
        return intent && { type: directive.type, slotToConfirm: directive.slotToConfirm, intent: structuredClone(intent) };
      }
      case 'Dialog.ConfirmIntent': {
        const intent = directive.updatedIntent ?? requestIntent;
        return intent && { type: directive.type, intent: structuredClone(intent) };
      }
      default:
        break;
    }
  }
  return undefined;
}

/** The AskFor permission request a response sent, if any. */
function askForOf(directives: Directive[]): { token: string; scope: string } | undefined {
  for (const d of directives) {
    if (d.type !== 'Connections.SendRequest' || d.name !== 'AskFor') continue;
    const scopes = (d.payload as { permissionScopes?: { permissionScope?: unknown }[] } | undefined)?.permissionScopes ?? [];
    const scope = scopes[0]?.permissionScope;
    return { token: d.token ?? '', scope: typeof scope === 'string' ? scope : '' };
  }
  return undefined;
}

type DialogDirective = dialog.ElicitSlotDirective | dialog.ConfirmSlotDirective | dialog.ConfirmIntentDirective;

/** The rules Alexa enforces on a response that this simulator can check offline. */
function checkResponse(
  envelope: ResponseEnvelope,
  kind: 'speaks' | 'silent',
  model: InteractionModel,
  requestIntent: string | undefined,
): string[] {
  const problems: string[] = [];
  const body = (envelope as Partial<ResponseEnvelope>).response;
  if (!body || typeof body !== 'object') return ['the response envelope has no "response" object'];
  const directives = body.directives ?? [];
  for (const d of directives) {
    if (d.type === 'Dialog.Delegate' || d.type === 'Dialog.DelegateRequest' || d.type === 'Dialog.UpdateDynamicEntities') {
      throw new UnsupportedDirectiveError(d.type);
    }
  }
  if (kind === 'silent') {
    if (body.outputSpeech || body.reprompt || body.card || directives.length > 0) {
      problems.push('a SessionEndedRequest or skill event cannot be answered with speech, a reprompt, a card or directives');
    }
    return problems;
  }
  checkSpeech(body.outputSpeech, 'outputSpeech', problems);
  checkSpeech(body.reprompt?.outputSpeech, 'reprompt', problems);
  const card = cardOf(body.card);
  if (card && card.text.length > MAX_TEXT) problems.push(`card text is ${card.text.length} characters (limit ${MAX_TEXT})`);
  const dialogs = directives.filter((d): d is DialogDirective => d.type.startsWith('Dialog.'));
  if (dialogs.length > 1) problems.push(`only one Dialog directive is allowed, got ${dialogs.map((d) => d.type).join(', ')}`);
  if (dialogs.length > 0 && body.shouldEndSession === true) problems.push('a Dialog directive cannot end the session (shouldEndSession: true)');
  for (const d of dialogs) {
    const intentName = d.updatedIntent?.name ?? requestIntent;
    if (!intentName) {
      problems.push(`${d.type} needs an updatedIntent when it answers a request that has no intent (intent chaining)`);
      continue;
    }
    const declared = model.languageModel.intents.find((i) => i.name === intentName);
    if (!declared) {
      problems.push(`${d.type} names intent ${intentName}, which the model does not declare`);
      continue;
    }
    if (!model.dialog?.intents.some((i) => i.name === intentName)) {
      problems.push(`${d.type} for ${intentName}, which is not in the dialog model`);
    }
    const slot = d.type === 'Dialog.ElicitSlot' ? d.slotToElicit : d.type === 'Dialog.ConfirmSlot' ? d.slotToConfirm : undefined;
    if (slot !== undefined && !(declared.slots ?? []).some((s) => s.name === slot)) {
      problems.push(`${d.type} names slot "${slot}", which ${intentName} does not declare`);
    }
  }
  return problems;
}

function checkSpeech(speech: ui.OutputSpeech | undefined, where: string, problems: string[]): void {
  if (!speech) return;
  if (speech.type === 'SSML') {
    const ssml = speech.ssml.trim();
    if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) problems.push(`${where} SSML must be wrapped in <speak>...</speak>`);
  } else if (typeof speech.text !== 'string') {
    problems.push(`${where} PlainText has no text`);
  }
  const text = spoken(speech);
  if (text.length > MAX_TEXT) problems.push(`${where} is ${text.length} characters (limit ${MAX_TEXT})`);
}

function raw(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}

/** Speech as a listener hears it: tags gone, entities decoded, whitespace collapsed. */
export function spoken(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  const text = speech.type === 'SSML' ? speech.ssml.replace(/<[^>]*>/g, ' ') : speech.text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
}

function cardOf(card: ui.Card | undefined): { title: string; text: string } | undefined {
  if (!card) return undefined;
  if (card.type === 'Simple') return { title: card.title ?? '', text: card.content ?? '' };
  if (card.type === 'Standard') return { title: card.title ?? '', text: card.text ?? '' };
  return { title: card.type, text: '' };
}

function requestIntentName(request: Request): string | undefined {
  return request.type === 'IntentRequest' ? request.intent.name : undefined;
}

function isSpeakingRequest(request: Request): boolean {
  return request.type === 'LaunchRequest' || request.type === 'IntentRequest' || request.type === 'Connections.Response';
}

/**
 * The request part of a one-shot: "ask recovery coach to log a run" -> "log a run". Undefined for a bare
 * "open recovery coach" (a launch); the utterance itself when it names no invocation.
 */
export function stripInvocation(utterance: string): string | undefined {
  const text = utterance
    .trim()
    .replace(/^alexa\W*/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
  const lower = text.toLowerCase();
  const name = INVOCATION.replace(' ', '\\s+');
  const launch = new RegExp(`^(open|launch|start|begin|load|run|use)\\s+${name}$`);
  if (launch.test(lower)) return undefined;
  const patterns = [
    new RegExp(`^(?:ask|tell)\\s+${name}\\W*\\s*(?:(?:to|if|whether|that)\\s+)?(.*)$`),
    new RegExp(`^(?:open|launch|start|use)\\s+${name}\\s+and\\s+(.*)$`),
    new RegExp(`^(.*?)\\s+(?:using|with|from|on)\\s+${name}$`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(lower);
    if (match) return (match[1] ?? '').trim();
  }
  return text;
}
