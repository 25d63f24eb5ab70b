// One CDK context value read as text, the way every stage key is: `-c key=value` gives strings,
// cdk.json may give booleans or numbers; absent, null and '' all mean "use the default".
import * as z from 'zod/mini';

/** The problem with a key's value, worded for the deploy log, or undefined when it is fine. */
export type Rule = (value: string) => string | undefined;

export const maxContextValueLength = 200;

// One check per key reports at most one problem, and none aborts: zod skips object-level
// checks after an aborted one, and the cross-key checks of stage-config.ts must still be listed.
export const contextText = (key: string, rule: Rule) =>
  z.pipe(
    z.transform((value: unknown) =>
      value === undefined || value === null || value === ''
        ? undefined
        : typeof value === 'boolean'
          ? String(value)
          : value,
    ),
    z.optional(
      z.string({ error: (issue) => `${key}: expected a string, got ${typeof issue.input}` }).check(
        z.superRefine((value, check) => {
          const message =
            value.length > maxContextValueLength
              ? `${key}: longer than ${maxContextValueLength} characters`
              : rule(value);
          if (message) check.addIssue({ code: 'custom', message, input: value, continue: true });
        }),
      ),
    ),
  );

// cdk.json may give a number as a JSON number; `-c` gives text. Both are read as text.
export const contextNumberText = (key: string, rule: Rule) =>
  z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) ? String(value) : value,
    ),
    contextText(key, rule),
  );

/** True when a context value means "not set" (what contextText reads as the default). */
export const isUnset = (value: unknown): boolean =>
  value === undefined || value === null || value === '';
