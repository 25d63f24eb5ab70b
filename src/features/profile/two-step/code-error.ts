import { UserPoolRefusedError } from '../../../lib/http/user-pool-api';

/** A first code that was refused for a reason the person can fix, worded for the code field. */
export function codeErrorMessage(error: unknown): string | null {
  if (!(error instanceof UserPoolRefusedError)) return null;
  switch (error.type) {
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return 'That code is not right. Enter the 6-digit code your app shows now; if it keeps failing, check that the time on your device is set automatically.';
    case 'ExpiredCodeException':
      return 'That code has expired or was already used. Wait for your app to show a new code, then enter it.';
    default:
      return null;
  }
}

/** Six digits, as authenticator apps show them (spaces people type are ignored). */
export function readCode(input: string): string | null {
  const code = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}
