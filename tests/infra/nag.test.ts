// cdk-nag AwsSolutions over the fullest configuration (skill id, alarm e-mail, skill package): no finding may be
// left unacknowledged, and every acknowledgment is one we meant, with a reason.
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SKILL_PACKAGE, SKILL_ID, SYNTH_TIMEOUT_MS, synthesise, type Synthesised } from './helpers.js';

let synth: Synthesised;

beforeAll(() => {
  synth = synthesise({
    context: { skillId: SKILL_ID, alarmEmail: 'coach-alarms@recovery-coach.test', vendorId: 'M1EXAMPLEVENDOR', lwaSecretName: 'recovery-coach/lwa' },
    overrides: {
      skillPackage: { vendorId: 'M1EXAMPLEVENDOR', lwaSecretName: 'recovery-coach/lwa', packageDir: FIXTURE_SKILL_PACKAGE },
    },
    bundle: false,
  });
}, SYNTH_TIMEOUT_MS);

function acknowledgments(root: IConstruct): { path: string; id: string; reason: string }[] {
  const found: { path: string; id: string; reason: string }[] = [];
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason });
      }
    }
  }
  return found;
}

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning', () => {
    const report = new AwsSolutionsChecks().validateScope(synth.app);
    const findings = report.violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}: ${v.description}`,
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges only the findings we decided on, each with a reason', () => {
    const acks = acknowledgments(synth.app);
    const uploader = 'RecoveryCoach/PublicPages/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C';
    // Node 22 is the brief's runtime; AwsSolutions-L1 wants the newest (24). The user-key secret must never rotate
    // (a new key orphans every runner's history). Anything else must be fixed in code.
    expect(acks.map(({ path, id }) => ({ path, id }))).toEqual([
      { path: 'RecoveryCoach/UserKey/Secret', id: 'AwsSolutions-SMG4' },
      { path: 'RecoveryCoach/Skill/Handler', id: 'AwsSolutions-L1' },
      // The public pages (infra/public-pages.ts): a private bucket only CloudFront reads, no visitor logs, no WAF or
      // geo restriction for two static pages, the default certificate's TLS floor.
      { path: 'RecoveryCoach/PublicPages/Pages', id: 'AwsSolutions-S1' },
      { path: 'RecoveryCoach/PublicPages/Site', id: 'AwsSolutions-CFR1' },
      { path: 'RecoveryCoach/PublicPages/Site', id: 'AwsSolutions-CFR2' },
      { path: 'RecoveryCoach/PublicPages/Site', id: 'AwsSolutions-CFR3' },
      { path: 'RecoveryCoach/PublicPages/Site', id: 'AwsSolutions-CFR4' },
      // CDK's own upload function, finding by finding: a new wildcard in a CDK upgrade fails here.
      { path: uploader, id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]' },
      ...[
        'Action::s3:GetBucket*',
        'Action::s3:GetObject*',
        'Action::s3:List*',
        'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
        'Action::s3:Abort*',
        'Action::s3:DeleteObject*',
        'Resource::<Pages127DFD1A.Arn>/*',
        'Resource::*',
      ].map((finding) => ({ path: uploader, id: `AwsSolutions-IAM5[${finding}]` })),
      { path: uploader, id: 'AwsSolutions-L1' },
    ]);
    for (const ack of acks) expect(ack.reason.length, ack.id).toBeGreaterThan(40);
  });
});
