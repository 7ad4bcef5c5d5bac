/**
 * What the console does with one typed line: decide how Alexa would hear it (open the skill, a one-shot, or
 * an utterance in the conversation), send it through the simulator, and print what Alexa would say.
 */
import type { Directive } from 'ask-sdk-model';
import { screenLine } from '../lambda/apl/index.js';
import { stripInvocation } from './simulator/index.js';

/** What the console shows of one simulated turn (a structural slice of the simulator's Turn). */
export interface SpokenTurn {
  speech: string;
  reprompt?: string;
  card?: { title: string; text: string };
  /** On an Echo Show (--device show), the RenderDocument directive the console names in one line. */
  directives?: Directive[];
  /** The skill left the microphone open: the next line continues this session. */
  sessionOpen: boolean;
}

/** The part of the simulator the console drives. */
export interface SimulatedAlexa {
  launch(): Promise<SpokenTurn>;
  say(utterance: string): Promise<SpokenTurn>;
  oneShot(utterance: string): Promise<SpokenTurn>;
  /** Ends the open session the way a device does (SessionEndedRequest); the skill cannot speak. */
  endSession(reason?: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR'): Promise<unknown>;
  /** A session is open: the next utterance continues it. */
  readonly sessionOpen: boolean;
  /** The skill asked Alexa to ask the runner for a permission (reminders). */
  readonly permissionAsked?: boolean;
  /** The runner's answer to that question, sent to the skill as a Connections.Response. */
  answerPermission?(status: 'ACCEPTED' | 'DENIED'): Promise<SpokenTurn>;
}

export type Route =
  | { kind: 'launch' }
  /** "ask recovery coach ...": the whole line goes to the simulator, which strips the invocation as Alexa does. */
  | { kind: 'one-shot'; utterance: string }
  | { kind: 'say'; utterance: string }
  /** "exit", "quit": leave the console. */
  | { kind: 'quit' }
  /** "stop", "cancel": said to the skill when a session is open. */
  | { kind: 'stop'; utterance: string };

/** The line without "Alexa," and end punctuation, as the simulator's stripInvocation reads it. */
function plain(text: string): string {
  return text.replace(/^alexa\W*/i, '').replace(/[.!?]+$/, '').trim();
}

/**
 * How Alexa hears a typed line. Whether it names the skill ("open recovery coach", "ask recovery coach to ...",
 * "... using recovery coach") is the simulator's own reading (stripInvocation), so the two never disagree.
 */
export function routeInput(input: string): Route {
  const text = input.trim().replace(/\s+/g, ' ');
  const bare = plain(text).toLowerCase();
  if (bare === 'launch' || bare === 'open') return { kind: 'launch' };
  if (bare === 'exit' || bare === 'quit') return { kind: 'quit' };
  if (bare === 'stop' || bare === 'cancel') return { kind: 'stop', utterance: text };
  const rest = stripInvocation(text);
  if (rest === undefined || rest === '') return { kind: 'launch' };
  if (rest.toLowerCase() !== bare) return { kind: 'one-shot', utterance: text };
  return { kind: 'say', utterance: text };
}

/** Card text and reprompts indented under Alexa's line, so a transcript reads as a conversation. */
export function formatTurn(turn: SpokenTurn): string[] {
  const lines = [`Alexa: ${turn.speech.trim() || '(says nothing)'}`];
  if (turn.card) {
    lines.push(`  Card: ${turn.card.title}`);
    for (const line of turn.card.text.split('\n')) if (line.trim()) lines.push(`    ${line.trim()}`);
  }
  const screen = screenLine(turn.directives ?? []);
  if (screen) lines.push(`  [screen: ${screen}]`);
  if (turn.sessionOpen) {
    if (turn.reprompt?.trim()) lines.push(`  (listening; if you say nothing: ${turn.reprompt.trim()})`);
    else lines.push('  (listening)');
  } else {
    lines.push('  (session closed)');
  }
  return lines;
}

/**
 * One runner's conversation with the simulator. "Open recovery coach" or a one-shot in the middle of a
 * conversation first ends the open session, as a device would.
 */
export class ConsoleConversation {
  constructor(
    private readonly alexa: SimulatedAlexa,
    private readonly print: (line: string) => void,
    /** Interactive: "stop" also leaves the console. In a script it only ends the session, the script goes on. */
    private readonly stopQuits: boolean,
    /** How the console's runner answers Alexa's permission question (--deny-reminders: no). */
    private readonly permission: 'ACCEPTED' | 'DENIED' = 'ACCEPTED',
  ) {}

  /** Handles one typed line; 'quit' when the console should end. */
  async hear(input: string): Promise<'continue' | 'quit'> {
    const route = routeInput(input);
    switch (route.kind) {
      case 'quit':
        await this.hangUp('USER_INITIATED');
        return 'quit';
      case 'stop':
        if (this.alexa.sessionOpen) await this.show(await this.alexa.say(route.utterance));
        else if (!this.stopQuits) this.print('  (nothing to stop: no session is open)');
        return this.stopQuits ? 'quit' : 'continue';
      case 'launch':
        await this.hangUp('USER_INITIATED');
        await this.show(await this.alexa.launch());
        return 'continue';
      case 'one-shot':
        await this.hangUp('USER_INITIATED');
        await this.show(await this.alexa.oneShot(route.utterance));
        return 'continue';
      case 'say':
        await this.show(await this.alexa.say(route.utterance));
        return 'continue';
    }
  }

  /** Ends an open session quietly (the skill cannot speak to a SessionEndedRequest). */
  async hangUp(reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS'): Promise<void> {
    if (this.alexa.sessionOpen) await this.alexa.endSession(reason);
  }

  private async show(turn: SpokenTurn): Promise<void> {
    for (const line of formatTurn(turn)) this.print(line);
    // Alexa asks the permission question herself; the console answers it for the runner, then shows the skill's reply.
    if (this.alexa.permissionAsked && this.alexa.answerPermission) {
      this.print(`  (Alexa asks to allow reminders for Recovery Coach; the console answers ${this.permission === 'ACCEPTED' ? 'yes' : 'no'})`);
      await this.show(await this.alexa.answerPermission(this.permission));
    }
  }
}
