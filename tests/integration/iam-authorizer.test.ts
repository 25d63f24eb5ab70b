// The AWS_IAM authorizer alone in front of a recording Lambda: what the event carries for an
// identity-pool caller, the role policy decided per method ARN (a policy is injected), and
// API Gateway's answers to malformed and hostile signatures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiInvokePolicy } from '../../api/api-invoke-policy';
import { routeTable } from '../../api/route-table';
import { createManualClock } from '../../contract/clock';
import type { Emulator } from '../../emulator/create-emulator';
import { createIamAuthorizer, formatAmzDate } from '../../emulator/gateway/create-iam-authorizer';
import type { PolicyDocument } from '../../emulator/iam/evaluate-policy';
import { startTestGateway, type TestGateway } from './gateway-fixtures';
import {
  iamCaller,
  loginsKey,
  signWithAws4fetch,
  signWithSmithy,
  type IamCaller,
} from './iam-fixtures';
import { startCognito } from './start-test-emulator';

const clock = createManualClock(Date.UTC(2030, 0, 1, 12));
const location = {
  region: 'local',
  accountId: '123456789012',
  apiId: 'localapi01',
  stage: 'local',
};
let emulator: Emulator;
let caller: IamCaller;
const gateways: TestGateway[] = [];

async function gatewayWith(policy: PolicyDocument): Promise<TestGateway> {
  const gateway = await startTestGateway({
    getJwks: () => emulator.jwks(),
    apiAuth: 'iam',
    clock,
    authorizers: {
      AWS_IAM: createIamAuthorizer({
        credentials: emulator.identityPool!.credentials,
        policy,
        region: 'local',
        clock,
      }),
    },
  });
  gateways.push(gateway);
  return gateway;
}

async function signedGet(gateway: TestGateway, path: string, signer = signWithAws4fetch) {
  const url = `${gateway.baseUrl}${path}`;
  const headers = await signer(caller, url, { at: clock.now() });
  delete headers['host'];
  return fetch(url, { headers });
}

const subOf = (idToken: string): string =>
  (JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;

beforeAll(async () => {
  emulator = await startCognito({ apiAuth: 'iam', clock });
  caller = await iamCaller(emulator, 'dana@example.com');
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close()));
  await emulator?.close();
});

describe('the AWS_IAM authorizer', () => {
  it('gives the Lambda requestContext.identity as API Gateway fills it, and no authorizer', async () => {
    const gateway = await gatewayWith(apiInvokePolicy(location));
    expect((await signedGet(gateway, '/transactions')).status).toBe(200);
    const { requestContext } = gateway.calls[0]!.event;
    const provider = loginsKey(emulator);
    expect(requestContext.authorizer).toBeNull();
    expect(requestContext.identity).toMatchObject({
      cognitoIdentityPoolId: emulator.identityPool!.identityPoolId,
      cognitoIdentityId: caller.identityId,
      cognitoAuthenticationType: 'authenticated',
      cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:${subOf(caller.tokens.idToken)}`,
      userArn:
        'arn:aws:sts::123456789012:assumed-role/transactions-identity-authenticated/CognitoIdentityCredentials',
      accountId: '123456789012',
      accessKey: caller.accessKeyId,
    });
    expect(requestContext.identity.caller).toMatch(/^AROA[A-Z2-7]{17}:CognitoIdentityCredentials$/);
    expect(requestContext.identity.user).toBe(requestContext.identity.caller);
    expect(caller.identityId).toMatch(/^local:[0-9a-f-]{36}$/);
  });

  it('denies a method the role policy does not name, and allows the ones it does', async () => {
    const withoutGetById = routeTable.filter(
      (route) => !(route.method === 'GET' && route.path === '/transactions/{id}'),
    );
    const gateway = await gatewayWith(apiInvokePolicy(location, withoutGetById));
    expect((await signedGet(gateway, '/transactions')).status).toBe(200);
    const denied = await signedGet(gateway, '/transactions/01J0000000000000000000000');
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect(await denied.text()).toBe(
      '{"Message":"User: arn:aws:sts::123456789012:assumed-role/transactions-identity-authenticated/CognitoIdentityCredentials is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:local:********9012:localapi01/local/GET/transactions/01J0000000000000000000000 because no identity-based policy allows the execute-api:Invoke action"}',
    );
    expect(gateway.calls).toHaveLength(1);
  });

  it('lets an explicit deny win over the allow', async () => {
    const allow = apiInvokePolicy(location);
    const gateway = await gatewayWith({
      Version: '2012-10-17',
      Statement: [
        ...allow.Statement,
        {
          Effect: 'Deny',
          Action: 'execute-api:*',
          Resource: 'arn:aws:execute-api:*:*:*/*/GET/transactions',
        },
      ],
    });
    const denied = await signedGet(gateway, '/transactions');
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { Message: string }).Message).toMatch(
      / with an explicit deny in an identity-based policy$/,
    );
  });

  it.each([
    ['aws4fetch', signWithAws4fetch],
    ['smithy', signWithSmithy],
  ] as const)(
    'verifies an encoded path signed by %s (each segment encoded twice)',
    async (_name, signer) => {
      const gateway = await gatewayWith(apiInvokePolicy(location));
      for (const id of ['a%2Fb', 'caf%C3%A9', "it's(1)"])
        expect((await signedGet(gateway, `/transactions/${id}`, signer)).status).toBe(200);
    },
  );

  const date = formatAmzDate(Date.UTC(2030, 0, 1, 12));
  const sig = 'a'.repeat(64);
  const header = (credential: string, signed = 'host;x-amz-date') =>
    `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signed}, Signature=${sig}`;
  it.each([
    [
      'a Bearer token',
      { Authorization: 'Bearer abc.def' },
      'IncompleteSignatureException',
      "'abc.def' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer abc.def'.",
    ],
    [
      'no X-Amz-Date',
      { Authorization: header('ASIAX/20300101/local/execute-api/aws4_request') },
      'IncompleteSignatureException',
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${header('ASIAX/20300101/local/execute-api/aws4_request')}`,
    ],
    [
      'a four-part credential',
      { Authorization: header('ASIAX/20300101/local/execute-api'), 'X-Amz-Date': date },
      'IncompleteSignatureException',
      "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'ASIAX/20300101/local/execute-api'",
    ],
    [
      'another service',
      { Authorization: header('ASIAX/20300101/local/s3/aws4_request'), 'X-Amz-Date': date },
      'InvalidSignatureException',
      "Credential should be scoped to correct service: 'execute-api'. ",
    ],
    [
      'another region',
      {
        Authorization: header('ASIAX/20300101/eu-west-1/execute-api/aws4_request'),
        'X-Amz-Date': date,
      },
      'InvalidSignatureException',
      "Credential should be scoped to a valid region, not 'eu-west-1'. ",
    ],
    [
      'host not signed',
      {
        Authorization: header('ASIAX/20300101/local/execute-api/aws4_request', 'x-amz-date'),
        'X-Amz-Date': date,
      },
      'IncompleteSignatureException',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    ],
    [
      'a date that is not ISO 8601 basic',
      {
        Authorization: header('ASIAX/20300101/local/execute-api/aws4_request'),
        'X-Amz-Date': '2030-01-01T12:00:00Z',
      },
      'IncompleteSignatureException',
      "Date must be in ISO-8601 'basic format'. Got '2030-01-01T12:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601",
    ],
    [
      'a scope date of another day',
      {
        Authorization: header('ASIAX/20291231/local/execute-api/aws4_request'),
        'X-Amz-Date': date,
      },
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20291231' != '20300101', from '${date}'.`,
    ],
    [
      'an unknown key',
      {
        Authorization: header('ASIAX/20300101/local/execute-api/aws4_request'),
        'X-Amz-Date': date,
      },
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    ],
  ] as const)(
    'refuses %s with 403 and API Gateway’s message',
    async (_case, headers, type, message) => {
      const gateway = await gatewayWith(apiInvokePolicy(location));
      const response = await fetch(`${gateway.baseUrl}/transactions`, { headers });
      expect(response.status).toBe(403);
      expect(response.headers.get('x-amzn-errortype')).toBe(type);
      expect(((await response.json()) as { message: string }).message).toBe(message);
      expect(gateway.calls).toHaveLength(0);
    },
  );

  it('refuses hostile Authorization values without invoking the Lambda', async () => {
    const gateway = await gatewayWith(apiInvokePolicy(location));
    for (const value of [
      '',
      'AWS4-HMAC-SHA256',
      'AWS4-HMAC-SHA256 Credential=,SignedHeaders=,Signature=',
      `AWS4-HMAC-SHA256 ${'Credential=x, '.repeat(500)}`,
      'AWS4-HMAC-SHA256 Credential=ASIAX/20300101/local/execute-api/aws4_request/../../x, SignedHeaders=host, Signature=z',
      `HMAC-SHA1 Credential=ASIAX/20300101/local/execute-api/aws4_request, SignedHeaders=host, Signature=${sig}`,
    ]) {
      const response = await fetch(`${gateway.baseUrl}/transactions`, {
        headers: { Authorization: value, 'X-Amz-Date': date },
      });
      expect(response.status).toBe(403);
    }
    expect(gateway.calls).toHaveLength(0);
  });

  it('answers an oversized Authorization header with 431, not a Cognito-style 401', async () => {
    const gateway = await gatewayWith(apiInvokePolicy(location));
    const response = await fetch(`${gateway.baseUrl}/transactions`, {
      headers: { Authorization: `AWS4-HMAC-SHA256 Credential=${'x'.repeat(12 * 1024)}` },
    });
    expect(response.status).toBe(431);
    expect(gateway.calls).toHaveLength(0);
  });

  it('answers a query-string presigned request as unsigned (not served offline)', async () => {
    const gateway = await gatewayWith(apiInvokePolicy(location));
    const response = await fetch(
      `${gateway.baseUrl}/transactions?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${caller.accessKeyId}%2F20300101%2Flocal%2Fexecute-api%2Faws4_request&X-Amz-Date=${date}&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`,
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });
});
