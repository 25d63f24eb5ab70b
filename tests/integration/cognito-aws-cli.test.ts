// The seed tutorials' workflow with the real AWS CLI pointed at the emulator:
// admin-create-user with a temporary password, admin-initiate-auth ADMIN_NO_SRP_AUTH, the
// NEW_PASSWORD_REQUIRED challenge answered with its Session, then tokens.
// Needs the `aws` command (.ci/run installs Debian's awscli); without it the file is skipped
// with a message saying so.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/create-emulator';
import { awsAvailable, awsCli } from './aws-cli';

if (!awsAvailable)
  console.warn('cognito-aws-cli: `aws` is not installed; skipping the CLI workflow');

let emulator: Emulator;

/** Runs `aws cognito-idp <args>` against the emulator with dummy credentials; parses JSON. */
const cognitoIdp = (...args: string[]) => cognitoIdpAt(emulator, ...args);

/** cognitoIdp against `target`. */
const cognitoIdpAt = (target: Emulator, ...args: string[]): Promise<Record<string, unknown>> =>
  awsCli(target.urls.domain, 'cognito-idp', ...args);

describe.runIf(awsAvailable)('the AWS CLI against the Cognito emulator', () => {
  beforeAll(async () => {
    emulator = await createEmulator({ cognitoPort: 0, api: false, dataDir: null, log: () => {} });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('runs the seed workflow from temporary password to tokens', async () => {
    const pool = ['--user-pool-id', emulator.userPoolId];
    const created = await cognitoIdp(
      'admin-create-user',
      ...pool,
      '--username',
      'cli@example.com',
      '--temporary-password',
      'Temp-Pass-1!',
      '--user-attributes',
      'Name=email,Value=cli@example.com',
      'Name=email_verified,Value=true',
    );
    expect(created).toMatchObject({ User: { UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true } });

    const challenge = await cognitoIdp(
      'admin-initiate-auth',
      ...pool,
      '--client-id',
      emulator.clientId,
      '--auth-flow',
      'ADMIN_NO_SRP_AUTH',
      '--auth-parameters',
      'USERNAME=cli@example.com,PASSWORD=Temp-Pass-1!',
    );
    expect(challenge['ChallengeName']).toBe('NEW_PASSWORD_REQUIRED');
    expect(typeof challenge['Session']).toBe('string');
    const username = (challenge['ChallengeParameters'] as Record<string, string>)[
      'USER_ID_FOR_SRP'
    ];

    const answered = await cognitoIdp(
      'admin-respond-to-auth-challenge',
      ...pool,
      '--client-id',
      emulator.clientId,
      '--challenge-name',
      'NEW_PASSWORD_REQUIRED',
      '--session',
      challenge['Session'] as string,
      '--challenge-responses',
      `USERNAME=${username},NEW_PASSWORD=Perm-Pass-2!`,
    );
    expect(answered['AuthenticationResult']).toMatchObject({
      ExpiresIn: 3600,
      TokenType: 'Bearer',
      IdToken: expect.stringMatching(/^eyJ/),
      AccessToken: expect.stringMatching(/^eyJ/),
      RefreshToken: expect.any(String),
    });
    expect(emulator.pool.getUser('cli@example.com')?.status).toBe('CONFIRMED');
  });

  it('prints Cognito’s error code and message for a wrong password', async () => {
    await emulator.pool.createUser({ email: 'wrong@example.com', password: 'Right-Pass-3!' });
    const failure = await cognitoIdp(
      'admin-initiate-auth',
      '--user-pool-id',
      emulator.userPoolId,
      '--client-id',
      emulator.clientId,
      '--auth-flow',
      'ADMIN_USER_PASSWORD_AUTH',
      '--auth-parameters',
      'USERNAME=wrong@example.com,PASSWORD=Wrong-Pass-3!',
    ).catch((error: { stderr: string }) => error);
    expect((failure as { stderr: string }).stderr).toContain(
      'An error occurred (NotAuthorizedException) when calling the AdminInitiateAuth operation: Incorrect username or password.',
    );
  });

  it('follows a tutorial: a new pool with free-form usernames, its client, a user, tokens', async () => {
    const pool = await cognitoIdp(
      'create-user-pool',
      '--pool-name',
      'tutorial',
      '--policies',
      'PasswordPolicy={MinimumLength=8,RequireUppercase=false,RequireLowercase=true,RequireNumbers=true,RequireSymbols=false}',
    );
    const poolId = (pool['UserPool'] as { Id: string }).Id;
    expect(poolId).toMatch(/^local_[0-9A-Za-z]{9}$/);
    const app = await cognitoIdp(
      'create-user-pool-client',
      '--user-pool-id',
      poolId,
      '--client-name',
      'tutorial-app',
      '--explicit-auth-flows',
      'ALLOW_ADMIN_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    );
    const clientId = (app['UserPoolClient'] as { ClientId: string }).ClientId;
    expect(clientId).toMatch(/^[a-z0-9]{26}$/);
    const user = await cognitoIdp(
      'admin-create-user',
      '--user-pool-id',
      poolId,
      '--username',
      'tutorial-user',
      '--message-action',
      'SUPPRESS',
    );
    expect(user).toMatchObject({ User: { Username: 'tutorial-user' } });
    await cognitoIdp(
      'admin-set-user-password',
      '--user-pool-id',
      poolId,
      '--username',
      'tutorial-user',
      '--password',
      'tutorial1',
      '--permanent',
    );
    const signedIn = await cognitoIdp(
      'admin-initiate-auth',
      '--user-pool-id',
      poolId,
      '--client-id',
      clientId,
      '--auth-flow',
      'ADMIN_USER_PASSWORD_AUTH',
      '--auth-parameters',
      'USERNAME=tutorial-user,PASSWORD=tutorial1',
    );
    const idToken = (signedIn['AuthenticationResult'] as { IdToken: string }).IdToken;
    const claims = JSON.parse(
      Buffer.from(idToken.split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(claims).toMatchObject({
      'cognito:username': 'tutorial-user',
      iss: `${emulator.urls.domain}/${poolId}`,
      aud: clientId,
    });
    expect(claims['sub']).not.toBe('tutorial-user');
  });

  it('follows a tutorial’s other path: temporary password, NEW_PASSWORD_REQUIRED, then self sign-up', async () => {
    const both = ['--username-attributes', 'email', '--alias-attributes', 'email'];
    const refused = await cognitoIdp('create-user-pool', '--pool-name', 'both', ...both).catch(
      (error: { stderr: string }) => error,
    );
    expect((refused as { stderr: string }).stderr).toContain(
      'An error occurred (InvalidParameterException) when calling the CreateUserPool operation: Only one of the aliasAttributes or usernameAttributes can be set in a User Pool',
    );
    const aliased = ['--alias-attributes', 'email', '--auto-verified-attributes', 'email'];
    const pool = await cognitoIdp('create-user-pool', '--pool-name', 'tutorial-two', ...aliased);
    const inPool = ['--user-pool-id', (pool['UserPool'] as { Id: string }).Id];
    const flows = ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_USER_PASSWORD_AUTH'];
    const app = await cognitoIdp(
      'create-user-pool-client',
      ...inPool,
      ...['--client-name', 'tutorial-two-app', '--explicit-auth-flows', ...flows],
    );
    const asApp = ['--client-id', (app['UserPoolClient'] as { ClientId: string }).ClientId];
    const grace = ['--username', 'grace', '--temporary-password', 'Temp-Pass-9!'];
    await cognitoIdp('admin-create-user', ...inPool, ...grace, '--message-action', 'SUPPRESS');
    const challenge = await cognitoIdp(
      'admin-initiate-auth',
      ...[...inPool, ...asApp, '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH'],
      ...['--auth-parameters', 'USERNAME=grace,PASSWORD=Temp-Pass-9!'],
    );
    expect(challenge).toMatchObject({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ChallengeParameters: { USER_ID_FOR_SRP: 'grace' },
    });
    const answer = ['--challenge-name', 'NEW_PASSWORD_REQUIRED', '--session', challenge['Session']];
    const answered = await cognitoIdp(
      'admin-respond-to-auth-challenge',
      ...[...inPool, ...asApp, ...(answer as string[])],
      ...['--challenge-responses', 'USERNAME=grace,NEW_PASSWORD=Perm-Pass-9!'],
    );
    expect(answered['AuthenticationResult']).toMatchObject({ TokenType: 'Bearer' });

    const hopper = ['--username', 'hopper', '--password', 'Hopper-Pass-1!'];
    const email = ['--user-attributes', 'Name=email,Value=hopper@example.com'];
    expect(await cognitoIdp('sign-up', ...asApp, ...hopper, ...email)).toMatchObject({
      UserConfirmed: false,
      CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    const code = emulator.pool.mailbox.latest('hopper@example.com')!.code!;
    await cognitoIdp(
      'confirm-sign-up',
      ...asApp,
      '--username',
      'hopper',
      '--confirmation-code',
      code,
    );
    const byAlias = await cognitoIdp(
      'initiate-auth',
      ...[...asApp, '--auth-flow', 'USER_PASSWORD_AUTH', '--auth-parameters'],
      'USERNAME=hopper@example.com,PASSWORD=Hopper-Pass-1!',
    );
    const result = byAlias['AuthenticationResult'] as { IdToken: string };
    expect(decodeJwt(result.IdToken)).toMatchObject({
      'cognito:username': 'hopper',
      email_verified: true,
    });
  });
});

describe.runIf(awsAvailable)(
  'the AWS CLI against a pool whose PreSignUp trigger limits domains',
  () => {
    let restricted: Emulator;
    beforeAll(async () => {
      restricted = await createEmulator({
        cognitoPort: 0,
        api: false,
        dataDir: null,
        log: () => {},
        triggerEnvironment: { SIGNUP_ALLOWED_DOMAINS: 'example.com' },
      });
    });
    afterAll(async () => {
      await restricted?.close();
    });

    const signUp = (email: string) =>
      cognitoIdpAt(
        restricted,
        'sign-up',
        '--client-id',
        restricted.clientId,
        '--username',
        email,
        '--password',
        'Right-Pass-3!',
      );

    it("prints the trigger's refusal as Cognito reports it", async () => {
      const failure = await signUp('eve@evil.test').catch((error: { stderr: string }) => error);
      expect((failure as { stderr: string }).stderr).toContain(
        'An error occurred (UserLambdaValidationException) when calling the SignUp operation: PreSignUp failed with error Sign-ups are limited to approved email domains.',
      );
      expect(await signUp('ada@example.com')).toMatchObject({ UserConfirmed: false });
    });
  },
);
