/**
 * The advice screen: today's activity and how long in large type, then why and how it should feel. The round
 * hub gets the headline and the feel only (a 480 px circle has room for little more).
 */
import { COLOURS, roundLayout, screenDocument, WHEN, sized, type AplDocument } from './document.js';

const P = 'payload.advice.properties';

function text(bind: string, extra: Record<string, unknown> = {}) {
  return { type: 'Text', text: `\${${P}.${bind}}`, color: COLOURS.text, ...extra };
}

export const ADVICE_DOCUMENT: AplDocument = screenDocument([
  roundLayout('60dp', [
    text('title', { fontSize: '22dp', color: COLOURS.muted, textAlign: 'center' }),
    text('activity', { fontSize: '40dp', fontWeight: 'bold', textAlign: 'center' }),
    text('minutes', { fontSize: '30dp', color: COLOURS.easy, textAlign: 'center' }),
    text('feel', { fontSize: '20dp', textAlign: 'center', maxLines: 3, paddingTop: '12dp' }),
  ]),
  {
    type: 'Container',
    width: '100vw',
    height: '100vh',
    items: [
      { type: 'AlexaHeader', headerTitle: `\${${P}.title}`, headerSubtitle: `\${${P}.disclaimer}` },
      {
        type: 'Container',
        direction: 'row',
        width: '100vw',
        grow: 1,
        paddingLeft: sized(48, 72),
        paddingRight: sized(48, 72),
        items: [
          {
            type: 'Container',
            width: '40%',
            justifyContent: 'center',
            items: [
              text('activity', { fontSize: sized(48, 64), fontWeight: 'bold' }),
              text('minutes', { fontSize: sized(36, 48), color: COLOURS.easy, paddingTop: '8dp' }),
            ],
          },
          {
            type: 'Container',
            width: '60%',
            justifyContent: 'center',
            paddingLeft: '32dp',
            items: [
              text('whyLabel', { fontSize: sized(20, 26), color: COLOURS.muted }),
              text('why', { fontSize: sized(22, 28), maxLines: 4 }),
              text('howLongLabel', { fontSize: sized(20, 26), color: COLOURS.muted, paddingTop: '16dp' }),
              text('howLong', { fontSize: sized(22, 28) }),
              text('feelLabel', { fontSize: sized(20, 26), color: COLOURS.muted, paddingTop: '16dp' }),
              text('feel', { fontSize: sized(22, 28), maxLines: 4 }),
            ],
          },
        ],
      },
      text('hint', { when: WHEN.large, fontSize: '22dp', color: COLOURS.muted, paddingLeft: '72dp', paddingBottom: '32dp' }),
    ],
  },
]);
