import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderStrict } from '../test/render-strict';
import { DelayedStatusMessage, statusDelayMs } from './DelayedStatusMessage';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DelayedStatusMessage', () => {
  it('says nothing while the step is quick, so nothing flashes', () => {
    renderStrict(<DelayedStatusMessage>Finishing sign-in…</DelayedStatusMessage>);
    act(() => vi.advanceTimersByTime(statusDelayMs - 1));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces a slow step in the same live region', () => {
    renderStrict(<DelayedStatusMessage>Finishing sign-in…</DelayedStatusMessage>);
    act(() => vi.advanceTimersByTime(statusDelayMs));
    expect(screen.getByRole('status')).toHaveTextContent('Finishing sign-in…');
  });

  it('speaks at once when asked for no delay', () => {
    renderStrict(<DelayedStatusMessage delayMs={0}>Loading…</DelayedStatusMessage>);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});
