import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { shellQuote } from './authorizer-test';
import { explainCognitoDecision } from './explain-authorizer-decision';

const clock = createManualClock(Date.UTC(2030, 0, 1, 1));
const context = { identityHeader: 'Authorization', apiToken: 'access' as const, clock };
const refusal = (reason: 'missing-scope' | 'not-an-access-token' | 'expired', facts = {}) =>
  explainCognitoDecision({ allow: false, message: 'Unauthorized', reason, facts }, context);

describe('explainCognitoDecision', () => {
  it('names the method’s scopes and the token’s when a scope is missing', () => {
    const said = refusal('missing-scope', {
      methodScopes: ['transactions/read'],
      tokenScopes: ['openid', 'aws.cognito.signin.user.admin'],
    });
    expect(said.headline).toBe('Missing scope: the token carries none of transactions/read.');
    expect(said.details[0]).toContain('"openid aws.cognito.signin.user.admin"');
  });

  it('says an ID token is the wrong token use in access mode', () => {
    const said = refusal('not-an-access-token', {
      tokenUse: 'id',
      methodScopes: ['transactions/read'],
    });
    expect(said.headline).toBe(
      'Wrong token use: this is an id token, and the API takes access tokens.',
    );
  });

  it('says when a token expired and how long ago on the emulator’s clock', () => {
    const said = refusal('expired', { expiredAt: Date.UTC(2030, 0, 1) / 1000 });
    expect(said.headline).toBe(
      'Expired at 2030-01-01T00:00:00.000Z (60 min ago, on the emulator’s clock).',
    );
  });
});

describe('shellQuote', () => {
  it.each([
    ["it's", `'it'\\''s'`],
    ['$(rm -rf ~) `x` "y" \\z', `'$(rm -rf ~) \`x\` "y" \\z'`],
  ])('quotes %s so the shell expands nothing', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`]).toString()).toBe(value);
  });
});
