import { escapeXmlCharacters } from 'ask-sdk-core';

/** Text made safe for SSML (ask-sdk's own escaping); everything the skill speaks passes through here. */
export function escapeSsml(text: string): string {
  return escapeXmlCharacters(text);
}

/**
 * Words around a recognised speaker's first name, which Alexa fills in from the voice profile: the skill never
 * learns or stores the name. The personId is escaped as an attribute value (quotes, ampersands, angle brackets).
 * https://developer.amazon.com/docs/custom-skills/add-personalized-greetings-or-prompts.html
 */
export function greetByName(personId: string, words: { before: string; after: string }): string {
  return `${escapeSsml(words.before)}<alexa:name type="first" personId="${escapeSsml(personId)}"/>${escapeSsml(words.after)}`;
}

/** Joins sentences, dropping empty ones, with single spaces. */
export function sentences(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join(' ');
}

/** "a, b and c" */
export function listing(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
