/**
 * What an APL document is, as much of it as our screens use, and the parts they share. Amazon's references:
 * RenderDocument https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-interface.html,
 * data sources https://developer.amazon.com/docs/alexa-presentation-language/apl-data-source.html,
 * the viewport in data binding (width in dp, shape round or rectangle)
 * https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-viewport-property-v2023-2.html,
 * viewport profiles (hubRoundSmall, hubLandscapeSmall 960-1280 px wide, ...)
 * https://developer.amazon.com/docs/alexa-presentation-language/apl-alexa-viewport-profiles-package.html.
 */

/** A component or an AVG item: a type and its properties (APL is JSON; the values are data-binding strings or numbers). */
export interface AplComponent {
  type: string;
  when?: string;
  items?: AplComponent[];
  item?: AplComponent;
  [property: string]: unknown;
}

export interface AplDocument {
  type: 'APL';
  version: string;
  theme?: 'dark' | 'light';
  /** Packages the device loads by name and version (not npm packages). */
  import: { name: string; version: string }[];
  mainTemplate: { parameters: string[]; items: AplComponent[] };
}

/** An APL "object" data source: the document binds `${payload.<name>.properties.<field>}`. */
export interface ObjectDataSource<P> {
  type: 'object';
  properties: P;
}

/** The newest version Amazon's validator (apl-suggester 2024.2.0) knows; devices run documents of their version or older. */
export const APL_VERSION = '2024.2';

/** Amazon's responsive layouts (AlexaHeader, ...), loaded by the device: https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-layouts-overview.html */
export const ALEXA_LAYOUTS = { name: 'alexa-layouts', version: '1.7.0' } as const;

/**
 * The viewport conditions every screen uses. Round: the Echo Spot / Echo Show round (hubRoundSmall, 480 px).
 * Large: the hubLandscapeLarge and bigger profiles (Echo Show 10 and 15, 1280 dp wide and more); the medium
 * (Echo Show 8, 960 dp) and small (Echo Show 5) landscape hubs take the rest.
 */
export const WHEN = {
  round: "${viewport.shape == 'round'}",
  large: '${viewport.width >= 1280}',
} as const;

/**
 * A screen's document: the dark theme, Amazon's layouts, the data sources bound as `payload`, and one layout per
 * viewport (the first item whose `when` holds is the one shown).
 */
export function screenDocument(layouts: AplComponent[]): AplDocument {
  return { type: 'APL', version: APL_VERSION, theme: 'dark', import: [ALEXA_LAYOUTS], mainTemplate: { parameters: ['payload'], items: layouts } };
}

/** The layout for round screens: the items stacked and centred, clear of the curved edge by `inset` on each side. */
export function roundLayout(inset: string, items: AplComponent[]): AplComponent {
  return {
    type: 'Container',
    when: WHEN.round,
    width: '100vw',
    height: '100vh',
    alignItems: 'center',
    justifyContent: 'center',
    paddingLeft: inset,
    paddingRight: inset,
    items,
  };
}

/** A size that grows on large landscape hubs. */
export function sized(medium: number, large: number): string {
  return `\${viewport.width >= 1280 ? '${large}dp' : '${medium}dp'}`;
}

export const COLOURS = {
  text: '#FAFAFA',
  muted: '#B0BEC5',
  easy: '#4FC3F7',
  hard: '#FF8A65',
  track: '#37474F',
  background: '#102027',
} as const;
