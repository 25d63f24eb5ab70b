// AdminLinkProviderForUser and AdminDisableProviderForUser through the AWS SDK v3 and raw HTTP:
// every rule and text of cognito-extensions §7.5, and hostile input.
import {
  AdminDisableProviderForUserCommand,
  AdminGetUserCommand,
  AdminLinkProviderForUserCommand,
  type ProviderUserIdentifierType,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { consoleClient } from './console-client';
import { federatedSignIn } from './federated-sign-in';
import { failureOf, postJsonApi, wellFormedSigV4 } from './start-test-emulator';

const password = 'Correct-horse-9-battery';
const google = (sub: string): ProviderUserIdentifierType => ({
  ProviderName: 'Google',
  ProviderAttributeName: 'Cognito_Subject',
  ProviderAttributeValue: sub,
});
const cognito = (username: string): ProviderUserIdentifierType => ({
  ProviderName: 'Cognito',
  ProviderAttributeValue: username,
});

describe('account linking through the AWS SDK v3', () => {
  let h: CognitoSdkHarness;
  let UserPoolId: string;
  let ann: string;
  let bo: string;
  beforeAll(async () => {
    h = await startCognitoSdk({ clock: createManualClock(Date.UTC(2030, 0, 1)) });
    UserPoolId = h.UserPoolId;
    ann = (await h.emulator.pool.createUser({ email: 'ann@example.com', password })).username;
    bo = (await h.emulator.pool.createUser({ email: 'bo@example.com', password })).username;
  });
  afterAll(() => h.close());

  const link = (
    DestinationUser: ProviderUserIdentifierType,
    SourceUser: ProviderUserIdentifierType,
  ) => h.sdk.send(new AdminLinkProviderForUserCommand({ UserPoolId, DestinationUser, SourceUser }));
  const unlink = (User: ProviderUserIdentifierType) =>
    h.sdk.send(new AdminDisableProviderForUserCommand({ UserPoolId, User }));
  const identitiesOf = async (Username: string): Promise<unknown> => {
    const { UserAttributes = [] } = await h.sdk.send(
      new AdminGetUserCommand({ UserPoolId, Username }),
    );
    const value = UserAttributes.find((a) => a.Name === 'identities')?.Value;
    return value === undefined ? undefined : JSON.parse(value);
  };

  it('links an identity that has not signed in, and AdminGetUser lists it (primary "false")', async () => {
    const at = h.emulator.clock.now();
    await expect(link(cognito(ann), google('ann-sub'))).resolves.toMatchObject({});
    expect(await identitiesOf(ann)).toEqual([
      {
        userId: 'ann-sub',
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: 'false',
        dateCreated: String(at),
      },
    ]);
    expect(await identitiesOf(bo)).toBeUndefined();
  });

  it('accepts the destination by its email too, and ProviderAttributeName Cognito_Subject on it', async () => {
    await link(
      { ...cognito('BO@example.com'), ProviderAttributeName: 'Cognito_Subject' },
      google('bo-sub'),
    );
    expect(await identitiesOf(bo)).toMatchObject([{ userId: 'bo-sub' }]);
  });

  it('refuses to link an identity twice, to the same user or another one', async () => {
    for (const destination of [ann, bo])
      expect(await failureOf(link(cognito(destination), google('ann-sub')))).toMatchObject({
        name: 'InvalidParameterException',
        message: 'SourceUser is already linked to DestinationUser',
      });
  });

  it('keeps at most five identities per user (LimitExceededException)', async () => {
    const { username } = await h.emulator.pool.createUser({ email: 'cy@example.com', password });
    for (let n = 1; n <= 5; n++) await link(cognito(username), google(`cy-${n}`));
    expect(await failureOf(link(cognito(username), google('cy-6')))).toMatchObject({
      name: 'LimitExceededException',
      message: 'A user can have at most 5 linked identities.',
    });
    expect(await identitiesOf(username)).toHaveLength(5);
  });

  it('unlinks with AdminDisableProviderForUser; the identity can then be linked again', async () => {
    await link(cognito(ann), google('ann-second'));
    await unlink(google('ann-second'));
    expect(await identitiesOf(ann)).toMatchObject([{ userId: 'ann-sub' }]);
    await link(cognito(bo), google('ann-second'));
    expect(await identitiesOf(bo)).toMatchObject([{ userId: 'bo-sub' }, { userId: 'ann-second' }]);
  });

  it.each<[string, () => Promise<unknown>, string, string | RegExp]>([
    [
      'a destination that is not a Cognito user',
      () => link(google('x'), google('y')),
      'InvalidParameterException',
      'Invalid DestinationUser: ProviderName must be Cognito',
    ],
    [
      'a destination with another ProviderAttributeName',
      () => link({ ...cognito('ann@example.com'), ProviderAttributeName: 'email' }, google('y')),
      'InvalidParameterException',
      'Invalid DestinationUser: ProviderAttributeName must be Cognito_Subject',
    ],
    [
      'a Cognito user as the source',
      () => link(cognito('ann@example.com'), cognito('bo@example.com')),
      'InvalidParameterException',
      'Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser',
    ],
    [
      'a source without Cognito_Subject',
      () => link(cognito('ann@example.com'), { ...google('y'), ProviderAttributeName: 'email' }),
      'InvalidParameterException',
      'Invalid SourceUser: ProviderAttributeName must be Cognito_Subject',
    ],
    [
      'a source with no ProviderAttributeName',
      () =>
        link(cognito('ann@example.com'), { ProviderName: 'Google', ProviderAttributeValue: 'y' }),
      'InvalidParameterException',
      'Invalid SourceUser: ProviderAttributeName must be Cognito_Subject',
    ],
    [
      'an unknown provider',
      () => link(cognito('ann@example.com'), { ...google('y'), ProviderName: 'Facebook' }),
      'ResourceNotFoundException',
      'Identity provider Facebook does not exist.',
    ],
    [
      'a provider named in another case',
      () => link(cognito('ann@example.com'), { ...google('y'), ProviderName: 'google' }),
      'ResourceNotFoundException',
      'Identity provider google does not exist.',
    ],
    [
      'an unknown destination user',
      () => link(cognito('nobody@example.com'), google('y')),
      'UserNotFoundException',
      'User does not exist.',
    ],
    [
      'a source value with control characters',
      () => link(cognito('ann@example.com'), google('a\u0000b')),
      'InvalidParameterException',
      'ProviderAttributeValue must not contain control characters.',
    ],
    [
      'unlinking an identity that is neither linked nor signed up',
      () => unlink(google('never-seen')),
      'UserNotFoundException',
      'User does not exist.',
    ],
    [
      'unlinking an unknown provider',
      () => unlink({ ...google('ann-sub'), ProviderName: 'Nope' }),
      'ResourceNotFoundException',
      'Identity provider Nope does not exist.',
    ],
    [
      'unlinking without Cognito_Subject',
      () => unlink({ ProviderName: 'Google', ProviderAttributeValue: 'ann-sub' }),
      'InvalidParameterException',
      'Invalid User: ProviderAttributeName must be Cognito_Subject',
    ],
    [
      "disabling a Cognito user's password",
      () => unlink({ ...cognito(ann), ProviderAttributeName: 'Cognito_Subject' }),
      'InvalidParameterException',
      /not supported by the local Cognito emulator/,
    ],
  ])('refuses %s', async (_case, send, name, message) => {
    const failure = await failureOf(send());
    expect(failure.name).toBe(name);
    expect(failure.message).toMatch(message);
  });

  it('changes nothing when a link is refused', async () => {
    await failureOf(link(cognito('ann@example.com'), { ...google('z'), ProviderName: 'Nope' }));
    expect(await identitiesOf(ann)).toMatchObject([{ userId: 'ann-sub' }]);
  });

  describe('with federated sign-ins through the local test IdP', () => {
    const enabledOf = async (Username: string) =>
      (await h.sdk.send(new AdminGetUserCommand({ UserPoolId, Username }))).Enabled;

    it('refuses to link an identity that has signed in: merging is not supported', async () => {
      await federatedSignIn(h.emulator, { email: 'fed@example.com', subject: '2000001' });
      expect(await failureOf(link(cognito(bo), google('2000001')))).toMatchObject({
        name: 'InvalidParameterException',
        message:
          'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link',
      });
    });

    it('signs a linked identity in as the destination user', async () => {
      await link(cognito(bo), google('2000003'));
      const { id, access } = await federatedSignIn(h.emulator, {
        email: 'bo@example.com',
        subject: '2000003',
      });
      expect(id['cognito:username']).toBe(bo);
      expect(access['username']).toBe(bo);
      expect(id['identities']).toContainEqual(
        expect.objectContaining({ userId: '2000003', primary: 'false' }),
      );
    });

    it('disables a federated user that signed in, whose next sign-in is refused', async () => {
      const person = { email: 'dis@example.com', subject: '2000002' };
      await federatedSignIn(h.emulator, person);
      await unlink(google('2000002'));
      expect(await enabledOf('Google_2000002')).toBe(false);
      await expect(federatedSignIn(h.emulator, person)).rejects.toThrow(/User\+is\+disabled/);
    });

    it('after unlinking, the identity signs in as a user of its own', async () => {
      await link(cognito(bo), google('2000004'));
      await unlink(google('2000004'));
      const { id } = await federatedSignIn(h.emulator, {
        email: 'bo@example.com',
        subject: '2000004',
      });
      expect(id['cognito:username']).toBe('Google_2000004');
      expect(id['sub']).not.toBe(bo);
    });

    it("lists a user's identity providers on the console's user page", async () => {
      const page = await consoleClient(h.emulator).get(
        `/_dev/console/users/${encodeURIComponent(bo)}`,
      );
      expect(page.html).toContain('Identity providers');
      expect(page.html).toMatch(/<td>Google<\/td>\s*<td>bo-sub<\/td>\s*<td>Linked<\/td>/);
    });
  });

  describe('hostile and oversized input over raw HTTP', () => {
    const post = (
      target: string,
      body: unknown,
      headers: Record<string, string> = wellFormedSigV4,
    ) => postJsonApi(h.emulator, target, JSON.stringify(body), headers);
    const source = {
      ProviderName: 'Google',
      ProviderAttributeName: 'Cognito_Subject',
      ProviderAttributeValue: 's',
    };
    const destination = { ProviderName: 'Cognito', ProviderAttributeValue: 'ann@example.com' };
    // The product pool's stable id: the table is built before beforeAll runs.
    const productPool = 'local_Emu1ator9';
    const linkBody = (override: Record<string, unknown>) => ({
      UserPoolId: productPool,
      DestinationUser: destination,
      SourceUser: source,
      ...override,
    });

    it.each<[string, string, unknown, number, string, RegExp]>([
      [
        'no DestinationUser',
        'AdminLinkProviderForUser',
        linkBody({ DestinationUser: undefined }),
        400,
        'InvalidParameterException',
        /Value null at 'destinationUser'/,
      ],
      [
        'no SourceUser',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: null }),
        400,
        'InvalidParameterException',
        /Value null at 'sourceUser'/,
      ],
      [
        'a string DestinationUser',
        'AdminLinkProviderForUser',
        linkBody({ DestinationUser: 'ann' }),
        400,
        'SerializationException',
        /DestinationUser must be a structure/,
      ],
      [
        'a list SourceUser',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: [source] }),
        400,
        'SerializationException',
        /SourceUser must be a structure/,
      ],
      [
        'no ProviderName',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: { ...source, ProviderName: undefined } }),
        400,
        'InvalidParameterException',
        /Value null at 'sourceUser.providerName'/,
      ],
      [
        'a number as ProviderAttributeValue',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: { ...source, ProviderAttributeValue: 7 } }),
        400,
        'SerializationException',
        /ProviderAttributeValue must be a string/,
      ],
      [
        'an empty ProviderAttributeValue',
        'AdminLinkProviderForUser',
        linkBody({ DestinationUser: { ...destination, ProviderAttributeValue: '' } }),
        400,
        'InvalidParameterException',
        /'destinationUser.providerAttributeValue' .*greater than or equal to 1/,
      ],
      [
        'a 33-character ProviderName',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: { ...source, ProviderName: 'G'.repeat(33) } }),
        400,
        'InvalidParameterException',
        /'sourceUser.providerName' .*less than or equal to 32/,
      ],
      [
        'a 129-character ProviderAttributeValue',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: { ...source, ProviderAttributeValue: 's'.repeat(129) } }),
        400,
        'InvalidParameterException',
        /'sourceUser.providerAttributeValue' .*less than or equal to 128/,
      ],
      [
        'a 129-character ProviderAttributeName',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: { ...source, ProviderAttributeName: 'n'.repeat(129) } }),
        400,
        'InvalidParameterException',
        /'sourceUser.providerAttributeName' .*less than or equal to 128/,
      ],
      [
        '__proto__ as the provider',
        'AdminLinkProviderForUser',
        linkBody({ SourceUser: { ...source, ProviderName: '__proto__' } }),
        400,
        'ResourceNotFoundException',
        /Identity provider __proto__ does not exist/,
      ],
      [
        'constructor as the destination',
        'AdminLinkProviderForUser',
        linkBody({ DestinationUser: { ...destination, ProviderAttributeValue: 'constructor' } }),
        400,
        'UserNotFoundException',
        /User does not exist/,
      ],
      [
        'an unknown pool',
        'AdminLinkProviderForUser',
        linkBody({ UserPoolId: 'local_Nope00000' }),
        400,
        'ResourceNotFoundException',
        /pool/i,
      ],
      [
        'no credentials',
        'AdminLinkProviderForUser',
        linkBody({}),
        400,
        'MissingAuthenticationTokenException',
        /Missing Authentication Token/,
      ],
      [
        'no User',
        'AdminDisableProviderForUser',
        { UserPoolId: productPool },
        400,
        'InvalidParameterException',
        /Value null at 'user'/,
      ],
      [
        'a string User',
        'AdminDisableProviderForUser',
        { UserPoolId: productPool, User: 'x' },
        400,
        'SerializationException',
        /User must be a structure/,
      ],
      [
        'an oversized User value',
        'AdminDisableProviderForUser',
        {
          UserPoolId: productPool,
          User: { ...source, ProviderAttributeValue: 'x'.repeat(10_000) },
        },
        400,
        'InvalidParameterException',
        /'user.providerAttributeValue' .*less than or equal to 128/,
      ],
      [
        'a newline in the User value',
        'AdminDisableProviderForUser',
        { UserPoolId: productPool, User: { ...source, ProviderAttributeValue: 'ann-sub\n' } },
        400,
        'InvalidParameterException',
        /control characters/,
      ],
    ])('answers %s with a clear error', async (_case, target, body, status, type, message) => {
      const res = await post(target, body, _case === 'no credentials' ? {} : wellFormedSigV4);
      expect(res.status).toBe(status);
      const answer = (await res.json()) as { __type: string; message: string };
      expect(answer.__type).toBe(type);
      expect(answer.message).toMatch(message);
    });
  });
});
