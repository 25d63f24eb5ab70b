import type { TwoStepStatus } from './two-step-client';

/** The current setting in a sentence. */
export function describeTwoStep(status: TwoStepStatus, email: string | null): string {
  const method =
    status.preferred ?? (status.enabled.length === 1 ? (status.enabled[0] ?? null) : null);
  if (status.enabled.length === 0) return 'Off: signing in needs only your password.';
  if (method === 'SOFTWARE_TOKEN_MFA')
    return 'On: after your password, enter a code from your authenticator app.';
  if (method === 'EMAIL_OTP')
    return `On: after your password, enter a code we email to ${email ?? 'your address'}.`;
  return 'On: after your password, choose an authenticator app code or an emailed code.';
}
