import { describe, expect, it } from 'vitest';
import { loadLanguage } from './load-language';

describe('loadLanguage', () => {
  it("loads the browser's language, with the signed-in text only when the path needs it", async () => {
    const landing = await loadLanguage({
      stored: null,
      browserLanguages: ['ko-KR'],
      withSignedIn: false,
    });
    expect(landing.locale).toBe('ko');
    expect(landing.text.hostedUi.signIn).toBe('로그인');
    expect(landing.signedIn).toBeUndefined();

    const signedIn = await loadLanguage({
      stored: 'en',
      browserLanguages: ['ko'],
      withSignedIn: true,
    });
    expect(signedIn.locale).toBe('en');
    expect(signedIn.signedIn?.session.signOut).toBe('Sign out');
  });
});
