// The privacy policy and terms say what the skill really does: checked against the code's own numbers and lists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS } from '../../lambda/history/schema.js';
import { LOG_RETENTION } from '../../infra/skill-function.js';
import { PUBLIC_PAGES_DIR } from '../../infra/public-pages.js';
import { RETENTION_DAYS } from '../../interaction-model/source/manifest.js';

/** The page's text as a reader sees it: tags dropped, whitespace collapsed. */
function pageText(file: string): string {
  const html = readFileSync(path.join(PUBLIC_PAGES_DIR, file), 'utf8');
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const privacy = pageText('privacy.html');
const terms = pageText('terms.html');

describe('privacy policy', () => {
  it('names what is kept: readiness answers, logged sessions, the new-or-experienced flag', () => {
    expect(privacy).toContain('how your legs feel (fresh, okay, heavy or sore), whether you slept badly, whether you feel run down');
    expect(privacy).toContain('The sessions you log');
    expect(privacy).toContain('whether you told the skill you are new to running or experienced');
    // The check-in item also holds the day's advice and its family (lambda/history/dynamo-store.ts checkInFields).
    expect(privacy).toContain('the suggestion the skill gave that day');
    expect(privacy).toContain('only the fact that it was for your health, never what you said');
    expect(privacy).toContain('are read for each conversation and not stored');
  });

  it('says how it is keyed: a keyed hash of the Alexa user id, never the id itself', () => {
    expect(privacy).toContain('keyed hash (an HMAC with a secret that belongs to this deployment of the skill)');
    expect(privacy).toContain('the user id itself is never written to storage or to the skill');
  });

  it('gives the retention the table and the logs really have', () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(28);
    expect(RETENTION_DAYS).toBe(DEFAULT_RETENTION_DAYS);
    expect(privacy).toContain('Every entry expires 28 days after it was last written');
    expect(LOG_RETENTION).toBe(30); // logs.RetentionDays.ONE_MONTH
    expect(privacy).toContain('are kept for one month');
  });

  it('says that each recognised voice has its own history, deleted by voice alone or with the account', () => {
    expect(privacy).toContain('that person gets a history of their own');
    expect(privacy).toContain('Neither id is stored');
    expect(privacy).toContain('that is your own history only, and the others in your household keep theirs');
    expect(privacy).toContain('everything it holds for the account, every person\'s history included');
    expect(privacy).toContain('the skill never receives or stores the name');
  });

  it('says how to delete: by voice, or by disabling the skill', () => {
    expect(privacy).toContain('"Alexa, ask Recovery Coach to delete my data"');
    expect(privacy).toContain('disable the skill in the Alexa app');
  });

  it('lists what is never kept: pain and illness answers, raw ids, recordings, names', () => {
    expect(privacy).toContain('Anything you say about pain, injury or illness');
    expect(privacy).toContain('Your raw Alexa user id, person id or device id');
    expect(privacy).toContain('Voice recordings or transcripts');
    expect(privacy).toContain('Your name, e-mail address, phone number, postal address or location');
  });

  it('agrees with the manifest: no adverts, not for children', () => {
    expect(privacy).toContain('does not show adverts');
    expect(privacy).toContain('is not directed at children');
  });
});

describe('terms of use', () => {
  it('say it is a coach, not medical advice, and when to see a professional', () => {
    expect(terms).toContain('is not a substitute for professional medical advice, diagnosis or treatment');
    expect(terms).toContain('If you are in pain, injured, ill or unsure, rest and talk to a doctor');
    expect(terms).toContain('call your local emergency number');
  });

  it('link the privacy policy and match its retention', () => {
    expect(readFileSync(path.join(PUBLIC_PAGES_DIR, 'terms.html'), 'utf8')).toContain('href="privacy.html"');
    expect(terms).toContain('for 28 days');
  });
});
