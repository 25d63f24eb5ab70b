import { describe, expect, it } from 'vitest';
import {
  ApiResponseError,
  CredentialsRefusedError,
  NetworkError,
  RequestTimeoutError,
  SignInRequiredError,
  UnexpectedResponseError,
} from '../http/http-errors';
import { UserPoolRefusedError } from '../http/user-pool-api';
import { errors as errorText } from '../../i18n/messages/en/errors';
import { errors as koErrors } from '../../i18n/messages/ko/errors';
import { normalizeError } from './normalize-error';

const errors = errorText;
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

  it('words a network failure in Korean', () => {
    expect(normalizeError(new NetworkError(), koErrors)).toEqual({
      title: '연결할 수 없습니다',
      message: '서버에 연결할 수 없습니다.',
      retryable: true,
      fieldErrors: [],
    });
  });

  it.each([
    [new RequestTimeoutError(), 'The server took too long to answer.', '서버가 제시간에'],
    [new UnexpectedResponseError(502, 'a web page'), 'other than data.', '데이터가 아닌'],
    [
      new CredentialsRefusedError(400, 'ResourceNotFoundException'),
      'would not give access',
      '허용하지',
    ],
    [new SignInRequiredError(), 'Taking you to sign in again.', '다시 로그인하도록'],
    [
      new UserPoolRefusedError('http_502', 'The user pool refused the change.', false),
      'The sign-in service refused',
      '로그인 서비스가 요청을',
    ],
  ])('words a client failure from the catalogue, by its code (%#)', (error, en, ko) => {
    expect(normalizeError(error, errors).message).toContain(en);
    const korean = normalizeError(error, koErrors);
    expect(korean.message).toContain(ko);
    expect(korean.message).not.toContain(error.message);
  });

  it("keeps a server's own message as written, under a title in the chosen language", () => {
    expect(normalizeError(api(409, 'version_conflict'), koErrors)).toMatchObject({
      title: '다른 곳에서 변경되었습니다',
      message: 'From the API.',
    });
    const cognito = new UserPoolRefusedError('NotAuthorizedException', 'Access Token has expired');
    expect(normalizeError(cognito, koErrors)).toMatchObject({
      title: '요청이 거부되었습니다',
      message: 'Access Token has expired',
    });
  });
});
