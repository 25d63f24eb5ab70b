import type { PoolContext } from './pool-context';
import type { UserRecord } from './pool-state';

/**
 * What follows any change of a user's password (ChangePassword today). The one place to end
 * what the old password started (sessions, refresh tokens), so every path does the same.
 * Cognito itself keeps existing tokens on ChangePassword; nothing more happens yet.
 */
export function passwordChanged(_ctx: PoolContext, _user: UserRecord): void {
  // Intentionally empty for now: session revocation on password change is issue 11 item 4.
}
