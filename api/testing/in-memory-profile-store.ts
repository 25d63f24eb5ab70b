// The profile store in memory, for unit tests and for the emulator without DynamoDB Local.

import type { Profile } from '../../contract/profile';
import type { ProfileStore } from '../store/profile-store';

export function createInMemoryProfileStore(): ProfileStore {
  const profiles = new Map<string, Profile>();
  return {
    get: (owner) => Promise.resolve(profiles.get(owner)),
    recordConfirmation(owner, at) {
      const profile = { createdAt: profiles.get(owner)?.createdAt ?? at, confirmedAt: at };
      profiles.set(owner, profile);
      return Promise.resolve(profile);
    },
  };
}
