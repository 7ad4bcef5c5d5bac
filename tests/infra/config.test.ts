// Context (`-c key=value`, always strings from the CLI) into stack props, refusing values that would deploy wrong.
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { stackPropsFromContext } from '../../infra/config.js';
import { SKILL_ID } from './helpers.js';

const propsFor = (context: Record<string, unknown>) => stackPropsFromContext(new App({ context }).node);

describe('stackPropsFromContext', () => {
  it('needs nothing: offline synth with no context', () => {
    expect(propsFor({})).toEqual({});
  });

  it('passes the skill id and alarm e-mail through', () => {
    expect(propsFor({ skillId: SKILL_ID, alarmEmail: 'me@recovery-coach.test' })).toEqual({ skillId: SKILL_ID, alarmEmail: 'me@recovery-coach.test' });
  });

  it('accepts the README placeholder form amzn1.ask.skill.xxxx', () => {
    expect(propsFor({ skillId: 'amzn1.ask.skill.xxxx' }).skillId).toBe('amzn1.ask.skill.xxxx');
  });

  it('refuses something that is not a skill id (e.g. the function ARN)', () => {
    expect(() => propsFor({ skillId: 'arn:aws:lambda:eu-west-1:123456789012:function:x' })).toThrow(/skillId/);
  });

  it('reads booleans and numbers given as strings on the command line', () => {
    expect(propsFor({ bundleAwsSdk: 'false', memorySizeMb: '1024' })).toEqual({ bundleAwsSdk: false, memorySizeMb: 1024 });
    expect(propsFor({ bundleAwsSdk: true })).toEqual({ bundleAwsSdk: true });
  });

  it('refuses a memory size Lambda would refuse', () => {
    expect(() => propsFor({ memorySizeMb: '64' })).toThrow(/memorySizeMb/);
    expect(() => propsFor({ bundleAwsSdk: 'yes' })).toThrow(/bundleAwsSdk/);
  });

  it('wants vendorId and lwaSecretName together', () => {
    expect(propsFor({ vendorId: 'M1X', lwaSecretName: 'rc/lwa' })).toEqual({ skillPackage: { vendorId: 'M1X', lwaSecretName: 'rc/lwa' } });
    expect(() => propsFor({ vendorId: 'M1X' })).toThrow(/lwaSecretName/);
  });

  it('takes an https base URL for pages published elsewhere, and nothing else', () => {
    expect(propsFor({ publicPagesUrl: 'https://coach.pages.test/legal' })).toEqual({ publicPagesUrl: 'https://coach.pages.test/legal' });
    expect(() => propsFor({ publicPagesUrl: 'http://coach.pages.test' })).toThrow(/publicPagesUrl/);
    expect(() => propsFor({ publicPagesUrl: 'https://coach.pages.test/?page=privacy' })).toThrow(/publicPagesUrl/);
  });

  it('refuses an alarm e-mail that is not one', () => {
    expect(() => propsFor({ alarmEmail: 'nobody' })).toThrow(/alarmEmail/);
  });
});
