// Pools and app clients as data the JSON API manages (AWS SDK v3 against a running emulator):
// each operation's happy path and errors, a free-form-username pool, the hosted UI and the
// token endpoint for a created pool's own client, and a created pool surviving a restart.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AddCustomAttributesCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import { failureOf, startCognito } from './start-test-emulator';

const sdk = (emulator: Emulator) =>
  new CognitoIdentityProviderClient({
    endpoint: emulator.urls.domain,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

const start = (dataDir: string | null) => startCognito({ dataDir });

const error = failureOf;

describe('pools and clients through the JSON API', () => {
  let emulator: Emulator;
  let client: CognitoIdentityProviderClient;
  beforeAll(async () => {
    emulator = await start(null);
    client = sdk(emulator);
  });
  afterAll(() => emulator.close());

  const freeFormPool = async () => {
    const { UserPool } = await client.send(
      new CreateUserPoolCommand({
        PoolName: 'tutorial',
        Policies: { PasswordPolicy: { MinimumLength: 6 } },
        Schema: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }],
      }),
    );
    return UserPool!;
  };

  it('creates, lists, describes, updates and deletes a pool', async () => {
    const pool = await freeFormPool();
    expect(pool.Id).toMatch(/^local_[0-9A-Za-z]{9}$/);
    expect(pool.UsernameAttributes).toBeUndefined();
    expect(pool.UsernameConfiguration).toEqual({ CaseSensitive: true });
    expect(pool.SchemaAttributes).toContainEqual(
      expect.objectContaining({ Name: 'custom:tier', AttributeDataType: 'String' }),
    );
    const listed = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(listed.UserPools!.map((p) => p.Id)).toEqual([emulator.userPoolId, pool.Id]);
    await client.send(
      new UpdateUserPoolCommand({
        UserPoolId: pool.Id,
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireNumbers: true } },
      }),
    );
    const described = await client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }));
    expect(described.UserPool!.Policies!.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireNumbers: true,
    });
    await client.send(new DeleteUserPoolCommand({ UserPoolId: pool.Id }));
    expect(
      await error(client.send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }))),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      message: `User pool ${pool.Id} does not exist.`,
    });
  });

  it('refuses bad pool settings and the product pool’s deletion', async () => {
    expect(
      await error(
        client.send(
          new CreateUserPoolCommand({
            PoolName: 'both',
            UsernameAttributes: ['email'],
            AliasAttributes: ['email'],
          }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool',
    });
    expect(
      await error(
        client.send(
          new CreateUserPoolCommand({
            PoolName: 'short',
            Policies: { PasswordPolicy: { MinimumLength: 5 } },
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
    expect(await error(client.send(new ListUserPoolsCommand({ MaxResults: 61 })))).toMatchObject({
      name: 'InvalidParameterException',
    });
    expect(
      await error(client.send(new DeleteUserPoolCommand({ UserPoolId: emulator.userPoolId }))),
    ).toMatchObject({ name: 'InvalidParameterException' });
  });

  it('manages app clients: 26-character ids, generated secrets, full replacement on update', async () => {
    const pool = await freeFormPool();
    const { UserPoolClient: created } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientName: 'backend',
        GenerateSecret: true,
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_PASSWORD_AUTH'],
      }),
    );
    expect(created!.ClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(created!.ClientSecret).toMatch(/^[a-z0-9]{52}$/);
    const listed = await client.send(new ListUserPoolClientsCommand({ UserPoolId: pool.Id }));
    expect(listed.UserPoolClients).toEqual([
      { ClientId: created!.ClientId, UserPoolId: pool.Id, ClientName: 'backend' },
    ]);
    await client.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientId: created!.ClientId,
        ClientName: 'renamed',
      }),
    );
    const { UserPoolClient: after } = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: created!.ClientId }),
    );
    expect(after).toMatchObject({ ClientName: 'renamed', ClientSecret: created!.ClientSecret });
    // Left out of the update, the flows return to Cognito's defaults.
    expect(after!.ExplicitAuthFlows).not.toContain('ALLOW_ADMIN_USER_PASSWORD_AUTH');
    // The client belongs to its own pool only.
    expect(
      await error(
        client.send(
          new DescribeUserPoolClientCommand({
            UserPoolId: emulator.userPoolId,
            ClientId: created!.ClientId,
          }),
        ),
      ),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      message: `User pool client ${created!.ClientId} does not exist.`,
    });
    await client.send(
      new DeleteUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: created!.ClientId }),
    );
    expect(
      await error(
        client.send(
          new InitiateAuthCommand({
            ClientId: created!.ClientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'x', PASSWORD: 'y' },
          }),
        ),
      ),
    ).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('signs in a free-form user with a separate sub, custom attributes and SECRET_HASH', async () => {
    const pool = await freeFormPool();
    await client.send(
      new AddCustomAttributesCommand({
        UserPoolId: pool.Id,
        CustomAttributes: [{ Name: 'plan', AttributeDataType: 'String' }],
      }),
    );
    expect(
      await error(
        client.send(
          new AddCustomAttributesCommand({
            UserPoolId: pool.Id,
            CustomAttributes: [{ Name: 'plan', AttributeDataType: 'String' }],
          }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Existing attribute already has name custom:plan.',
    });
    const { UserPoolClient: app } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientName: 'server',
        GenerateSecret: true,
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        // Left out, Cognito's defaults do not cover custom attributes (issue 15).
        ReadAttributes: ['email', 'email_verified', 'custom:plan'],
      }),
    );
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.Id,
        Username: 'alice',
        UserAttributes: [
          { Name: 'custom:plan', Value: 'gold' },
          { Name: 'custom:tier', Value: '3' },
        ],
        MessageAction: 'SUPPRESS',
      }),
    );
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool.Id,
        Username: 'alice',
        Password: 'secret1',
        Permanent: true,
      }),
    );
    const got = await client.send(
      new AdminGetUserCommand({ UserPoolId: pool.Id, Username: 'alice' }),
    );
    expect(got.Username).toBe('alice');
    const sub = got.UserAttributes!.find((a) => a.Name === 'sub')!.Value!;
    expect(sub).not.toBe('alice');
    expect(got.UserAttributes).toContainEqual({ Name: 'custom:plan', Value: 'gold' });
    // Case-sensitive usernames (the API's default): ALICE is another user.
    expect(
      await error(client.send(new AdminGetUserCommand({ UserPoolId: pool.Id, Username: 'ALICE' }))),
    ).toMatchObject({ name: 'UserNotFoundException' });
    const auth = (hash?: string) =>
      client.send(
        new AdminInitiateAuthCommand({
          UserPoolId: pool.Id,
          ClientId: app!.ClientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: {
            USERNAME: 'alice',
            PASSWORD: 'secret1',
            ...(hash === undefined ? {} : { SECRET_HASH: hash }),
          },
        }),
      );
    expect(await error(auth())).toMatchObject({
      name: 'NotAuthorizedException',
      message: `Client ${app!.ClientId} is configured with secret but SECRET_HASH was not received`,
    });
    expect(await error(auth('d3Jvbmc='))).toMatchObject({
      name: 'NotAuthorizedException',
      message: `Unable to verify secret hash for client ${app!.ClientId}`,
    });
    const { createHmac } = await import('node:crypto');
    const hash = createHmac('sha256', app!.ClientSecret!)
      .update(`alice${app!.ClientId}`)
      .digest('base64');
    const { AuthenticationResult } = await auth(hash);
    const id = decodeJwt(AuthenticationResult!.IdToken!);
    expect(id).toMatchObject({
      sub,
      'cognito:username': 'alice',
      'custom:plan': 'gold',
      iss: `${emulator.urls.domain}/${pool.Id}`,
      aud: app!.ClientId,
    });
  });

  it('keeps MFA configuration and a domain per pool', async () => {
    const pool = await freeFormPool();
    expect(
      await error(
        client.send(
          new SetUserPoolMfaConfigCommand({ UserPoolId: pool.Id, MfaConfiguration: 'ON' }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
    const set = await client.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.Id,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    expect(set).toMatchObject({ MfaConfiguration: 'OPTIONAL' });
    expect(
      await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: pool.Id })),
    ).toMatchObject({
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const prefix = `tutorial-${pool.Id!.slice(-9).toLowerCase()}`;
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId: pool.Id, Domain: prefix }));
    const described = await client.send(new DescribeUserPoolDomainCommand({ Domain: prefix }));
    expect(described.DomainDescription).toMatchObject({ UserPoolId: pool.Id, Status: 'ACTIVE' });
    expect(
      await error(
        client.send(
          new CreateUserPoolDomainCommand({ UserPoolId: emulator.userPoolId, Domain: prefix }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
    expect(
      (await client.send(new DescribeUserPoolDomainCommand({ Domain: 'unknown-prefix' })))
        .DomainDescription,
    ).toEqual({});
  });

  it('signs a user of a created pool in through the hosted UI with its own client', async () => {
    const { UserPool: pool } = await client.send(
      new CreateUserPoolCommand({ PoolName: 'web', UsernameAttributes: ['email'] }),
    );
    const redirectUri = 'http://localhost:4000/cb';
    const { UserPoolClient: web } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool!.Id,
        ClientName: 'web',
        CallbackURLs: [redirectUri],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      }),
    );
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool!.Id,
        Username: 'web@example.com',
        MessageAction: 'SUPPRESS',
      }),
    );
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool!.Id,
        Username: 'web@example.com',
        Password: 'Web-Pass-1!',
        Permanent: true,
      }),
    );
    const verifier = 'v'.repeat(43);
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: web!.ClientId!,
      redirect_uri: redirectUri,
      scope: 'openid email',
      state: 'abc',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const login = await browser.request(`/login?${query}`);
    expect(login.status).toBe(200);
    const done = await browser.submit(login, {
      username: 'web@example.com',
      password: 'Web-Pass-1!',
    });
    const back = new URL(done.location!);
    expect(back.origin + back.pathname).toBe(redirectUri);
    const tokenRes = await fetch(`${emulator.urls.domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: web!.ClientId!,
        code: back.searchParams.get('code')!,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }),
    });
    expect(tokenRes.status).toBe(200);
    const tokens = (await tokenRes.json()) as { id_token: string };
    const issuer = `${emulator.urls.domain}/${pool!.Id}`;
    const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(tokens.id_token, jwks, { issuer, audience: web!.ClientId });
    expect(payload.email).toBe('web@example.com');
    // The product pool's keys do not verify it.
    const productKeys = createRemoteJWKSet(new URL(emulator.urls.jwks));
    await expect(jwtVerify(tokens.id_token, productKeys)).rejects.toThrow();
  });
});

describe('a created pool across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cognito-pools-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the pool, its client, its users and its keys', async () => {
    const first = await start(dataDir);
    const c1 = sdk(first);
    const { UserPool } = await c1.send(new CreateUserPoolCommand({ PoolName: 'kept' }));
    const { UserPoolClient } = await c1.send(
      new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id, ClientName: 'kept' }),
    );
    await c1.send(
      new AdminCreateUserCommand({
        UserPoolId: UserPool!.Id,
        Username: 'bob',
        MessageAction: 'SUPPRESS',
      }),
    );
    const keys = await (
      await fetch(`${first.urls.domain}/${UserPool!.Id}/.well-known/jwks.json`)
    ).json();
    await first.close();

    const second = await start(dataDir);
    try {
      const c2 = sdk(second);
      const described = await c2.send(
        new DescribeUserPoolClientCommand({
          UserPoolId: UserPool!.Id,
          ClientId: UserPoolClient!.ClientId,
        }),
      );
      expect(described.UserPoolClient!.ClientName).toBe('kept');
      const bob = await c2.send(
        new AdminGetUserCommand({ UserPoolId: UserPool!.Id, Username: 'bob' }),
      );
      expect(bob.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
      const again = await (
        await fetch(`${second.urls.domain}/${UserPool!.Id}/.well-known/jwks.json`)
      ).json();
      expect(again).toEqual(keys);
      await c2.send(new DeleteUserPoolCommand({ UserPoolId: UserPool!.Id }));
    } finally {
      await second.close();
    }
    const third = await start(dataDir);
    try {
      const listed = await sdk(third).send(new ListUserPoolsCommand({ MaxResults: 10 }));
      expect(listed.UserPools!.map((p) => p.Id)).toEqual([third.userPoolId]);
    } finally {
      await third.close();
    }
  });
});
