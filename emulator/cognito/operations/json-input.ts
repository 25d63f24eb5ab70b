import type { AttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError, missingParameter } from '../cognito-error';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `name`: the member as AWS's messages name it (JsonInput.named). */
const lengthError = (name: string, bound: string) =>
  new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value at '${name}' failed to satisfy constraint: Member must have length ${bound}`,
  );

/**
 * The untrusted JSON body of one call, read member by member with AWS's validation messages
 * (members are PascalCase on the wire, camelCase in the messages).
 */
export class JsonInput {
  /** `path`: where a nested structure sits ('destinationUser.'), for the messages. */
  constructor(
    private readonly body: Readonly<Record<string, unknown>>,
    private readonly path = '',
  ) {}

  /** A member's name in AWS's messages (camelCase, with the path of its structure). */
  private named(member: string): string {
    return this.path + lowerFirst(member);
  }

  private has(member: string): boolean {
    return this.body[member] !== undefined && this.body[member] !== null;
  }

  /** The whole body, for builders that check every member themselves (app clients). */
  members(): Readonly<Record<string, unknown>> {
    return this.body;
  }

  /** A member's value when it is a string, without validating it (the dispatcher's routing). */
  peekString(member: string): string | undefined {
    const value = this.body[member];
    return typeof value === 'string' ? value : undefined;
  }

  /**
   * An optional structure or list (Policies, Schema...), as sent: only its JSON kind is checked
   * here, its members by the builder that reads it (pool-from-request.ts).
   */
  structure<T extends object>(member: string, kind: 'object' | 'list'): T | undefined {
    const value = this.body[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value) !== (kind === 'list'))
      throw new CognitoError('SerializationException', `${member} must be a ${kind}.`);
    return value as T;
  }

  /** A required structure (DestinationUser...), read member by member like the body. */
  object(member: string): JsonInput {
    const value = this.body[member];
    if (value === undefined || value === null) throw missingParameter(this.named(member));
    if (typeof value !== 'object' || Array.isArray(value))
      throw new CognitoError('SerializationException', `${member} must be a structure.`);
    return new JsonInput(value as Record<string, unknown>, `${this.named(member)}.`);
  }

  /** A required string of min..max characters. */
  string(member: string, max = 2048, min = 1): string {
    const value = this.body[member];
    if (value === undefined || value === null) throw missingParameter(this.named(member));
    if (typeof value !== 'string')
      throw new CognitoError('SerializationException', `${member} must be a string.`);
    if (value.length < min)
      throw lengthError(this.named(member), `greater than or equal to ${min}`);
    if (value.length > max) throw lengthError(this.named(member), `less than or equal to ${max}`);
    return value;
  }

  optionalString(member: string, max = 2048, min = 1): string | undefined {
    return this.has(member) ? this.string(member, max, min) : undefined;
  }

  /** A required list of attribute names (each 1..32 characters), as UserAttributeNames. */
  stringList(member: string, maxItems: number, maxLength = 32): string[] {
    const list = this.body[member];
    if (list === undefined || list === null) throw missingParameter(this.named(member));
    if (!Array.isArray(list))
      throw new CognitoError('SerializationException', `${member} must be a list of strings.`);
    if (list.length > maxItems)
      throw lengthError(this.named(member), `less than or equal to ${maxItems}`);
    return list.map((item: unknown) => {
      if (typeof item !== 'string')
        throw new CognitoError('SerializationException', `${member} must be a list of strings.`);
      if (item.length < 1 || item.length > maxLength) {
        throw new CognitoError(
          'InvalidParameterException',
          `1 validation error detected: Value at '${this.named(member)}' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to ${maxLength}, Member must have length greater than or equal to 1]`,
        );
      }
      return item;
    });
  }

  optionalStringList(member: string, maxItems: number, maxLength = 32): string[] | undefined {
    return this.has(member) ? this.stringList(member, maxItems, maxLength) : undefined;
  }

  /** An optional member that must be one of `values` (AWS's enum message). */
  optionalEnum<T extends string>(member: string, values: readonly T[], max = 64): T | undefined {
    const value = this.optionalString(member, max);
    if (value === undefined || (values as readonly string[]).includes(value))
      return value as T | undefined;
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value at '${this.named(member)}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`,
    );
  }

  optionalNumber(member: string): number | undefined {
    const value = this.body[member];
    if (value === undefined) return undefined;
    if (typeof value !== 'number')
      throw new CognitoError('SerializationException', `${member} must be a number.`);
    return value;
  }

  /** True only for JSON `true` (Cognito's booleans default to false). */
  flag(member: string): boolean {
    return this.body[member] === true;
  }

  /** A string-to-string map such as AuthParameters or ChallengeResponses ({} when absent). */
  stringMap(member: string): Record<string, string> {
    const value = this.body[member];
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value))
      throw new CognitoError('SerializationException', `${member} must be a map of strings.`);
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'string' || v.length > 4096)
        throw new CognitoError('SerializationException', `${member}.${k} must be a string.`);
      out[k] = v;
    }
    return out;
  }

  /** `[{Name, Value}]`, at most 50, values up to 2048 characters (a missing Value is ''). */
  attributes(member: string): { Name: string; Value: string }[] | undefined {
    const list = this.body[member];
    if (list === undefined || list === null) return undefined;
    if (!Array.isArray(list) || list.length > 50) {
      throw new CognitoError(
        'InvalidParameterException',
        `${member} must be a list of at most 50 {Name, Value} entries.`,
      );
    }
    return (list as (AttributeType | null)[]).map((item) => {
      const name: unknown = item?.Name;
      const value: unknown = item?.Value ?? '';
      if (typeof name !== 'string' || typeof value !== 'string' || value.length > 2048) {
        throw new CognitoError(
          'InvalidParameterException',
          'Each user attribute needs a string Name and a string Value (up to 2048 characters).',
        );
      }
      return { Name: name, Value: value };
    });
  }

  /** Like `attributes`, but the list must be present. */
  requiredAttributes(member: string): { Name: string; Value: string }[] {
    const list = this.attributes(member);
    if (!list) throw missingParameter(this.named(member));
    return list;
  }
}
