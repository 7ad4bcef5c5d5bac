/**
 * Builds the app the way `cdk synth` does: cdk.json's feature flags plus the given context, the same
 * addRecoveryCoach as infra/app.ts (so the cdk-nag gate runs in every synth here too).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Annotations, Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/bundling.js';
import { addRecoveryCoach } from '../../infra/recovery-coach-app.js';
import type { RecoveryCoachStack, RecoveryCoachStackProps } from '../../infra/stack.js';

export const FIXTURE_SKILL_PACKAGE = path.join(import.meta.dirname, 'fixtures', 'skill-package');

export const SKILL_ID = 'amzn1.ask.skill.0f2e7d3c-1111-4222-8333-944455556666';

/** Synth timeout for beforeAll: bundling plus synthesis takes ~6-8 s on two cores. */
export const SYNTH_TIMEOUT_MS = 120_000;

interface CdkJson {
  app: string;
  context: Record<string, unknown>;
}

export function readCdkJson(): CdkJson {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as CdkJson;
}

export interface SynthOptions {
  context?: Record<string, string>;
  overrides?: Partial<RecoveryCoachStackProps>;
  /** Skip esbuild when a file does not look at the function's code (the asset is a placeholder then). */
  bundle?: boolean;
}

export interface Synthesised {
  app: App;
  stack: RecoveryCoachStack;
  template: Template;
  annotations: Annotations;
}

export function synthesise(options: SynthOptions = {}): Synthesised {
  const context: Record<string, unknown> = { ...readCdkJson().context, ...options.context };
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context });
  const stack = addRecoveryCoach(app, options.overrides);
  const template = Template.fromStack(stack);
  return { app, stack, template, annotations: Annotations.fromStack(stack) };
}

export type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }>;

/**
 * Loads a bundle the way Lambda's Node 22 runtime would (a fresh process, `require`, a Lambda-like environment)
 * and returns `typeof` its `handler` export. A separate process keeps the bundle's cold-start work out of the test.
 */
export function handlerTypeOf(bundleFile: string): string {
  const script = `process.stdout.write(typeof require(${JSON.stringify(bundleFile)}).handler)`;
  return execFileSync(process.execPath, ['--enable-source-maps', '-e', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      AWS_LAMBDA_FUNCTION_NAME: 'recovery-coach-test',
      AWS_REGION: 'eu-west-1',
      TABLE_NAME: 'recovery-coach-history-test',
      HISTORY_RETENTION_DAYS: '28',
    },
  });
}
