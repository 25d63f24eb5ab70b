// TABLE_NAME for the triggers that write to the product's table, checked like the API's.
import * as z from 'zod/mini';
import { parseConfig } from '../contract/parse-config';

const schema = z.object({
  TABLE_NAME: z.string({ error: 'TABLE_NAME is required.' }).check(
    z.regex(/^[A-Za-z0-9_.-]{3,255}$/, {
      error: 'TABLE_NAME must be 3–255 characters of letters, digits, "_", "-" or ".".',
    }),
  ),
});

export function readTableName(env: Readonly<Record<string, string | undefined>>): string {
  return parseConfig(schema, env, 'trigger configuration').TABLE_NAME;
}
