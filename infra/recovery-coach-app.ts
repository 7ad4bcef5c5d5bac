/**
 * Puts the stack in an app the way `cdk synth` does: the CLI entry (app.ts) and the tests share this, so the tests
 * check what is deployed, including the cdk-nag gate.
 */
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stackPropsFromContext } from './config.js';
import { RecoveryCoachStack, type RecoveryCoachStackProps } from './stack.js';

export const STACK_NAME = 'RecoveryCoach';

/** `overrides` are for tests (e.g. a fixture skill package); the CLI passes none. */
export function addRecoveryCoach(app: App, overrides: Partial<RecoveryCoachStackProps> = {}): RecoveryCoachStack {
  const stack = new RecoveryCoachStack(app, STACK_NAME, {
    ...stackPropsFromContext(app.node),
    ...overrides,
    description: 'Recovery Coach Alexa skill: history table, skill function, Alexa trigger, alarms',
  });
  // Unacknowledged AwsSolutions findings fail `cdk synth` and `cdk deploy`, not just a test.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
