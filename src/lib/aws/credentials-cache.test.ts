import { describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../../contract/clock';
import { createCredentialsCache, credentialsRenewalMarginMs } from './credentials-cache';
import type { AwsCredentials } from './identity-pool-exchange';

const hour = 3_600_000;

function setup() {
  const clock = createManualClock();
  let issued = 0;
  const exchange = vi.fn(async (idToken: string): Promise<AwsCredentials> => ({
    accessKeyId: `ASIA${++issued}`,
    secretAccessKey: `secret-${issued}`,
    sessionToken: `from ${idToken}`,
    expiresAt: clock.now() + hour,
    identityId: 'local:1',
  }));
  const cache = createCredentialsCache({ exchange, clock });
  return { clock, exchange, cache };
}

describe('createCredentialsCache', () => {
  it('exchanges once and reuses the credentials while they are fresh', async () => {
    const { cache, exchange } = setup();
    const first = await cache.get('t1');
    await expect(cache.get('t1')).resolves.toBe(first);
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it('keeps them until 5 minutes before Expiration, then exchanges again', async () => {
    const { cache, clock, exchange } = setup();
    expect(credentialsRenewalMarginMs).toBe(5 * 60_000);
    await cache.get('t1');
    clock.advance(hour - credentialsRenewalMarginMs - 1);
    await expect(cache.get('t1')).resolves.toMatchObject({ accessKeyId: 'ASIA1' });
    clock.advance(1);
    await expect(cache.get('t2')).resolves.toMatchObject({
      accessKeyId: 'ASIA2',
      sessionToken: 'from t2',
    });
    expect(exchange).toHaveBeenCalledTimes(2);
  });

  it('shares one exchange between concurrent requests', async () => {
    const { cache, exchange } = setup();
    const [a, b] = await Promise.all([cache.get('t1'), cache.get('t1')]);
    expect(a).toBe(b);
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it('exchanges again after forget', async () => {
    const { cache, exchange } = setup();
    await cache.get('t1');
    cache.forget();
    await expect(cache.get('t1')).resolves.toMatchObject({ accessKeyId: 'ASIA2' });
    expect(exchange).toHaveBeenCalledTimes(2);
  });

  it('does not keep what an exchange under way at forget() brings back', async () => {
    const { cache, exchange } = setup();
    const inFlight = cache.get('t1');
    cache.forget();
    await inFlight;
    await expect(cache.get('t1')).resolves.toMatchObject({ accessKeyId: 'ASIA2' });
    expect(exchange).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failure: the next get tries again', async () => {
    const { cache, exchange } = setup();
    exchange.mockRejectedValueOnce(new Error('offline'));
    await expect(cache.get('t1')).rejects.toThrow('offline');
    await expect(cache.get('t1')).resolves.toMatchObject({ accessKeyId: 'ASIA1' });
  });
});
