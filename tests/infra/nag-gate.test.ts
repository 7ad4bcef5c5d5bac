// The cdk-nag gate is part of synthesis (addRecoveryCoach registers it), so `cdk synth` and `cdk deploy` fail on a
// new finding. Proven with a deliberately non-compliant resource added to the real stack.
import { Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { addRecoveryCoach } from '../../infra/recovery-coach-app.js';
import { SYNTH_TIMEOUT_MS, readCdkJson } from './helpers.js';

describe('cdk-nag gate', () => {
  it(
    'fails synthesis on an unacknowledged AwsSolutions finding',
    () => {
      const app = new App({ context: { ...readCdkJson().context, 'aws:cdk:bundling-stacks': [] } });
      const stack = addRecoveryCoach(app);
      // A topic that accepts plain-HTTP publishers: AwsSolutions-SNS3.
      new sns.Topic(stack, 'NonCompliant');
      expect(() => Template.fromStack(stack)).toThrow(/AwsSolutions-SNS3/);
    },
    SYNTH_TIMEOUT_MS,
  );
});
