import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createFakeUserPoolMfa,
  expiredCode,
  fakeAccessToken,
  fakeSecret,
  validCode,
} from '../../../test/fake-user-pool-mfa';
import { renderStrict } from '../../../test/render-strict';
import { createTwoStepClient } from './two-step-client';
import { TwoStepSection } from './TwoStepSection';

const email = 'ada@example.com';

function setUp(initial?: Parameters<typeof createFakeUserPoolMfa>[0]) {
  const pool = createFakeUserPoolMfa(initial);
  const client = createTwoStepClient({
    endpoint: 'http://127.0.0.1:9229/',
    accessToken: () => fakeAccessToken,
    fetch: pool.fetch,
  });
  const view = renderStrict(<TwoStepSection client={client} email={email} />);
  return { pool, view };
}

const button = (name: string) => screen.findByRole('button', { name });

async function startSetup() {
  await userEvent.click(await button('Set up an authenticator app'));
  return screen.findByRole('form', { name: 'Set up an authenticator app' });
}

async function enterCode(code: string) {
  await userEvent.type(screen.getByLabelText('Code from the app'), code);
  await userEvent.click(screen.getByRole('button', { name: 'Confirm and turn on' }));
}

describe('TwoStepSection', () => {
  it('shows it is off when GetUser lists no MFA, and offers the two methods', async () => {
    const { pool } = setUp();
    expect(await screen.findByText('Off: signing in needs only your password.')).toBeVisible();
    expect(await button('Set up an authenticator app')).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Use email codes instead' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: /Turn off/ })).toBeNull();
    expect(pool.calls[0]).toEqual({ operation: 'GetUser', body: { AccessToken: fakeAccessToken } });
  });

  it.each([
    [
      { enabled: ['SOFTWARE_TOKEN_MFA' as const], preferred: 'SOFTWARE_TOKEN_MFA' as const },
      'On: after your password, enter a code from your authenticator app.',
    ],
    [
      { enabled: ['EMAIL_OTP' as const], preferred: 'EMAIL_OTP' as const },
      `On: after your password, enter a code we email to ${email}.`,
    ],
    [
      { enabled: ['EMAIL_OTP' as const, 'SOFTWARE_TOKEN_MFA' as const], preferred: null },
      'On: after your password, choose an authenticator app code or an emailed code.',
    ],
  ])('describes the setting GetUser reports (%o)', async (initial, text) => {
    setUp(initial);
    expect(await screen.findByText(text)).toBeVisible();
    expect(await button('Turn off two-step verification')).toBeEnabled();
  });

  it('sets up an authenticator app: QR code and key from AssociateSoftwareToken, first code, then preferred', async () => {
    const { pool } = setUp();
    const setup = await startSetup();
    expect(
      await within(setup).findByRole('img', {
        name: `QR code to add ${email} to an authenticator app`,
      }),
    ).toBeVisible();
    expect(within(setup).getByLabelText('Key for manual entry')).toHaveValue(
      fakeSecret.replace(/(.{4})(?=.)/g, '$1 '),
    );
    expect(
      within(setup).getByRole('link', { name: /Open in an authenticator app/ }),
    ).toHaveAttribute(
      'href',
      `otpauth://totp/Ledger:ada%40example.com?secret=${fakeSecret}&issuer=Ledger`,
    );
    await enterCode(validCode);
    expect(
      await screen.findByText(
        'Two-step verification is on: sign-ins now ask for a code from your app.',
      ),
    ).toBeVisible();
    expect(await screen.findByText(/enter a code from your authenticator app/)).toBeVisible();
    // StrictMode reads GetUser twice on mount; the set-up calls come once each, then a re-read.
    expect(pool.operations().filter((o) => o !== 'GetUser')).toEqual([
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'SetUserMFAPreference',
    ]);
    expect(pool.operations().at(-1)).toBe('GetUser');
    expect(pool.calls.find((c) => c.operation === 'VerifySoftwareToken')?.body).toMatchObject({
      AccessToken: fakeAccessToken,
      UserCode: validCode,
    });
    expect(pool.calls.find((c) => c.operation === 'SetUserMFAPreference')?.body).toEqual({
      AccessToken: fakeAccessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(pool.state()).toEqual({
      enabled: ['SOFTWARE_TOKEN_MFA'],
      preferred: 'SOFTWARE_TOKEN_MFA',
    });
  });

  it('keeps nothing of the secret once set up: not on the page, not in storage', async () => {
    const { view } = setUp();
    await startSetup();
    await enterCode(validCode);
    await screen.findByText(/Two-step verification is on/);
    expect(screen.queryByLabelText('Key for manual entry')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(view.container.innerHTML).not.toContain(fakeSecret.slice(0, 8));
    const stored = [sessionStorage, localStorage].flatMap((s) =>
      Object.keys(s).map((k) => `${k}=${s.getItem(k)}`),
    );
    expect(stored.join('\n')).not.toContain(fakeSecret.slice(0, 8));
  });

  it.each([
    ['a wrong code (EnableSoftwareTokenMFAException)', '111111', /That code is not right/],
    [
      'a code already used (ExpiredCodeException)',
      expiredCode,
      /That code has expired or was already used/,
    ],
    ['something that is not six digits', '12ab', /Enter the 6-digit code from your app/],
  ])('refuses %s on the field and keeps the set-up open', async (_what, code, message) => {
    const { pool } = setUp();
    await startSetup();
    await enterCode(code);
    const field = screen.getByLabelText('Code from the app');
    expect(await screen.findByText(message)).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText('Key for manual entry')).toBeVisible();
    expect(pool.operations()).not.toContain('SetUserMFAPreference');
    expect(pool.state().enabled).toEqual([]);
  });

  it('does not call the user pool for a code that is not six digits', async () => {
    const { pool } = setUp();
    await startSetup();
    await enterCode('12345');
    await screen.findByText(/Enter the 6-digit code/);
    expect(pool.operations()).not.toContain('VerifySoftwareToken');
  });

  it('cancel drops the secret and returns focus to the section', async () => {
    const { pool } = setUp();
    await startSetup();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Key for manual entry')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Two-step verification' })).toHaveFocus();
    expect(pool.operations().filter((o) => o === 'AssociateSoftwareToken')).toHaveLength(1);
    expect(pool.state().enabled).toEqual([]);
  });

  it('works from the keyboard: the set-up takes focus and Enter submits the code', async () => {
    setUp();
    await button('Set up an authenticator app');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Set up an authenticator app' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Set up an authenticator app' });
    await expectFocusSoon(heading);
    await userEvent.click(screen.getByLabelText('Code from the app'));
    await userEvent.keyboard(`${validCode}{Enter}`);
    expect(await screen.findByText(/Two-step verification is on/)).toBeVisible();
  });

  it('says it is loading until GetUser answers, and disables the actions while a key is made', async () => {
    const pool = createFakeUserPoolMfa();
    const releaseRead = pool.hold('GetUser');
    const client = createTwoStepClient({
      endpoint: 'http://x/',
      accessToken: () => fakeAccessToken,
      fetch: pool.fetch,
    });
    renderStrict(<TwoStepSection client={client} email={email} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('button')).toBeNull();
    await act(async () => releaseRead());
    const releaseKey = pool.hold('AssociateSoftwareToken');
    await userEvent.click(await button('Set up an authenticator app'));
    expect(await screen.findByText('Preparing a new key…')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Set up an authenticator app' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Use email codes instead' })).toBeDisabled();
    await act(async () => releaseKey());
    expect(await screen.findByLabelText('Key for manual entry')).toBeVisible();
  });

  it('disables the set-up while the code is checked', async () => {
    const { pool } = setUp();
    await startSetup();
    const release = pool.hold('VerifySoftwareToken');
    await enterCode(validCode);
    expect(await screen.findByText('Checking the code…')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Confirm and turn on' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByLabelText('Code from the app')).toBeDisabled();
    await act(async () => release());
    expect(await screen.findByText(/Two-step verification is on/)).toBeVisible();
  });

  it('uses email codes instead of the app: email preferred, the app turned off', async () => {
    const { pool } = setUp({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
    const release = pool.hold('SetUserMFAPreference');
    await userEvent.click(await button('Use email codes instead'));
    expect(await screen.findByText('Saving…')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Set up an authenticator app' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Turn off two-step verification' })).toBeDisabled();
    await act(async () => release());
    expect(
      await screen.findByText(`On: after your password, enter a code we email to ${email}.`),
    ).toBeVisible();
    const preferences = pool.calls.filter((c) => c.operation === 'SetUserMFAPreference');
    // One call: email on and preferred, the app off, so no failure leaves both on.
    expect(preferences.map((c) => c.body)).toEqual([
      {
        AccessToken: fakeAccessToken,
        EmailMfaSettings: { Enabled: true, PreferredMfa: true },
        SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
      },
    ]);
    expect(pool.state()).toEqual({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });
    expect(screen.queryByRole('button', { name: 'Use email codes instead' })).toBeNull();
  });

  it('turns off only the methods that are on', async () => {
    const { pool } = setUp({ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
    await userEvent.click(await button('Turn off two-step verification'));
    expect(await screen.findByText('Off: signing in needs only your password.')).toBeVisible();
    expect(await screen.findByText('Two-step verification is off.')).toBeVisible();
    expect(pool.calls.find((c) => c.operation === 'SetUserMFAPreference')?.body).toEqual({
      AccessToken: fakeAccessToken,
      SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
    });
  });

  it('shows a refused change and a failed read as alerts', async () => {
    const pool = createFakeUserPoolMfa();
    const client = createTwoStepClient({
      endpoint: 'http://x/',
      accessToken: () => 'someone-else',
      fetch: pool.fetch,
    });
    renderStrict(<TwoStepSection client={client} email={email} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid Access Token');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Set up an authenticator app' })).toBeNull();
  });
});

async function expectFocusSoon(element: HTMLElement) {
  await act(async () => undefined);
  expect(element).toHaveFocus();
}
