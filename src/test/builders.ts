import type { RuntimeConfig } from '../../contract/runtime-config';
import type { Transaction, TransactionInput } from '../../contract/transaction';

export const testOrigin = 'http://localhost:3000';

/** A valid emulator-style config for an app served at `testOrigin` + `/`. */
export function buildConfig(overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return {
    region: 'local',
    userPoolId: 'local_TestPool1',
    clientId: 'testclient123',
    authority: 'http://127.0.0.1:9229/local_TestPool1',
    domain: 'http://127.0.0.1:9229',
    redirectUri: `${testOrigin}/callback`,
    logoutUri: `${testOrigin}/signed-out`,
    apiUrl: 'http://127.0.0.1:9230/local',
    apiAuthHeader: 'Authorization',
    scopes: 'openid email profile',
    apiAuth: 'cognito',
    apiToken: 'id',
    ...overrides,
  };
}

let sequence = 0;

/** A stored transaction; every call gets a new id. */
export function buildTransaction(overrides: Partial<Transaction> = {}): Transaction {
  sequence += 1;
  return {
    id: `01J0000000000000000000${String(sequence).padStart(4, '0')}`,
    date: '2024-05-01',
    description: `Groceries ${sequence}`,
    amount: -1234,
    currency: 'USD',
    category: 'Food',
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A stored transaction with exactly `input`'s content: no category unless `input` has one. */
export function buildStored(input: TransactionInput): Transaction {
  const { category, ...rest } = buildTransaction(input);
  return input.category === undefined ? rest : { ...rest, category };
}

/** A JSON Response as fetch would give it. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A Storage held in memory, for tests that hand the app its own storage. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
