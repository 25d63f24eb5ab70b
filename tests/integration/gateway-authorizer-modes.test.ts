// The gateway's authorizer seam: which authorizer guards a route follows `apiAuth` through the
// route table, an authorizer that signs the payload sees the body before it decides, and what it
// allows with lands in the Lambda event. The IAM and Lambda authorizers themselves plug in here.
import { afterEach, describe, expect, it } from 'vitest';
import { methodAuthorization, routeTable } from '../../api/route-table';
import { createGateway, GatewayConfigError } from '../../emulator/gateway/create-gateway';
import type {
  AuthorizationRequest,
  GatewayAuthorizer,
  GatewayAuthorizers,
} from '../../emulator/gateway/gateway-authorizer';
import { jwksOf, makeSigningKey, send, SPA_ORIGIN, startTestGateway } from './gateway-fixtures';
import type { TestGateway } from './gateway-fixtures';

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

function recordingAuthorizer(readsBody: boolean, allow: boolean) {
  const seen: AuthorizationRequest[] = [];
  const authorizer: GatewayAuthorizer = {
    readsBody,
    authorize(request) {
      seen.push(request);
      return Promise.resolve(
        allow
          ? {
              allow: true,
              context: {
                authorizer: null,
                identity: { cognitoIdentityId: 'local:1234', caller: 'AROAEXAMPLE:session' },
              },
              note: 'allow',
            }
          : { allow: false, error: 'missing-authentication-token', note: 'deny:test' },
      );
    },
  };
  return { authorizer, seen };
}

async function startGatewayIn(
  apiAuth: 'iam' | 'lambda',
  authorizers: GatewayAuthorizers,
): Promise<TestGateway> {
  const key = await makeSigningKey();
  return startTestGateway({ getJwks: () => jwksOf(key), apiAuth, authorizers });
}

describe('the gateway under each apiAuth mode', () => {
  it.each([
    ['cognito', 'COGNITO_USER_POOLS'],
    ['iam', 'AWS_IAM'],
    ['lambda', 'CUSTOM'],
  ] as const)('guards every signed-in route with the %s type %s', (mode, type) => {
    for (const route of routeTable) expect(methodAuthorization(route, mode)).toBe(type);
    expect(methodAuthorization({ ...routeTable[0]!, access: 'public' }, mode)).toBe('NONE');
  });

  it.each(['iam', 'lambda'] as const)(
    'refuses to start in %s mode without an authorizer for it',
    async (apiAuth) => {
      const key = await makeSigningKey();
      expect(() =>
        createGateway({
          routes: routeTable,
          invoke: () => Promise.resolve({ statusCode: 200, body: '' }),
          issuer: 'https://cognito-idp.local.amazonaws.com/local_Test12345',
          getJwks: () => jwksOf(key),
          allowedOrigins: [SPA_ORIGIN],
          apiAuth,
        }),
      ).toThrow(GatewayConfigError);
    },
  );

  it('hands an IAM authorizer the method ARN and the signed body, and its identity to the Lambda', async () => {
    const { authorizer, seen } = recordingAuthorizer(true, true);
    gateway = await startGatewayIn('iam', { AWS_IAM: authorizer });
    const response = await send(`${gateway.baseUrl}/transactions?limit=5`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"amount":1}',
    });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.methodArn).toBe(
      'arn:aws:execute-api:local:123456789012:localapi01/local/POST/transactions',
    );
    expect(seen[0]!.search).toBe('?limit=5');
    expect(seen[0]!.body?.toString()).toBe('{"amount":1}');
    const event = gateway.calls[0]!.event;
    expect(event.requestContext.authorizer).toBeNull();
    expect(event.requestContext.identity).toMatchObject({
      cognitoIdentityId: 'local:1234',
      caller: 'AROAEXAMPLE:session',
      sourceIp: '127.0.0.1',
    });
  });

  it('answers a refusal with the gateway response the authorizer names, without invoking the Lambda', async () => {
    const { authorizer, seen } = recordingAuthorizer(false, false);
    gateway = await startGatewayIn('lambda', { CUSTOM: authorizer });
    const response = await send(`${gateway.baseUrl}/transactions`, {
      headers: { Origin: SPA_ORIGIN },
    });
    expect(response.status).toBe(403);
    expect(response.body).toBe('{"message":"Missing Authentication Token"}');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(seen[0]!.body).toBeNull();
    expect(gateway.calls).toHaveLength(0);
  });
});
