import { describe, expect, it, vi } from 'vitest';
import type { ApiTokenMode } from '../../../contract/api-modes';
import { createSessionMemory } from '../auth/session-memory';
import { buildConfig, jsonResponse } from '../../test/builders';
import type { ApiSession } from './transactions-client';
import { buildTransactionsClient } from './use-transactions-client';

const emptyPage = { items: [] };

/** A fetch that records the auth header of each request and answers from `statuses`. */
function recordingFetch(statuses: number[]) {
  const sent: (string | null)[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(new Headers(init?.headers).get('Authorization'));
    const status = statuses.shift() ?? 200;
    return status === 200 ? jsonResponse(200, emptyPage) : jsonResponse(status, { message: 'x' });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

function session(): ApiSession & { renew: ReturnType<typeof vi.fn> } {
  return {
    idToken: () => 'id-token-1',
    accessToken: () => 'access-token-1',
    renew: vi.fn(async (token?: ApiTokenMode) =>
      token === 'access' ? 'access-token-2' : 'id-token-2',
    ),
    signInAgain: vi.fn(),
  };
}

describe('buildTransactionsClient picks the token config.apiToken names', () => {
  it.each([
    ['id', 'id-token-1'],
    ['access', 'access-token-1'],
  ] as const)('apiToken %s sends %s in the auth header', async (apiToken, expected) => {
    const { fetch, sent } = recordingFetch([200]);
    const config = buildConfig({ apiToken });
    const client = buildTransactionsClient(config, { fetch }, session(), createSessionMemory());
    await client.list();
    expect(sent).toEqual([expected]);
  });

  it('renews the access token, not the ID token, after a 401 in access mode', async () => {
    const { fetch, sent } = recordingFetch([401, 200]);
    const own = session();
    const config = buildConfig({ apiToken: 'access' });
    await buildTransactionsClient(config, { fetch }, own, createSessionMemory()).list();
    expect(own.renew).toHaveBeenCalledWith('access');
    expect(sent).toEqual(['access-token-1', 'access-token-2']);
  });

  it('still renews the ID token in id mode', async () => {
    const { fetch, sent } = recordingFetch([401, 200]);
    const own = session();
    await buildTransactionsClient(buildConfig(), { fetch }, own, createSessionMemory()).list();
    expect(sent).toEqual(['id-token-1', 'id-token-2']);
  });
});
