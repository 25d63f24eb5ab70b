import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../../lib/http/http-errors';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { renderStrict } from '../../test/render-strict';
import { MemberSince } from './ProfilePage';

const clientWith = (profile: TransactionsClient['profile']) =>
  ({ profile: vi.fn(profile) }) as unknown as TransactionsClient;

describe('MemberSince', () => {
  it('shows the date of the first confirmation', async () => {
    const client = clientWith(async () => ({
      createdAt: '2030-01-15T12:00:00.000Z',
      confirmedAt: '2030-02-01T12:00:00.000Z',
    }));
    renderStrict(<MemberSince client={client} />);
    const time = await screen.findByText((_text, el) => el?.tagName === 'TIME');
    expect(time.getAttribute('datetime')).toBe('2030-01-15T12:00:00.000Z');
  });

  it('says when no profile was recorded (an admin-created account)', async () => {
    renderStrict(<MemberSince client={clientWith(async () => null)} />);
    expect(await screen.findByText('Not recorded')).toBeTruthy();
  });

  it('keeps a failure as text on the page', async () => {
    const client = clientWith(async () => {
      throw new NetworkError();
    });
    renderStrict(<MemberSince client={client} />);
    expect(await screen.findByText(/^Unavailable/)).toBeTruthy();
  });
});
