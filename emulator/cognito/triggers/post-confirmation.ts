// PostConfirmation (cognito-extensions §1.4): runs after the account is confirmed. Cognito
// keeps the confirmation when the trigger fails and still returns the error, so callers change
// the user first and call this last.

import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { runTrigger } from './run-trigger';
import { triggerAttributes, triggerEvent } from './trigger-event';

export type PostConfirmationSource =
  'PostConfirmation_ConfirmSignUp' | 'PostConfirmation_ConfirmForgotPassword';

/** Runs the pool's PostConfirmation trigger, if any, for the confirmed `user`. */
export async function postConfirmation(
  ctx: PoolContext,
  source: PostConfirmationSource,
  user: UserRecord,
  clientId: string,
): Promise<void> {
  await runTrigger(
    ctx,
    'PostConfirmation',
    triggerEvent(ctx, {
      source,
      userName: user.username,
      clientId,
      request: { userAttributes: triggerAttributes(user) },
      response: {},
    }),
  );
}
