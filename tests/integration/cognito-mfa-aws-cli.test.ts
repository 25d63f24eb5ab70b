// Authenticator-app MFA with the real AWS CLI: associate and verify a token with the access
// token, prefer it, then sign in with the password and a code computed from the secret.
// Skipped, with a message, without the `aws` command (.ci/run installs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { createEmulator, type Emulator } from '../../emulator/create-emulator';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { awsAvailable, awsCli } from './aws-cli';

if (!awsAvailable)
  console.warn('cognito-mfa-aws-cli: `aws` is not installed; skipping the CLI workflow');

const clock = createManualClock();
let emulator: Emulator;
const cognitoIdp = (...args: string[]) => awsCli(emulator.urls.domain, 'cognito-idp', ...args);

describe.runIf(awsAvailable)('TOTP MFA with the AWS CLI', () => {
  beforeAll(async () => {
    emulator = await createEmulator({
      cognitoPort: 0,
      api: false,
      dataDir: null,
      clock,
      log: () => {},
    });
    await emulator.pool.createUser({ email: 'cli-mfa@example.com', password: 'Cli-Pass-1!' });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  const signIn = () =>
    cognitoIdp(
      'initiate-auth',
      '--client-id',
      emulator.clientId,
      '--auth-flow',
      'USER_PASSWORD_AUTH',
      '--auth-parameters',
      'USERNAME=cli-mfa@example.com,PASSWORD=Cli-Pass-1!',
    );

  it('sets up an authenticator app and signs in with its code', async () => {
    const first = await signIn();
    const accessToken = (first['AuthenticationResult'] as Record<string, string>)['AccessToken']!;
    const associated = await cognitoIdp('associate-software-token', '--access-token', accessToken);
    const secret = associated['SecretCode'] as string;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const verified = await cognitoIdp(
      'verify-software-token',
      '--access-token',
      accessToken,
      '--user-code',
      totpCode(secret, clock.now()),
      '--friendly-device-name',
      'CLI phone',
    );
    expect(verified).toEqual({ Status: 'SUCCESS' });
    await cognitoIdp(
      'set-user-mfa-preference',
      '--access-token',
      accessToken,
      '--software-token-mfa-settings',
      'Enabled=true,PreferredMfa=true',
    );
    clock.advance(30_000);

    const challenge = await signIn();
    expect(challenge).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'CLI phone' },
    });
    const done = await cognitoIdp(
      'respond-to-auth-challenge',
      '--client-id',
      emulator.clientId,
      '--challenge-name',
      'SOFTWARE_TOKEN_MFA',
      '--session',
      challenge['Session'] as string,
      '--challenge-responses',
      `USERNAME=cli-mfa@example.com,SOFTWARE_TOKEN_MFA_CODE=${totpCode(secret, clock.now())}`,
    );
    expect(done).toMatchObject({ AuthenticationResult: { TokenType: 'Bearer' } });
  });
});
