// How trigger failures reach a client, as Cognito reports them (cognito-extensions §1.5): a
// developer's own trigger files (the `triggers` option) that throw, answer nonsense, answer a
// flag of the wrong type, or never answer (the 5 s bound, shortened here by triggerTimeoutMs;
// three attempts in all). And a PostConfirmation failure keeps the confirmation.
import { fileURLToPath } from 'node:url';
import {
  AdminConfirmSignUpCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../emulator/create-emulator';
import { InvalidEmulatorOptionsError } from '../../emulator/emulator-options';
import { cognitoSdk, startCognito } from './start-test-emulator';

const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/triggers/${name}.ts`, import.meta.url));
const password = 'Correct-horse-9-battery';

let emulator: Emulator | undefined;
let sdk: CognitoIdentityProviderClient | undefined;
afterEach(async () => {
  sdk?.destroy();
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions) {
  emulator = await startCognito(options);
  sdk = cognitoSdk(emulator);
  return { emulator, sdk };
}

const signUp = (client: CognitoIdentityProviderClient, e: Emulator, email: string) =>
  client.send(new SignUpCommand({ ClientId: e.clientId, Username: email, Password: password }));

describe('a failing trigger', () => {
  it("surfaces a thrown error as UserLambdaValidationException, with Cognito's period appended", async () => {
    const { emulator: e, sdk: c } = await start({ triggers: { PreSignUp: fixture('throwing') } });
    await expect(signUp(c, e, 'tue@example.com')).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: 'PreSignUp failed with error No sign-ups on Tuesdays..',
    });
    expect(e.pool.getUser('tue@example.com')).toBeUndefined();
  });

  it.each([
    ['an answer that is not the event', 'nonsense'],
    ['a flag that is not a boolean', 'bad-flag'],
  ])('surfaces %s as InvalidLambdaResponseException', async (_what, file) => {
    const { emulator: e, sdk: c } = await start({ triggers: { PreSignUp: fixture(file) } });
    await expect(signUp(c, e, 'odd@example.com')).rejects.toMatchObject({
      name: 'InvalidLambdaResponseException',
      message: 'Unrecognizable lambda output',
    });
    expect(e.pool.getUser('odd@example.com')).toBeUndefined();
  });

  it('times out each attempt, tries three times, then answers UnexpectedLambdaException', async () => {
    const counter = globalThis as { hangingTriggerAttempts?: number };
    counter.hangingTriggerAttempts = 0;
    const { emulator: e, sdk: c } = await start({
      triggers: { PreSignUp: fixture('hanging') },
      triggerTimeoutMs: 20,
    });
    await expect(signUp(c, e, 'slow@example.com')).rejects.toMatchObject({
      name: 'UnexpectedLambdaException',
      message:
        'PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.',
    });
    expect(counter.hangingTriggerAttempts).toBe(3);
    expect(e.pool.getUser('slow@example.com')).toBeUndefined();
  });

  it('keeps the confirmation when PostConfirmation fails, and still reports the failure', async () => {
    const { emulator: e, sdk: c } = await start({
      triggers: { PostConfirmation: fixture('throwing') },
    });
    await signUp(c, e, 'kept@example.com');
    await expect(
      c.send(
        new AdminConfirmSignUpCommand({ UserPoolId: e.userPoolId, Username: 'kept@example.com' }),
      ),
    ).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: 'PostConfirmation failed with error No sign-ups on Tuesdays..',
    });
    expect(e.pool.getUser('kept@example.com')?.status).toBe('CONFIRMED');
  });
});

describe("a developer's own trigger file", () => {
  it("runs a callback-style handler and honours its answer; its console output is the emulator process's", async () => {
    const printed: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const { emulator: e, sdk: c } = await start({
        triggers: { PreSignUp: fixture('callback-style') },
      });
      const answer = await signUp(c, e, 'cb@example.com');
      expect(answer.UserConfirmed).toBe(true);
    } finally {
      console.log = original;
    }
    expect(printed).toContain('callback-style trigger saw PreSignUp_SignUp for cb@example.com');
  });

  it.each([
    [
      'a missing file',
      { PreSignUp: fixture('does-not-exist') },
      /triggers\.PreSignUp: cannot load/,
    ],
    [
      'a module without handler',
      { PreSignUp: fixture('no-handler') },
      /exports no handler function/,
    ],
  ])('stops start-up for %s', async (_what, triggers, message) => {
    const started = startCognito({ triggers });
    await expect(started).rejects.toBeInstanceOf(InvalidEmulatorOptionsError);
    await expect(started).rejects.toThrow(message);
  });
});
