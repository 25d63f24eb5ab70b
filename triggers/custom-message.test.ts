import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { appName, handler } from './custom-message';
import { customMessageEvent, lambdaContext, noCallback } from './testing/trigger-event-builders';

const run = async (source: CustomMessageTriggerEvent['triggerSource']) =>
  (await handler(
    customMessageEvent(source),
    lambdaContext,
    noCallback,
  )) as CustomMessageTriggerEvent;

describe('CustomMessage trigger', () => {
  it.each([
    'CustomMessage_SignUp',
    'CustomMessage_ResendCode',
    'CustomMessage_ForgotPassword',
    'CustomMessage_UpdateUserAttribute',
    'CustomMessage_VerifyUserAttribute',
  ] as const)('%s: names the app and keeps the code placeholder, in plain text', async (source) => {
    const { response } = await run(source);
    expect(response.emailSubject).toContain(appName);
    expect(response.emailMessage).toContain('{####}');
    expect(response.emailMessage).toContain(appName);
    expect(response.emailMessage).not.toMatch(/<[a-z]/i);
  });

  it('gives an admin-created user both the username and the temporary password', async () => {
    const { response } = await run('CustomMessage_AdminCreateUser');
    expect(response.emailMessage).toContain('Username: {username}');
    expect(response.emailMessage).toContain('Temporary password: {####}');
  });

  it('leaves SMS-only kinds to Cognito', async () => {
    const { response } = await run('CustomMessage_Authentication');
    expect(response).toEqual({ smsMessage: null, emailMessage: null, emailSubject: null });
  });
});
