import type { SigninSilentArgs, User } from 'oidc-client-ts';
import { UserManager } from 'oidc-client-ts';

/**
 * A UserManager whose renewals never overlap: a renewal asked for while one is running (the
 * renew timer and an API 401 at once, two components) gets that renewal's answer. With refresh
 * token rotation each renewal spends the stored refresh token, so two overlapping ones would
 * send the same token twice and keep whichever answer lands last; oidc-client-ts does not
 * serialise them itself (3.5, UserManager.signinSilent).
 */
export class SingleFlightUserManager extends UserManager {
  private running: Promise<User | null> | undefined;

  override signinSilent(args?: SigninSilentArgs): Promise<User | null> {
    this.running ??= super.signinSilent(args).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
