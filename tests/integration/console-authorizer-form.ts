// Posting the console's "Test the authorizer" form as its own page does (consoleClient keeps the
// CSRF cookie and field); the answer is a page, not a redirect.
import type { Emulator } from '../../emulator/create-emulator';
import { consoleClient } from './console-client';

export const authorizerTestPath = '/_dev/console/authorizer';

export async function postAuthorizerTest(
  emulator: Emulator,
  fields: Record<string, string>,
  options: { csrf?: string | null } = {},
): Promise<{ status: number; body: string }> {
  const client = consoleClient(emulator);
  await client.get(authorizerTestPath);
  const res = await client.post(authorizerTestPath, fields, options);
  return { status: res.status, body: await res.text() };
}
