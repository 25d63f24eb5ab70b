import { describe, expect, it } from 'vitest';
import { createPreSignUpHandler, domainNotAllowedMessage } from './pre-sign-up';
import { preSignUpEvent } from './testing/trigger-event-builders';

describe('PreSignUp trigger', () => {
  const handler = createPreSignUpHandler({
    allowed: ['example.com', 'corp.example'],
    autoConfirm: ['corp.example'],
  });

  it.each([
    ['a listed domain', 'ada@example.com', false],
    ['a listed domain in other case', 'Ada@EXAMPLE.com', false],
    ['an auto-confirm domain', 'bob@corp.example', true],
  ])('lets %s sign up', async (_what, email, confirmed) => {
    const { response } = await handler(preSignUpEvent(email));
    expect(response).toEqual({
      autoConfirmUser: confirmed,
      autoVerifyEmail: confirmed,
      autoVerifyPhone: false,
    });
  });

  it.each([
    ['another domain', 'eve@evil.test'],
    ['a subdomain of a listed one', 'eve@sub.example.com'],
    ['a look-alike suffix', 'eve@notexample.com'],
    ['no email', ''],
  ])('refuses %s with the message the hosted page shows', async (_what, email) => {
    await expect(handler(preSignUpEvent(email))).rejects.toThrow(domainNotAllowedMessage);
  });

  it('does not confirm admin-created users (Cognito ignores the flags there anyway)', async () => {
    const { response } = await handler(
      preSignUpEvent('bob@corp.example', 'PreSignUp_AdminCreateUser'),
    );
    expect(response.autoConfirmUser).toBe(false);
  });

  it('with empty lists changes nothing', async () => {
    const open = createPreSignUpHandler({ allowed: [], autoConfirm: [] });
    const event = preSignUpEvent('anyone@anywhere.test');
    expect(await open(structuredClone(event))).toEqual(event);
  });
});
