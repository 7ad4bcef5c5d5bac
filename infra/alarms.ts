/**
 * CloudWatch alarms for what makes a turn fail or a promise break: the function (errors, throttles, slowness near
 * Alexa's 8 s limit), the table (throttled requests, DynamoDB-side errors) and a runner's data that could not be
 * deleted. Optionally mailed via SNS.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** p99 above this is close to the 7 s timeout and Alexa's 8 s: act before turns start failing. */
export const SLOW_TURN_THRESHOLD = Duration.seconds(5);

const PERIOD = Duration.minutes(5);

/** Our own metrics, from the function's log lines. */
export const METRIC_NAMESPACE = 'RecoveryCoach';

/**
 * A turn whose deletion of the runner's data failed: its log line's outcome is `disabled:failed-<why>`
 * (SkillDisabled) or `delete:failed-<why>` ("delete my data"). Plain terms, not a JSON selector: with Lambda's JSON
 * log format the skill's line sits inside the `message` string, where a term still matches and `$.outcome` would not.
 */
export const DELETION_FAILED_PATTERN = '?"disabled:failed" ?"delete:failed"';

/**
 * One table metric summed over the store's operations. DynamoDB publishes these only for operations that had one,
 * and `a + b` has no value where `b` has none, so each series is FILLed with 0 first. (CDK's
 * metricThrottledRequestsForOperations adds the raw series, which would stay silent unless every operation
 * misbehaved in the same period.)
 */
export function sumOverOperations(
  table: dynamodb.ITableV2,
  metricName: 'ThrottledRequests' | 'SystemErrors',
  operations: readonly dynamodb.Operation[],
): cloudwatch.MathExpression {
  const usingMetrics: Record<string, cloudwatch.IMetric> = {};
  for (const operation of operations) {
    usingMetrics[operation.toLowerCase()] = new cloudwatch.Metric({
      namespace: 'AWS/DynamoDB',
      metricName,
      dimensionsMap: { TableName: table.tableName, Operation: operation },
      statistic: cloudwatch.Stats.SUM,
      period: PERIOD,
    });
  }
  return new cloudwatch.MathExpression({
    expression: Object.keys(usingMetrics).map((id) => `FILL(${id}, 0)`).join(' + '),
    usingMetrics,
    label: `${metricName}, all store operations`,
    period: PERIOD,
  });
}

export interface SkillAlarmsProps {
  fn: lambda.IFunction;
  /** The function's log group: the deletion-failure metric is read from its lines. */
  logGroup: logs.ILogGroup;
  table: dynamodb.ITableV2;
  /** The operations the store uses: the table alarms sum exactly these (an alarm's math takes at most 10 metrics). */
  tableOperations: readonly dynamodb.Operation[];
  /** When given, alarms (and their recovery) are mailed to this address. */
  alarmEmail?: string;
}

export class SkillAlarms extends Construct {
  readonly functionErrors: cloudwatch.Alarm;
  readonly functionThrottles: cloudwatch.Alarm;
  readonly slowTurns: cloudwatch.Alarm;
  readonly tableThrottles: cloudwatch.Alarm;
  readonly tableSystemErrors: cloudwatch.Alarm;
  readonly deletionFailures: cloudwatch.Alarm;
  readonly topic: sns.Topic | undefined;

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const operations = [...props.tableOperations];

    // A skill with few users: one failed turn in five minutes is worth a look, and quiet periods are fine.
    const anyInPeriod = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };

    this.functionErrors = props.fn.metricErrors({ period: PERIOD, statistic: cloudwatch.Stats.SUM }).createAlarm(this, 'FunctionErrors', {
      ...anyInPeriod,
      alarmDescription: 'The skill function threw or timed out: Alexa played its error prompt.',
    });
    this.functionThrottles = props.fn.metricThrottles({ period: PERIOD, statistic: cloudwatch.Stats.SUM }).createAlarm(this, 'FunctionThrottles', {
      ...anyInPeriod,
      alarmDescription: 'Lambda refused invocations (concurrency limit): those turns got no answer.',
    });
    this.slowTurns = props.fn.metricDuration({ period: PERIOD, statistic: cloudwatch.Stats.p(99) }).createAlarm(this, 'SlowTurns', {
      threshold: SLOW_TURN_THRESHOLD.toMilliseconds(),
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `p99 turn duration above ${SLOW_TURN_THRESHOLD.toSeconds()} s: close to the timeout and to Alexa's 8 s limit.`,
    });
    this.tableThrottles = new cloudwatch.Alarm(this, 'TableThrottles', {
      ...anyInPeriod,
      metric: sumOverOperations(props.table, 'ThrottledRequests', operations),
      alarmDescription: 'DynamoDB throttled history reads or writes: turns answered without history or lost a log.',
    });
    this.tableSystemErrors = new cloudwatch.Alarm(this, 'TableSystemErrors', {
      ...anyInPeriod,
      metric: sumOverOperations(props.table, 'SystemErrors', operations),
      alarmDescription: 'DynamoDB returned server errors (HTTP 500) for the history table.',
    });

    // A runner who disabled the skill or asked for deletion still has data: a privacy promise not kept (yet).
    const deletionFailed = new logs.MetricFilter(this, 'DeletionFailedFilter', {
      logGroup: props.logGroup,
      filterPattern: logs.FilterPattern.literal(DELETION_FAILED_PATTERN),
      metricNamespace: METRIC_NAMESPACE,
      metricName: 'DeletionFailures',
      metricValue: '1',
      unit: cloudwatch.Unit.COUNT,
    });
    this.deletionFailures = deletionFailed.metric({ period: PERIOD, statistic: cloudwatch.Stats.SUM }).createAlarm(this, 'DeletionFailures', {
      ...anyInPeriod,
      alarmDescription:
        "A runner's data could not be deleted (SkillDisabled or \"delete my data\"). Alexa redelivers SkillDisabled for " +
        'up to an hour; after that the items expire by TTL. Check DynamoDB, then infra/DEPLOY.md, "Deleting data".',
    });

    if (props.alarmEmail !== undefined) {
      this.topic = new sns.Topic(this, 'Topic', {
        displayName: 'Recovery Coach alarms',
        // Publishers must use TLS.
        enforceSSL: true,
      });
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
      const action = new cwActions.SnsAction(this.topic);
      for (const alarm of this.all()) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }

  all(): cloudwatch.Alarm[] {
    return [this.functionErrors, this.functionThrottles, this.slowTurns, this.tableThrottles, this.tableSystemErrors, this.deletionFailures];
  }
}
