/**
 * Adds a screen to a turn's response, only on a device that says it supports APL (Amazon: "Always check
 * supportedInterfaces before returning the Alexa.Presentation.APL directives",
 * https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-interface.html). A voice-only device's
 * response is untouched.
 */
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import type { Directive, interfaces } from 'ask-sdk-model';
import type { AplDocument } from './document.js';

/** Stable tokens: the screen a later APL event or ExecuteCommands would name. */
export type ScreenToken = 'advice' | 'week';

export interface Screen {
  token: ScreenToken;
  document: AplDocument;
  datasources: Record<string, unknown>;
}

export const RENDER_DOCUMENT = 'Alexa.Presentation.APL.RenderDocument';

export function supportsApl(input: HandlerInput): boolean {
  return getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
}

/** Adds the RenderDocument directive to this turn's response builder when the device has a screen for it. */
export function withScreen(input: HandlerInput, screen: Screen): void {
  if (!supportsApl(input)) return;
  const directive: interfaces.alexa.presentation.apl.RenderDocumentDirective = {
    type: RENDER_DOCUMENT,
    token: screen.token,
    document: screen.document as unknown as Record<string, unknown>,
    datasources: screen.datasources as Record<string, Record<string, unknown>>,
  };
  input.responseBuilder.addDirective(directive);
}

/** "advice — Recovery run, 20-30 min": what a response's screen shows, for the console; undefined without one. */
export function screenLine(directives: readonly Directive[]): string | undefined {
  const render = directives.find((d): d is interfaces.alexa.presentation.apl.RenderDocumentDirective => d.type === RENDER_DOCUMENT);
  if (!render?.token) return undefined;
  const source = render.datasources?.[render.token] as { properties?: { summary?: unknown } } | undefined;
  const summary = source?.properties?.summary;
  return typeof summary === 'string' && summary ? `${render.token} — ${summary}` : render.token;
}
