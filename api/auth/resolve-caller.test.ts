import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, InsufficientScopeError, UnauthorizedError } from '../errors/http-error';
import {
  accessTokenClaims,
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

describe('resolveCaller in apiToken access mode', () => {
  const expectedAccess = { ...expected, apiToken: 'access' as const };
  const read = ['transactions/read'];
  const event = (claims: Record<string, string>) =>
    buildProxyEvent({ method: 'GET', resource: '/transactions', claims });

  it('takes the sub from an access token carrying the route scope', () => {
    const claims = accessTokenClaims(sub, 'openid transactions/read transactions/write');
    expect(resolveCaller(event(claims), expectedAccess, read)).toEqual({ sub });
    expect(resolveCaller(event(claims), expectedAccess, ['transactions/write'])).toEqual({ sub });
  });

  it('refuses an ID token that a misconfigured gateway let through (401, send the access token)', () => {
    const call = () => resolveCaller(event(idTokenClaims(sub)), expectedAccess, read);
    expect(call).toThrow(UnauthorizedError);
    expect(call).toThrow('Send the access token to this API.');
  });

  it('still refuses an access token in id mode (401, send the ID token)', () => {
    const call = () => resolveCaller(event(accessTokenClaims(sub, 'transactions/read')), expected);
    expect(call).toThrow(UnauthorizedError);
    expect(call).toThrow('Send the ID token to this API.');
  });

  it.each([
    ['no scope claim', { scope: '' }],
    [
      'only aws.cognito.signin.user.admin (a JSON-API sign-in)',
      { scope: 'aws.cognito.signin.user.admin' },
    ],
    ['the other scope only', { scope: 'openid transactions/write' }],
    ['a look-alike scope', { scope: 'transactions/readonly xtransactions/read' }],
    ['the scopes comma-joined', { scope: 'openid,transactions/read' }],
  ])('refuses an access token with %s (403 insufficient_scope)', (_case, overrides) => {
    const claims = accessTokenClaims(sub, 'x', overrides);
    const call = () => resolveCaller(event(claims), expectedAccess, read);
    expect(call).toThrow(InsufficientScopeError);
    expect(call).toThrow(expect.objectContaining({ status: 403, code: 'insufficient_scope' }));
  });

  it('refuses every access token on a route that lost its scopes (fails closed)', () => {
    const claims = accessTokenClaims(sub, 'transactions/read transactions/write');
    expect(() => resolveCaller(event(claims), expectedAccess, [])).toThrow(InsufficientScopeError);
  });

  it('refuses an access token of another app client (403) or issuer (401)', () => {
    const other = accessTokenClaims(sub, 'transactions/read', { client_id: 'another0client0id' });
    expect(() => resolveCaller(event(other), expectedAccess, read)).toThrow(ForbiddenError);
    const noClient = accessTokenClaims(sub, 'transactions/read');
    delete noClient['client_id'];
    expect(() => resolveCaller(event(noClient), expectedAccess, read)).toThrow(ForbiddenError);
    const foreign = accessTokenClaims(sub, 'transactions/read', { iss: `${testIssuer}x` });
    expect(() => resolveCaller(event(foreign), expectedAccess, read)).toThrow(UnauthorizedError);
  });
});
