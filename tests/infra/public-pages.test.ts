// The privacy policy and terms of use as public pages (S3 behind CloudFront, in a nested stack), the URLs the
// stack outputs, and the documented alternative: pages already published elsewhere (-c publicPagesUrl=...).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PAGES_DIR } from '../../infra/public-pages.js';
import { FIXTURE_SKILL_PACKAGE, SYNTH_TIMEOUT_MS, synthesise, type Synthesised } from './helpers.js';

let hosted: Synthesised;
let pages: Template;
let elsewhere: Synthesised;

beforeAll(() => {
  hosted = synthesise({ bundle: false });
  const nested = hosted.stack.publicPages;
  if (nested === undefined) throw new Error('no PublicPages nested stack');
  pages = Template.fromStack(nested);
  elsewhere = synthesise({ context: { publicPagesUrl: 'https://coach.pages.test/legal/' }, bundle: false });
}, SYNTH_TIMEOUT_MS);

describe('public pages published by the stack', () => {
  it('ship the privacy policy and the terms of use from infra/public', () => {
    expect(readdirSync(PUBLIC_PAGES_DIR).sort()).toEqual(['privacy.html', 'style.css', 'terms.html']);
    pages.resourceCountIs('Custom::CDKBucketDeployment', 1);
    pages.hasResourceProperties('Custom::CDKBucketDeployment', { Prune: true, DistributionPaths: ['/*'] });
  });

  it('keep the bucket private: all public access blocked, encrypted, TLS only', () => {
    pages.resourceCountIs('AWS::S3::Bucket', 1);
    pages.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    pages.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          // Only CloudFront, and only this distribution, may read.
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('serve them over HTTPS only, through origin access control, with security headers', () => {
    pages.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    pages.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'privacy.html',
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: ['GET', 'HEAD'],
          // CloudFront's managed SecurityHeadersPolicy (HSTS, nosniff, frame options, referrer policy).
          ResponseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03',
        }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
      }),
    });
  });

  it('outputs the two URLs the manifest points at, on the distribution domain', () => {
    for (const [output, file] of [
      ['PrivacyPolicyUrl', 'privacy.html'],
      ['TermsOfUseUrl', 'terms.html'],
    ] as const) {
      const value = JSON.stringify(hosted.template.findOutputs(output)[output]?.Value);
      expect(value, output).toContain('https://');
      expect(value, output).toContain(`/${file}`);
      expect(value, output).toMatch(/Outputs\.RecoveryCoachPublicPages.*DomainName/);
    }
  });
});

describe('public pages published elsewhere (-c publicPagesUrl=...)', () => {
  it('adds no bucket or distribution and outputs the given URLs', () => {
    expect(elsewhere.stack.publicPages).toBeUndefined();
    elsewhere.template.resourceCountIs('AWS::CloudFormation::Stack', 0);
    elsewhere.template.hasOutput('PrivacyPolicyUrl', { Value: 'https://coach.pages.test/legal/privacy.html' });
    elsewhere.template.hasOutput('TermsOfUseUrl', { Value: 'https://coach.pages.test/legal/terms.html' });
  });

  it('refuses a URL Alexa could not show to customers', () => {
    expect(() => synthesise({ context: { publicPagesUrl: 'http://coach.pages.test' }, bundle: false })).toThrow(/publicPagesUrl/);
    expect(() => synthesise({ context: { publicPagesUrl: 'coach.pages.test/legal' }, bundle: false })).toThrow(/publicPagesUrl/);
  });
});

describe('skill package deployed by the stack', () => {
  it('points every locale of the manifest at the published pages, keeping its compliance answers', () => {
    const synth = synthesise({
      context: { publicPagesUrl: 'https://coach.pages.test' },
      overrides: { skillPackage: { vendorId: 'M1EXAMPLEVENDOR', lwaSecretName: 'rc/lwa', packageDir: FIXTURE_SKILL_PACKAGE } },
      bundle: false,
    });
    const urls = { privacyPolicyUrl: 'https://coach.pages.test/privacy.html', termsOfUseUrl: 'https://coach.pages.test/terms.html' };
    synth.template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: Match.objectLike({
        Overrides: {
          Manifest: Match.objectLike({
            privacyAndCompliance: {
              allowsPurchases: false,
              usesPersonalInfo: true,
              isChildDirected: false,
              isExportCompliant: true,
              containsAds: false,
              locales: { 'en-US': urls, 'en-GB': urls },
            },
            // The whole events object, so the SkillDisabled subscription survives a replace as well as a merge.
            events: { endpoint: { uri: Match.anyValue() }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] },
          }),
        },
      }),
    });
  });

  it('leaves the generator and its sources out of the zipped package', () => {
    const synth = synthesise({
      overrides: { skillPackage: { vendorId: 'M1EXAMPLEVENDOR', lwaSecretName: 'rc/lwa' } },
      bundle: false,
    });
    const asset = synth.stack.alexaSkill?.packageAsset;
    expect(asset).toBeDefined();
    const staged = readdirSync(path.join(synth.app.outdir, asset?.assetPath ?? 'missing')).sort();
    expect(staged).toEqual(['assets', 'interactionModels', 'skill.json']);
  });
});
