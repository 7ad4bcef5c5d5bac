/**
 * The skill's Lambda function: bundled from lambda/index.ts with the settings in bundling.ts, its own log group,
 * and a role that can write to that log group and nothing else until the stack grants the table.
 */
import path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DEFAULT_BUNDLE_AWS_SDK, LAMBDA_ENTRY, REPO_ROOT, lambdaBundlingOptions } from './bundling.js';

/** Alexa waits 8 s for a response; 7 s leaves a second for the platform's own hops. */
export const FUNCTION_TIMEOUT = Duration.seconds(7);

/** A starting point, to be sized by measurement (cold start and p99 per memory size, see bench/). */
export const DEFAULT_MEMORY_SIZE_MB = 512;

export const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

export interface SkillFunctionProps {
  /** The handler module. Default lambda/index.ts; tests bundle a fixture to compare builds byte for byte. */
  entry?: string;
  /** Bundle the AWS SDK v3 (pins the version we test against) or leave it to the runtime. Default true. */
  bundleAwsSdk?: boolean;
  /** Default 512 MB; size it by measurement. */
  memorySizeMb?: number;
  /** Environment for the handler, on top of NODE_OPTIONS. */
  environment: Record<string, string>;
}

export class SkillFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: LOG_RETENTION,
      // Logs carry no raw user id and expire within a month: a deleted stack need not leave them behind.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy allows writing to every log group
    // in the account; this one writes to ours only.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Recovery Coach skill: its log group and its history table only',
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Handler', {
      entry: props.entry ?? LAMBDA_ENTRY,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySizeMb ?? DEFAULT_MEMORY_SIZE_MB,
      timeout: FUNCTION_TIMEOUT,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      // INFO keeps the platform's REPORT lines (duration, max memory used) that the memory sizing reads.
      systemLogLevelV2: lambda.SystemLogLevel.INFO,
      description: 'Recovery Coach Alexa skill',
      environment: {
        ...props.environment,
        // Stack traces point into lambda/*.ts instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: lambdaBundlingOptions(props.bundleAwsSdk ?? DEFAULT_BUNDLE_AWS_SDK),
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node 22 is the runtime the skill is built and tested for (bundle target node22). Moving to a newer ' +
        'runtime is a deliberate change with its own test run, not a side effect of a CDK upgrade.',
    });
  }
}
