import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SkillManifestFile } from '../../interaction-model/source/manifest.js';
import { LOCALES, loadInteractionModel } from '../../local/simulator/model.js';
import { FALLBACK_INTENT, resolveUtterance } from '../../local/simulator/resolve.js';
import { stripInvocation } from '../../local/simulator/simulator.js';

const skill = JSON.parse(readFileSync('interaction-model/skill.json', 'utf8')) as SkillManifestFile;
const { manifest } = skill;

describe('skill.json', () => {
  it('is a version 1.0 manifest', () => {
    expect(manifest.manifestVersion).toBe('1.0');
  });

  it('publishes every locale that has an interaction model, and only those', () => {
    const modelLocales = readdirSync('interaction-model/interactionModels/custom').map((f) => f.replace(/\.json$/, ''));
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual(modelLocales.sort());
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual(modelLocales.sort());
    expect(modelLocales.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s: named Recovery Coach, says it is a coach and not medical advice, three example phrases', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    expect(info.name).toBe('Recovery Coach');
    expect(info.summary.length).toBeGreaterThan(20);
    expect(info.summary.length).toBeLessThanOrEqual(160);
    expect(info.description).toMatch(/coach, not a doctor/i);
    expect(info.description).toMatch(/not a substitute for professional medical advice/i);
    expect(info.keywords.length).toBeGreaterThan(3);
    expect(info.examplePhrases).toHaveLength(3);
    for (const phrase of info.examplePhrases) expect(phrase).toMatch(/^Alexa, /);
    expect(manifest.privacyAndCompliance.locales[locale].privacyPolicyUrl).toMatch(/^https:\/\//);
  });

  it.each(LOCALES)('%s: every example phrase opens the skill or reaches one of its intents', (locale) => {
    const model = loadInteractionModel(locale);
    const [first, ...others] = manifest.publishingInformation.locales[locale].examplePhrases;
    expect(stripInvocation(first ?? '')).toBeUndefined(); // the first one launches the skill
    for (const phrase of others) {
      const request = stripInvocation(phrase);
      expect(request, phrase).toBeTruthy();
      expect(resolveUtterance(model, request ?? '').name, phrase).not.toBe(FALLBACK_INTENT);
    }
  });

  it('is in the health and fitness category and declares its compliance answers truthfully', () => {
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(manifest.privacyAndCompliance).toMatchObject({
      // It keeps readiness answers, sessions and a profile flag per (pseudonymous) user for 28 days.
      usesPersonalInfo: true,
      containsAds: false,
      isChildDirected: false,
      allowsPurchases: false,
      isExportCompliant: true,
      // Not HIPAA-eligible: it never stores pain or illness.
      usesHealthInfo: false,
    });
  });

  it.each(LOCALES)('%s: the description says what is kept, for how long, and how to delete it', (locale) => {
    const { description } = manifest.publishingInformation.locales[locale];
    expect(description).toContain('for 28 days');
    expect(description).toContain('never keeps what you say about pain or illness');
    expect(description).toContain('Say "delete my data" at any time to erase everything; disabling the skill erases it too.');
    expect(description.length).toBeLessThanOrEqual(4000);
  });

  it('declares the one permission the skill asks for by voice: its own reminders, and tells testers how to reach it', () => {
    expect(manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
    expect(manifest.publishingInformation.testingInstructions).toContain('remind me to check in every morning at seven');
  });

  it('tells certification testers how the health rules play out, within 4,000 characters', () => {
    const instructions = manifest.publishingInformation.testingInstructions;
    expect(instructions).toContain('It does not ask about illness or pain');
    expect(instructions).toContain('does not store that answer');
    expect(instructions).toContain('for 28 days');
    expect(instructions.length).toBeLessThanOrEqual(4000);
  });

  it.each(LOCALES)('%s: points at the packaged icons and at the public pages the deploy fills in', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    expect(info.smallIconUri).toBe('file://assets/images/icon-108.png');
    expect(info.largeIconUri).toBe('file://assets/images/icon-512.png');
    expect(manifest.privacyAndCompliance.locales[locale]).toEqual({
      privacyPolicyUrl: 'https://recovery-coach-pages.invalid/privacy.html',
      termsOfUseUrl: 'https://recovery-coach-pages.invalid/terms.html',
    });
  });

  it('declares the APL interface, so an Echo Show tells the skill it has a screen', () => {
    expect(manifest.apis.custom.interfaces).toEqual([{ type: 'ALEXA_PRESENTATION_APL' }]);
  });

  it('points the custom API and the events at a Lambda ARN placeholder filled at deploy', () => {
    expect(manifest.apis.custom.endpoint.uri).toMatch(/^arn:aws:lambda:/);
    expect(manifest.events.endpoint.uri).toBe(manifest.apis.custom.endpoint.uri);
  });

  it('subscribes to the skill being disabled (to delete the history) and enabled', () => {
    const names = manifest.events.subscriptions.map((s) => s.eventName);
    expect(names).toContain('SKILL_DISABLED');
    expect(names).toContain('SKILL_ENABLED');
  });
});
