/**
 * The week screen: a bar per day of the last seven (minutes of running, hard days in another colour and
 * labelled), the week's totals, and a bar of easy vs hard share of running time. Frames in Containers: APL's own
 * layout components, no images.
 */
import { COLOURS, roundLayout, screenDocument, sized, type AplComponent, type AplDocument } from './document.js';

const P = 'payload.week.properties';
/** The landscape screen's width inside its side padding. */
const CONTENT_WIDTH = `\${viewport.width >= 1280 ? viewport.width - 144 : viewport.width - 96}dp`;

/** One day's column: minutes above, the bar, the weekday and "Hard" below. Bound to one of `days`. */
function dayColumn(labelSize: string, barWidth: string): AplComponent {
  return {
    type: 'Container',
    grow: 1,
    height: '100%',
    alignItems: 'center',
    justifyContent: 'end',
    items: [
      { type: 'Text', text: '${data.minutesText}', fontSize: labelSize, color: COLOURS.text },
      {
        type: 'Frame',
        width: barWidth,
        height: '${data.barPercent}%',
        minHeight: '2dp',
        backgroundColor: `\${data.hard ? '${COLOURS.hard}' : '${COLOURS.easy}'}`,
      },
      { type: 'Text', text: '${data.weekday}', fontSize: labelSize, color: COLOURS.text },
      { type: 'Text', text: '${data.hardLabel}', fontSize: labelSize, color: COLOURS.hard },
    ],
  };
}

function chart(width: string, height: string, labelSize: string, barWidth: string): AplComponent {
  return { type: 'Container', direction: 'row', width, height, data: `\${${P}.days}`, items: [dayColumn(labelSize, barWidth)] };
}

/** Easy vs hard share of the week's running time, as one bar split in two. */
function shareBar(width: string): AplComponent {
  return {
    type: 'Container',
    when: `\${${P}.runs > 0}`,
    direction: 'row',
    width,
    height: '16dp',
    items: [
      { type: 'Frame', width: `\${${P}.easyPercent}%`, height: '100%', backgroundColor: COLOURS.easy },
      { type: 'Frame', width: `\${${P}.hardPercent}%`, height: '100%', backgroundColor: COLOURS.hard },
    ],
  };
}

function line(bind: string, size: string, color: string = COLOURS.text, extra: Record<string, unknown> = {}): AplComponent {
  return { type: 'Text', text: `\${${P}.${bind}}`, fontSize: size, color, ...extra };
}

export const WEEK_DOCUMENT: AplDocument = screenDocument([
  roundLayout('70dp', [
    line('title', '20dp', COLOURS.muted, { textAlign: 'center' }),
    chart('340dp', '180dp', '14dp', '20dp'),
    line('share', '18dp', COLOURS.text, { textAlign: 'center', paddingTop: '8dp' }),
  ]),
  {
    type: 'Container',
    width: '100vw',
    height: '100vh',
    items: [
      { type: 'AlexaHeader', headerTitle: `\${${P}.title}`, headerSubtitle: `\${${P}.totals}` },
      {
        type: 'Container',
        grow: 1,
        paddingLeft: sized(48, 72),
        paddingRight: sized(48, 72),
        paddingBottom: sized(24, 40),
        items: [
          line('axis', sized(18, 24), COLOURS.muted),
          line('empty', sized(24, 30), COLOURS.text, { when: `\${${P}.runs == 0}` }),
          chart(CONTENT_WIDTH, sized(260, 400), sized(18, 24), sized(40, 64)),
          line('share', sized(20, 26), COLOURS.text, { paddingTop: '12dp', paddingBottom: '6dp' }),
          shareBar(CONTENT_WIDTH),
        ],
      },
    ],
  },
]);
