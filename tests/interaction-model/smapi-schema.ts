/**
 * Checks a JSON value against a definition of the Skill Management API's own model (ask-smapi-model ships it as
 * a Swagger 2.0 spec, spec.json, beside its TypeScript types). It applies what that spec states: required fields,
 * types, enums, string lengths and patterns, array sizes, map values, and discriminated subtypes (slot
 * validations, value suppliers). A property the spec does not define is reported too: SMAPI refuses those.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Schema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  enum?: unknown[];
  allOf?: Schema[];
  discriminator?: string;
  'x-discriminator-value'?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  minimum?: number;
  maximum?: number;
}

const SPEC_PATH = createRequire(import.meta.url).resolve('ask-smapi-model/spec.json');
const DEFINITIONS = (JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as { definitions: Record<string, Schema> }).definitions;

/**
 * Where the published spec is stricter than the service: it makes every slot value carry at least one synonym,
 * while models exported from the developer console, and frameworks such as Jovo, leave `synonyms` out.
 */
const TYPE_VALUE = DEFINITIONS['v1.skill.interactionModel.TypeValueObject'];
if (TYPE_VALUE?.required === undefined || TYPE_VALUE.properties?.['synonyms'] === undefined) {
  throw new Error('ask-smapi-model changed TypeValueObject: review the synonyms exception');
}
TYPE_VALUE.required = TYPE_VALUE.required.filter((name) => name !== 'synonyms');
delete TYPE_VALUE.properties['synonyms'].minItems;

/** The SMAPI model's version, for messages. */
export const SMAPI_MODEL_VERSION = (
  JSON.parse(readFileSync(SPEC_PATH.replace(/spec\.json$/, 'package.json'), 'utf8')) as { version: string }
).version;

export function definition(name: string): Schema {
  const found = DEFINITIONS[name];
  if (found === undefined) throw new Error(`ask-smapi-model has no definition ${name}`);
  return found;
}

const refName = (ref: string): string => ref.replace(/^#\/definitions\//, '');

/** The subtype of a discriminated base whose x-discriminator-value is `value`. */
function subtype(baseName: string, value: string): Schema | undefined {
  return Object.values(DEFINITIONS).find(
    (d) => d['x-discriminator-value'] === value && d.allOf?.some((part) => part.$ref !== undefined && refName(part.$ref) === baseName),
  );
}

/** Properties and required fields of a schema, with allOf parts (and their refs) folded in. */
function flatten(schema: Schema): { properties: Record<string, Schema>; required: string[]; open: boolean } {
  const resolved = schema.$ref !== undefined ? definition(refName(schema.$ref)) : schema;
  let properties: Record<string, Schema> = { ...resolved.properties };
  let required = [...(resolved.required ?? [])];
  let open = resolved.properties === undefined && resolved.additionalProperties === undefined && resolved.allOf === undefined;
  for (const part of resolved.allOf ?? []) {
    const inner = flatten(part);
    properties = { ...properties, ...inner.properties };
    required = [...required, ...inner.required];
    open = open && inner.open;
  }
  return { properties, required, open };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOk(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return true;
  }
}

function check(schema: Schema, value: unknown, path: string, out: string[]): void {
  if (schema.$ref !== undefined) {
    const name = refName(schema.$ref);
    const target = definition(name);
    if (target.discriminator !== undefined && isObject(value)) {
      const tag = value[target.discriminator];
      const sub = typeof tag === 'string' ? subtype(name, tag) : undefined;
      if (sub === undefined) {
        out.push(`${path}.${target.discriminator}: ${JSON.stringify(tag)} is not a ${name} the model knows`);
        return;
      }
      check(sub, value, path, out);
      return;
    }
    check(target, value, path, out);
    return;
  }

  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    out.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.length > 12 ? `${schema.enum.length} allowed values` : JSON.stringify(schema.enum)}`);
    return;
  }
  const type = schema.type ?? (schema.allOf !== undefined || schema.properties !== undefined ? 'object' : undefined);
  if (type !== undefined && !typeOk(type, value)) {
    out.push(`${path}: expected ${type}, got ${Array.isArray(value) ? 'array' : typeof value}`);
    return;
  }

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) out.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      out.push(`${path}: ${value.length} characters, more than ${schema.maxLength}`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) out.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === 'uri' && !URL.canParse(value)) out.push(`${path}: not a URI`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items !== undefined) value.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`, out));
  }
  if (isObject(value) && type === 'object') {
    const { properties, required, open } = flatten(schema);
    for (const name of required) if (!(name in value)) out.push(`${path}.${name}: required`);
    if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) {
      out.push(`${path}: fewer than ${schema.minProperties} entries`);
    }
    for (const [name, item] of Object.entries(value)) {
      const where = `${path}.${name}`;
      const known = properties[name];
      if (known !== undefined) check(known, item, where, out);
      else if (isObject(schema.additionalProperties)) check(schema.additionalProperties, item, where, out);
      else if (!open && schema.additionalProperties !== true) out.push(`${where}: not a field of the SMAPI model`);
    }
  }
}

/** Every violation of `value` against the named definition, as `$.path: what`; empty when it conforms. */
export function violations(definitionName: string, value: unknown): string[] {
  const out: string[] = [];
  check({ $ref: `#/definitions/${definitionName}` }, value, '$', out);
  return out;
}

export const MANIFEST_ENVELOPE = 'v1.skill.Manifest.SkillManifestEnvelope';
export const INTERACTION_MODEL = 'v1.skill.interactionModel.InteractionModelData';
