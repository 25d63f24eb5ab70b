import { describe, expect, it } from 'vitest';
import { ApiResponseError, NetworkError, SignInRequiredError } from '../http/http-errors';
import { firstPage } from '../../i18n/messages/en/first-page';
import { normalizeError } from './normalize-error';

const errors = firstPage.errors;
import { SignInError } from './sign-in-error';

const api = (status: number, code: ConstructorParameters<typeof ApiResponseError>[1]['code']) =>
  new ApiResponseError(status, { code, message: 'From the API.', requestId: 'req-9' });

describe('normalizeError', () => {
  it.each([
    [api(409, 'version_conflict'), 'Changed elsewhere', false],
    [api(422, 'idempotency_key_reused'), 'Already sent with other values', false],
    [api(413, 'http_413'), 'Too much data', false],
    [api(504, 'http_504'), 'No answer in time', true],
    [api(418, 'http_418'), 'The request was refused', false],
    [api(503, 'http_503'), 'The server had a problem', true],
  ])('titles an API answer by its code (%#)', (error, title, retryable) => {
    expect(normalizeError(error, errors)).toMatchObject({
      title,
      message: 'From the API.',
      retryable,
      requestId: 'req-9',
    });
  });

  it('does not offer Try again while a new sign-in is starting', () => {
    expect(normalizeError(new SignInRequiredError(), errors).retryable).toBe(false);
    expect(normalizeError(new NetworkError(), errors).retryable).toBe(true);
  });

  it.each([
    [{ innerError: { error: 'access_denied' } }, 'Sign-in was cancelled or refused.'],
    [
      { innerError: { error: 'made_up', message: '<b>x</b>' } },
      'The sign-in service returned an error.',
    ],
    [new Error('No matching state found in storage'), /used already/],
    [new TypeError('Failed to fetch'), 'Check your connection and try again.'],
    [new SignInError('incomplete_response'), /incomplete/],
  ])('describes a sign-in failure in our own words (%#)', (error, message) => {
    expect(normalizeError(error, errors, 'sign-in').message).toMatch(message);
  });

  it('keeps unknown failures generic outside sign-in', () => {
    expect(normalizeError(new TypeError('Failed to fetch'), errors).title).toBe(
      'Something went wrong',
    );
  });
});
