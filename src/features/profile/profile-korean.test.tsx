// The Profile page's parts in Korean: the same behaviour as the English tests, found by the
// Korean labels and roles a Korean reader sees.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../../lib/http/http-errors';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import {
  createUserAttributesClient,
  UserPoolRefusedError,
} from '../../lib/http/user-attributes-client';
import { createFakeUserPoolMfa, fakeAccessToken, validCode } from '../../test/fake-user-pool-mfa';
import { renderStrict } from '../../test/render-strict';
import { DefaultCurrencyForm } from './DefaultCurrencyForm';
import { MemberSince } from './ProfilePage';
import { createTwoStepClient } from './two-step/two-step-client';
import { TwoStepSection } from './two-step/TwoStepSection';

const ko = { locale: 'ko' } as const;
const email = 'ada@example.com';

describe('MemberSince in Korean', () => {
  const clientWith = (profile: TransactionsClient['profile']) =>
    ({ profile: vi.fn(profile) }) as unknown as TransactionsClient;

  it('writes the date the Korean way', async () => {
    const client = clientWith(async () => ({
      createdAt: '2030-01-15T12:00:00.000Z',
      confirmedAt: '2030-02-01T12:00:00.000Z',
    }));
    renderStrict(<MemberSince client={client} />, ko);
    expect(await screen.findByText('2030년 1월 15일')).toHaveAttribute(
      'datetime',
      '2030-01-15T12:00:00.000Z',
    );
  });

  it('says in Korean that the network failed', async () => {
    const client = clientWith(async () => {
      throw new NetworkError();
    });
    renderStrict(<MemberSince client={client} />, ko);
    expect(await screen.findByText('확인할 수 없음(서버에 연결할 수 없습니다.)')).toBeTruthy();
  });
});

describe('DefaultCurrencyForm in Korean', () => {
  it('saves and says so in Korean', async () => {
    const update = vi.fn(async () => undefined);
    const renew = vi.fn(async () => undefined);
    renderStrict(<DefaultCurrencyForm client={{ update }} current={null} renew={renew} />, ko);
    const form = screen.getByRole('form', { name: '기본 통화' });
    expect(
      within(form).getByText('새 거래는 이 통화로 시작합니다. 현재: 설정 안 됨.'),
    ).toBeVisible();
    await userEvent.selectOptions(within(form).getByLabelText('새 거래에 사용할 통화'), 'KRW');
    await userEvent.click(within(form).getByRole('button', { name: '기본 통화 저장' }));
    expect(await screen.findByRole('status')).toHaveTextContent('기본 통화를 저장했습니다: KRW.');
    expect(update).toHaveBeenCalledWith({ 'custom:default_currency': 'KRW' });
  });

  it("shows Cognito's own message as written, under a Korean title", async () => {
    const update = vi.fn(async () => {
      throw new UserPoolRefusedError('NotAuthorizedException', 'Access Token has been revoked');
    });
    renderStrict(<DefaultCurrencyForm client={{ update }} current="USD" renew={vi.fn()} />, ko);
    await userEvent.click(screen.getByRole('button', { name: '기본 통화 저장' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('요청이 거부되었습니다');
    expect(alert).toHaveTextContent('Access Token has been revoked');
  });

  it('words a refusal that came without a message in Korean', async () => {
    const client = createUserAttributesClient({
      endpoint: 'http://127.0.0.1:9229/',
      accessToken: () => 'a',
      fetch: vi.fn(async () => new Response('<html>', { status: 502 })),
    });
    renderStrict(<DefaultCurrencyForm client={client} current="USD" renew={vi.fn()} />, ko);
    await userEvent.click(screen.getByRole('button', { name: '기본 통화 저장' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('로그인 서비스가 요청을 거부했습니다.');
    expect(alert).not.toHaveTextContent('user pool');
  });
});

describe('TwoStepSection in Korean', () => {
  function setUp() {
    const pool = createFakeUserPoolMfa();
    const client = createTwoStepClient({
      endpoint: 'http://127.0.0.1:9229/',
      accessToken: () => fakeAccessToken,
      fetch: pool.fetch,
    });
    renderStrict(<TwoStepSection client={client} email={email} />, ko);
    return pool;
  }

  it('sets up an authenticator app, refusing a wrong code on the field, all in Korean', async () => {
    const pool = setUp();
    expect(await screen.findByRole('heading', { name: '2단계 인증' })).toBeVisible();
    expect(await screen.findByText('꺼짐: 로그인할 때 비밀번호만 입력합니다.')).toBeVisible();
    expect(screen.getByRole('button', { name: '대신 이메일 코드 사용' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: '인증 앱 설정' }));
    const setup = await screen.findByRole('form', { name: '인증 앱 설정' });
    expect(
      await within(setup).findByRole('img', { name: `${email} 계정을 인증 앱에 추가하는 QR 코드` }),
    ).toBeVisible();
    expect(within(setup).getByLabelText('직접 입력할 키')).toHaveAttribute('readonly');
    const field = within(setup).getByLabelText('앱에 표시된 코드');
    await userEvent.type(field, '111111');
    await userEvent.click(within(setup).getByRole('button', { name: '확인하고 켜기' }));
    expect(await within(setup).findByText(/^코드가 올바르지 않습니다/)).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(field, validCode);
    await userEvent.click(within(setup).getByRole('button', { name: '확인하고 켜기' }));
    expect(
      await screen.findByText(
        '2단계 인증이 켜졌습니다. 이제 로그인할 때 인증 앱의 코드를 묻습니다.',
      ),
    ).toBeVisible();
    expect(
      await screen.findByText('켜짐: 비밀번호를 입력한 뒤 인증 앱의 코드를 입력합니다.'),
    ).toBeVisible();
    expect(pool.state().preferred).toBe('SOFTWARE_TOKEN_MFA');
  });

  it('turns email codes on and off with Korean buttons and notices', async () => {
    setUp();
    await userEvent.click(await screen.findByRole('button', { name: '대신 이메일 코드 사용' }));
    expect(
      await screen.findByText(
        `2단계 인증이 켜졌습니다. 이제 로그인할 때 ${email}(으)로 보낸 코드를 묻습니다.`,
      ),
    ).toBeVisible();
    await userEvent.click(await screen.findByRole('button', { name: '2단계 인증 끄기' }));
    expect(await screen.findByText('2단계 인증이 꺼졌습니다.')).toBeVisible();
  });
});
