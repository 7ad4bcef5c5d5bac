/**
 * Writes one deployment's values into interaction-model/skill.json, so `ask deploy` (ask-resources.json points at
 * this folder) uploads a package Alexa accepts: `npx tsx interaction-model/stamp.ts cdk.out/outputs.json`.
 * The outputs file is what `npx cdk deploy --outputs-file cdk.out/outputs.json` writes. The stamped file is for
 * that deployment only: do not commit it; `npx tsx interaction-model/build.ts` puts the placeholders back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENDPOINT_PLACEHOLDER,
  PRIVACY_POLICY_PLACEHOLDER,
  TERMS_OF_USE_PLACEHOLDER,
  type SkillManifestFile,
} from './source/manifest.js';

export const STACK_NAME = 'RecoveryCoach';

export interface DeploymentValues {
  functionArn: string;
  privacyPolicyUrl: string;
  termsOfUseUrl: string;
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$/;

/** Reads the three values from `cdk deploy --outputs-file` JSON; throws naming what is missing or wrong. */
export function deploymentValues(outputsJson: string, stackName = STACK_NAME): DeploymentValues {
  const outputs = (JSON.parse(outputsJson) as Record<string, Record<string, unknown> | undefined>)[stackName];
  if (outputs === undefined) throw new Error(`No outputs for stack ${stackName}: deploy with --outputs-file first`);
  const read = (key: string): string => {
    const value = outputs[key];
    if (typeof value !== 'string' || value === '') throw new Error(`Stack output ${key} is missing`);
    return value;
  };
  const values = {
    functionArn: read('FunctionArn'),
    privacyPolicyUrl: read('PrivacyPolicyUrl'),
    termsOfUseUrl: read('TermsOfUseUrl'),
  };
  if (!LAMBDA_ARN.test(values.functionArn)) throw new Error(`FunctionArn is not a Lambda ARN: ${values.functionArn}`);
  for (const key of ['privacyPolicyUrl', 'termsOfUseUrl'] as const) {
    if (new URL(values[key]).protocol !== 'https:') throw new Error(`${key} is not https: ${values[key]}`);
  }
  return values;
}

/** The manifest with every placeholder replaced; throws if a placeholder was not where the generator puts it. */
export function stampManifest(file: SkillManifestFile, values: DeploymentValues): SkillManifestFile {
  const stamped = structuredClone(file);
  const { manifest } = stamped;
  const swap = (current: string, placeholder: string, value: string, where: string): string => {
    if (current !== placeholder && current !== value) throw new Error(`${where} is neither the placeholder nor this deployment's`);
    return value;
  };
  manifest.apis.custom.endpoint.uri = swap(manifest.apis.custom.endpoint.uri, ENDPOINT_PLACEHOLDER, values.functionArn, 'apis.custom.endpoint.uri');
  manifest.events.endpoint.uri = swap(manifest.events.endpoint.uri, ENDPOINT_PLACEHOLDER, values.functionArn, 'events.endpoint.uri');
  for (const [locale, urls] of Object.entries(manifest.privacyAndCompliance.locales)) {
    urls.privacyPolicyUrl = swap(urls.privacyPolicyUrl, PRIVACY_POLICY_PLACEHOLDER, values.privacyPolicyUrl, `${locale} privacyPolicyUrl`);
    urls.termsOfUseUrl = swap(urls.termsOfUseUrl, TERMS_OF_USE_PLACEHOLDER, values.termsOfUseUrl, `${locale} termsOfUseUrl`);
  }
  return stamped;
}

function main(): void {
  const outputsFile = process.argv[2];
  if (outputsFile === undefined) {
    console.error('usage: npx tsx interaction-model/stamp.ts cdk.out/outputs.json');
    process.exit(2);
  }
  const skillJson = join(dirname(fileURLToPath(import.meta.url)), 'skill.json');
  const values = deploymentValues(readFileSync(outputsFile, 'utf8'));
  const stamped = stampManifest(JSON.parse(readFileSync(skillJson, 'utf8')) as SkillManifestFile, values);
  writeFileSync(skillJson, `${JSON.stringify(stamped, null, 2)}\n`);
  console.log(`stamped interaction-model/skill.json with ${values.functionArn} and ${values.privacyPolicyUrl}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
