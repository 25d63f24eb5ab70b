// A pool's attribute schema from CreateUserPool's `Schema` or AddCustomAttributes'
// `CustomAttributes`: each SchemaAttributeType checked as AWS's model says (names 1-20
// characters, the type enum, constraints as strings of numbers), with InvalidParameterException
// for what it refuses. Where AWS's wording is unconfirmed the message is the emulator's own
// (docs/emulator.md lists them).

import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { standardAttributes, type AttributeRules } from '../../contract/user-pool-definition';
import { CognitoError } from './cognito-error';
import type { CustomAttribute, CustomAttributeType } from './pool-config';

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);
const types: readonly CustomAttributeType[] = ['Boolean', 'Number', 'String', 'DateTime'];

/** Standard attributes and their fixed types (updated_at is a number, the flags booleans). */
const standardTypes: Readonly<Record<string, CustomAttributeType>> = {
  ...Object.fromEntries(standardAttributes.map((name) => [name, 'String' as const])),
  updated_at: 'Number',
  sub: 'String',
  email_verified: 'Boolean',
  phone_number_verified: 'Boolean',
  identities: 'String',
};

export const isStandardAttribute = (name: string) => Object.hasOwn(standardTypes, name);

/** Where AWS's validation messages point: `schema.1.member` (1-based). */
type Place = { list: 'schema' | 'customAttributes'; index: number };
const at = (p: Place, member: string) => `${p.list}.${p.index + 1}.member.${member}`;

function optionalBoolean(value: unknown, p: Place, member: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean')
    throw new CognitoError('SerializationException', `${at(p, member)} must be a boolean.`);
  return value;
}

/** A constraint bound: a string holding a number (AWS's wire type), in `min..max`. */
function bound(
  value: unknown,
  p: Place,
  member: string,
  range: { min: number; max: number; integer: boolean },
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw new CognitoError('SerializationException', `${at(p, member)} must be a string.`);
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (range.integer && !Number.isInteger(n)))
    throw invalid(
      `${at(p, member)} must be ${range.integer ? 'an integer' : 'a number'}: '${value.slice(0, 32)}'`,
    );
  if (n < range.min || n > range.max)
    throw invalid(`${at(p, member)} must be between ${range.min} and ${range.max}.`);
  return n;
}

function checkOrder(min: number | undefined, max: number | undefined, what: string): void {
  if (min !== undefined && max !== undefined && min > max)
    throw invalid(`${what}: the minimum (${min}) is greater than the maximum (${max}).`);
}

interface CheckedAttribute {
  readonly name: string;
  readonly type: CustomAttributeType;
  readonly required: boolean;
  readonly mutable: boolean;
  readonly constraints: Pick<CustomAttribute, 'minLength' | 'maxLength' | 'minValue' | 'maxValue'>;
}

/** One SchemaAttributeType, checked member by member; `custom:` is stripped from the name. */
function checkAttribute(raw: unknown, p: Place): CheckedAttribute {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new CognitoError('SerializationException', `${p.list}.${p.index + 1} must be an object.`);
  const s = raw as Record<string, unknown>;
  if (s['Name'] === undefined || s['Name'] === null)
    throw invalid(
      `1 validation error detected: Value null at '${at(p, 'name')}' failed to satisfy constraint: Member must not be null`,
    );
  if (typeof s['Name'] !== 'string')
    throw new CognitoError('SerializationException', `${at(p, 'name')} must be a string.`);
  const name = s['Name'].replace(/^custom:/, '');
  const shown = name.slice(0, 64);
  if (name.length < 1 || name.length > 20)
    throw invalid(
      `1 validation error detected: Value '${shown}' at '${at(p, 'name')}' failed to satisfy constraint: Member must have length ${name.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 20'}`,
    );
  if (!/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u.test(name))
    throw invalid(
      `1 validation error detected: Value '${shown}' at '${at(p, 'name')}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`,
    );
  const given = s['AttributeDataType'];
  if (given !== undefined && given !== null && !types.includes(given as CustomAttributeType))
    throw invalid(
      `1 validation error detected: Value '${typeof given === 'string' ? given.slice(0, 32) : 'a non-string'}' at '${at(p, 'attributeDataType')}' failed to satisfy constraint: Member must satisfy enum value set: [${types.join(', ')}]`,
    );
  const standard =
    p.list === 'schema' && isStandardAttribute(name) ? standardTypes[name] : undefined;
  const type = (given as CustomAttributeType | undefined) ?? standard ?? 'String';
  if (standard !== undefined && type !== standard)
    throw invalid(`The standard attribute ${name} is of type ${standard}; it cannot be ${type}.`);
  const strings = s['StringAttributeConstraints'] as Record<string, unknown> | undefined | null;
  const numbers = s['NumberAttributeConstraints'] as Record<string, unknown> | undefined | null;
  for (const [member, value] of [
    ['stringAttributeConstraints', strings],
    ['numberAttributeConstraints', numbers],
  ] as const) {
    if (
      value !== undefined &&
      value !== null &&
      (typeof value !== 'object' || Array.isArray(value))
    )
      throw new CognitoError('SerializationException', `${at(p, member)} must be an object.`);
  }
  if (strings && type !== 'String')
    throw invalid(
      `StringAttributeConstraints apply to String attributes only, not ${name} (${type}).`,
    );
  if (numbers && type !== 'Number')
    throw invalid(
      `NumberAttributeConstraints apply to Number attributes only, not ${name} (${type}).`,
    );
  const lengths = { min: 0, max: 2048, integer: true };
  const values = { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: false };
  const constraints = {
    minLength: bound(strings?.['MinLength'], p, 'stringAttributeConstraints.minLength', lengths),
    maxLength: bound(strings?.['MaxLength'], p, 'stringAttributeConstraints.maxLength', lengths),
    minValue: bound(numbers?.['MinValue'], p, 'numberAttributeConstraints.minValue', values),
    maxValue: bound(numbers?.['MaxValue'], p, 'numberAttributeConstraints.maxValue', values),
  };
  checkOrder(constraints.minLength, constraints.maxLength, `StringAttributeConstraints of ${name}`);
  checkOrder(constraints.minValue, constraints.maxValue, `NumberAttributeConstraints of ${name}`);
  optionalBoolean(s['DeveloperOnlyAttribute'], p, 'developerOnlyAttribute');
  return {
    name,
    type,
    required: optionalBoolean(s['Required'], p, 'required') ?? false,
    mutable: optionalBoolean(s['Mutable'], p, 'mutable') ?? true,
    constraints,
  };
}

function toCustom(a: CheckedAttribute): CustomAttribute {
  if (a.required) throw invalid('Required custom attributes are not supported currently.');
  return { name: a.name, type: a.type, mutable: a.mutable, ...a.constraints };
}

/** Adds custom attributes to a schema: never a second one of a name, at most 50. */
export function withCustomAttributes(
  existing: readonly CustomAttribute[],
  added: readonly Sdk.SchemaAttributeType[],
): CustomAttribute[] {
  const out = [...existing];
  added.forEach((raw, index) => {
    const attribute = toCustom(checkAttribute(raw, { list: 'customAttributes', index }));
    if (out.some((a) => a.name === attribute.name))
      throw invalid(`Existing attribute already has name custom:${attribute.name}.`);
    out.push(attribute);
  });
  if (out.length > 50) throw invalid('A user pool can have at most 50 custom attributes.');
  return out;
}

/**
 * CreateUserPool's Schema: rules for the standard attributes it names, and its custom
 * attributes. A name may appear once (AWS's answer to a repeat is unconfirmed).
 */
export function schemaFromRequest(schema: readonly Sdk.SchemaAttributeType[]): {
  standard: Record<string, AttributeRules>;
  custom: CustomAttribute[];
} {
  const checked = schema.map((raw, index) => checkAttribute(raw, { list: 'schema', index }));
  const seen = new Set<string>();
  for (const a of checked) {
    if (seen.has(a.name)) throw invalid(`The schema names the attribute ${a.name} more than once.`);
    seen.add(a.name);
  }
  const standard: Record<string, AttributeRules> = {};
  for (const a of checked)
    if ((standardAttributes as readonly string[]).includes(a.name))
      standard[a.name] = { required: a.required, mutable: a.mutable };
  const custom = checked.filter((a) => !isStandardAttribute(a.name)).map(toCustom);
  if (custom.length > 50) throw invalid('A user pool can have at most 50 custom attributes.');
  return { standard, custom };
}
