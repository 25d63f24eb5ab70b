import type { UserRecord } from './pool-state';

/**
 * Whether a user's sessions and tokens still count: enabled, and confirmed or federated
 * (EXTERNAL_PROVIDER users are confirmed by their identity provider).
 */
export const isActiveUser = (user: UserRecord | undefined): user is UserRecord =>
  user !== undefined &&
  user.enabled &&
  (user.status === 'CONFIRMED' || user.status === 'EXTERNAL_PROVIDER');
