// Test users for browser journeys: unique emails, users made directly in the pool (fast, for
// journeys not about sign-up), codes read from the emulator's mailbox, and ID tokens from the
// pool's JSON API for seeding data through the real Transactions API.
import { randomUUID } from 'node:crypto';
import type { TransactionInput } from '../../../contract/transaction';
import type { AppServer } from './app-server';

export interface TestUser {
  readonly email: string;
  readonly password: string;
}

/** A password that meets Cognito's default policy. */
export const testPassword = 'Correct-horse-9-battery';

/** A fresh address no other test uses (`label` shows up in traces and mailbox logs). */
export function uniqueEmail(label = 'e2e'): string {
  const safe = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 30);
  return `${safe}-${randomUUID().slice(0, 12)}@example.com`;
}

/** A new user (nothing stored yet): for journeys that sign up through the hosted pages. */
export function newTestUser(label?: string): TestUser {
  return { email: uniqueEmail(label), password: testPassword };
}

/** A CONFIRMED user with a verified email, made in the pool directly (no hosted pages). */
export async function createConfirmedUser(app: AppServer, label?: string): Promise<TestUser> {
  const user = newTestUser(label);
  await app.emulator.pool.createUser(user);
  return user;
}

export interface ReadCodeOptions {
  /** Ignore messages sent before this time (ms since epoch on the emulator's clock), e.g. an earlier code. */
  readonly sentAfter?: number;
  readonly timeoutMs?: number;
}

/** Polls the mailbox (bounded: 5 s by default) for the newest code sent to `email`. */
export async function readCode(
  app: AppServer,
  email: string,
  options: ReadCodeOptions = {},
): Promise<string> {
  const deadline = Date.now() + (options.timeoutMs ?? 5_000);
  const after = options.sentAfter ?? 0;
  for (;;) {
    const message = app.emulator.pool.mailbox
      .list({ to: email })
      .find((m) => m.code !== null && Date.parse(m.sentAt) >= after);
    if (message?.code) return message.code;
    if (Date.now() > deadline) throw new Error(`No code arrived for ${email} within the time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const jsonApiTarget = 'AWSCognitoIdentityProviderService.';

/** Calls the pool's JSON API over HTTP as the AWS SDK would; throws on an error answer. */
export async function callJsonApi<T>(
  app: AppServer,
  operation: string,
  body: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(app.emulator.urls.jsonApi, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `${jsonApiTarget}${operation}`,
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as T & { __type?: string; message?: string };
  if (!response.ok) {
    throw new Error(`${operation} failed: ${answer.__type ?? response.status} ${answer.message}`);
  }
  return answer;
}

export interface Tokens {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string;
}

/** Signs in through the JSON API (USER_PASSWORD_AUTH) and returns the tokens. */
export async function tokensFor(app: AppServer, user: TestUser): Promise<Tokens> {
  const answer = await callJsonApi<{
    AuthenticationResult: { IdToken: string; AccessToken: string; RefreshToken: string };
  }>(app, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: app.emulator.clientId,
    AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
  });
  const result = answer.AuthenticationResult;
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken,
  };
}

/** Creates transactions through the real API with the user's ID token, in order. */
export async function seedTransactions(
  app: AppServer,
  user: TestUser,
  inputs: readonly TransactionInput[],
): Promise<void> {
  const { idToken } = await tokensFor(app, user);
  for (const input of inputs) {
    const response = await fetch(`${app.emulator.urls.api}/transactions`, {
      method: 'POST',
      headers: { Authorization: idToken, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    if (response.status !== 201) {
      throw new Error(`Seeding failed: HTTP ${response.status} ${await response.text()}`);
    }
  }
}
