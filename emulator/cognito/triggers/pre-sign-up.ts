// PreSignUp (cognito-extensions §1.4): runs before SignUp and AdminCreateUser create the
// user (and before a first federated sign-in creates one); a throw refuses the sign-up, the flags
// confirm and verify (SignUp only: Cognito ignores them for AdminCreateUser and external users).

import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { invalidResponse, runTrigger } from './run-trigger';
import { triggerEvent } from './trigger-event';

export type PreSignUpSource =
  'PreSignUp_SignUp' | 'PreSignUp_AdminCreateUser' | 'PreSignUp_ExternalProvider';

export interface PreSignUpAnswer {
  readonly autoConfirmUser: boolean;
  readonly autoVerifyEmail: boolean;
}

const declined: PreSignUpAnswer = { autoConfirmUser: false, autoVerifyEmail: false };

/** The attributes a sign-up submitted, as PreSignUp sees them (no `sub` yet). */
const submitted = (user: UserRecord): Record<string, string> => ({
  ...user.attributes,
  ...(user.email === '' ? {} : { email: user.email }),
});

/** Runs the pool's PreSignUp trigger, if any, for `user`, built but not yet stored. */
export async function preSignUp(
  ctx: PoolContext,
  source: PreSignUpSource,
  user: UserRecord,
  clientId: string,
): Promise<PreSignUpAnswer> {
  const response = await runTrigger(
    ctx,
    'PreSignUp',
    triggerEvent(ctx, {
      source,
      userName: user.username,
      clientId,
      request: { userAttributes: submitted(user), validationData: null },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    }),
  );
  if (!response) return declined;
  const flag = (name: string): boolean => {
    const value = response[name] ?? false;
    if (typeof value !== 'boolean')
      throw invalidResponse(ctx, 'PreSignUp', `${name} is not a boolean`);
    return value;
  };
  const answer = {
    autoConfirmUser: flag('autoConfirmUser'),
    autoVerifyEmail: flag('autoVerifyEmail'),
  };
  flag('autoVerifyPhone');
  return source === 'PreSignUp_SignUp' ? answer : declined;
}

/** The user as PreSignUp's answer leaves it: confirmed and verified if it says so. */
export function withPreSignUp(user: UserRecord, answer: PreSignUpAnswer): UserRecord {
  return {
    ...user,
    ...(answer.autoConfirmUser ? { status: 'CONFIRMED' } : {}),
    ...(answer.autoVerifyEmail ? { emailVerified: true } : {}),
  };
}
