import { describe, expect, it } from 'vitest';
import type { ProfileStore } from '../api/store/profile-store';
import type { Profile } from '../contract/profile';
import { createManualClock } from '../contract/clock';
import { createPostConfirmationHandler } from './post-confirmation';
import { postConfirmationEvent } from './testing/trigger-event-builders';

/** A store that keeps what it is told, as the DynamoDB one does (createdAt kept, confirmedAt moved). */
function createInMemoryProfileStore(): ProfileStore {
  const profiles = new Map<string, Profile>();
  return {
    get: async (owner) => profiles.get(owner),
    async recordConfirmation(owner, at) {
      const profile = { createdAt: profiles.get(owner)?.createdAt ?? at, confirmedAt: at };
      profiles.set(owner, profile);
      return profile;
    },
  };
}

describe('PostConfirmation trigger', () => {
  it('records the first confirmation as createdAt and the latest as confirmedAt', async () => {
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const profiles = createInMemoryProfileStore();
    const handler = createPostConfirmationHandler({ profiles, clock });
    const event = postConfirmationEvent({ sub: 'sub-1', email: 'ada@example.com' });
    expect(await handler(event)).toBe(event);
    clock.advance(86_400_000);
    await handler(
      postConfirmationEvent({ sub: 'sub-1' }, 'PostConfirmation_ConfirmForgotPassword'),
    );
    expect(await profiles.get('sub-1')).toEqual({
      createdAt: '2030-01-01T00:00:00.000Z',
      confirmedAt: '2030-01-02T00:00:00.000Z',
    });
  });

  it('fails (so Cognito reports it) when the event has no sub', async () => {
    const handler = createPostConfirmationHandler({
      profiles: createInMemoryProfileStore(),
      clock: createManualClock(),
    });
    await expect(handler(postConfirmationEvent({ email: 'x@example.com' }))).rejects.toThrow(
      'The event carries no sub',
    );
  });
});
