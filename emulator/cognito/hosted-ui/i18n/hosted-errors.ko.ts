import { messages } from '../../cognito-error';

// Korean for the errors the hosted pages show. The JSON API keeps Cognito's English messages
// (AWS's are English); only the page text is translated. Known messages are matched exactly,
// then by exception type, so a message we have not written shows a Korean sentence, never English.

/** Protocol errors on the error page, by their OAuth-style code. */
const byCode: Readonly<Record<string, string>> = {
  invalid_request:
    '요청의 매개변수가 없거나 올바르지 않습니다. 애플리케이션으로 돌아가서 다시 시도하세요.',
  invalid_client: 'client_id가 이 사용자 풀의 앱 클라이언트가 아닙니다.',
  redirect_mismatch:
    'redirect_uri가 이 앱 클라이언트에 등록된 콜백 URL과 정확히 일치하지 않습니다.',
  request_too_large: '양식이 너무 큽니다.',
};

export const describeKo = (error: string, _description: string): string =>
  (Object.hasOwn(byCode, error) ? byCode[error] : undefined) ??
  '요청을 처리할 수 없습니다. 애플리케이션으로 돌아가서 다시 시도하세요.';

const byMessage: ReadonlyMap<string, string> = new Map([
  [messages.badCredentials, '사용자 이름 또는 비밀번호가 올바르지 않습니다.'],
  [messages.attemptsExceeded, '비밀번호 시도 횟수를 초과했습니다.'],
  [messages.disabled, '사용 중지된 사용자입니다.'],
  [messages.notConfirmed, '확인되지 않은 사용자입니다.'],
  [messages.userNotFound, '사용자가 존재하지 않습니다.'],
  [messages.codeMismatch, '인증 코드가 올바르지 않습니다. 다시 시도하세요.'],
  [messages.codeExpired, '코드가 유효하지 않습니다. 코드를 다시 요청하세요.'],
  [messages.limitExceeded, '시도 횟수 한도를 초과했습니다. 잠시 후 다시 시도하세요.'],
  [messages.emailExists, '이 이메일을 사용하는 계정이 이미 있습니다.'],
  ['An account with the email already exists.', '이 이메일을 사용하는 계정이 이미 있습니다.'],
  [messages.tempPasswordExpired, '임시 비밀번호가 만료되었습니다. 관리자가 재설정해야 합니다.'],
  [messages.resetRequired, '비밀번호를 재설정해야 합니다.'],
  [messages.sessionExpired, '세션이 만료되었습니다. 다시 로그인하세요.'],
  ['User already exists', '이미 존재하는 사용자입니다.'],
  ['User is already confirmed.', '이미 확인된 사용자입니다.'],
  ['Invalid code received for user', '코드가 올바르지 않습니다.'],
  ['Wrong MFA code.', '코드가 올바르지 않습니다.'],
  ['Invalid email address format.', '이메일 주소 형식이 올바르지 않습니다.'],
  ['SignUp is not permitted for this user pool', '이 사용자 풀에서는 가입할 수 없습니다.'],
]);

/** Cognito's password-policy rules (`Password did not conform with policy: …`). */
const policyRules: ReadonlyMap<string, string> = new Map([
  ['Password not long enough', '비밀번호가 너무 짧습니다'],
  ['Password must have lowercase characters', '비밀번호에 소문자가 있어야 합니다'],
  ['Password must have uppercase characters', '비밀번호에 대문자가 있어야 합니다'],
  ['Password must have numeric characters', '비밀번호에 숫자가 있어야 합니다'],
  ['Password must have symbol characters', '비밀번호에 특수 문자가 있어야 합니다'],
]);

/** Messages with a variable part: a pattern and its Korean. */
const patterns: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [
    /^Password did not conform with policy: (.*)$/s,
    (m) => `비밀번호가 정책을 충족하지 않습니다: ${policyRules.get(m[1]!) ?? m[1]!}.`,
  ],
  [
    /Member must have length greater than or equal to (\d+)$/,
    (m) => `비밀번호는 ${m[1]!}자 이상이어야 합니다.`,
  ],
  [
    /Member must have length less than or equal to (\d+)$/,
    (m) => `비밀번호는 ${m[1]!}자 이하여야 합니다.`,
  ],
  [
    /Member must satisfy regular expression pattern/,
    () => '비밀번호는 공백으로 시작하거나 끝날 수 없습니다.',
  ],
  [
    /^Attributes did not conform to the schema: ([\w:]+): The attribute is required$/,
    (m) => `필수 속성이 없습니다: ${m[1]!}`,
  ],
  [
    /^Attributes did not conform to the schema/,
    () => '속성 값이 사용자 풀의 스키마와 맞지 않습니다.',
  ],
  [
    /^User cannot be confirmed\. Current status is (\w+)$/,
    (m) => `사용자를 확인할 수 없습니다. 현재 상태: ${m[1]!}`,
  ],
  // A trigger's own message is the developer's text: kept as it is.
  [/^(\w+) failed with error (.*)\.$/s, (m) => `${m[1]!} 트리거가 요청을 거부했습니다: ${m[2]!}`],
  [/^(\w+) invocation failed/, (m) => `${m[1]!} 트리거를 호출하지 못했습니다.`],
];

const byType: Readonly<Record<string, string>> = {
  UsernameExistsException: '이미 존재하는 사용자입니다.',
  AliasExistsException: '이 이메일 또는 전화번호를 사용하는 계정이 이미 있습니다.',
  CodeMismatchException: '코드가 올바르지 않습니다. 다시 시도하세요.',
  ExpiredCodeException: '코드가 만료되었습니다. 새 코드를 요청하세요.',
  LimitExceededException: '요청 한도를 초과했습니다. 잠시 후 다시 시도하세요.',
  TooManyRequestsException: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
  InvalidPasswordException: '비밀번호가 정책을 충족하지 않습니다.',
  InvalidParameterException: '입력한 값이 올바르지 않습니다.',
  NotAuthorizedException: '이 작업을 수행할 권한이 없습니다.',
  UserNotFoundException: '사용자가 존재하지 않습니다.',
};

/** A Cognito exception as a Korean page shows it. */
export function cognitoErrorKo(error: { readonly type: string; readonly message: string }): string {
  const known = byMessage.get(error.message);
  if (known !== undefined) return known;
  for (const [pattern, korean] of patterns) {
    const match = pattern.exec(error.message);
    if (match) return korean(match);
  }
  return (
    (Object.hasOwn(byType, error.type) ? byType[error.type] : undefined) ??
    '요청을 처리할 수 없습니다. 다시 시도하세요.'
  );
}
