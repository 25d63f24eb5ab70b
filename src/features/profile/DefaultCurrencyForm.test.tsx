import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createUserAttributesClient,
  UserPoolRefusedError,
  userPoolsApiUrl,
  type UserAttributesClient,
} from '../../lib/http/user-attributes-client';
import { renderStrict } from '../../test/render-strict';
import { DefaultCurrencyForm } from './DefaultCurrencyForm';

function fakeClient(update = vi.fn<UserAttributesClient['update']>(async () => undefined)) {
  return { client: { update }, update };
}

describe('DefaultCurrencyForm', () => {
  it('saves custom:default_currency, then renews so the ID token carries it', async () => {
    const { client, update } = fakeClient();
    const order: string[] = [];
    update.mockImplementation(async () => void order.push('update'));
    const renew = vi.fn(async () => void order.push('renew'));
    renderStrict(<DefaultCurrencyForm client={client} current={null} renew={renew} />);
    expect(screen.getByText(/Now: not set/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Currency for new transactions'), 'EUR');
    await userEvent.click(screen.getByRole('button', { name: 'Save default currency' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Default currency saved: EUR.');
    expect(update).toHaveBeenCalledWith({ 'custom:default_currency': 'EUR' });
    expect(order).toEqual(['update', 'renew']);
  });

  it('starts from the current value', () => {
    renderStrict(
      <DefaultCurrencyForm client={fakeClient().client} current="JPY" renew={vi.fn()} />,
    );
    expect(screen.getByLabelText('Currency for new transactions')).toHaveValue('JPY');
    expect(screen.getByText(/Now: JPY/)).toBeInTheDocument();
  });

  it('shows the user pool refusing, and does not renew', async () => {
    const { client } = fakeClient(
      vi.fn(async () => {
        throw new UserPoolRefusedError(
          'NotAuthorizedException',
          'A client attempted to write unauthorized attribute',
        );
      }),
    );
    const renew = vi.fn();
    renderStrict(<DefaultCurrencyForm client={client} current="USD" renew={renew} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save default currency' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A client attempted to write unauthorized attribute',
    );
    expect(renew).not.toHaveBeenCalled();
  });

  it('offers ISO 4217 codes only', () => {
    renderStrict(
      <DefaultCurrencyForm client={fakeClient().client} current={null} renew={vi.fn()} />,
    );
    const options = screen.getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toContain('EUR');
    expect(options.every((code) => /^[A-Z]{3}$/.test(code ?? ''))).toBe(true);
  });
});

describe('createUserAttributesClient', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls UpdateUserAttributes on the JSON API with the access token', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    const client = createUserAttributesClient({
      endpoint: userPoolsApiUrl('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc'),
      accessToken: () => 'access-1',
      fetch,
    });
    await client.update({ 'custom:default_currency': 'EUR' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(init.headers).toMatchObject({
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.UpdateUserAttributes',
    });
    expect(JSON.parse(String(init.body))).toEqual({
      AccessToken: 'access-1',
      UserAttributes: [{ Name: 'custom:default_currency', Value: 'EUR' }],
    });
  });

  it.each([
    [
      'a Cognito error',
      new Response('{"__type":"NotAuthorizedException","message":"No."}', { status: 400 }),
      'NotAuthorizedException',
      'No.',
    ],
    [
      'a body that is not JSON',
      new Response('<html>', { status: 502 }),
      'http_502',
      'The user pool refused the change.',
    ],
    [
      'a hostile oversized message',
      new Response(JSON.stringify({ __type: 7, message: 'x'.repeat(5000) }), { status: 400 }),
      'http_400',
      'x'.repeat(500),
    ],
  ])('turns %s into a typed error', async (_, response, type, message) => {
    const client = createUserAttributesClient({
      endpoint: 'http://127.0.0.1:9229/',
      accessToken: () => 'a',
      fetch: vi.fn(async () => response),
    });
    await expect(client.update({ x: 'y' })).rejects.toMatchObject({ type, message });
  });

  it('needs a sign-in without an access token, and reports the network', async () => {
    const fetch = vi.fn(async () => Promise.reject(new TypeError('offline')));
    const signedOut = createUserAttributesClient({
      endpoint: 'http://x/',
      accessToken: () => null,
      fetch,
    });
    await expect(signedOut.update({ x: 'y' })).rejects.toMatchObject({ code: 'sign_in_required' });
    expect(fetch).not.toHaveBeenCalled();
    const offline = createUserAttributesClient({
      endpoint: 'http://x/',
      accessToken: () => 'a',
      fetch,
    });
    await expect(offline.update({ x: 'y' })).rejects.toMatchObject({ code: 'network' });
  });
});
