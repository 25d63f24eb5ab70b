// The PreSignUp trigger: refuses a sign-up whose email domain is not allowed, and confirms and
// verifies sign-ups of the auto-confirm domains (they land signed in without a code). Cognito
// shows a thrown error's message on the hosted page ("PreSignUp failed with error <message>.").
import type { PreSignUpTriggerEvent, PreSignUpTriggerHandler } from 'aws-lambda';
import { emailDomain, readSignUpDomains, type SignUpDomains } from './sign-up-domains';

/** The refusal the hosted page shows; no trailing period, Cognito appends one. */
export const domainNotAllowedMessage = 'Sign-ups are limited to approved email domains';

/** The trigger with its domain lists passed in (the emulator and the tests build it so). */
export function createPreSignUpHandler(domains: SignUpDomains) {
  return async (event: PreSignUpTriggerEvent): Promise<PreSignUpTriggerEvent> => {
    const domain = emailDomain(event.request.userAttributes['email'] ?? '');
    if (domains.allowed.length > 0 && !domains.allowed.includes(domain))
      throw new Error(domainNotAllowedMessage);
    // Cognito ignores these flags for AdminCreateUser; only self sign-ups are confirmed here.
    if (event.triggerSource === 'PreSignUp_SignUp' && domains.autoConfirm.includes(domain)) {
      event.response.autoConfirmUser = true;
      event.response.autoVerifyEmail = true;
    }
    return event;
  };
}

/** The Lambda entry point: the lists come from the function's environment, read at load. */
export const handler: PreSignUpTriggerHandler = createPreSignUpHandler(
  readSignUpDomains(process.env),
);
