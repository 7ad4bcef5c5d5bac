// The deployed shape: a stack synthesised with a skill id and an alarm e-mail, as `cdk deploy -c ...` would.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS, TABLE_SCHEMA } from '../../lambda/history/schema.js';
import { SLOW_TURN_THRESHOLD } from '../../infra/alarms.js';
import { HISTORY_TABLE_OPERATIONS } from '../../infra/stack.js';
import { SKILL_ID, SYNTH_TIMEOUT_MS, handlerTypeOf, synthesise, type Resources, type Synthesised } from './helpers.js';

const ALARM_EMAIL = 'coach-alarms@recovery-coach.test';

let synth: Synthesised;
let resources: Resources;
let tableId: string;
let functionId: string;
let logGroupId: string;
let roleId: string;

function onlyLogicalId(type: string): string {
  const ids = Object.keys(synth.template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0] as string;
}

beforeAll(() => {
  synth = synthesise({ context: { skillId: SKILL_ID, alarmEmail: ALARM_EMAIL } });
  resources = synth.template.toJSON().Resources as Resources;
  tableId = onlyLogicalId('AWS::DynamoDB::GlobalTable');
  functionId = onlyLogicalId('AWS::Lambda::Function');
  logGroupId = onlyLogicalId('AWS::Logs::LogGroup');
  roleId = onlyLogicalId('AWS::IAM::Role');
}, SYNTH_TIMEOUT_MS);

describe('history table', () => {
  it('is keyed by the schema: string pk (HASH) and sk (RANGE)', () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: TABLE_SCHEMA.partitionKey, AttributeType: 'S' },
        { AttributeName: TABLE_SCHEMA.sortKey, AttributeType: 'S' },
      ],
    });
  });

  it('expires items by the schema TTL attribute', () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.ttlAttribute, Enabled: true },
    });
  });

  it('is on-demand, with point-in-time recovery, encrypted with the AWS-managed key', () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      // KMS without a key id is the aws/dynamodb key.
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.absent() },
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    synth.template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

describe('skill function', () => {
  it('runs Node 22 on arm64 from index.handler with 512 MB', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 512,
    });
  });

  it('times out before Alexa gives up (8 s)', () => {
    const timeout = resources[functionId]?.Properties?.['Timeout'];
    expect(typeof timeout).toBe('number');
    expect(timeout as number).toBeLessThan(8);
  });

  it('gets the table name, skill id, retention and source maps from its environment', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: tableId },
          SKILL_ID,
          HISTORY_RETENTION_DAYS: String(DEFAULT_RETENTION_DAYS),
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
  });

  it('logs JSON to its own log group with a retention period', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON', LogGroup: { Ref: logGroupId } }),
    });
    synth.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('deploys a bundle with a source map that loads and exports handler', () => {
    // The code's S3 key is the asset hash; the staged asset sits in the assembly as asset.<hash>/.
    const code = resources[functionId]?.Properties?.['Code'] as { S3Key: string };
    const assetHash = code.S3Key.replace(/\.zip$/, '');
    const deployed = path.join(synth.app.outdir, `asset.${assetHash}`, 'index.js');
    expect(existsSync(`${deployed}.map`)).toBe(true);
    expect(handlerTypeOf(deployed)).toBe('function');
  });
});

describe('Alexa trigger', () => {
  it('lets only this skill invoke the function', () => {
    synth.template.resourceCountIs('AWS::Lambda::Permission', 1);
    synth.template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
      Action: 'lambda:InvokeFunction',
      EventSourceToken: SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });

  it('warns about nothing when the skill id is given', () => {
    expect(synth.annotations.findWarning('*', Match.stringLikeRegexp('skillId'))).toEqual([]);
    expect(synth.template.findOutputs('NextStep')).toEqual({});
  });
});

describe('least privilege', () => {
  interface Statement {
    Effect: string;
    Action: string | string[];
    Resource: unknown;
  }
  function allStatements(): Statement[] {
    const statements: Statement[] = [];
    for (const resource of Object.values(resources)) {
      const props = resource.Properties ?? {};
      if (resource.Type === 'AWS::IAM::Policy') {
        statements.push(...(props['PolicyDocument'] as { Statement: Statement[] }).Statement);
      }
      if (resource.Type === 'AWS::IAM::Role') {
        for (const policy of (props['Policies'] as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []) {
          statements.push(...policy.PolicyDocument.Statement);
        }
      }
    }
    return statements;
  }
  const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);

  it('grants exactly the store operations, on the history table ARN only', () => {
    const dynamo = allStatements().filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.length).toBeGreaterThan(0);
    for (const statement of dynamo) {
      expect(statement.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'Arn'] });
      expect(JSON.stringify(statement.Resource)).not.toContain('*');
    }
    const granted = new Set(dynamo.flatMap(actionsOf));
    expect([...granted].sort()).toEqual(HISTORY_TABLE_OPERATIONS.map((op) => `dynamodb:${op}`).sort());
  });

  it('lets the function write logs to its own log group and carries no managed policy', () => {
    const logs = allStatements().filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logs.length).toBeGreaterThan(0);
    for (const statement of logs) expect(statement.Resource).toEqual({ 'Fn::GetAtt': [logGroupId, 'Arn'] });
    expect(resources[roleId]?.Properties?.['ManagedPolicyArns']).toBeUndefined();
    synth.template.hasResourceProperties('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': [roleId, 'Arn'] } });
  });

  it('has no wildcard action or resource anywhere', () => {
    for (const statement of allStatements()) {
      expect(actionsOf(statement).filter((a) => a.endsWith('*'))).toEqual([]);
      expect(statement.Resource).not.toBe('*');
    }
  });
});

describe('alarms', () => {
  type Alarm = Record<string, unknown>;
  function alarms(): Alarm[] {
    return Object.values(synth.template.findResources('AWS::CloudWatch::Alarm')).map(
      (r) => (r as { Properties: Alarm }).Properties,
    );
  }
  function lambdaAlarm(metricName: string): Alarm {
    const found = alarms().filter((a) => a['Namespace'] === 'AWS/Lambda' && a['MetricName'] === metricName);
    expect(found, metricName).toHaveLength(1);
    const alarm = found[0] as Alarm;
    expect(alarm['Dimensions']).toEqual([{ Name: 'FunctionName', Value: { Ref: functionId } }]);
    return alarm;
  }
  function tableAlarm(metricName: string): Alarm {
    const found = alarms().filter((a) =>
      ((a['Metrics'] as { MetricStat?: { Metric: { MetricName: string } } }[] | undefined) ?? []).some(
        (m) => m.MetricStat?.Metric.MetricName === metricName,
      ),
    );
    expect(found, metricName).toHaveLength(1);
    const alarm = found[0] as Alarm;
    const metrics = alarm['Metrics'] as {
      Expression?: string;
      ReturnData: boolean;
      MetricStat?: { Metric: { Namespace: string; Dimensions: { Name: string; Value: unknown }[] } };
    }[];
    const stats = metrics.filter((m) => m.MetricStat !== undefined);
    const operations = stats.map((m) => m.MetricStat?.Metric.Dimensions.find((d) => d.Name === 'Operation')?.Value);
    expect(operations.sort()).toEqual([...HISTORY_TABLE_OPERATIONS].sort());
    for (const m of stats) {
      expect(m.MetricStat?.Metric.Namespace).toBe('AWS/DynamoDB');
      expect(m.MetricStat?.Metric.Dimensions).toContainEqual({ Name: 'TableName', Value: { Ref: tableId } });
    }
    // The alarmed series fills each operation's gaps with 0 before adding.
    const expression = metrics.find((m) => m.ReturnData)?.Expression ?? '';
    expect(expression.match(/FILL\(\w+, 0\)/g)).toHaveLength(HISTORY_TABLE_OPERATIONS.length);
    expect(alarm['Threshold']).toBe(1);
    return alarm;
  }

  it('alarms on any function error', () => {
    const alarm = lambdaAlarm('Errors');
    expect(alarm).toMatchObject({ Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('alarms on any throttled invocation', () => {
    const alarm = lambdaAlarm('Throttles');
    expect(alarm).toMatchObject({ Statistic: 'Sum', Threshold: 1 });
  });

  it('alarms when p99 duration nears the timeout', () => {
    const alarm = lambdaAlarm('Duration');
    expect(alarm).toMatchObject({
      ExtendedStatistic: 'p99',
      Threshold: SLOW_TURN_THRESHOLD.toMilliseconds(),
      ComparisonOperator: 'GreaterThanThreshold',
    });
    const timeoutMs = (resources[functionId]?.Properties?.['Timeout'] as number) * 1000;
    expect(alarm['Threshold'] as number).toBeLessThan(timeoutMs);
  });

  it('alarms on DynamoDB throttled requests and system errors for the store operations', () => {
    tableAlarm('ThrottledRequests');
    tableAlarm('SystemErrors');
  });

  it('mails every alarm to alarmEmail over a TLS-only topic', () => {
    const topicId = onlyLogicalId('AWS::SNS::Topic');
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: ALARM_EMAIL,
      TopicArn: { Ref: topicId },
    });
    const all = alarms();
    expect(all).toHaveLength(5);
    for (const alarm of all) expect(alarm['AlarmActions']).toEqual([{ Ref: topicId }]);
    synth.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('outputs', () => {
  it('gives the function ARN (the skill endpoint) and the table name', () => {
    synth.template.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    synth.template.hasOutput('TableName', { Value: { Ref: tableId } });
  });
});
