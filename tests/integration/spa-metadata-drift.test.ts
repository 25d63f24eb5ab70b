// The SPA gives oidc-client-ts its metadata instead of fetching discovery; this keeps the
// emulator's discovery document (what Cognito publishes) and that metadata in agreement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { buildCognitoMetadata } from '../../src/lib/auth/cognito-metadata';
import { startCognito, testAppOrigin } from './start-test-emulator';

describe('the SPA’s built OIDC metadata', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startCognito();
  });
  afterAll(() => emulator.close());

  it('names every endpoint exactly as the discovery document does', async () => {
    const config = emulator.runtimeConfig(testAppOrigin);
    const response = await fetch(`${config.authority}/.well-known/openid-configuration`);
    const discovery = (await response.json()) as Record<string, unknown>;
    const built = buildCognitoMetadata(config);
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(7);
    for (const [key, value] of Object.entries(built)) {
      expect({ key, value: discovery[key] }).toEqual({ key, value });
    }
  });
});
