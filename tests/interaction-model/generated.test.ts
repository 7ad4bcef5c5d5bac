import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSkillPackage, serialise } from '../../interaction-model/source/index.js';

describe('skill package generator', () => {
  const files = buildSkillPackage();

  it.each([...files.keys()])('committed interaction-model/%s equals what the source generates', (path) => {
    const committed = readFileSync(join('interaction-model', path), 'utf8');
    // On a mismatch, run: npx tsx interaction-model/build.ts
    expect(committed).toBe(serialise(files.get(path)));
  });

  it('generates every committed model file and nothing else', () => {
    const committed = readdirSync('interaction-model/interactionModels/custom').map((f) => `interactionModels/custom/${f}`);
    expect([...files.keys()].filter((p) => p.startsWith('interactionModels/')).sort()).toEqual(committed.sort());
  });
});
