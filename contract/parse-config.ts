// The Node edges' one way to validate configuration: a zod/mini schema whose messages are
// written for people, turned into one ConfigError listing every problem. zod/mini rather than
// classic zod: it tree-shakes, so the Lambda bundle pays a few KB for it instead of ~85 KB.
import { safeParse } from 'zod/mini';
import type { core, output } from 'zod/mini';
import { ConfigError, formatConfigPath } from './config-error';
import type { ConfigErrorClass, ConfigProblem } from './config-error';

/**
 * Parses `input` with `schema`; returns the parsed value or throws `ErrorClass` (a ConfigError)
 * with one problem per zod issue, in the schema's order.
 */
export function parseConfig<Schema extends core.$ZodType>(
  schema: Schema,
  input: unknown,
  source: string,
  ErrorClass: ConfigErrorClass = ConfigError,
): output<Schema> {
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  const problems: ConfigProblem[] = result.error.issues.map((issue) => ({
    path: formatConfigPath(issue.path),
    message: issue.message,
  }));
  throw new ErrorClass(source, problems);
}
