import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  matchTotpStep,
  totpCode,
  totpUri,
} from './totp';

// RFC 6238 appendix B, SHA-1 column: the secret is the ASCII string "12345678901234567890"; the
// RFC prints 8 digits, a 6-digit code is its last six.
const rfcSecret = base32Encode(new TextEncoder().encode('12345678901234567890'));
const rfcVectors: ReadonlyArray<[seconds: number, eightDigits: string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('totpCode', () => {
  it.each(rfcVectors)('gives RFC 6238 SHA-1 code at T=%i', (seconds, eight) => {
    expect(totpCode(rfcSecret, seconds * 1000)).toBe(eight.slice(-6));
  });

  it('keeps one code for the 30 s of a step', () => {
    expect(totpCode(rfcSecret, 30_000)).toBe(totpCode(rfcSecret, 59_999));
    expect(totpCode(rfcSecret, 60_000)).not.toBe(totpCode(rfcSecret, 59_999));
  });

  it('refuses a secret that is not base32', () => {
    expect(() => totpCode('not base32!', 0)).toThrow('TOTP secret is not base32');
  });
});

describe('base32', () => {
  it('encodes the RFC 4648 vectors without padding and decodes them back', () => {
    const table: Array<[string, string]> = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of table) {
      expect(base32Encode(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded.toLowerCase()))).toBe(plain);
    }
  });
});

describe('generateTotpSecret', () => {
  it('makes a 32-character base32 secret from 20 random bytes', () => {
    const secret = generateTotpSecret((n) => new Uint8Array(n).fill(0xff));
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toEqual(new Uint8Array(20).fill(0xff));
  });
});

describe('matchTotpStep', () => {
  const at = 1111111111_000;
  const step = Math.floor(at / 30_000);

  it('accepts the code of this step and of one step either side', () => {
    expect(matchTotpStep(rfcSecret, totpCode(rfcSecret, at), at)).toEqual({ step });
    expect(matchTotpStep(rfcSecret, totpCode(rfcSecret, at - 30_000), at)).toEqual({
      step: step - 1,
    });
    expect(matchTotpStep(rfcSecret, totpCode(rfcSecret, at + 30_000), at)).toEqual({
      step: step + 1,
    });
  });

  it('refuses a code two steps away, a wrong code and malformed input', () => {
    expect(matchTotpStep(rfcSecret, totpCode(rfcSecret, at - 60_000), at)).toBeUndefined();
    expect(matchTotpStep(rfcSecret, totpCode(rfcSecret, at + 60_000), at)).toBeUndefined();
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 12345', '１２３４５６']) {
      expect(matchTotpStep(rfcSecret, bad, at)).toBeUndefined();
    }
  });

  it('calls a code from a step already used a replay', () => {
    const code = totpCode(rfcSecret, at);
    expect(matchTotpStep(rfcSecret, code, at, step)).toEqual({ replayed: true });
    expect(matchTotpStep(rfcSecret, code, at + 30_000, step)).toEqual({ replayed: true });
    expect(matchTotpStep(rfcSecret, totpCode(rfcSecret, at + 30_000), at, step)).toEqual({
      step: step + 1,
    });
  });
});

describe('totpUri', () => {
  it('builds the otpauth URI with issuer and account, escaping both', () => {
    expect(totpUri({ issuer: 'My Pool', account: 'a+b@example.com', secret: 'ABC' })).toBe(
      'otpauth://totp/My%20Pool:a%2Bb%40example.com?secret=ABC&issuer=My+Pool',
    );
  });
});
