/**
 * CDK entry (cdk.json: `npx tsx infra/app.ts`). Synthesises offline: no account, region or skill id needed.
 *   npx cdk synth
 *   npx cdk deploy -c skillId=amzn1.ask.skill.<id> [-c alarmEmail=you@your-domain]
 */
import { App } from 'aws-cdk-lib';
import { addRecoveryCoach } from './recovery-coach-app.js';

addRecoveryCoach(new App());
