/**
 * Renders the skill icons from the vector source: `npx tsx interaction-model/icons.ts`.
 * Alexa wants a 108x108 and a 512x512 PNG; they live in the skill package (assets/images/) and skill.json points
 * at them with file:// URIs, which the skill package import resolves. `--check` writes nothing and exits 1 when a
 * committed PNG differs from a fresh render (resvg renders the same bytes for the same SVG and version).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = dirname(fileURLToPath(import.meta.url));

export const ICON_SOURCE = join(root, 'source', 'icon.svg');

/** Package-relative paths, as skill.json names them (file://assets/images/...). */
export const ICONS = {
  small: { size: 108, path: 'assets/images/icon-108.png' },
  large: { size: 512, path: 'assets/images/icon-512.png' },
} as const;

export function renderIcon(size: number, svg: string = readFileSync(ICON_SOURCE, 'utf8')): Buffer {
  // No text in the SVG, so no system fonts are needed or loaded.
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** RGBA pixels of a render, for checking what a small icon actually shows. */
export function iconPixel(size: number, x: number, y: number): [number, number, number] {
  const image = new Resvg(readFileSync(ICON_SOURCE, 'utf8'), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  const at = (y * image.width + x) * 4;
  return [image.pixels[at] ?? 0, image.pixels[at + 1] ?? 0, image.pixels[at + 2] ?? 0];
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { size, path } of Object.values(ICONS)) {
    const file = join(root, path);
    const png = renderIcon(size);
    let current: Buffer | undefined;
    try {
      current = readFileSync(file);
    } catch {
      current = undefined;
    }
    if (current?.equals(png)) continue;
    if (check) {
      stale += 1;
      console.error(`out of date: interaction-model/${path}`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    console.log(`wrote interaction-model/${path} (${size}x${size}, ${png.length} bytes)`);
  }
  if (stale > 0) {
    console.error('run: npx tsx interaction-model/icons.ts');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
