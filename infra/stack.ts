/**
 * Recovery Coach: the history table, the skill function with least-privilege access to it, the Alexa Skills Kit
 * trigger locked to the skill id, alarms, and (optionally) the skill package itself.
 */
import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { DEFAULT_RETENTION_DAYS, TABLE_SCHEMA } from '../lambda/history/schema.js';
import { USER_KEY_SECRET_ENV } from '../lambda/history/user-key-secret.js';
import { SkillAlarms } from './alarms.js';
import { SkillFunction } from './skill-function.js';
import { PublicPages, pageUrls, type PageUrls } from './public-pages.js';
import { AlexaSkill, type SkillPackageProps } from './skill-package.js';
import { UserKeySecret } from './user-key-secret.js';

/**
 * Exactly what the HistoryStore does (lambda/history/dynamo-store.ts): one Query, conditional Puts, a profile
 * UpdateItem, one DeleteItem for a declined run, delete by batch. tests/infra/least-privilege.test.ts checks this
 * list against the store's real calls.
 */
export const HISTORY_TABLE_OPERATIONS: readonly dynamodb.Operation[] = [
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.BATCH_WRITE_ITEM,
];

export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

export interface RecoveryCoachStackProps extends StackProps {
  /** The Alexa skill id. Absent on the very first deploy (the skill does not exist yet): then no trigger is added. */
  skillId?: string;
  /** See SkillFunctionProps.bundleAwsSdk. Default true. */
  bundleAwsSdk?: boolean;
  /** Default 512; size by measurement. */
  memorySizeMb?: number;
  /** How long history items live (TTL). Default DEFAULT_RETENTION_DAYS from the schema. */
  historyRetentionDays?: number;
  /** Mail alarms to this address (creates an SNS topic). */
  alarmEmail?: string;
  /** Deploy interaction-model/ as an Alexa::ASK::Skill too. */
  skillPackage?: SkillPackageProps;
  /**
   * Where infra/public/privacy.html and terms.html are already published (https base URL). Absent: the stack
   * publishes them itself (S3 + CloudFront, infra/public-pages.ts).
   */
  publicPagesUrl?: string;
}

export class RecoveryCoachStack extends Stack {
  readonly table: dynamodb.TableV2;
  readonly userKeySecret: UserKeySecret;
  readonly skillFunction: SkillFunction;
  readonly alarms: SkillAlarms;
  readonly alexaSkill: AlexaSkill | undefined;
  readonly publicPages: PublicPages | undefined;
  /** The privacy policy and terms of use the skill manifest points at. */
  readonly pageUrls: PageUrls;

  constructor(scope: Construct, id: string, props: RecoveryCoachStackProps = {}) {
    super(scope, id, props);

    this.table = new dynamodb.TableV2(this, 'History', {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: TABLE_SCHEMA.ttlAttribute,
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
      // Runners' history must survive a stack delete or a botched replacement.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.userKeySecret = new UserKeySecret(this, 'UserKey');

    // SKILL_ID is set whenever the skill id is known. Without it the function refuses every request (it fails
    // closed, lambda/compose.ts), which is also the only safe answer while the trigger is open on a first deploy.
    const environment: Record<string, string> = {
      TABLE_NAME: this.table.tableName,
      [USER_KEY_SECRET_ENV]: this.userKeySecret.secret.secretArn,
      HISTORY_RETENTION_DAYS: String(props.historyRetentionDays ?? DEFAULT_RETENTION_DAYS),
      ...(props.skillId !== undefined && { SKILL_ID: props.skillId }),
    };
    this.skillFunction = new SkillFunction(this, 'Skill', {
      environment,
      ...(props.bundleAwsSdk !== undefined && { bundleAwsSdk: props.bundleAwsSdk }),
      ...(props.memorySizeMb !== undefined && { memorySizeMb: props.memorySizeMb }),
    });
    const fn = this.skillFunction.fn;

    // Narrower than grantReadWriteData: only what the store calls, on this table's ARN (it has no indexes).
    this.skillFunction.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: HISTORY_TABLE_OPERATIONS.map((operation) => `dynamodb:${operation}`),
        resources: [this.table.tableArn],
      }),
    );

    this.publicPages = props.publicPagesUrl === undefined ? new PublicPages(this, 'PublicPages') : undefined;
    this.pageUrls = this.publicPages?.urls ?? pageUrls(props.publicPagesUrl ?? '');
    this.userKeySecret.grantReadTo(this.skillFunction.role);

    this.alexaSkill =
      props.skillPackage === undefined
        ? undefined
        : new AlexaSkill(this, 'AlexaSkill', { ...props.skillPackage, fn, pageUrls: this.pageUrls });

    if (props.skillId !== undefined) {
      // Only this skill may invoke the function (Alexa sends the skill id as the event source token).
      this.addAlexaTrigger(props.skillId);
    } else if (this.alexaSkill !== undefined) {
      // Alexa refuses to create a skill whose endpoint it may not invoke, and the skill id is only known after
      // creation. So the first deploy lets any skill invoke; the redeploy with -c skillId=<SkillId output> locks it.
      this.addAlexaTrigger(undefined);
      Annotations.of(this).addWarningV2(
        'recovery-coach:triggerNotLocked',
        'The Alexa trigger is open to any skill until you redeploy with -c skillId=<the SkillId output>.',
      );
    } else {
      // Alexa will not save an endpoint it may not invoke, and the trigger needs the skill id: so the skill is
      // created first (without an endpoint), then this stack is deployed with its id, then the endpoint is set.
      Annotations.of(this).addWarningV2(
        'recovery-coach:noSkillId',
        'No skillId context: the function has no Alexa trigger, so no skill can call it yet. Create the skill ' +
          '(without an endpoint), redeploy with -c skillId=amzn1.ask.skill.<id>, then set its endpoint to the ' +
          'FunctionArn output. See infra/DEPLOY.md.',
      );
      new CfnOutput(this, 'NextStep', {
        description: 'What to do before the skill can call this function (infra/DEPLOY.md)',
        value: 'Create the skill, then: npx cdk deploy -c skillId=<the skill id>; then set its endpoint to FunctionArn',
      });
    }

    this.alarms = new SkillAlarms(this, 'Alarms', {
      fn,
      logGroup: this.skillFunction.logGroup,
      table: this.table,
      tableOperations: HISTORY_TABLE_OPERATIONS,
      ...(props.alarmEmail !== undefined && { alarmEmail: props.alarmEmail }),
    });

    new CfnOutput(this, 'FunctionArn', {
      description: 'The skill endpoint (skill.json apis.custom.endpoint.uri)',
      value: fn.functionArn,
    });
    new CfnOutput(this, 'TableName', { description: 'The history table', value: this.table.tableName });
    new CfnOutput(this, 'PrivacyPolicyUrl', {
      description: 'skill.json privacyAndCompliance.locales.*.privacyPolicyUrl',
      value: this.pageUrls.privacyPolicyUrl,
    });
    new CfnOutput(this, 'TermsOfUseUrl', {
      description: 'skill.json privacyAndCompliance.locales.*.termsOfUseUrl',
      value: this.pageUrls.termsOfUseUrl,
    });
    if (this.alexaSkill !== undefined) {
      new CfnOutput(this, 'SkillId', { description: 'Pass as -c skillId=... on the next deploy', value: this.alexaSkill.skillId });
    }
  }

  private addAlexaTrigger(skillId: string | undefined): void {
    const id = 'AlexaSkillsKitTrigger';
    const fn = this.skillFunction.fn;
    fn.addPermission(id, {
      principal: new iam.ServicePrincipal(ALEXA_PRINCIPAL),
      action: 'lambda:InvokeFunction',
      ...(skillId !== undefined && { eventSourceToken: skillId }),
    });
    // Alexa checks the trigger when it creates or updates the skill: the permission goes first.
    this.alexaSkill?.skill.node.addDependency(fn.node.findChild(id));
  }
}
