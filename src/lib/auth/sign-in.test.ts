import { describe, expect, it, vi } from 'vitest';
import { SignInError } from '../errors/sign-in-error';
import { startSignIn } from './sign-in';

describe('startSignIn', () => {
  const record = (recent: boolean) => ({
    markCompleted: vi.fn(),
    clear: vi.fn(),
    completedRecently: () => recent,
  });

  it('refuses an automatic sign-in moments after one completed, without leaving', async () => {
    const manager = { signinRedirect: vi.fn(async () => undefined) };
    const started = startSignIn(manager, '/transactions', {
      automatic: true,
      record: record(true),
    });
    await expect(started).rejects.toEqual(new SignInError('refused_after_sign_in'));
    expect(manager.signinRedirect).not.toHaveBeenCalled();
  });

  it.each([
    ['a person asks', { automatic: false, record: record(true) }],
    ['the last sign-in was long ago', { automatic: true, record: record(false) }],
  ])('leaves for the hosted UI when %s', async (_name, options) => {
    const manager = { signinRedirect: vi.fn(async () => undefined) };
    await startSignIn(manager, '/.//evil.example', options);
    expect(manager.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/transactions' } });
  });

  it('asks Cognito for the provider (identity_provider) beside the language', async () => {
    const manager = { signinRedirect: vi.fn(async () => undefined) };
    await startSignIn(manager, '/transactions', { lang: 'ko', identityProvider: 'Google' });
    expect(manager.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/transactions' },
      extraQueryParams: { lang: 'ko', identity_provider: 'Google' },
    });
  });
});
