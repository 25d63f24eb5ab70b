import type { SignedInText } from '../../../i18n/text-types';
import { UserPoolRefusedError } from '../../../lib/http/user-pool-api';

/** A first code that was refused for a reason the person can fix, worded for the code field. */
export function codeErrorMessage(
  error: unknown,
  text: SignedInText['profile']['authenticator'],
): string | null {
  if (!(error instanceof UserPoolRefusedError)) return null;
  switch (error.type) {
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return text.wrongCode;
    case 'ExpiredCodeException':
      return text.expiredCode;
    default:
      return null;
  }
}

/** Six digits, as authenticator apps show them (spaces people type are ignored). */
export function readCode(input: string): string | null {
  const code = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}
