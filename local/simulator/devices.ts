/**
 * Devices the simulator can pretend to be. A voice-only Echo says nothing of a screen; an Echo Show says it
 * supports Alexa.Presentation.APL and sends its viewport in `context.Viewport`
 * (https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-interface.html).
 */
import type { interfaces, SupportedInterfaces } from 'ask-sdk-model';

export interface SimulatedDevice {
  supportedInterfaces: SupportedInterfaces;
  viewport?: interfaces.viewport.ViewportState;
}

export const ECHO: SimulatedDevice = { supportedInterfaces: {} };

/** A medium landscape hub (Echo Show 8: 1280 x 800 px at 213 dpi, 960 x 600 dp). */
export const ECHO_SHOW: SimulatedDevice = {
  supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } },
  viewport: {
    experiences: [{ canRotate: false, canResize: false }],
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 213,
    currentPixelWidth: 1280,
    currentPixelHeight: 800,
    touch: ['SINGLE'],
    keyboard: [],
  },
};

export const DEVICES = { echo: ECHO, show: ECHO_SHOW } as const;
export type DeviceName = keyof typeof DEVICES;
