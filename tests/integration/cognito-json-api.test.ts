import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateGroupCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/create-emulator';
import { postJsonApi, wellFormedSigV4 } from './start-test-emulator';

describe('Cognito emulator User Pools JSON API with the AWS SDK v3', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  let ClientId: string;
  let UserPoolId: string;
  const codeFor = (to: string) => emulator.pool.mailbox.latest(to)!.code!;
  const passwordSignIn = (USERNAME: string, PASSWORD: string) =>
    sdk.send(
      new InitiateAuthCommand({
        ClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME, PASSWORD },
      }),
    );
  const adminSignIn = (
    AuthFlow: 'ADMIN_NO_SRP_AUTH' | 'ADMIN_USER_PASSWORD_AUTH',
    USERNAME: string,
    PASSWORD: string,
  ) =>
    sdk.send(
      new AdminInitiateAuthCommand({
        UserPoolId,
        ClientId,
        AuthFlow,
        AuthParameters: { USERNAME, PASSWORD },
      }),
    );

  beforeAll(async () => {
    emulator = await createEmulator({ cognitoPort: 0, api: false, dataDir: null, log: () => {} });
    ({ clientId: ClientId, userPoolId: UserPoolId } = emulator);
    sdk = new CognitoIdentityProviderClient({
      endpoint: emulator.urls.jsonApi,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  it('runs the seed workflow: temporary password, ADMIN_NO_SRP_AUTH, NEW_PASSWORD_REQUIRED, tokens', async () => {
    const created = await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: 'seed@example.com',
        TemporaryPassword: 'Temp-Pass-1',
        UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
      }),
    );
    expect(created.User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(created.User?.UserCreateDate).toBeInstanceOf(Date);
    // The product pool's CustomMessage trigger (triggers/custom-message.ts) writes the mail.
    expect(emulator.pool.mailbox.latest('seed@example.com')).toMatchObject({
      subject: 'Your Ledger account',
      code: 'Temp-Pass-1',
    });
    const challenge = await adminSignIn('ADMIN_NO_SRP_AUTH', 'seed@example.com', 'Temp-Pass-1');
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(challenge.Session).toMatch(/^AYABe/);
    expect(JSON.parse(challenge.ChallengeParameters!.userAttributes!)).toMatchObject({
      email: 'seed@example.com',
      email_verified: 'true',
    });
    const done = await sdk.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId,
        ClientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: challenge.Session,
        ChallengeResponses: {
          USERNAME: challenge.ChallengeParameters!.USER_ID_FOR_SRP!,
          NEW_PASSWORD: 'Perm-Pass-1',
        },
      }),
    );
    expect(done.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    expect(done.AuthenticationResult?.RefreshToken).toBeTruthy();
    const id = decodeJwt(done.AuthenticationResult!.IdToken!);
    expect(id).toMatchObject({
      token_use: 'id',
      email: 'seed@example.com',
      aud: ClientId,
      iss: emulator.urls.issuer,
    });
    expect(id).not.toHaveProperty('at_hash');
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).scope).toBe(
      'aws.cognito.signin.user.admin',
    );
    const user = await sdk.send(
      new AdminGetUserCommand({ UserPoolId, Username: 'seed@example.com' }),
    );
    expect(user.UserStatus).toBe('CONFIRMED');
  });

  it('refuses a reused or stale challenge Session', async () => {
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: 'stale@example.com',
        TemporaryPassword: 'Temp-Pass-1',
        MessageAction: 'SUPPRESS',
      }),
    );
    await expect(
      sdk.send(
        new AdminRespondToAuthChallengeCommand({
          UserPoolId,
          ClientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: 'AYABeforged',
          ChallengeResponses: { USERNAME: 'stale@example.com', NEW_PASSWORD: 'Perm-Pass-1' },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('signs up, confirms with the mailed code, signs in, refreshes, reads the user and signs out everywhere', async () => {
    const Username = 'self@example.com';
    const up = await sdk.send(
      new SignUpCommand({
        ClientId,
        Username,
        Password: 'Self-Pass-1',
        UserAttributes: [{ Name: 'email', Value: Username }],
      }),
    );
    expect(up).toMatchObject({
      UserConfirmed: false,
      CodeDeliveryDetails: {
        DeliveryMedium: 'EMAIL',
        AttributeName: 'email',
        Destination: 's***@e***',
      },
    });
    expect(codeFor(Username)).toMatch(/^\d{6}$/);
    await expect(passwordSignIn(Username, 'Self-Pass-1')).rejects.toMatchObject({
      name: 'UserNotConfirmedException',
      message: 'User is not confirmed.',
    });
    await sdk.send(
      new ConfirmSignUpCommand({ ClientId, Username, ConfirmationCode: codeFor(Username) }),
    );
    const auth = await passwordSignIn(Username, 'Self-Pass-1');
    const { AccessToken, RefreshToken } = auth.AuthenticationResult!;
    expect(decodeJwt(auth.AuthenticationResult!.IdToken!).email_verified).toBe(true);
    // The product's client rotates refresh tokens (issue 15): GetTokensFromRefreshToken, and
    // a new refresh token with the new ID and access tokens.
    const refreshed = await sdk.send(
      new GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: RefreshToken! }),
    );
    expect(refreshed.AuthenticationResult?.RefreshToken).toEqual(expect.any(String));
    expect(refreshed.AuthenticationResult?.RefreshToken).not.toBe(RefreshToken);
    const me = await sdk.send(new GetUserCommand({ AccessToken }));
    expect(me.UserAttributes).toContainEqual({ Name: 'email', Value: Username });
    await sdk.send(new GlobalSignOutCommand({ AccessToken }));
    await expect(
      sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: RefreshToken! })),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Refresh Token has been revoked',
    });
    await expect(sdk.send(new GetUserCommand({ AccessToken }))).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
  });

  it('resets a forgotten password with the mailed code', async () => {
    await emulator.pool.createUser({ email: 'forgot@example.com', password: 'Old-Pass-1' });
    await sdk.send(new ForgotPasswordCommand({ ClientId, Username: 'forgot@example.com' }));
    await expect(
      sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId,
          Username: 'forgot@example.com',
          ConfirmationCode: '000000',
          Password: 'New-Pass-1',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
    await sdk.send(
      new ConfirmForgotPasswordCommand({
        ClientId,
        Username: 'forgot@example.com',
        ConfirmationCode: codeFor('forgot@example.com'),
        Password: 'New-Pass-1',
      }),
    );
    const auth = await passwordSignIn('forgot@example.com', 'New-Pass-1');
    expect(auth.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('puts groups into cognito:groups and lists users with a filter', async () => {
    await emulator.pool.createUser({ email: 'grouped@example.com', password: 'Group-Pass-1' });
    await sdk.send(new CreateGroupCommand({ UserPoolId, GroupName: 'admin' }));
    await sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId,
        Username: 'grouped@example.com',
        GroupName: 'admin',
      }),
    );
    const auth = await adminSignIn(
      'ADMIN_USER_PASSWORD_AUTH',
      'grouped@example.com',
      'Group-Pass-1',
    );
    expect(decodeJwt(auth.AuthenticationResult!.IdToken!)['cognito:groups']).toEqual(['admin']);
    const list = await sdk.send(
      new ListUsersCommand({ UserPoolId, Filter: 'email = "grouped@example.com"' }),
    );
    expect(list.Users).toHaveLength(1);
    expect(list.Users![0]!.Attributes).toContainEqual({
      Name: 'email',
      Value: 'grouped@example.com',
    });
  });

  it.each([
    ['unknown user', 'nobody@example.com', 'Whatever-1', 'Incorrect username or password.'],
    ['wrong password', 'grouped@example.com', 'Wrong-Pass-1', 'Incorrect username or password.'],
  ])(
    'answers an %s with NotAuthorizedException and the same message',
    async (_name, USERNAME, PASSWORD, message) => {
      await expect(
        sdk.send(
          new InitiateAuthCommand({
            ClientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME, PASSWORD },
          }),
        ),
      ).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message,
        $metadata: { httpStatusCode: 400 },
      });
    },
  );

  it('refuses a disabled user and stops its refresh token', async () => {
    await emulator.pool.createUser({ email: 'disabled@example.com', password: 'Dis-Pass-1' });
    const auth = await passwordSignIn('disabled@example.com', 'Dis-Pass-1');
    await sdk.send(new AdminDisableUserCommand({ UserPoolId, Username: 'disabled@example.com' }));
    await expect(passwordSignIn('disabled@example.com', 'Dis-Pass-1')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'User is disabled.',
    });
    await expect(
      sdk.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId,
          RefreshToken: auth.AuthenticationResult!.RefreshToken!,
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it.each([
    [
      'a short password',
      { Password: 'Ab1!' },
      'InvalidParameterException',
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6",
    ],
    [
      'a password without a symbol',
      { Password: 'Abcdefg1' },
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have symbol characters',
    ],
    [
      'a username that is not an email',
      { Username: 'bob' },
      'InvalidParameterException',
      'Username should be an email.',
    ],
    [
      'an existing email',
      { Username: 'grouped@example.com' },
      'UsernameExistsException',
      'An account with the given email already exists.',
    ],
    [
      'an unknown client',
      { ClientId: 'abcdefghijklmnopqrstuvwxyz' },
      'ResourceNotFoundException',
      'User pool client abcdefghijklmnopqrstuvwxyz does not exist.',
    ],
  ])('rejects sign-up with %s', async (_name, override, name, message) => {
    await expect(
      sdk.send(
        new SignUpCommand({
          ClientId,
          Username: 'new@example.com',
          Password: 'Good-Pass-1',
          ...override,
        }),
      ),
    ).rejects.toMatchObject({ name, message });
  });

  describe('over raw HTTP', () => {
    /** What is sent, and the status, `__type` and message expected back. */
    type HostileCase = readonly [string, () => Promise<Response>, number, string, RegExp];
    const call = (target: string, body: string, headers: Record<string, string> = {}) =>
      postJsonApi(emulator, target, body, headers);

    it.each<HostileCase>([
      [
        'an operation it does not implement',
        () => call('AdminForgetDevice', '{}', { authorization: 'x' }),
        400,
        'UnsupportedOperationException',
        /AdminForgetDevice/,
      ],
      [
        'a foreign target',
        () => call('x', '{}', { 'x-amz-target': 'DynamoDB_20120810.GetItem' }),
        400,
        'UnknownOperationException',
        /X-Amz-Target/,
      ],
      [
        'malformed JSON',
        () => call('SignUp', '{'),
        400,
        'SerializationException',
        /not valid JSON/,
      ],
      [
        'an oversized body',
        () => call('SignUp', JSON.stringify({ x: 'a'.repeat(70_000) })),
        413,
        'SerializationException',
        /larger than/,
      ],
      [
        'a missing member',
        () => call('SignUp', JSON.stringify({ ClientId: emulator.clientId })),
        400,
        'InvalidParameterException',
        /Value null at 'username'/,
      ],
      [
        'an admin call without credentials',
        () =>
          call(
            'AdminGetUser',
            JSON.stringify({ UserPoolId: 'local_Emu1ator9', Username: 'a@b.c' }),
          ),
        400,
        'MissingAuthenticationTokenException',
        /Missing Authentication Token/,
      ],
      // A prototype member as the filter attribute is an unknown attribute, not a 500 or a 200.
      ...['constructor', '__proto__', 'toString', 'hasOwnProperty'].map(
        (name) =>
          [
            `ListUsers filtering on ${name}`,
            () =>
              call(
                'ListUsers',
                JSON.stringify({ UserPoolId: 'local_Emu1ator9', Filter: `${name} ^= ""` }),
                wellFormedSigV4,
              ),
            400,
            'InvalidParameterException',
            /Error while parsing filter/,
          ] satisfies HostileCase,
      ),
    ])('answers %s with a clear Cognito error', async (_name, send, status, type, message) => {
      const res = await send();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { __type: string; message: string };
      expect(body.__type).toBe(type);
      expect(body.message).toMatch(message);
    });
  });
});
