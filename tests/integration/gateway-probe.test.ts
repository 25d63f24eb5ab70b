// The gateway's authorizer probe (what the console's "Test the authorizer" asks): the same
// authorizer the requests meet, deciding afresh, never invoking the handler and never touching
// the authorizer's cache, so testing a token changes nothing about the next request.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as fixtures from './gateway-fixtures';
import type { SigningKey, TestGateway } from './gateway-fixtures';

const { createTestClock, idTokenClaims, jwksOf, secondsOf, send, signToken } = fixtures;

let key: SigningKey;
let gateway: TestGateway | undefined;
const clock = createTestClock();

beforeAll(async () => {
  key = await fixtures.makeSigningKey();
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

const token = (overrides = {}) => signToken(key, idTokenClaims(secondsOf(clock), overrides));
const probeList = (value: string, header = 'Authorization') =>
  gateway!.probe({ method: 'GET', path: '/transactions', headers: [[header, value]] });
const lastNote = () => JSON.parse(gateway!.logLines.at(-1)!).authorizer as string;

describe('gateway probe, Cognito authorizer', () => {
  it('answers what GET /transactions would get, without invoking the handler', async () => {
    gateway = await fixtures.startTestGateway({ getJwks: () => jwksOf(key), clock });
    const allowed = await probeList(`Bearer ${await token()}`);
    expect(allowed).toMatchObject({ kind: 'decided', authorization: 'COGNITO_USER_POOLS' });
    expect(allowed.kind === 'decided' && allowed.outcome.allow).toBe(true);

    const expired = await probeList(await token({ exp: secondsOf(clock) - 1 }));
    expect(expired).toMatchObject({
      response: { status: 401, body: '{"message":"The incoming token has expired"}' },
      outcome: { explanation: { kind: 'cognito', decision: { reason: 'expired' } } },
    });
    const otherHeader = await probeList(await token(), 'X-Token');
    expect(otherHeader).toMatchObject({
      response: { status: 401, body: '{"message":"Unauthorized"}' },
      outcome: { explanation: { decision: { reason: 'missing' } } },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('neither reads nor fills the allow cache', async () => {
    gateway = await fixtures.startTestGateway({
      getJwks: () => jwksOf(key),
      clock,
      cacheTtlSeconds: 300,
    });
    const value = await token();
    await probeList(value);
    await send(`${gateway.baseUrl}/transactions`, { headers: { Authorization: value } });
    expect(lastNote()).toBe('allow');
    await send(`${gateway.baseUrl}/transactions`, { headers: { Authorization: value } });
    expect(lastNote()).toBe('allow:cached');
    const probed = await probeList(value);
    expect(probed).toMatchObject({
      outcome: { explanation: { decision: { allow: true, cached: false } } },
    });
  });

  it('says a route is unknown or public', async () => {
    gateway = await fixtures.startTestGateway({ getJwks: () => jwksOf(key), clock });
    expect(await gateway.probe({ method: 'GET', path: '/nowhere', headers: [] })).toEqual({
      kind: 'no-route',
    });
  });
});

describe('gateway probe, Lambda authorizer', () => {
  it('invokes the authorizer each time and leaves its cache alone', async () => {
    let invocations = 0;
    gateway = await fixtures.startLambdaGateway({
      key,
      clock,
      invoke: () => {
        invocations += 1;
        return Promise.resolve({
          principalId: 'user-1',
          policyDocument: {
            Version: '2012-10-17',
            Statement: [{ Action: 'execute-api:Invoke', Effect: 'Deny', Resource: '*' }],
          },
        });
      },
    });
    const probed = await probeList('anything');
    expect(probed).toMatchObject({
      authorization: 'CUSTOM',
      response: { status: 403 },
      outcome: {
        explanation: { kind: 'lambda', step: 'explicit-deny', principalId: 'user-1' },
      },
    });
    await probeList('anything');
    expect(invocations).toBe(2);
    await send(`${gateway.baseUrl}/transactions`, { headers: { Authorization: 'anything' } });
    expect(invocations).toBe(3);
    await send(`${gateway.baseUrl}/transactions`, { headers: { Authorization: 'anything' } });
    expect(invocations).toBe(3);
    await probeList('anything');
    expect(invocations).toBe(4);
    expect(await probeList('   ')).toMatchObject({
      outcome: { explanation: { step: 'no-identity-source' } },
    });
  });
});
