/**
 * The daily check-in reminder: setting it ("remind me to check in every morning at seven"), asking when it is,
 * and stopping it. Every sample names the reminder, so "stop" alone stays AMAZON.StopIntent.
 */
import type { AllIntentSources } from './intents.js';

type ReminderIntents = 'SetReminder' | 'ReminderStatus' | 'CancelReminder';

/** What the reminder is for, or unsaid: "remind me to check in", "remind me". */
const TO_CHECK_IN = '[to check in|to do my check in|]';
/** How often, or unsaid: a reminder from this skill is always daily. */
const DAILY = '[every morning|every day|daily|]';

export function reminderSamples(): Pick<AllIntentSources, ReminderIntents> {
  return {
    SetReminder: {
      samples: [
        `remind me ${TO_CHECK_IN} ${DAILY} at {time}`,
        `remind me ${TO_CHECK_IN} at {time} [every morning|every day]`,
        'remind me to check in [every morning|each morning|every day|daily|tomorrow morning|tomorrow]',
        'set a [daily|morning|check in|] reminder',
        '[set|create] a reminder [for|at] {time}',
        'set a reminder to check in [every morning|every day|] at {time}',
        'turn on my [daily|morning|check in|] reminder',
        "[I'd like|I want] a daily reminder [to check in|]",
        '[can|could] you remind me [to check in|every morning|every day]',
      ],
      slotSamples: {
        time: ['{time}', 'at {time}', '{time} [please|every morning|every day|each morning]', 'at {time} [please|every morning|every day]'],
      },
    },
    ReminderStatus: {
      samples: [
        '[what time|when] is my [daily|morning|check in|] reminder',
        'what time is my reminder set for',
        '[do I have|have I got|is there] a reminder [set|]',
        'what reminder [do I have|have I got|is set]',
        'is my reminder [on|set]',
      ],
      slotSamples: {},
    },
    CancelReminder: {
      samples: [
        '[stop|delete|cancel|remove|turn off] my [daily|check in|] reminder',
        '[stop|delete|cancel|turn off] the reminder',
        "[stop reminding me|don't remind me] [to check in|every morning|every day|]",
        'no more reminders',
        "I don't want [the|my] reminder [any more|]",
      ],
      slotSamples: {},
    },
  };
}
