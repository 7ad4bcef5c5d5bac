/**
 * Optional: deploys the skill package (interaction-model/) as an Alexa::ASK::Skill, its endpoint set to our
 * function. Needs an Amazon developer vendor id and a Login-with-Amazon profile whose client id, client secret
 * and refresh token sit in a Secrets Manager secret (JSON keys below). Nothing secret reaches the template: it holds
 * `{{resolve:secretsmanager:...}}` references that CloudFormation resolves at deploy time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { REPO_ROOT } from './bundling.js';
import type { PageUrls } from './public-pages.js';

export const SKILL_PACKAGE_DIR = path.join(REPO_ROOT, 'interaction-model');

/** JSON keys expected in the LWA secret. */
export const LWA_SECRET_KEYS = { clientId: 'clientId', clientSecret: 'clientSecret', refreshToken: 'refreshToken' } as const;

export interface SkillPackageProps {
  vendorId: string;
  /** Name (or ARN) of the Secrets Manager secret holding the LWA credentials. */
  lwaSecretName: string;
  /** The skill package folder (skill.json at its root). Default: interaction-model/. */
  packageDir?: string;
}

export interface AlexaSkillProps extends SkillPackageProps {
  fn: lambda.IFunction;
  /** The deployed privacy policy and terms of use: every locale of the manifest points at them. */
  pageUrls: PageUrls;
}

/** What the overrides below read from the package's own skill.json. */
interface PackageManifest {
  manifest: {
    privacyAndCompliance?: Record<string, unknown> & { locales?: Record<string, unknown> };
    events?: Record<string, unknown>;
    apis?: { custom?: Record<string, unknown> };
  };
}

/** Files in the package folder that are ours, not Alexa's: the generator and its sources stay out of the zip. */
export const NOT_IN_SKILL_PACKAGE = ['source', 'ask-cli', '*.ts'];

export class AlexaSkill extends Construct {
  readonly skill: CfnSkill;
  readonly packageAsset: Asset;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    const packageDir = props.packageDir ?? SKILL_PACKAGE_DIR;
    // Fail at synth, not half-way through a deploy: Alexa rejects a package without a manifest.
    if (!existsSync(path.join(packageDir, 'skill.json'))) {
      throw new Error(`Skill package ${packageDir} has no skill.json: write the manifest before deploying the skill`);
    }

    const { manifest } = JSON.parse(readFileSync(path.join(packageDir, 'skill.json'), 'utf8')) as PackageManifest;

    // Zipped with skill.json at the root of the archive, as the Alexa service expects.
    this.packageAsset = new Asset(this, 'Package', { path: packageDir, exclude: NOT_IN_SKILL_PACKAGE });

    // The Alexa service reads the package from the CDK assets bucket through this role; no bucket is made public.
    const readerRole = new iam.Role(this, 'PackageReader', {
      assumedBy: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      description: 'Lets Alexa read the Recovery Coach skill package asset',
    });
    // Exactly this object: Asset.grantRead would add s3:List*/GetBucket* and the whole assets bucket.
    readerRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.packageAsset.bucket.arnForObjects(this.packageAsset.s3ObjectKey)],
      }),
    );

    // unsafeUnwrap yields the dynamic reference string, not the secret: CloudFormation resolves it at deploy.
    const lwa = (field: string): string =>
      SecretValue.secretsManager(props.lwaSecretName, { jsonField: field }).unsafeUnwrap();

    this.skill = new CfnSkill(this, 'Skill', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: lwa(LWA_SECRET_KEYS.clientId),
        clientSecret: lwa(LWA_SECRET_KEYS.clientSecret),
        refreshToken: lwa(LWA_SECRET_KEYS.refreshToken),
      },
      skillPackage: {
        s3Bucket: this.packageAsset.s3BucketName,
        s3Key: this.packageAsset.s3ObjectKey,
        s3BucketRole: readerRole.roleArn,
        // The manifest in the folder need not know the ARN or the pages' URLs: the stack's function is the
        // endpoint, and every locale points at the pages this stack publishes. Skill events (SkillDisabled deletes
        // the runner's data) go to the same function. Whole objects are given (with the package's own other
        // fields) so the result is the same whether CloudFormation merges an override or replaces the object.
        overrides: {
          manifest: {
            apis: { custom: { ...manifest.apis?.custom, endpoint: { uri: props.fn.functionArn } } },
            events: { ...manifest.events, endpoint: { uri: props.fn.functionArn } },
            ...(manifest.privacyAndCompliance !== undefined && {
              privacyAndCompliance: {
                ...manifest.privacyAndCompliance,
                locales: Object.fromEntries(
                  Object.keys(manifest.privacyAndCompliance.locales ?? {}).map((locale) => [locale, { ...props.pageUrls }]),
                ),
              },
            }),
          },
        },
      },
    });
    // The role's policy must exist before Alexa tries to fetch the package.
    this.skill.node.addDependency(readerRole);
    // A deleted skill takes its id and every runner's enablement with it: a stack delete must not do that.
    this.skill.applyRemovalPolicy(RemovalPolicy.RETAIN);
  }

  /** The skill id (Ref of Alexa::ASK::Skill). */
  get skillId(): string {
    return this.skill.ref;
  }
}
