/**
 * The skill's privacy policy and terms of use (infra/public/) as public web pages: a private S3 bucket read only by
 * CloudFront (origin access control), served over HTTPS. Certification needs both URLs in the skill manifest.
 * A nested stack, so the skill's own template keeps only the skill's resources.
 */
import path from 'node:path';
import { NestedStack, Stack, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { REPO_ROOT } from './bundling.js';

export const PUBLIC_PAGES_DIR = path.join(REPO_ROOT, 'infra', 'public');

/** Page file names: the manifest's URLs end in these. */
export const PAGE_FILES = { privacyPolicy: 'privacy.html', termsOfUse: 'terms.html' } as const;

/** The two URLs the manifest needs, under one base URL (no trailing slash). */
export interface PageUrls {
  privacyPolicyUrl: string;
  termsOfUseUrl: string;
}

export function pageUrls(baseUrl: string): PageUrls {
  const base = baseUrl.replace(/\/+$/, '');
  return { privacyPolicyUrl: `${base}/${PAGE_FILES.privacyPolicy}`, termsOfUseUrl: `${base}/${PAGE_FILES.termsOfUse}` };
}

export class PublicPages extends NestedStack {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly urls: PageUrls;

  constructor(scope: Construct, id: string) {
    super(scope, id, { description: 'Recovery Coach privacy policy and terms of use (public pages)' });

    this.bucket = new s3.Bucket(this, 'Pages', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Default removal policy (retain): the pages must outlive a botched stack while the skill is live.
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only CloudFront reads this bucket (origin access control) and it holds the two public pages from the repo: ' +
        'server access logs would record nothing worth auditing, at the cost of a second bucket.',
    });

    this.distribution = new cloudfront.Distribution(this, 'Site', {
      comment: 'Recovery Coach privacy policy and terms of use',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      },
      defaultRootObject: PAGE_FILES.privacyPolicy,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
    });
    const site = Validations.of(this.distribution);
    site.acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'The pages must open wherever the skill is offered and wherever Amazon certification reviewers are: ' +
        'no geo restriction for a privacy policy.',
    });
    site.acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'Two static, read-only pages with no forms or API behind them: a WAF web ACL would cost more than it protects.',
    });
    site.acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'Access logs would keep the IP address of everyone who reads our privacy policy; the policy promises we ' +
        'collect nothing beyond the skill, so the distribution logs nothing.',
    });
    site.acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate fixes the minimum viewer TLS version; raising it needs a custom ' +
        'domain and ACM certificate, which this optional deployment does not assume.',
    });

    const upload = new s3deploy.BucketDeployment(this, 'Upload', {
      sources: [s3deploy.Source.asset(PUBLIC_PAGES_DIR)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
    });
    // The upload runs CDK's own custom-resource function (a singleton in this nested stack), which we do not
    // write and which runs only during a deploy: its managed policy, its wildcard grants and its runtime are CDK's.
    const uploader = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (uploader === undefined) throw new Error('BucketDeployment no longer makes its singleton function here');
    const bucketArn = Stack.of(this).resolve(this.bucket.bucketArn) as { 'Fn::GetAtt': [string, string] };
    const wildcards = [
      // Reading the uploaded asset from the CDK assets bucket.
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      // Writing (and pruning) the pages in this bucket.
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      `Resource::<${bucketArn['Fn::GetAtt'][0]}.Arn>/*`,
      // cloudfront:CreateInvalidation/GetInvalidation take no resource ARN.
      'Resource::*',
    ];
    Validations.of(uploader).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: "CDK's BucketDeployment function writes its own logs through AWSLambdaBasicExecutionRole, at deploy time only.",
      },
      ...wildcards.map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          "CDK's BucketDeployment grants itself read on the CDK assets bucket, write on this pages bucket (object " +
          'wildcards are how S3 grants a prefix) and CloudFront invalidations, at deploy time only.',
      })),
      {
        id: 'AwsSolutions-L1',
        reason: "The runtime of CDK's BucketDeployment function is pinned by aws-cdk-lib, not chosen by this project.",
      },
    );

    this.urls = pageUrls(`https://${this.distribution.distributionDomainName}`);
  }
}
