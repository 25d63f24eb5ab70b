import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH, readTokenFromHeader } from './read-token-from-header';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln-_0';

describe('readTokenFromHeader', () => {
  it.each([
    ['a raw token', jwt],
    ['Bearer <token>', `Bearer ${jwt}`],
    ['bearer <token>', `bearer ${jwt}`],
    ['BEARER <token>', `BEARER ${jwt}`],
  ])('accepts %s', (_name, value) => {
    expect(readTokenFromHeader([value])).toEqual({ kind: 'token', token: jwt });
  });

  it.each([
    ['no header', [], 'missing'],
    ['an empty value', [''], 'missing'],
    ['whitespace', ['   '], 'missing'],
    ['two headers', [jwt, jwt], 'repeated'],
    ['Bearer with two spaces', [`Bearer  ${jwt}`], 'malformed'],
    ['Bearer alone', ['Bearer'], 'malformed'],
    ['Bearer and a space', ['Bearer '], 'malformed'],
    ['Basic credentials', ['Basic dXNlcjpwYXNz'], 'malformed'],
    ['two tokens comma-joined', [`${jwt}, ${jwt}`], 'malformed'],
    ['two tokens space-joined', [`Bearer ${jwt} ${jwt}`], 'malformed'],
    ['garbage', ['not a token at all'], 'malformed'],
    ['two parts', ['abc.def'], 'malformed'],
    ['four parts', [`${jwt}.x`], 'malformed'],
    ['a JWE (five parts)', ['a.b.c.d.e'], 'malformed'],
    ['base64 padding', ['eyJh=.eyJz.c2ln'], 'malformed'],
    ['standard base64 chars', ['ey+h.ey/z.c2ln'], 'malformed'],
    ['an embedded newline', [`Bearer ${jwt}\n`], 'malformed'],
    ['an empty header segment', ['.eyJz.c2ln'], 'malformed'],
    ['a token past the cap', [`a.${'b'.repeat(MAX_TOKEN_LENGTH)}.c`], 'too-long'],
  ])('refuses %s as %s', (_name, values, reason) => {
    expect(readTokenFromHeader(values)).toEqual({ kind: 'refused', reason });
  });
});
