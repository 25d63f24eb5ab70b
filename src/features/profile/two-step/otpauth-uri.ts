/** The issuer authenticator apps show beside the account (the app's name, as the page title). */
export const totpIssuer = 'Ledger';

/**
 * The Key URI an authenticator app reads from the QR code: `otpauth://totp/{issuer}:{account}`
 * with the secret and the issuer again as a parameter (the Google Authenticator key URI format,
 * as Amplify builds it); RFC 6238 defaults (SHA-1, 6 digits, 30 s) are Cognito's, so they are
 * left out.
 */
export function otpauthUri(secret: string, account: string, issuer: string = totpIssuer): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  // %20, not URLSearchParams' `+`: some apps show a `+` in the issuer literally.
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
