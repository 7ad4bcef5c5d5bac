// The skill package against the Skill Management API's own model (npm ask-smapi-model): at compile time through
// its TypeScript types (tsc runs this file in `npm test`), at run time through the Swagger spec it ships, so a
// manifest or model field the service would reject fails here before `ask deploy` or CloudFormation sees it.
import { readFileSync, readdirSync } from 'node:fs';
import type { v1 } from 'ask-smapi-model';
import { describe, expect, it } from 'vitest';
import { buildInteractionModel, LOCALES } from '../../interaction-model/source/index.js';
import { skillManifest } from '../../interaction-model/source/manifest.js';
import { INTERACTION_MODEL, MANIFEST_ENVELOPE, SMAPI_MODEL_VERSION, violations } from './smapi-schema.js';

// ---- Compile time: the generator's output is assignable to the SMAPI types. ----------------------------------
const typedManifest = skillManifest() satisfies v1.skill.Manifest.SkillManifestEnvelope;
// Slot types are left to the run-time check below: the SMAPI type wants synonyms on every slot value, which the
// service does not (see smapi-schema.ts), and the simulator's SlotTypeValue rightly leaves them optional.
const typedModels = LOCALES.map((locale) => {
  const { interactionModel, ...file } = buildInteractionModel(locale);
  const { types: _types, ...languageModel } = interactionModel.languageModel;
  return { ...file, interactionModel: { ...interactionModel, languageModel } } satisfies v1.skill.interactionModel.InteractionModelData;
});
// The types bite: a manifest version the service does not know is a compile error (an unused directive fails tsc).
// @ts-expect-error manifestVersion is '1.0' only
const wrongVersion = { manifest: { manifestVersion: '2.0' } } satisfies v1.skill.Manifest.SkillManifestEnvelope;
// @ts-expect-error INTERNAL is not a distribution mode a skill can ask for
const wrongMode = { distributionMode: 'INTERNAL' } satisfies v1.skill.Manifest.SkillManifestPublishingInformation;

const committedManifest: unknown = JSON.parse(readFileSync('interaction-model/skill.json', 'utf8'));
const modelFiles = readdirSync('interaction-model/interactionModels/custom');

describe(`skill package against ask-smapi-model ${SMAPI_MODEL_VERSION}`, () => {
  it('skill.json conforms to SkillManifestEnvelope', () => {
    expect(violations(MANIFEST_ENVELOPE, committedManifest)).toEqual([]);
    expect(violations(MANIFEST_ENVELOPE, typedManifest)).toEqual([]);
  });

  it.each(modelFiles)('interactionModels/custom/%s conforms to InteractionModelData', (file) => {
    const model: unknown = JSON.parse(readFileSync(`interaction-model/interactionModels/custom/${file}`, 'utf8'));
    expect(violations(INTERACTION_MODEL, model)).toEqual([]);
  });

  it('checks the generated models as typed too, and a slot value that is empty fails', () => {
    const model = structuredClone(buildInteractionModel('en-US'));
    const firstValue = model.interactionModel.languageModel.types?.[0]?.values[0];
    if (firstValue === undefined) throw new Error('no slot type value to break');
    firstValue.name.value = '';
    expect(violations(INTERACTION_MODEL, model)).toEqual(['$.interactionModel.languageModel.types[0].values[0].name.value: shorter than 1']);
    // A value without synonyms is fine: the published spec demands one, the service does not (see smapi-schema.ts).
    delete firstValue.name.synonyms;
    firstValue.name.value = 'fresh';
    expect(violations(INTERACTION_MODEL, model)).toEqual([]);
    expect(typedModels.flatMap((model) => violations(INTERACTION_MODEL, model))).toEqual([]);
    expect([wrongVersion.manifest.manifestVersion, wrongMode.distributionMode]).toEqual(['2.0', 'INTERNAL']);
  });
});

// ---- The runtime check rejects what SMAPI would. --------------------------------------------------------------
type Json = Record<string, unknown>;
const manifestWith = (edit: (m: Json) => void): unknown => {
  const copy = structuredClone(committedManifest) as { manifest: Json };
  edit(copy.manifest);
  return copy;
};
const at = (m: Json, ...keys: string[]): Json => keys.reduce((o, k) => o[k] as Json, m);

describe('the runtime check', () => {
  it('reports a misspelt field', () => {
    const found = violations(
      MANIFEST_ENVELOPE,
      manifestWith((m) => {
        const urls = at(m, 'privacyAndCompliance', 'locales', 'en-US');
        urls['privacyPolicyURL'] = urls['privacyPolicyUrl'];
      }),
    );
    expect(found).toEqual(['$.manifest.privacyAndCompliance.locales.en-US.privacyPolicyURL: not a field of the SMAPI model']);
  });

  it('reports a value outside an enum, and a wrong type', () => {
    const found = violations(
      MANIFEST_ENVELOPE,
      manifestWith((m) => {
        at(m, 'publishingInformation')['distributionMode'] = 'INTERNAL';
        at(m, 'privacyAndCompliance')['usesPersonalInfo'] = 'yes';
      }),
    );
    expect(found).toEqual([
      '$.manifest.publishingInformation.distributionMode: "INTERNAL" is not one of ["PRIVATE","PUBLIC"]',
      '$.manifest.privacyAndCompliance.usesPersonalInfo: expected boolean, got string',
    ]);
  });

  it('reports a summary over 160 characters, a missing name and a fifth example phrase', () => {
    const found = violations(
      MANIFEST_ENVELOPE,
      manifestWith((m) => {
        const gb = at(m, 'publishingInformation', 'locales', 'en-GB');
        gb['summary'] = 'x'.repeat(161);
        delete gb['name'];
        gb['examplePhrases'] = ['Alexa, open recovery coach', 'a', 'b', 'c', 'd'];
      }),
    );
    expect(found).toEqual([
      '$.manifest.publishingInformation.locales.en-GB.name: required',
      '$.manifest.publishingInformation.locales.en-GB.summary: 161 characters, more than 160',
      '$.manifest.publishingInformation.locales.en-GB.examplePhrases: more than 4 items',
    ]);
  });

  it('reports an event the service does not know and an endpoint that is neither an ARN nor https', () => {
    const found = violations(
      MANIFEST_ENVELOPE,
      manifestWith((m) => {
        at(m, 'events')['subscriptions'] = [{ eventName: 'SKILL_DELETED' }];
        at(m, 'apis', 'custom', 'endpoint')['uri'] = 'http://localhost:3000';
      }),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toBe('$.manifest.apis.custom.endpoint.uri: does not match ^(arn|https://)');
    expect(found[1]).toMatch(/^\$\.manifest\.events\.subscriptions\[0\]\.eventName: "SKILL_DELETED" is not one of \d+ allowed values$/);
  });

  it('reports model errors: an empty invocation name, an intent without a name, an unknown slot validation', () => {
    const model = JSON.parse(readFileSync('interaction-model/interactionModels/custom/en-US.json', 'utf8')) as {
      interactionModel: { languageModel: { invocationName: string; intents: Json[] }; dialog?: unknown };
    };
    model.interactionModel.languageModel.invocationName = '';
    model.interactionModel.languageModel.intents.push({ samples: ['hello'] });
    model.interactionModel.dialog = {
      intents: [
        {
          name: 'LogRunIntent',
          slots: [{ name: 'distance', type: 'AMAZON.NUMBER', prompts: {}, validations: [{ type: 'isAFastRun', prompt: 'p' }] }],
        },
      ],
    };
    const last = model.interactionModel.languageModel.intents.length - 1;
    expect(violations(INTERACTION_MODEL, model)).toEqual([
      '$.interactionModel.languageModel.invocationName: shorter than 1',
      `$.interactionModel.languageModel.intents[${last}].name: required`,
      '$.interactionModel.dialog.intents[0].slots[0].validations[0].type: "isAFastRun" is not a v1.skill.interactionModel.SlotValidation the model knows',
    ]);
  });
});
