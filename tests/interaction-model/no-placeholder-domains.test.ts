// A certification reviewer opens every URL the skill shows. Stand-in domains do not belong in anything we ship,
// document or test against: the deploy-time placeholders live on `.invalid`, which can never resolve.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Spelt in parts so this file does not find itself.
const STAND_INS = [['example', 'com'], ['example', 'org'], ['example', 'net']].map((parts) => parts.join('.'));

const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\0')
  .filter((file) => file !== '');

describe('no stand-in domains in the repository', () => {
  it('scans every file git would commit', () => {
    expect(tracked).toContain('interaction-model/skill.json');
    expect(tracked).toContain('infra/public/privacy.html');
    expect(tracked.length).toBeGreaterThan(100);
  });

  it(`none of them mentions ${STAND_INS.join(', ')}`, () => {
    const hits: string[] = [];
    for (const file of tracked) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // deleted in the work tree
      }
      if (text.includes('\0')) continue; // binary (the icons)
      const lower = text.toLowerCase();
      for (const domain of STAND_INS) if (lower.includes(domain)) hits.push(`${file}: ${domain}`);
    }
    expect(hits).toEqual([]);
  });
});
