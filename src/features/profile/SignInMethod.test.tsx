import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderStrict } from '../../test/render-strict';
import { SignInMethod } from './SignInMethod';
import type { SignInIdentity } from '../../lib/auth/session-user';

const render = (identities: readonly SignInIdentity[], locale: 'en' | 'ko' = 'en') =>
  renderStrict(
    <dl>
      <SignInMethod identities={identities} />
    </dl>,
    { locale },
  );

describe('SignInMethod', () => {
  it.each([
    ['a Google account', [{ providerName: 'Google', primary: true }], 'Google'],
    ['a password account', [], 'Email and password'],
    [
      'a password account linked to Google',
      [{ providerName: 'Google', primary: false }],
      'Email and password, or Google',
    ],
  ])('names the way %s signs in', (_who, identities, expected) => {
    render(identities);
    expect(screen.getByRole('term')).toHaveTextContent('Signed in with');
    expect(screen.getByRole('definition')).toHaveTextContent(new RegExp(`^${expected}$`));
  });

  it('speaks Korean on a Korean page', () => {
    render([], 'ko');
    expect(screen.getByRole('term')).toHaveTextContent('로그인 방법');
    expect(screen.getByRole('definition')).toHaveTextContent('이메일과 비밀번호');
  });
});
