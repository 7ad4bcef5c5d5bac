/**
 * The screens' documents, checked offline: by Amazon's own validator (apl-suggester, from the npm registry; it
 * needs no network for a static check), and by the APL rules it does not enforce: component types
 * (https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-component.html), data binding to the
 * datasources the skill sends (https://developer.amazon.com/docs/alexa-presentation-language/apl-data-source.html),
 * mainTemplate "items: the first component whose when holds is inflated", and the viewport conditions
 * (https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-viewport-property-v2023-2.html).
 */
import suggester from 'apl-suggester';
import { describe, expect, it } from 'vitest';
import { ADVICE_DOCUMENT } from '../../lambda/apl/advice-document.js';
import { adviceDataSource, weekDataSource } from '../../lambda/apl/datasources.js';
import type { AplComponent, AplDocument } from '../../lambda/apl/document.js';
import { WEEK_DOCUMENT } from '../../lambda/apl/week-document.js';
import type { Advice, WeekDay, WeekSummary } from '../../lambda/coach/index.js';

const { StaticAplTemplateValidator } = suggester;

/** APL's primitive components, and the one alexa-layouts layout the documents use (imported by name). */
const PRIMITIVES = new Set(['Container', 'Frame', 'Text', 'Image', 'VectorGraphic', 'Sequence', 'GridSequence', 'Pager', 'ScrollView', 'TouchWrapper']);
const LAYOUTS: Record<string, string> = { AlexaHeader: 'alexa-layouts' };

const ADVICE: Advice = {
  activity: 'recovery-run',
  reasons: ['after-long-run'],
  minutes: { min: 20, max: 30 },
  effortCues: ['conversational'],
  alternatives: ['walk'],
  seeProfessional: false,
};
const TOTALS = { runs: 2, km: 13, measuredRuns: 2, minutes: 70, timedRuns: 2, hardDays: 1, tiredDays: 0, easyShare: 0.57, mostlyEasy: false };
const SUMMARY: WeekSummary = { thisWeek: TOTALS, lastWeek: TOTALS, minutesChangePercent: 0, distanceChangePercent: 0 };
const DAYS: WeekDay[] = ['18', '19', '20', '21', '22', '23', '24'].map((d, i) => ({
  date: `2026-11-${d}`,
  minutes: i === 1 ? 30 : i === 3 ? 40 : 0,
  runs: i === 1 || i === 3 ? 1 : 0,
  hard: i === 3,
}));

function components(item: AplComponent, visit: (c: AplComponent, data: unknown[] | undefined) => void, data?: unknown[]): void {
  visit(item, data);
  // A Container with `data` inflates its children once per element, bound as `data`.
  const childData = typeof item.data === 'string' ? (item as { resolvedData?: unknown[] }).resolvedData : data;
  for (const child of [...(item.items ?? []), ...(item.item ? [item.item] : [])]) components(child, visit, childData ?? data);
}

function resolve(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), root);
}

/** Every `${...}` in a component's own properties, and the payload./data. paths in them. */
function bindings(c: AplComponent): { payload: string[]; data: string[] } {
  const found = { payload: [] as string[], data: [] as string[] };
  for (const [key, value] of Object.entries(c)) {
    if (key === 'items' || key === 'item' || typeof value !== 'string') continue;
    for (const expr of value.matchAll(/\$\{([^}]*)\}/g)) {
      for (const m of expr[1]!.matchAll(/\bpayload\.([\w.]+)/g)) found.payload.push(m[1]!);
      for (const m of expr[1]!.matchAll(/\bdata\.([\w.]+)/g)) found.data.push(m[1]!);
    }
  }
  return found;
}

/** The problems our own rule checks find; [] when the document is sound. */
function problems(document: AplDocument, datasources: Record<string, unknown>): string[] {
  const found: string[] = [];
  if (document.type !== 'APL') found.push('type is not "APL"');
  if (!/^\d{4}\.\d$|^1\.\d$/.test(document.version)) found.push(`version "${document.version}" is not an APL version`);
  if (JSON.stringify(document.mainTemplate.parameters) !== JSON.stringify(['payload'])) found.push('mainTemplate must take one parameter, payload');
  if (document.mainTemplate.items.length === 0) found.push('mainTemplate has no items');
  for (const top of document.mainTemplate.items) {
    components(top, (c, data) => {
      const layout = LAYOUTS[c.type];
      if (!PRIMITIVES.has(c.type) && !(layout && document.import.some((i) => i.name === layout))) found.push(`unknown component type ${c.type}`);
      if (c.type === 'VectorGraphic' || c.type === 'AVG') {
        for (const p of ['width', 'height']) if (c[p] === undefined) found.push(`${c.type} without ${p}`);
      }
      const b = bindings(c);
      for (const path of b.payload) if (resolve(datasources, path) === undefined) found.push(`\${payload.${path}} is not in the datasource`);
      if (typeof c.data === 'string') {
        const source = c.data.match(/^\$\{payload\.([\w.]+)\}$/)?.[1];
        const list = source ? resolve(datasources, source) : undefined;
        if (!Array.isArray(list)) found.push(`data ${c.data} is not a list in the datasource`);
        else (c as { resolvedData?: unknown[] }).resolvedData = list;
      }
      if (b.data.length > 0) {
        if (!data) found.push(`\${data...} outside a Container with data in ${c.type}`);
        else for (const path of b.data) if (!data.every((e) => resolve(e, path) !== undefined)) found.push(`\${data.${path}} is not in every element`);
      }
    });
  }
  const conditions = document.mainTemplate.items.map((i) => i.when);
  if (!conditions[0]?.includes("viewport.shape == 'round'")) found.push('the first layout is not the round one');
  if (conditions[conditions.length - 1] !== undefined) found.push('the last layout must have no condition, so every viewport gets one');
  if (!JSON.stringify(document).includes('viewport.width >= 1280')) found.push('no large landscape condition');
  return found;
}

const WEEK_SOURCE = weekDataSource(SUMMARY, DAYS, 'km', { one: 'kilometre', many: 'kilometres' });
const SCREENS: { name: string; document: AplDocument; datasources: Record<string, unknown> }[] = [
  { name: 'advice', document: ADVICE_DOCUMENT, datasources: adviceDataSource(ADVICE, true) },
  { name: 'week', document: WEEK_DOCUMENT, datasources: WEEK_SOURCE },
];

describe('the screen documents', () => {
  it.each(SCREENS)('$name: Amazon\'s validator finds nothing', async ({ document }) => {
    expect(await new StaticAplTemplateValidator().validate(structuredClone(document))).toEqual([]);
  });

  it('Amazon\'s validator does find a broken document (so the check above can fail)', async () => {
    const broken = structuredClone(ADVICE_DOCUMENT) as unknown as { version: string; mainTemplate: { items: AplComponent[] } };
    broken.version = '9.9';
    broken.mainTemplate.items[1]!.items![1]!.width = undefined;
    const found = await new StaticAplTemplateValidator().validate(broken);
    expect(found.map((f) => f.path)).toEqual(expect.arrayContaining(['/version']));
    expect(found.length).toBeGreaterThan(1);
  });

  it.each(SCREENS)('$name: known components, every binding resolves in the datasource, a layout per viewport', ({ document, datasources }) => {
    expect(problems(structuredClone(document), datasources)).toEqual([]);
  });

  it('the rule checks catch a typo in a binding, an unknown component and a missing round layout', () => {
    const broken = structuredClone(WEEK_DOCUMENT);
    broken.mainTemplate.items[1]!.items!.push({ type: 'Txt', text: '${payload.week.properties.totl}' });
    const chart = broken.mainTemplate.items[1]!.items![1]!.items![2]!;
    chart.items![0]!.items![0]!.text = '${data.minuteText}';
    broken.mainTemplate.items.shift();
    expect(problems(broken, WEEK_SOURCE)).toEqual([
      '${data.minuteText} is not in every element',
      'unknown component type Txt',
      '${payload.week.properties.totl} is not in the datasource',
      'the first layout is not the round one',
    ]);
  });

  it('the week datasource has the seven days oldest first, with their minutes and the hard day', () => {
    const { days } = WEEK_SOURCE.week.properties;
    expect(days.map((d) => `${d.weekday} ${d.minutesText || '-'}${d.hard ? ' hard' : ''}`)).toEqual([
      'Wed -',
      'Thu 30',
      'Fri -',
      'Sat 40 hard',
      'Sun -',
      'Mon -',
      'Tue -',
    ]);
    expect(days.map((d) => d.barPercent)).toEqual([0, 75, 0, 100, 0, 0, 0]);
    expect(WEEK_SOURCE.week.properties.share).toBe('Easy 57% · Hard 43%');
    expect(WEEK_SOURCE.week.properties.totals).toBe('2 runs · 1 hour 10 minutes · 13 kilometres');
  });
});
