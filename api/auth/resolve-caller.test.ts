import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthorizedError } from '../errors/http-error';
import {
  buildProxyEvent,
  idTokenClaims,
  testClientId,
  testIssuer,
} from '../testing/proxy-event-builder';
import { resolveCaller } from './resolve-caller';

const expected = { expectedIssuer: testIssuer, expectedClientId: testClientId };
const expectedIam = { ...expected, apiAuth: 'iam' as const };
const provider = 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1';
const sub = '8f1c2a3b-0000-4000-8000-00000000000a';

/** An AWS_IAM event: no claims, the identity API Gateway fills for identity-pool credentials. */
function iamEvent(identity: Partial<APIGatewayProxyEvent['requestContext']['identity']>) {
  const event = buildProxyEvent({ method: 'GET', resource: '/transactions', claims: null });
  event.requestContext.authorizer = null;
  event.requestContext.identity = {
    cognitoIdentityPoolId: 'eu-west-1:2208d797-dfc9-40b4-8029-827c9e76e029',
    cognitoIdentityId: 'eu-west-1:1666ff8c-8ddf-42c8-9109-07e2dfd3848c',
    cognitoAuthenticationType: 'authenticated',
    cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:${sub}`,
    ...identity,
  } as APIGatewayProxyEvent['requestContext']['identity'];
  return event;
}

describe('resolveCaller', () => {
  it('takes the sub from the Cognito claims, as before', () => {
    const event = buildProxyEvent({
      method: 'GET',
      resource: '/transactions',
      claims: idTokenClaims(sub),
    });
    expect(resolveCaller(event, expected)).toEqual({ sub });
  });

  it('takes the same sub from the identity pool login of an IAM caller', () => {
    expect(resolveCaller(iamEvent({}), expectedIam)).toEqual({ sub });
  });

  it('reads only the place the configured mode fills: an IAM caller is no one in cognito mode, claims are no one in iam mode', () => {
    expect(() => resolveCaller(iamEvent({}), expected)).toThrow(UnauthorizedError);
    const withClaims = buildProxyEvent({
      method: 'GET',
      resource: '/transactions',
      claims: idTokenClaims(sub),
    });
    expect(() => resolveCaller(withClaims, expectedIam)).toThrow(UnauthorizedError);
  });

  it('refuses a request with neither claims nor an identity-pool caller (401)', () => {
    const event = buildProxyEvent({ method: 'GET', resource: '/transactions', claims: null });
    expect(() => resolveCaller(event, expected)).toThrow(UnauthorizedError);
  });

  it.each([
    [
      'a guest identity',
      { cognitoAuthenticationType: 'unauthenticated', cognitoAuthenticationProvider: null },
    ],
    [
      'another user pool',
      {
        cognitoAuthenticationProvider: `cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other,cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other:CognitoSignIn:${sub}`,
      },
    ],
    [
      'a look-alike pool id',
      { cognitoAuthenticationProvider: `${provider}X,${provider}X:CognitoSignIn:${sub}` },
    ],
    ['the provider without the login', { cognitoAuthenticationProvider: provider }],
    [
      'a login of another pool after ours',
      { cognitoAuthenticationProvider: `${provider},other/pool:CognitoSignIn:${sub}` },
    ],
    [
      'a sub with the key separator',
      { cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:a#b` },
    ],
    ['an empty sub', { cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:` }],
    [
      'three parts',
      { cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:${sub},x` },
    ],
    ['a provider that is not a string', { cognitoAuthenticationProvider: 42 as unknown as string }],
    [
      'an oversized sub',
      { cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:${'a'.repeat(200)}` },
    ],
  ] as const)('refuses %s with 403', (_case, identity) => {
    expect(() => resolveCaller(iamEvent(identity), expectedIam)).toThrow(ForbiddenError);
  });
});
