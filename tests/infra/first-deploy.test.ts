// The very first deploy: no skill exists yet, so no skill id. Synth must work offline and explain the next step.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT_MS, synthesise, type Synthesised } from './helpers.js';

let synth: Synthesised;

beforeAll(() => {
  // No context at all, like `npx cdk synth` on a fresh clone (bundling skipped: this file does not read the code).
  synth = synthesise({ bundle: false });
}, SYNTH_TIMEOUT_MS);

describe('first deploy, without a skill id', () => {
  it('still has the table and the function', () => {
    synth.template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    synth.template.resourceCountIs('AWS::Lambda::Function', 1);
  });

  it('adds no Alexa permission (nothing may invoke the function yet)', () => {
    synth.template.resourceCountIs('AWS::Lambda::Permission', 0);
  });

  it('sets no SKILL_ID in the environment', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ SKILL_ID: Match.absent() }) },
    });
  });

  it('warns and outputs the two-step deploy', () => {
    const warnings = synth.annotations.findWarning('*', Match.stringLikeRegexp('-c skillId='));
    expect(warnings).toHaveLength(1);
    synth.template.hasOutput('NextStep', { Value: Match.stringLikeRegexp('cdk deploy -c skillId=') });
    synth.template.hasOutput('FunctionArn', Match.anyValue());
  });

  it('creates no alarm topic without alarmEmail, and the alarms have no actions', () => {
    synth.template.resourceCountIs('AWS::SNS::Topic', 0);
    const alarms = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(6);
    for (const alarm of alarms) expect((alarm as { Properties: Record<string, unknown> }).Properties['AlarmActions']).toBeUndefined();
  });
});
