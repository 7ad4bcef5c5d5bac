// Optional Alexa::ASK::Skill: the skill package deployed by CloudFormation (first deploy: no skill id yet).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { AlexaSkill, SKILL_PACKAGE_DIR } from '../../infra/skill-package.js';
import { REPO_ROOT } from '../../infra/bundling.js';
import { FIXTURE_SKILL_PACKAGE, SYNTH_TIMEOUT_MS, synthesise, type Resources, type Synthesised } from './helpers.js';

const VENDOR_ID = 'M1EXAMPLEVENDOR';
const SECRET = 'recovery-coach/lwa';

let synth: Synthesised;
let resources: Resources;

beforeAll(() => {
  synth = synthesise({
    context: { vendorId: VENDOR_ID, lwaSecretName: SECRET },
    overrides: { skillPackage: { vendorId: VENDOR_ID, lwaSecretName: SECRET, packageDir: FIXTURE_SKILL_PACKAGE } },
    bundle: false,
  });
  resources = synth.template.toJSON().Resources as Resources;
}, SYNTH_TIMEOUT_MS);

function logicalId(type: string): string {
  const ids = Object.keys(synth.template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0] as string;
}

describe('Alexa::ASK::Skill', () => {
  it('authenticates with LWA credentials resolved from Secrets Manager at deploy time', () => {
    const ref = (field: string): string => `{{resolve:secretsmanager:${SECRET}:SecretString:${field}::}}`;
    synth.template.hasResourceProperties('Alexa::ASK::Skill', {
      VendorId: VENDOR_ID,
      AuthenticationConfiguration: {
        ClientId: ref('clientId'),
        ClientSecret: ref('clientSecret'),
        RefreshToken: ref('refreshToken'),
      },
    });
  });

  it('reads the package from the asset bucket through a role only Alexa can assume', () => {
    const roleIds = Object.keys(
      synth.template.findResources('AWS::IAM::Role', {
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [Match.objectLike({ Principal: { Service: 'alexa-appkit.amazon.com' } })],
          },
        },
      }),
    );
    expect(roleIds).toHaveLength(1);
    synth.template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: Match.objectLike({
        S3Bucket: Match.anyValue(),
        S3Key: Match.stringLikeRegexp('^[0-9a-f]{64}\\.zip$'),
        S3BucketRole: { 'Fn::GetAtt': [roleIds[0], 'Arn'] },
      }),
    });
  });

  it('points the manifest endpoint and the skill-events endpoint at the stack function', () => {
    const functionId = logicalId('AWS::Lambda::Function');
    const arn = { 'Fn::GetAtt': [functionId, 'Arn'] };
    synth.template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: Match.objectLike({
        Overrides: { Manifest: { apis: { custom: { endpoint: { uri: arn } } }, events: { endpoint: { uri: arn } } } },
      }),
    });
  });

  it('keeps the package\'s interfaces (the Echo Show screens) in the endpoint override, merged or replaced', () => {
    const skill = Object.values(resources).find((r) => r.Type === 'Alexa::ASK::Skill');
    const overrides = (skill?.Properties?.['SkillPackage'] as { Overrides: { Manifest: { apis: { custom: Record<string, unknown> } } } }).Overrides;
    expect(overrides.Manifest.apis.custom['interfaces']).toEqual([{ type: 'ALEXA_PRESENTATION_APL' }]);
  });

  it('is created after an Alexa trigger exists (Alexa checks it), open until the skill id is known', () => {
    const permissionId = logicalId('AWS::Lambda::Permission');
    const permission = resources[permissionId]?.Properties ?? {};
    expect(permission['Principal']).toBe('alexa-appkit.amazon.com');
    expect(permission['EventSourceToken']).toBeUndefined();
    expect(resources[logicalId('Alexa::ASK::Skill')]?.DependsOn).toContain(permissionId);
    expect(synth.annotations.findWarning('*', Match.stringLikeRegexp('open to any skill'))).toHaveLength(1);
  });

  it('is retained when the stack is deleted (the skill id and enablements would be lost)', () => {
    synth.template.hasResource('Alexa::ASK::Skill', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('lets the reader role get exactly the package object and nothing else', () => {
    const readerPolicies = Object.values(synth.template.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p).includes('s3:'),
    );
    expect(readerPolicies).toHaveLength(1);
    const statements = (readerPolicies[0] as { Properties: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } } })
      .Properties.PolicyDocument.Statement;
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Action).toBe('s3:GetObject');
    const resource = JSON.stringify(statements[0]?.Resource);
    expect(resource).toMatch(/[0-9a-f]{64}\.zip/);
    expect(resource).not.toContain('*');
  });

  it('outputs the skill id for the locking redeploy', () => {
    synth.template.hasOutput('SkillId', { Value: { Ref: logicalId('Alexa::ASK::Skill') } });
  });
});

describe('skill package folder', () => {
  it('defaults to interaction-model/ at the repo root', () => {
    expect(SKILL_PACKAGE_DIR).toBe(path.join(REPO_ROOT, 'interaction-model'));
  });

  it('refuses a folder without skill.json at synth time', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'rc-empty-package-'));
    try {
      const stack = new Stack(new App(), 'S');
      const fn = new lambda.Function(stack, 'F', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => {}'),
      });
      const pageUrls = { privacyPolicyUrl: 'https://pages.test/privacy.html', termsOfUseUrl: 'https://pages.test/terms.html' };
      expect(
        () => new AlexaSkill(stack, 'Skill', { vendorId: VENDOR_ID, lwaSecretName: SECRET, packageDir: empty, fn, pageUrls }),
      ).toThrow(/skill\.json/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
