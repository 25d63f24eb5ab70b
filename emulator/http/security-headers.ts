import type { ServerResponse } from 'node:http';

/**
 * Headers for every HTML page: no framing, no script at all, styles only through the nonce,
 * nothing cached (pages carry CSRF tokens and personal data). No `form-action`: Chromium
 * applies it to the redirect that follows a form post, and the sign-in, confirm and
 * new-password forms must redirect to the app's registered callback on another origin.
 */
export function setPageSecurityHeaders(res: ServerResponse, styleNonce: string): void {
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      `style-src 'nonce-${styleNonce}'`,
      "img-src 'self' data:",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
  );
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** Headers for JSON answers that carry tokens or personal data. */
export function setNoStore(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}
