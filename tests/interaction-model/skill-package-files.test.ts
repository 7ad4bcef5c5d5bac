// What `ask deploy` uploads: ask-resources.json names interaction-model/ as the skill package, the icons it
// references are PNGs of the sizes Alexa asks for, and the stamp step fills in one deployment's values.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, iconPixel, renderIcon } from '../../interaction-model/icons.js';
import type { SkillManifestFile } from '../../interaction-model/source/manifest.js';
import { deploymentValues, stampManifest } from '../../interaction-model/stamp.js';
import { LOCALES } from '../../local/simulator/model.js';
import { MANIFEST_ENVELOPE, violations } from './smapi-schema.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (always the first chunk, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifest = JSON.parse(readFileSync('interaction-model/skill.json', 'utf8')) as SkillManifestFile;

describe('ask-resources.json', () => {
  const resources = JSON.parse(readFileSync('ask-resources.json', 'utf8')) as {
    askcliResourcesVersion: string;
    profiles: Record<string, Record<string, unknown>>;
  };

  it('is an ASK CLI v2 project whose skill package is interaction-model/', () => {
    expect(resources.askcliResourcesVersion).toBe('2020-03-31');
    expect(resources.profiles['default']?.['skillMetadata']).toEqual({ src: './interaction-model' });
  });

  it('leaves code and infrastructure to the CDK stack (no deployer, no code folder, no committed skill id)', () => {
    expect(Object.keys(resources.profiles['default'] ?? {})).toEqual(['skillMetadata']);
  });

  it('points at a folder in the skill package format: skill.json and a model per published locale', () => {
    const src = path.resolve('ask-resources.json', '..', 'interaction-model');
    expect(existsSync(path.join(src, 'skill.json'))).toBe(true);
    for (const locale of LOCALES) {
      expect(existsSync(path.join(src, 'interactionModels', 'custom', `${locale}.json`)), locale).toBe(true);
    }
  });
});

describe('skill icons', () => {
  it('are 108x108 and 512x512 PNGs inside the package', () => {
    expect(pngSize('interaction-model/assets/images/icon-108.png')).toEqual({ width: 108, height: 108 });
    expect(pngSize('interaction-model/assets/images/icon-512.png')).toEqual({ width: 512, height: 512 });
  });

  it.each(LOCALES)('%s: the manifest references files that exist in the package', (locale) => {
    const info = manifest.manifest.publishingInformation.locales[locale];
    for (const uri of [info.smallIconUri, info.largeIconUri]) {
      expect(uri).toMatch(/^file:\/\/assets\/images\/[\w-]+\.png$/);
      expect(statSync(path.join('interaction-model', uri.replace('file://', ''))).isFile(), uri).toBe(true);
    }
  });

  it('are what the SVG renders today (run `npx tsx interaction-model/icons.ts` after editing it)', () => {
    for (const { size, path: file } of Object.values(ICONS)) {
      expect(readFileSync(path.join('interaction-model', file)).equals(renderIcon(size)), file).toBe(true);
    }
  });

  it('read at 108 px: a white runner on the dark teal ground, the amber sun behind', () => {
    // Points of the 512 px drawing scaled to 108 px: the runner's torso, the sun right of his front leg, a corner.
    expect(iconPixel(108, 55, 49)).toEqual([255, 255, 255]);
    const [r, g, b] = iconPixel(108, 80, 76);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(150);
    expect(b).toBeLessThan(100);
    const corner = iconPixel(108, 2, 2);
    expect(Math.max(...corner)).toBeLessThan(110);
    const svg = readFileSync('interaction-model/source/icon.svg', 'utf8');
    // Shapes only: no text (no fonts to load) and nothing fetched.
    expect(svg).not.toMatch(/<text|<image|href="http/);
  });
});

describe('stamping one deployment into the package', () => {
  const outputs = JSON.stringify({
    RecoveryCoach: {
      FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:RecoveryCoach-SkillHandlerB6B21386-AbCdEf012345',
      PrivacyPolicyUrl: 'https://d1234abcd.cloudfront.net/privacy.html',
      TermsOfUseUrl: 'https://d1234abcd.cloudfront.net/terms.html',
      TableName: 'RecoveryCoach-History',
    },
  });

  it('replaces the endpoint and every locale URL, and the result is still a valid manifest', () => {
    const stamped = stampManifest(manifest, deploymentValues(outputs));
    expect(stamped.manifest.apis.custom.endpoint.uri).toBe(
      'arn:aws:lambda:eu-west-1:123456789012:function:RecoveryCoach-SkillHandlerB6B21386-AbCdEf012345',
    );
    expect(stamped.manifest.events.endpoint.uri).toBe(stamped.manifest.apis.custom.endpoint.uri);
    for (const locale of LOCALES) {
      expect(stamped.manifest.privacyAndCompliance.locales[locale]).toEqual({
        privacyPolicyUrl: 'https://d1234abcd.cloudfront.net/privacy.html',
        termsOfUseUrl: 'https://d1234abcd.cloudfront.net/terms.html',
      });
    }
    expect(JSON.stringify(stamped)).not.toMatch(/REGION:ACCOUNT|\.invalid/);
    expect(violations(MANIFEST_ENVELOPE, stamped)).toEqual([]);
    // The committed manifest is left as it was.
    expect(manifest.manifest.apis.custom.endpoint.uri).toBe('arn:aws:lambda:REGION:ACCOUNT:function:FUNCTION');
  });

  it('is idempotent for the same deployment and refuses to overwrite another one', () => {
    const values = deploymentValues(outputs);
    const once = stampManifest(manifest, values);
    expect(stampManifest(once, values)).toEqual(once);
    expect(() => stampManifest(once, { ...values, functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:Other' })).toThrow(
      /apis\.custom\.endpoint\.uri is neither/,
    );
  });

  it('refuses outputs without the pages or with a non-https page, or from the wrong stack', () => {
    const parsed = JSON.parse(outputs) as { RecoveryCoach: Record<string, string> };
    const without = { RecoveryCoach: { ...parsed.RecoveryCoach, TermsOfUseUrl: undefined } };
    expect(() => deploymentValues(JSON.stringify(without))).toThrow('Stack output TermsOfUseUrl is missing');
    const insecure = { RecoveryCoach: { ...parsed.RecoveryCoach, PrivacyPolicyUrl: 'http://d1234abcd.cloudfront.net/privacy.html' } };
    expect(() => deploymentValues(JSON.stringify(insecure))).toThrow('privacyPolicyUrl is not https');
    expect(() => deploymentValues(JSON.stringify({ Other: parsed.RecoveryCoach }))).toThrow('No outputs for stack RecoveryCoach');
  });
});
