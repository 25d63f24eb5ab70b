import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from './pre-token-generation';
import {
  lambdaContext,
  noCallback,
  preTokenGenerationEvent,
} from './testing/trigger-event-builders';

const run = async (attributes: Record<string, string>, groups: string[]) =>
  (
    (await handler(
      preTokenGenerationEvent(attributes, groups),
      lambdaContext,
      noCallback,
    )) as PreTokenGenerationV2TriggerEvent
  ).response.claimsAndScopeOverrideDetails;

describe('PreTokenGeneration trigger (V2)', () => {
  it('adds email to the access token and keeps the groups in both tokens', async () => {
    expect(await run({ sub: 's', email: 'ada@example.com' }, ['admins', 'staff'])).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { email: 'ada@example.com' } },
      groupOverrideDetails: { groupsToOverride: ['admins', 'staff'] },
    });
  });

  it('adds no email claim for a user without one, and keeps an empty group list', async () => {
    expect(await run({ sub: 's' }, [])).toEqual({
      accessTokenGeneration: {},
      groupOverrideDetails: { groupsToOverride: [] },
    });
  });
});
