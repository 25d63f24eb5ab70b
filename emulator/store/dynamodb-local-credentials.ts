// The access key the stack uses with DynamoDB Local. Without -sharedDb, DynamoDB Local keeps one
// database per access key and region, so a random key that only this machine's user can read is
// what keeps other callers (DynamoDB Local listens on every interface) away from the data.
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DynamoDbCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** The region DynamoDB Local's database file is keyed by, together with the access key. */
export const dynamoDbLocalRegion = 'local';

/** File (inside DynamoDB Local's folder) that keeps the key across restarts. */
export const credentialsFileName = 'credentials.json';

export class DynamoDbCredentialsFileError extends Error {
  override readonly name = 'DynamoDbCredentialsFileError';
}

/** A fresh key: 20 upper-case alphanumerics, like an AWS access key id, so any SDK accepts it. */
export function createDynamoDbCredentials(): DynamoDbCredentials {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = randomBytes(16);
  const id = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
  return {
    accessKeyId: `LOCAL${id}`.slice(0, 20),
    secretAccessKey: randomBytes(30).toString('base64url'),
  };
}

/**
 * Reads `{folder}/credentials.json`, or creates it (mode 0600, atomically) on first start. A file
 * that exists but is not a key pair stops start-up: a new key would hide the existing data.
 */
export async function loadOrCreateDynamoDbCredentials(
  folder: string,
): Promise<DynamoDbCredentials> {
  const file = join(folder, credentialsFileName);
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  if (text !== undefined) return parseCredentials(text, file);
  const created = createDynamoDbCredentials();
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return created;
}

function parseCredentials(text: string, file: string): DynamoDbCredentials {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const isKey = (field: unknown): field is string =>
    typeof field === 'string' && /^[A-Za-z0-9_\-+/=]{1,128}$/.test(field);
  if (typeof value === 'object' && value !== null) {
    const { accessKeyId, secretAccessKey } = value as Record<string, unknown>;
    if (isKey(accessKeyId) && isKey(secretAccessKey)) return { accessKeyId, secretAccessKey };
  }
  throw new DynamoDbCredentialsFileError(
    `${file} is not a DynamoDB Local key pair ({ "accessKeyId", "secretAccessKey" }). ` +
      'Restore it, or start with --reset to begin with empty data.',
  );
}
