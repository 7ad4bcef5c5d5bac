// The production bundle builds with the shared settings and loads like Lambda loads it; the skill function's
// CDK bundling and the esbuild API build are the same build; the AWS SDK switch does what it says.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_SETTINGS,
  RUNTIME_PROVIDED_MODULES,
  buildLambdaBundle,
  esbuildOptions,
  lambdaBundlingOptions,
  type BuiltBundle,
} from '../../infra/bundling.js';
import { SkillFunction } from '../../infra/skill-function.js';
import { handlerTypeOf } from './helpers.js';
import { startTestDynamo } from '../support/dynamo.js';
import { startSecretsManager } from '../support/secrets-manager.js';
import { intentRequest, resolvedSlot, spoken, TEST_SKILL_ID } from '../support/envelopes.js';

// A fixture of ours, not lambda/index.ts: others edit the skill while these tests run, and a byte comparison of
// two builds needs a source that holds still.
const FIXTURE_USES_SDK = path.join(import.meta.dirname, 'fixtures', 'uses-aws-sdk.ts');
const BUILD_TIMEOUT_MS = 120_000;

let workDir: string;
let skillBundle: BuiltBundle;
let sdkBundled: string;
let sdkExternal: string;
/** What SkillFunction deploys for the fixture, per bundleAwsSdk. */
let deployed: Map<boolean, string>;

/** The bundle of a synthesised SkillFunction: asset.<hash>/index.js, the hash being the code's S3 key. */
function deployedBundle(app: App, stack: Stack): string {
  const functions = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
  expect(functions).toHaveLength(1);
  const key = (functions[0] as { Properties: { Code: { S3Key: string } } }).Properties.Code.S3Key;
  return readFileSync(path.join(app.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.js'), 'utf8');
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'rc-bundle-'));
  skillBundle = await buildLambdaBundle({ outdir: path.join(workDir, 'skill') });
  const bundled = await buildLambdaBundle({ outdir: path.join(workDir, 'sdk-in'), entry: FIXTURE_USES_SDK, bundleAwsSdk: true });
  const external = await buildLambdaBundle({ outdir: path.join(workDir, 'sdk-out'), entry: FIXTURE_USES_SDK, bundleAwsSdk: false });
  sdkBundled = readFileSync(bundled.file, 'utf8');
  sdkExternal = readFileSync(external.file, 'utf8');

  const app = new App({ outdir: path.join(workDir, 'cdk.out') });
  deployed = new Map();
  const stacks = new Map<boolean, Stack>();
  for (const bundleAwsSdk of [true, false]) {
    const stack = new Stack(app, `Sdk${bundleAwsSdk ? 'In' : 'Out'}`);
    new SkillFunction(stack, 'Skill', { entry: FIXTURE_USES_SDK, bundleAwsSdk, environment: {} });
    stacks.set(bundleAwsSdk, stack);
  }
  for (const [bundleAwsSdk, stack] of stacks) deployed.set(bundleAwsSdk, deployedBundle(app, stack));
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('production bundle of lambda/index.ts', () => {
  it('loads in a Lambda-like Node process as CommonJS and exports a function named handler', () => {
    expect(handlerTypeOf(skillBundle.file)).toBe('function');
  });

  it('writes a source map without the sources', () => {
    expect(existsSync(skillBundle.sourceMapFile)).toBe(true);
    const map = JSON.parse(readFileSync(skillBundle.sourceMapFile, 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(map.sources.some((s) => s.endsWith('lambda/index.ts'))).toBe(true);
    expect(map.sourcesContent).toBeUndefined();
    expect(readFileSync(skillBundle.file, 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
    expect(readdirSync(path.dirname(skillBundle.file)).sort()).toEqual(['index.js', 'index.js.map']);
  });
});

describe('the deployable artifact answers a turn', () => {
  const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:RecoveryCoachUserKey-AbCdEf';
  const SECRET = 'deployment-secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';

  /** Runs `handler` on each envelope in turn, in one fresh Lambda-like process; stdout, stderr and what came back. */
  async function inLambda(envelopes: unknown[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; results: string[] }> {
    const script =
      `const { handler } = require(${JSON.stringify(skillBundle.file)});` +
      `(async () => { for (const e of JSON.parse(process.env.ENVELOPES)) {` +
      ` try { process.stdout.write('RESPONSE ' + JSON.stringify(await handler(e)) + '\\n'); }` +
      ` catch (error) { process.stdout.write('FAILED ' + error.name + ': ' + error.message + '\\n'); } } })();`;
    // Asynchronous on purpose: the DynamoDB server and the Secrets Manager stand-in run in this process.
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--enable-source-maps', '-e', script], {
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        AWS_LAMBDA_FUNCTION_NAME: 'recovery-coach-test',
        AWS_REGION: 'eu-west-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ENVELOPES: JSON.stringify(envelopes),
        ...env,
      },
    });
    const results = stdout.split('\n').filter((l) => l.startsWith('RESPONSE ') || l.startsWith('FAILED '));
    return { stdout, stderr, results };
  }

  it('runs "should I run today?" end to end in a Lambda-like process, reading its secret once for three turns', async () => {
    const [dynamo, secrets] = await Promise.all([startTestDynamo(), startSecretsManager({ [SECRET_ARN]: SECRET })]);
    try {
      const envelope = intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'heavy', 'heavy'), resolvedSlot('yesterday', 'intervals', 'workout')]);
      const { stdout, results } = await inLambda([envelope, envelope, envelope], {
        TABLE_NAME: dynamo.tableName,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        SKILL_ID: TEST_SKILL_ID,
        USER_KEY_SECRET_ARN: SECRET_ARN,
        SECRETS_MANAGER_ENDPOINT: secrets.endpoint,
      });
      expect(results).toHaveLength(3);
      const response = JSON.parse((results[0] ?? '').slice('RESPONSE '.length)) as ResponseEnvelope;
      // stdout holds the skill's own log lines (Lambda ships them to CloudWatch), one per turn.
      const outcomes = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { outcome?: string }).outcome);
      expect(outcomes).toEqual(['readiness:saved+advice:recovery-run', 'readiness:saved+advice:recovery-run', 'readiness:saved+advice:recovery-run']);
      expect(spoken(response)).toMatch(/recovery run/);
      expect((response.response.card as { title?: string } | undefined)?.title).toBe('Today: recovery run');
      // The history read went to the server the environment named, and succeeded.
      expect(spoken(response)).not.toMatch(/couldn't reach your history/);
      // Read at cold start, once per container, not per turn.
      expect(secrets.reads).toEqual([SECRET_ARN]);
    } finally {
      await Promise.all([dynamo.close(), secrets.close()]);
    }
  });

  it('without SKILL_ID refuses every invocation, says why in its log, and never reads the secret', async () => {
    const [dynamo, secrets] = await Promise.all([startTestDynamo(), startSecretsManager({ [SECRET_ARN]: SECRET })]);
    try {
      const envelope = intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'heavy', 'heavy'), resolvedSlot('yesterday', 'intervals', 'workout')]);
      const { stderr, results } = await inLambda([envelope, envelope], {
        TABLE_NAME: dynamo.tableName,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        USER_KEY_SECRET_ARN: SECRET_ARN,
        SECRETS_MANAGER_ENDPOINT: secrets.endpoint,
      });
      expect(results).toEqual([
        'FAILED MisconfiguredError: SKILL_ID is not set: refusing to answer requests for any skill',
        'FAILED MisconfiguredError: SKILL_ID is not set: refusing to answer requests for any skill',
      ]);
      const refusals = stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { event: string; reason: string });
      expect(refusals[0]).toEqual({ event: 'refusing', reason: 'SKILL_ID is not set: refusing to answer requests for any skill' });
      expect(secrets.reads).toEqual([]);
    } finally {
      await Promise.all([dynamo.close(), secrets.close()]);
    }
  });
});

describe('AWS SDK switch', () => {
  // Booleans, not toMatch: a failure must not print half a megabyte of bundle.
  it('bundles the SDK by default (the version we test against)', () => {
    expect(/require\("@aws-sdk\/client-dynamodb"\)/.test(sdkBundled)).toBe(false);
    expect(/require\("@smithy\//.test(sdkBundled)).toBe(false);
    expect(sdkBundled.includes('DynamoDBClient')).toBe(true);
  });

  it('leaves @aws-sdk and @smithy to the runtime when bundleAwsSdk is false', () => {
    expect(/require\("@aws-sdk\/client-dynamodb"\)/.test(sdkExternal)).toBe(true);
    expect(sdkExternal.length * 20).toBeLessThan(sdkBundled.length);
  });
});

describe('one description for CDK and esbuild', () => {
  it('SkillFunction deploys byte for byte what buildLambdaBundle builds, with and without the SDK', () => {
    expect(deployed.get(true) === sdkBundled).toBe(true);
    expect(deployed.get(false) === sdkExternal).toBe(true);
  });

  it('maps every setting the same way', () => {
    for (const bundleAwsSdk of [true, false]) {
      const cdk = lambdaBundlingOptions(bundleAwsSdk);
      const esb = esbuildOptions({ outdir: '/tmp/x', bundleAwsSdk });
      expect(cdk.forceDockerBundling).toBe(false);
      expect(cdk.format).toBe(OutputFormat.CJS);
      expect(esb.format).toBe(cdk.format);
      expect(esb.target).toBe(cdk.target);
      expect(esb.target).toBe('node22');
      expect(esb.minify).toBe(true);
      expect(cdk.minify).toBe(true);
      expect(cdk.sourceMap).toBe(esb.sourcemap);
      expect(cdk.sourcesContent).toBe(esb.sourcesContent);
      expect(cdk.externalModules).toEqual(esb.external);
      expect(esb.external).toEqual(bundleAwsSdk ? [] : [...RUNTIME_PROVIDED_MODULES]);
      expect(path.basename(esb.outfile ?? '')).toBe(BUNDLE_SETTINGS.outfile);
    }
  });
});
