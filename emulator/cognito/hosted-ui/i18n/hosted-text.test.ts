import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { messages } from '../../cognito-error';
import { cognitoDefaultPasswordPolicy } from '../../pool-config';
import { cognitoErrorKo } from './hosted-errors.ko';
import { managedLoginLangs, readLang } from './hosted-lang';
import { hostedText } from './hosted-text';
import { hostedTextEn } from './hosted-text.en';
import { hostedTextKo, withParticle } from './hosted-text.ko';

type Leaf = readonly [path: string, value: unknown];

/** Every leaf of a catalogue with its dotted path. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node !== 'object' || node === null) return [[path, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  );
}

const hangul = /[\uac00-\ud7a3]/;

describe('the hosted pages catalogue', () => {
  it('has the same keys, and the same kind of value, in Korean as in English', () => {
    const en = leaves(hostedTextEn);
    const ko = new Map(leaves(hostedTextKo));
    expect([...ko.keys()]).toEqual(en.map(([path]) => path));
    for (const [path, value] of en)
      expect([path, typeof ko.get(path)]).toEqual([path, typeof value]);
  });

  it('has every Korean text non-empty, in Hangul and different from the English', () => {
    const en = new Map(leaves(hostedTextEn));
    const strings = leaves(hostedTextKo).filter(([path]) => path !== 'htmlLang');
    const texts = strings.filter(
      (leaf): leaf is readonly [string, string] => typeof leaf[1] === 'string',
    );
    expect(texts.length).toBeGreaterThan(60);
    for (const [path, text] of texts) {
      expect([path, text.trim() !== '' && hangul.test(text)]).toEqual([path, true]);
      expect([path, text]).not.toEqual([path, en.get(path)]);
    }
  });

  it('fills the Korean sentences that take a value', () => {
    const { names } = hostedTextKo;
    const samples = [
      hostedTextKo.login.heading(names.email),
      hostedTextKo.login.enterNameAndPassword(names.phone_number),
      hostedTextKo.signUp.enterNameAndPassword(names.username),
      hostedTextKo.forgotPassword.prompt(names.orList([names.username, names.email])),
      hostedTextKo.forgotPassword.enterName(names.email),
      hostedTextKo.mfa.emailSent('a***@e***'),
      hostedTextKo.mfaSetup.qrLabel('someone'),
      hostedTextKo.error.methodNotAllowed(['GET', 'POST']),
      hostedTextKo.common.passwordHint(cognitoDefaultPasswordPolicy),
    ];
    for (const text of samples) expect(hangul.test(text)).toBe(true);
    expect(samples.slice(0, 5)).toEqual([
      '이메일과 비밀번호로 로그인',
      '전화번호와 비밀번호를 입력하세요.',
      '사용자 이름과 비밀번호를 입력하세요.',
      '사용자 이름 또는 이메일을 입력하시면 비밀번호를 재설정할 코드를 보내 드립니다.',
      '이메일을 입력하세요.',
    ]);
  });

  it.each([
    ['이메일', '을'],
    ['전화번호', '를'],
    ['사용자 이름', '을'],
    ['특수 문자', '를'],
  ])('puts the right particle after %s', (noun, particle) => {
    expect(withParticle(noun, '을', '를')).toBe(`${noun}${particle}`);
  });

  it('describes the password policy in Korean, with and without character rules', () => {
    expect(hostedTextKo.common.passwordHint(cognitoDefaultPasswordPolicy)).toMatch(
      /^8자 이상으로 입력하세요\./,
    );
    const lengthOnly = {
      ...cognitoDefaultPasswordPolicy,
      requireLowercase: false,
      requireUppercase: false,
      requireNumbers: false,
      requireSymbols: false,
    };
    expect(hostedTextKo.common.passwordHint(lengthOnly)).toBe('8자 이상으로 입력하세요.');
  });

  it('shows English for every managed-login value but ko', () => {
    for (const lang of managedLoginLangs)
      expect(hostedText(lang)).toBe(lang === 'ko' ? hostedTextKo : hostedTextEn);
  });
});

describe('Korean Cognito errors on the hosted pages', () => {
  it.each([
    [
      'NotAuthorizedException',
      messages.badCredentials,
      '사용자 이름 또는 비밀번호가 올바르지 않습니다.',
    ],
    [
      'CodeMismatchException',
      messages.codeMismatch,
      '인증 코드가 올바르지 않습니다. 다시 시도하세요.',
    ],
    ['UsernameExistsException', messages.emailExists, '이 이메일을 사용하는 계정이 이미 있습니다.'],
    [
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have symbol characters',
      '비밀번호가 정책을 충족하지 않습니다: 비밀번호에 특수 문자가 있어야 합니다.',
    ],
    [
      'InvalidParameterException',
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6",
      '비밀번호는 6자 이상이어야 합니다.',
    ],
    [
      'InvalidParameterException',
      'Attributes did not conform to the schema: given_name: The attribute is required',
      '필수 속성이 없습니다: given_name',
    ],
    [
      'UserLambdaValidationException',
      'PreSignUp failed with error 가입할 수 없는 도메인입니다.',
      'PreSignUp 트리거가 요청을 거부했습니다: 가입할 수 없는 도메인입니다',
    ],
    [
      'LimitExceededException',
      'Something new from Cognito',
      '요청 한도를 초과했습니다. 잠시 후 다시 시도하세요.',
    ],
    ['InternalErrorException', 'An unknown message', '요청을 처리할 수 없습니다. 다시 시도하세요.'],
    ['constructor', 'An unknown message', '요청을 처리할 수 없습니다. 다시 시도하세요.'],
  ])('shows %s "%s" in Korean', (type, message, korean) => {
    expect(cognitoErrorKo({ type, message })).toBe(korean);
  });
});

describe('readLang', () => {
  const request = (cookie?: string) => ({ headers: { cookie } }) as IncomingMessage;
  const url = (query: string) => new URL(`http://localhost/login?${query}`);

  it.each([
    ['lang=ko', undefined, { code: 'ko', chosen: true, fromQuery: true }],
    ['lang=pt-BR', undefined, { code: 'pt-BR', chosen: true, fromQuery: true }],
    ['lang=xx', 'lang=ko', { code: 'en', chosen: true, fromQuery: true }],
    ['lang=ko&lang=ko', undefined, { code: 'en', chosen: true, fromQuery: true }],
    ['lang=%3Cscript%3E', undefined, { code: 'en', chosen: true, fromQuery: true }],
    ['lang=', undefined, { code: 'en', chosen: true, fromQuery: true }],
    ['', 'lang=ko', { code: 'ko', chosen: true, fromQuery: false }],
    ['', 'lang=<script>', { code: 'en', chosen: false, fromQuery: false }],
    ['', 'lang=constructor', { code: 'en', chosen: false, fromQuery: false }],
    ['', undefined, { code: 'en', chosen: false, fromQuery: false }],
  ])('reads ?%s with cookie %s', (query, cookie, expected) => {
    expect(readLang(request(cookie), url(query))).toEqual(expected);
  });
});
