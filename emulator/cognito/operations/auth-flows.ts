import type { AuthFlowType } from '@aws-sdk/client-cognito-identity-provider';
import type { ExplicitAuthFlow } from '../pool-config';
import type { ChallengeName } from '../pool-state';
import { CognitoError } from '../cognito-error';
import type { JsonInput } from './json-input';

export const initiateFlows = ['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'] as const;
export const adminFlows = [
  'ADMIN_USER_PASSWORD_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
] as const;

const notEmulated = ['USER_SRP_AUTH', 'CUSTOM_AUTH', 'USER_AUTH'];

/**
 * Reads AuthFlow and checks it is one of `allowed`. Flows Cognito has but the emulator does
 * not (SRP, custom, choice-based) get a message naming the flow to use instead.
 */
export function readAuthFlow<F extends AuthFlowType>(input: JsonInput, allowed: readonly F[]): F {
  const flow = input.string('AuthFlow', 64);
  if ((allowed as readonly string[]).includes(flow)) return flow as F;
  if (notEmulated.includes(flow)) {
    throw new CognitoError(
      'InvalidParameterException',
      `${flow} is not supported by the local Cognito emulator; use ${allowed[0]}.`,
    );
  }
  throw new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
  );
}

const emulatedChallenges: readonly ChallengeName[] = [
  'NEW_PASSWORD_REQUIRED',
  'SOFTWARE_TOKEN_MFA',
  'EMAIL_OTP',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
];

/** Reads the ChallengeName: a password change or one of the MFA challenges. */
export function checkChallengeName(name: string): ChallengeName {
  const known = emulatedChallenges.find((c) => c === name);
  if (known) return known;
  throw new CognitoError(
    'InvalidParameterException',
    `Challenge ${name} is not supported by the local Cognito emulator (only ${emulatedChallenges.join(', ')}).`,
  );
}

/** How InitiateAuth and AdminInitiateAuth differ: the flows, and the client setting each needs. */
export interface SignInFlows<F extends AuthFlowType> {
  readonly flows: readonly F[];
  readonly passwordFlow: ExplicitAuthFlow;
  readonly notEnabled: string;
}

export const publicSignIn: SignInFlows<(typeof initiateFlows)[number]> = {
  flows: initiateFlows,
  passwordFlow: 'ALLOW_USER_PASSWORD_AUTH',
  notEnabled: 'USER_PASSWORD_AUTH flow not enabled for this client',
};

export const adminSignIn: SignInFlows<(typeof adminFlows)[number]> = {
  flows: adminFlows,
  passwordFlow: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  notEnabled: 'Auth flow not enabled for this client',
};
