import { describe, expect, it } from 'vitest';
import { createInMemoryProfileStore } from '../testing/in-memory-profile-store';
import { createInMemoryTransactionStore } from '../testing/in-memory-transaction-store';
import { idTokenClaims } from '../testing/proxy-event-builder';
import { buildTestHandler, invokeHandler } from '../testing/test-handler';

describe('GET /profile', () => {
  it("answers the caller's profile item, and 404 for a caller without one", async () => {
    const profiles = createInMemoryProfileStore();
    const owner = 'user-a'; // the default caller of buildProxyEvent
    await profiles.recordConfirmation(owner, '2030-01-01T00:00:00.000Z');
    await profiles.recordConfirmation('someone-else', '2029-01-01T00:00:00.000Z');
    const handler = buildTestHandler({ store: createInMemoryTransactionStore(), profiles });
    const mine = await invokeHandler(handler, { method: 'GET', resource: '/profile' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json).toEqual({
      createdAt: '2030-01-01T00:00:00.000Z',
      confirmedAt: '2030-01-01T00:00:00.000Z',
    });
    const stranger = await invokeHandler(handler, {
      method: 'GET',
      resource: '/profile',
      claims: idTokenClaims('a-stranger'),
    });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses other methods on /profile', async () => {
    const handler = buildTestHandler({ store: createInMemoryTransactionStore() });
    const res = await invokeHandler(handler, { method: 'POST', resource: '/profile', body: {} });
    expect(res.statusCode).toBe(405);
  });
});
