import { describe, expect, it, vi } from 'vitest';
import { createSessionMemory } from '../../lib/auth/session-memory';
import { buildTransactionsClient } from '../../lib/http/use-transactions-client';
import { buildConfig, jsonResponse } from '../../test/builders';
import { createTransactionsPrefetch } from './transactions-prefetch';

/** A fetch that records the auth header of each request and answers an empty page. */
function recordingFetch() {
  const sent: (string | null)[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(new Headers(init?.headers).get('Authorization'));
    return jsonResponse(200, { items: [] });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

describe('the prefetch under apiToken access', () => {
  it('asks with the access token the sign-in stored, keyed by its ID token', async () => {
    const { fetch, sent } = recordingFetch();
    const config = buildConfig({ apiToken: 'access' });
    const prefetch = createTransactionsPrefetch({
      createClient: (s, memory) => buildTransactionsClient(config, { fetch }, s, memory),
    });
    prefetch.start('id-token-1', createSessionMemory(), 'access-token-1');
    const taken = prefetch.take('id-token-1');
    await taken?.list;
    expect(sent).toEqual(['access-token-1', 'access-token-1']);
  });

  it('asks with the ID token in id mode, whatever access token it was given', async () => {
    const { fetch, sent } = recordingFetch();
    const prefetch = createTransactionsPrefetch({
      createClient: (s, memory) => buildTransactionsClient(buildConfig(), { fetch }, s, memory),
    });
    prefetch.start('id-token-1', createSessionMemory(), 'access-token-1');
    await prefetch.take('id-token-1')?.list;
    expect(sent).toEqual(['id-token-1', 'id-token-1']);
  });
});
