// The signed-in frame, the Profile page and the callback through the whole app in Korean:
// every heading, label and message a Korean reader sees, dates in Korean.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildConfig, jsonResponse } from '../test/builders';
import { createFakeAuth, storeUser } from '../test/fake-auth';
import { renderStrict } from '../test/render-strict';
import { App } from './App';

const config = buildConfig();
// The lazy pages load on first render; on a busy machine that is not instant.
const slow = { timeout: 5000 };

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  const auth = createFakeAuth(config);
  renderStrict(<App config={config} basename="/" environment={auth.environment} />, {
    locale: 'ko',
  });
  return auth;
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('the app in Korean', () => {
  it('shows the Profile page and the session bar in Korean, dates in Korean', async () => {
    storeUser(config);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init = {}) => {
      // Two-step verification asks the user pool (GetUser): no MFA set up.
      if (new Headers(init.headers).get('X-Amz-Target'))
        return jsonResponse(200, { Username: 'ada', UserAttributes: [] });
      if (String(input).endsWith('/profile'))
        return jsonResponse(200, {
          createdAt: '2030-01-15T12:00:00.000Z',
          confirmedAt: '2030-01-15T12:01:00.000Z',
        });
      return jsonResponse(200, { items: [] });
    });
    openAt('/profile');
    const page = await screen.findByRole('region', { name: '프로필' }, slow);
    const bar = screen.getByText((_text, el) => el?.classList.contains('session-bar') ?? false);
    expect(bar.querySelector('span')).toHaveTextContent(/^ada@example\.com 계정으로 로그인됨$/);
    expect(screen.getByRole('button', { name: '로그아웃' })).toBeVisible();
    const terms = within(page)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual([
      '이메일',
      '이메일 인증 여부',
      '로그인 방법',
      '가입일',
      '그룹',
      '세션 갱신 또는 만료 시각',
    ]);
    expect(within(page).getByText('예')).toBeVisible();
    expect(within(page).getByText('이메일과 비밀번호')).toBeVisible();
    expect(await within(page).findByText('2030년 1월 15일')).toBeVisible();
    // The session's end as ko-KR writes a time ("2030. 1. 15. 오후 9:00:00"; some ICU builds say PM).
    const times = page.querySelectorAll('time');
    expect(times[1]?.textContent).toMatch(/^\d{4}\. \d{1,2}\. \d{1,2}\. /);
    expect(await within(page).findByRole('heading', { name: '2단계 인증' })).toBeVisible();
    expect(within(page).getByRole('form', { name: '기본 통화' })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Member since|Two-step|Signed in as/);
  });

  it('explains a stale sign-in answer on the callback in Korean, with Korean ways on', async () => {
    const auth = openAt('/callback?error=access_denied&state=not-ours');
    expect(
      await screen.findByRole('heading', { name: '로그인을 마치지 못했습니다' }, slow),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('이 로그인은 이미 끝났거나 만료되었습니다');
    expect(screen.getByRole('link', { name: '시작 페이지로 이동' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '다시 시도' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    expect(auth.lastUrl().searchParams.get('lang')).toBe('ko');
  });

  it('reports a response without state in Korean', async () => {
    openAt('/callback?code=abc');
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(
      '로그인 응답이 불완전합니다',
    );
  });

  it('offers a Korean sign-in when there is nothing to finish', async () => {
    openAt('/callback');
    expect(
      await screen.findByRole('heading', { name: '마무리할 로그인이 없습니다' }, slow),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: '로그인' })).toBeVisible();
  });
});
