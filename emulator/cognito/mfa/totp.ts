// RFC 6238 time-based one-time passwords as Cognito uses them: HMAC-SHA1, 6 digits, 30-second
// steps, a base32 secret (Cognito's SecretCode). Pure functions: time and randomness come in.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Length of one TOTP step. */
export const TOTP_STEP_MS = 30_000;
/** Steps either side of now a code may come from (reference §2.5: ±1 step, UNCONFIRMED). */
export const TOTP_SKEW_STEPS = 1;
/** 20 bytes (160 bits, RFC 4226's recommendation) → 32 base32 characters, no padding. */
const SECRET_BYTES = 20;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 (RFC 4648) without padding, as Cognito's SecretCode. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 (case-insensitive, padding and spaces ignored); throws on other characters. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = BASE32.indexOf(ch);
    if (index < 0) throw new RangeError('TOTP secret is not base32');
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** A new secret from `random` (which returns that many random bytes), base32. */
export function generateTotpSecret(random: (bytes: number) => Uint8Array): string {
  return base32Encode(random(SECRET_BYTES));
}

/** The step number `atMillis` falls in. */
export const totpStep = (atMillis: number) => Math.floor(atMillis / TOTP_STEP_MS);

/** The 6-digit code of one step (RFC 4226 HOTP over the step counter). */
function codeOfStep(key: Uint8Array, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/** The code an authenticator shows at `atMillis` for a base32 secret. */
export function totpCode(secretBase32: string, atMillis: number): string {
  return codeOfStep(base32Decode(secretBase32), totpStep(atMillis));
}

/**
 * The step whose code is `code` within ±TOTP_SKEW_STEPS of `atMillis`, or undefined. Steps at or
 * before `lastUsedStep` never match, so a code accepted once is refused for the rest of its window.
 */
export function matchTotpStep(
  secretBase32: string,
  code: string,
  atMillis: number,
  lastUsedStep?: number,
): { step: number } | { replayed: true } | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const key = base32Decode(secretBase32);
  const now = totpStep(atMillis);
  for (let step = now - TOTP_SKEW_STEPS; step <= now + TOTP_SKEW_STEPS; step++) {
    if (!timingSafeEqual(Buffer.from(codeOfStep(key, step)), Buffer.from(code))) continue;
    return lastUsedStep !== undefined && step <= lastUsedStep ? { replayed: true } : { step };
  }
  return undefined;
}

/**
 * The otpauth URI an authenticator app reads from a QR code (Google's Key Uri Format, as Amplify
 * builds it): `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`.
 */
export function totpUri(input: { issuer: string; account: string; secret: string }): string {
  const label = `${encodeURIComponent(input.issuer)}:${encodeURIComponent(input.account)}`;
  const query = new URLSearchParams({ secret: input.secret, issuer: input.issuer });
  return `otpauth://totp/${label}?${query.toString()}`;
}
