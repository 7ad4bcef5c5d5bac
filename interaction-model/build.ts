/**
 * Writes the skill package from interaction-model/source: `npx tsx interaction-model/build.ts`.
 * `--check` writes nothing and exits 1 when a committed file differs from the source (for CI).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSkillPackage, serialise } from './source/index.js';

const root = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;

for (const [path, value] of buildSkillPackage()) {
  const file = join(root, path);
  const text = serialise(value);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    stale += 1;
    console.error(`out of date: interaction-model/${path}`);
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote interaction-model/${path}`);
}

if (stale > 0) {
  console.error('run: npx tsx interaction-model/build.ts');
  process.exit(1);
}
