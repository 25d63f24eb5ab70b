// Linking as a federated sign-in sees it, in-process: resolveFederatedUser with the IdP's
// verified claims, and the operations through the same dispatcher as the JSON API.
import { decodeJwt } from 'jose';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../contract/clock';
import { buildPoolConfig } from '../../build-pool-config';
import { resolveOptions } from '../../emulator-options';
import { createCognitoEmulator, type CognitoEmulator } from '../create-cognito-emulator';
import { newKeyFile, type KeyFile } from '../key-ring';
import { invokeOperation } from '../operations/invoke-operation';
import type { PasswordHasher } from '../password-hasher';
import type { PoolContext } from '../pool-context';
import type { TriggerEvent } from '../triggers/pool-triggers';
import { issueTokens } from '../token-service';
import type { IdentityProviderConfig } from './identity-provider-config';
import { userRecord } from '../testing/user-record';
import { resolveFederatedUser } from './resolve-federated-user';

const google: IdentityProviderConfig = {
  name: 'Google',
  type: 'Google',
  scopes: ['openid', 'email'],
  attributeMapping: { username: 'sub', email: 'email', email_verified: 'email_verified' },
  clientId: 'idp-client',
  clientSecret: 'idp-secret',
  issuer: 'http://idp.invalid',
  authorizeUrl: 'http://idp.invalid/authorize',
  tokenUrl: 'http://idp.invalid/token',
  jwksUri: 'http://idp.invalid/jwks',
  attributesUrl: 'http://idp.invalid/userinfo',
  createdAt: 0,
};
const base = buildPoolConfig(resolveOptions({ dataDir: null }), 'http://127.0.0.1:9229', 0);
const config = { ...base, identityProviders: [google] };
const client = config.clients[0]!;
const fastHasher: PasswordHasher = {
  hash: async (password) => `plain:${password}`,
  verify: async (password, hash) => hash === `plain:${password}`,
};

describe('account linking in a federated sign-in', () => {
  let emulator: CognitoEmulator;
  let ctx: PoolContext;
  let native: string;
  /** The PreSignUp events the pool ran, and what the trigger does besides answering. */
  let preSignUps: TriggerEvent[];
  let duringPreSignUp: (event: TriggerEvent) => Promise<void>;
  let keyFile: KeyFile;
  beforeAll(async () => {
    keyFile = await newKeyFile(Date.UTC(2030, 0, 1));
  });
  beforeEach(async () => {
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    emulator = createCognitoEmulator(config, {
      clock,
      hasher: fastHasher,
      keyFile,
      log: () => {},
      triggers: {
        modules: {
          PreSignUp: {
            handler: async (event: TriggerEvent) => {
              preSignUps.push(event);
              await duringPreSignUp(event);
              return event;
            },
          },
        },
        preTokenGenerationVersion: 'V2_0',
        timeoutMs: 1000,
      },
    });
    preSignUps = [];
    duringPreSignUp = async () => {};
    ctx = emulator.pools.primary;
    native = (
      await emulator.pool.createUser({
        email: 'ann@example.com',
        password: 'Correct-horse-9-battery',
      })
    ).username;
    preSignUps = [];
  });

  const signIn = (sub: string, email = 'ann@example.com') =>
    resolveFederatedUser(ctx, {
      provider: google,
      claims: { sub, email, email_verified: true },
      clientId: client.clientId,
    });
  const call = (name: 'AdminLinkProviderForUser' | 'AdminDisableProviderForUser', body: object) =>
    invokeOperation(emulator.pools, name, { UserPoolId: config.userPoolId, ...body });
  const link = (sub: string, username = native) =>
    call('AdminLinkProviderForUser', {
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: username },
      SourceUser: {
        ProviderName: 'Google',
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: sub,
      },
    });
  const disable = (sub: string) =>
    call('AdminDisableProviderForUser', {
      User: {
        ProviderName: 'Google',
        ProviderAttributeName: 'Cognito_Subject',
        ProviderAttributeValue: sub,
      },
    });
  const idTokenOf = async (username: string) => {
    const tokens = await issueTokens(ctx, {
      user: ctx.repo.user(username)!,
      client,
      scopes: ['openid', 'email'],
      authTime: 0,
      oauth: true,
      withRefreshToken: false,
    });
    return { id: decodeJwt(tokens.idToken!), access: decodeJwt(tokens.accessToken) };
  };

  it('without a link, the same email makes a second user, as on AWS', async () => {
    const federated = await signIn('g-1');
    expect(preSignUps.map((e) => [e.triggerSource, e.userName])).toEqual([
      ['PreSignUp_ExternalProvider', 'Google_g-1'],
    ]);
    expect(federated.username).toBe('Google_g-1');
    expect(federated.username).not.toBe(native);
    expect(ctx.repo.users()).toHaveLength(2);
  });

  it("never signs an IdP identity in as a native user who took its '<Provider>_<sub>' name", async () => {
    // SignUp and AdminCreateUser accept '_' in a free-form pool's usernames.
    ctx.repo.addUser({ ...userRecord('Google_g-9', 'mallory@example.com'), sub: 'native-sub' });
    await expect(signIn('g-9')).rejects.toMatchObject({ type: 'UsernameExistsException' });
    expect(ctx.repo.user('Google_g-9')).toMatchObject({
      email: 'mallory@example.com',
      sub: 'native-sub',
      status: 'CONFIRMED',
    });
  });

  it('signs a linked identity in as the destination user, with the link in identities', async () => {
    await link('g-1');
    preSignUps = [];
    const user = await signIn('g-1');
    expect(user.username).toBe(native);
    expect(ctx.repo.users()).toHaveLength(1);
    // A sign-in of an existing user: no sign-up, so no PreSignUp_ExternalProvider.
    expect(preSignUps).toEqual([]);
    const { id, access } = await idTokenOf(user.username);
    expect(id['cognito:username']).toBe(native);
    expect(access['username']).toBe(native);
    expect(id['sub']).toBe(access['sub']);
    expect(id['identities']).toEqual([
      {
        userId: 'g-1',
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: 'false',
        dateCreated: String(Date.UTC(2030, 0, 1)),
      },
    ]);
    expect(access['identities']).toBeUndefined();
  });

  it("writes the IdP's mapped attributes on the destination user at each linked sign-in", async () => {
    await link('g-1');
    const user = await signIn('g-1', 'ann.new@example.com');
    expect(user.email).toBe('ann.new@example.com');
    expect(ctx.repo.user(native)?.email).toBe('ann.new@example.com');
  });

  it("refuses a linked sign-in whose IdP email is another user's", async () => {
    await emulator.pool.createUser({
      email: 'bo@example.com',
      password: 'Correct-horse-9-battery',
    });
    await link('g-1');
    await expect(signIn('g-1', 'bo@example.com')).rejects.toMatchObject({
      type: 'AliasExistsException',
    });
    expect(ctx.repo.user(native)?.email).toBe('ann@example.com');
  });

  it('refuses a linked sign-in to a disabled destination user', async () => {
    await link('g-1');
    emulator.pool.disableUser(native);
    await expect(signIn('g-1')).rejects.toMatchObject({
      type: 'NotAuthorizedException',
      message: 'User is disabled.',
    });
  });

  it('refuses a linked sign-in to a destination that has not confirmed its sign-up', async () => {
    await link('g-1');
    ctx.repo.updateUser(native, { status: 'UNCONFIRMED' });
    await expect(signIn('g-1')).rejects.toMatchObject({
      type: 'UserNotConfirmedException',
      message: 'User is not confirmed.',
    });
  });

  it('after unlinking, the identity makes a user of its own at its next sign-in', async () => {
    await link('g-1');
    await disable('g-1');
    expect(ctx.repo.user(native)?.providerLinks).toBeUndefined();
    expect((await signIn('g-1')).username).toBe('Google_g-1');
  });

  it('refuses to link an identity that has signed in (Merging is not currently supported)', async () => {
    await signIn('g-1');
    await expect(link('g-1')).rejects.toMatchObject({
      type: 'InvalidParameterException',
      message:
        'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link',
    });
  });

  it('disables a federated user that signed in, and it cannot sign in with the IdP again', async () => {
    const first = await signIn('g-1');
    const { originJti } = await issueTokens(ctx, {
      user: first,
      client,
      scopes: ['openid'],
      authTime: 0,
      oauth: true,
      withRefreshToken: true,
    });
    await disable('g-1');
    expect(ctx.repo.user('Google_g-1')?.enabled).toBe(false);
    expect(ctx.repo.family(originJti)?.revokedAt).not.toBeNull();
    await expect(signIn('g-1')).rejects.toMatchObject({ message: 'User is disabled.' });
  });

  it('lists the own identity first (primary "true") on a federated user', async () => {
    const user = await signIn('g-1', 'cy@example.com');
    const { id } = await idTokenOf(user.username);
    expect(id['identities']).toMatchObject([{ userId: 'g-1', primary: 'true' }]);
  });

  it('joins the existing user when PreSignUp_ExternalProvider links the identity (the common pattern)', async () => {
    duringPreSignUp = async (event) => {
      if (event.triggerSource === 'PreSignUp_ExternalProvider')
        await link(event.userName.slice('Google_'.length));
    };
    const user = await signIn('g-7');
    expect(user.username).toBe(native);
    expect(ctx.repo.user('Google_g-7')).toBeUndefined();
    expect(ctx.repo.users()).toHaveLength(1);
    // The next sign-in goes straight to the user, without a second sign-up.
    expect((await signIn('g-7')).username).toBe(native);
    expect(preSignUps).toHaveLength(1);
  });

  it('refuses a link when the provider maps an immutable custom attribute', async () => {
    const strict = createCognitoEmulator(
      {
        ...config,
        customAttributes: [{ name: 'tier', type: 'String', mutable: false }],
        identityProviders: [
          { ...google, attributeMapping: { ...google.attributeMapping, 'custom:tier': 'tier' } },
        ],
      },
      { clock: createManualClock(0), hasher: fastHasher, keyFile, log: () => {} },
    );
    const { username } = await strict.pool.createUser({
      email: 'dee@example.com',
      password: 'Correct-horse-9-battery',
    });
    await expect(
      invokeOperation(strict.pools, 'AdminLinkProviderForUser', {
        UserPoolId: config.userPoolId,
        DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: username },
        SourceUser: {
          ProviderName: 'Google',
          ProviderAttributeName: 'Cognito_Subject',
          ProviderAttributeValue: 'g-9',
        },
      }),
    ).rejects.toMatchObject({
      type: 'InvalidParameterException',
      message: expect.stringContaining('immutable attribute custom:tier'),
    });
    expect(strict.pools.primary.repo.user(username)?.providerLinks).toBeUndefined();
  });
});
