/**
 * The first-week transcript in the docs is what local/first-week.txt really produces today: regenerate it with
 * `npx tsx local/transcript.ts` when the skill's words change.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstWeekTranscript, renderSection, replaceSection, sectionOf, transcriptDocument } from '../../local/transcript.js';

describe('the first-week transcript', () => {
  let transcript: string;
  beforeAll(async () => {
    transcript = await firstWeekTranscript();
  });

  it('is what the committed docs show between the transcript markers', async () => {
    const document = await readFile(transcriptDocument(), 'utf8');
    expect(sectionOf(document), `${transcriptDocument()} is out of date: run npx tsx local/transcript.ts`).toBe(renderSection(transcript));
  });

  it('is deterministic: a second run prints the same words', async () => {
    expect(await firstWeekTranscript()).toBe(transcript);
  });

  it('covers the week: check-ins, advice with a card, runs saved after a read-back, the week in kilometres', () => {
    expect(transcript).toMatch(/^--- Monday 23 November 2026, 07:15 \(Europe\/London\) ---$/m);
    expect(transcript).toMatch(/^--- Saturday 28 November 2026, 08:30 \(Europe\/London\) ---$/m);
    expect(transcript).toMatch(/^ {2}Card: Today: /m);
    expect(transcript).toMatch(/Shall I save it\?/);
    expect(transcript.match(/^Alexa: Saved: /gm)?.length).toBe(3);
    // Distance only for the runs that had one: "3 times, 1 hour 33 minutes in all; 2 of them were measured, 8 kilometres".
    expect(transcript).toMatch(/^Alexa: In the last seven days you ran 3 times, .*\d+ kilometres/m);
    expect(transcript).not.toMatch(/amzn1\.|requestId|\d{4}-\d{2}-\d{2}T/);
  });

  it('replaces only the text between the markers', () => {
    const document = 'intro\n<!-- transcript:start -->\nold\n<!-- transcript:end -->\noutro\n';
    const updated = replaceSection(document, renderSection('You: hi\n'));
    expect(updated).toBe('intro\n<!-- transcript:start -->\n```text\nYou: hi\n```\n<!-- transcript:end -->\noutro\n');
    expect(sectionOf(updated)).toBe(renderSection('You: hi\n'));
    expect(() => replaceSection('no markers here', 'x')).toThrow(/markers/);
  });
});
