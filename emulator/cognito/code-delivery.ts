import { maskEmail, type PoolContext } from './pool-context';
import type { UserRecord } from './pool-state';
import { maskPhone, phoneOf } from './sign-in-names';
import { mailCode } from './triggers/custom-message';
import { issueCode } from './verification-codes';

// Where codes go. No email or SMS leaves the machine: both land in the mailbox, an SMS with the
// phone number as its address and a subject that says it is one.

/** Where a code went (masked), as every code-sending operation answers it. */
export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: 'EMAIL' | 'SMS';
  AttributeName: 'email' | 'phone_number';
}

export const delivery = (email: string): CodeDeliveryDetails => ({
  Destination: maskEmail(email),
  DeliveryMedium: 'EMAIL',
  AttributeName: 'email',
});

export const smsDelivery = (phone: string): CodeDeliveryDetails => ({
  Destination: maskPhone(phone),
  DeliveryMedium: 'SMS',
  AttributeName: 'phone_number',
});

/** The subject of every message the mailbox holds in place of an SMS. */
export const smsSubject = 'SMS: Your verification code';

/**
 * The attribute a sign-up code verifies: the phone number when the pool auto-verifies it and
 * the user has one (AWS prefers SMS when both are auto-verified), else the email under the same
 * rule; none when the pool auto-verifies neither (then only AdminConfirmSignUp confirms).
 */
export function signUpCodeTarget(
  ctx: PoolContext,
  user: UserRecord,
): { attribute: 'email' | 'phone_number'; to: string } | undefined {
  const auto = ctx.config.autoVerifiedAttributes;
  const phone = phoneOf(user);
  if (auto.includes('phone_number') && phone !== undefined)
    return { attribute: 'phone_number', to: phone };
  if (auto.includes('email') && user.email !== '') return { attribute: 'email', to: user.email };
  return undefined;
}

/**
 * Issues and "sends" a sign-up code; undefined (nothing sent) when there is no target. Emails
 * pass through the CustomMessage trigger; an SMS goes to the mailbox as it is (the emulator
 * does not run CustomMessage's smsMessage).
 */
export async function sendSignUpCode(
  ctx: PoolContext,
  user: UserRecord,
  clientId: string,
  source: 'CustomMessage_SignUp' | 'CustomMessage_ResendCode',
): Promise<CodeDeliveryDetails | undefined> {
  const target = signUpCodeTarget(ctx, user);
  if (!target) return undefined;
  const code = issueCode(ctx, user, 'signup');
  const text = `Your verification code is ${code}`;
  if (target.attribute === 'phone_number') {
    ctx.mailbox.send({ to: target.to, subject: smsSubject, text, code });
    return smsDelivery(target.to);
  }
  await mailCode(
    ctx,
    { source, user, clientId, code, to: target.to },
    { subject: 'Your verification code', text },
  );
  return delivery(target.to);
}
