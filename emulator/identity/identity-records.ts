// The identity pool's data: one identity id per user pool `sub` (stable, as AWS links a login
// to its identity) and the temporary credentials handed out. Written after every change when a
// data folder is set, so identities and live credentials survive a restart; in memory otherwise.
import { createJsonFile, type JsonFile } from '../persistence/atomic-json-file';
import { identityPoolFileSchema } from '../persistence/identity-pool-file-schema';
import type { CredentialLookup, TemporaryCredentials } from '../iam/temporary-credentials';

export interface StoredIdentities {
  readonly version: 1;
  /** user pool sub → identity id */
  readonly identities: Readonly<Record<string, string>>;
  readonly credentials: readonly TemporaryCredentials[];
}

export interface IdentityRecords extends CredentialLookup {
  /** The identity of `sub`, created by `newId` the first time. */
  identityOf(sub: string, newId: () => string): string;
  /** The sub an identity id belongs to, if it exists. */
  subOf(identityId: string): string | undefined;
  addCredentials(credentials: TemporaryCredentials): void;
}

/** `{dir}/identity-pool.json`, or null without a data folder. */
export const identityPoolFile = (dir: string | null): JsonFile<StoredIdentities> | null =>
  dir === null ? null : createJsonFile(dir, 'identity-pool.json', identityPoolFileSchema);

/** Starts from `stored` and saves to `file` (when given); `now` decides which credentials to keep. */
export function createIdentityRecords(
  stored: StoredIdentities | undefined,
  file: JsonFile<StoredIdentities> | null,
  now: () => number,
): IdentityRecords {
  const identities = new Map(Object.entries(stored?.identities ?? {}));
  const subs = new Map([...identities].map(([sub, id]) => [id, sub]));
  const credentials = new Map((stored?.credentials ?? []).map((c) => [c.accessKeyId, c]));

  const save = () => {
    // Expired keys are kept a day, so a late caller still hears "expired" and not "invalid".
    const keepAfter = now() - 86_400_000;
    for (const [key, c] of credentials) if (c.expiresAt < keepAfter) credentials.delete(key);
    file?.write({
      version: 1,
      identities: Object.fromEntries(identities),
      credentials: [...credentials.values()],
    });
  };

  return {
    identityOf(sub, newId) {
      let id = identities.get(sub);
      if (id === undefined) {
        id = newId();
        identities.set(sub, id);
        subs.set(id, sub);
        save();
      }
      return id;
    },
    subOf: (identityId) => subs.get(identityId),
    addCredentials(issued) {
      credentials.set(issued.accessKeyId, issued);
      save();
    },
    find: (accessKeyId) => credentials.get(accessKeyId),
  };
}
