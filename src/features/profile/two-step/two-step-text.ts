import type { SignedInText } from '../../../i18n/text-types';
import type { TwoStepStatus } from './two-step-client';

/** The current setting in a sentence, in the language of `text`. */
export function describeTwoStep(
  status: TwoStepStatus,
  email: string | null,
  text: SignedInText['profile']['twoStep'],
): string {
  const method =
    status.preferred ?? (status.enabled.length === 1 ? (status.enabled[0] ?? null) : null);
  if (status.enabled.length === 0) return text.off;
  if (method === 'SOFTWARE_TOKEN_MFA') return text.onApp;
  if (method === 'EMAIL_OTP') return text.onEmail(email);
  return text.onEither;
}
