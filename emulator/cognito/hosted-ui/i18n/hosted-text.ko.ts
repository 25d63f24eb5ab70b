import type { PasswordPolicy } from '../../pool-config';
import { describeKo, cognitoErrorKo } from './hosted-errors.ko';
import type { HostedText } from './hosted-text.en';

// The hosted pages in Korean, in the polite style of Cognito's managed login (합니다/하세요).

/** `noun` with the particle its last syllable takes (이메일을, 전화번호를). */
export function withParticle(noun: string, afterConsonant: string, afterVowel: string): string {
  const last = noun.charCodeAt(noun.length - 1) - 0xac00;
  // Hangul syllables are 0xAC00 + 28 × (initial, vowel) + final; final 0 means none.
  const hasFinal = last >= 0 && last < 11172 && last % 28 !== 0;
  return `${noun}${hasFinal ? afterConsonant : afterVowel}`;
}

function passwordHint(policy: PasswordPolicy): string {
  const kinds = [
    policy.requireUppercase ? '대문자' : '',
    policy.requireLowercase ? '소문자' : '',
    policy.requireNumbers ? '숫자' : '',
    policy.requireSymbols ? '특수 문자' : '',
  ].filter(Boolean);
  const length = `${policy.minimumLength}자 이상으로 입력하세요`;
  return kinds.length === 0
    ? `${length}.`
    : `${length}. ${withParticle(kinds.join(', '), '을', '를')} 포함해야 합니다.`;
}

export const hostedTextKo: HostedText = {
  htmlLang: 'ko',
  common: {
    otherOptions: '다른 옵션',
    account: '계정:',
    backToSignIn: '로그인으로 돌아가기',
    sendNewCode: '새 코드 보내기',
    newPassword: '새 비밀번호',
    newPasswordAgain: '새 비밀번호 확인',
    passwordsDoNotMatch: '비밀번호가 일치하지 않습니다.',
    enterEmailCode: '이메일로 받은 6자리 코드를 입력하세요.',
    codeResent: '이메일로 새 코드를 보냈습니다.',
    codeLimit:
      '코드를 너무 많이 요청했습니다. 마지막으로 받은 코드를 사용하거나 나중에 다시 시도하세요.',
    passwordHint,
  },
  names: {
    email: '이메일',
    phone_number: '전화번호',
    username: '사용자 이름',
    orList: (names) =>
      names.length === 1
        ? names[0]!
        : `${names.slice(0, -1).join(', ')} 또는 ${names[names.length - 1]!}`,
    label: (noun) => noun,
  },
  login: {
    title: '로그인',
    heading: (noun) => `${withParticle(noun, '과', '와')} 비밀번호로 로그인`,
    password: '비밀번호',
    submit: '로그인',
    forgotPassword: '비밀번호를 잊으셨나요?',
    needAccount: '계정이 없으신가요?',
    signUp: '가입',
    enterNameAndPassword: (noun) => `${withParticle(noun, '과', '와')} 비밀번호를 입력하세요.`,
    adminConfirm: '계정이 생성되었습니다. 관리자가 계정을 확인한 후에 로그인할 수 있습니다.',
    mfaExpired: '로그인 시간이 초과되었습니다. 다시 로그인하세요.',
    socialHeading: '소셜 계정으로 로그인',
    continueWith: (provider) => `${withParticle(provider, '으로', '로')} 계속하기`,
  },
  signUp: {
    title: '가입',
    heading: '새 계정으로 가입',
    password: '비밀번호',
    confirmPassword: '비밀번호 확인',
    submit: '가입',
    haveAccount: '이미 계정이 있으신가요?',
    signIn: '로그인',
    enterNameAndPassword: (noun) => `${withParticle(noun, '과', '와')} 비밀번호를 입력하세요.`,
  },
  attributes: {
    email: '이메일',
    phone_number: '전화번호',
    name: '전체 이름',
    given_name: '이름',
    family_name: '성',
    middle_name: '중간 이름',
    nickname: '닉네임',
    preferred_username: '선호하는 사용자 이름',
    profile: '프로필',
    picture: '사진',
    website: '웹사이트',
    gender: '성별',
    birthdate: '생년월일',
    zoneinfo: '시간대',
    locale: '로캘',
    address: '주소',
    updated_at: '업데이트 시각',
  },
  confirm: {
    title: '계정 확인',
    sent: '이메일로 6자리 코드를 보냈습니다. 아래에 코드를 입력하여 계정을 확인하세요.',
    sentSms: 'SMS로 휴대폰에 6자리 코드를 보냈습니다. 아래에 코드를 입력하여 계정을 확인하세요.',
    code: '인증 코드',
    submit: '확인',
  },
  forgotPassword: {
    title: '비밀번호를 잊으셨나요?',
    reset: '로그인하려면 비밀번호를 재설정해야 합니다. 코드를 받을 이메일을 입력하세요.',
    sent: '이 이메일을 사용하는 계정이 있으면 코드를 보냈습니다. 코드와 새 비밀번호를 입력하세요.',
    prompt: (noun) =>
      `${withParticle(noun, '을', '를')} 입력하시면 비밀번호를 재설정할 코드를 보내 드립니다.`,
    submit: '비밀번호 재설정',
    enterName: (noun) => `${withParticle(noun, '을', '를')} 입력하세요.`,
  },
  resetPassword: {
    title: '비밀번호 재설정',
    code: '코드',
    submit: '비밀번호 변경',
  },
  forceChangePassword: {
    title: '비밀번호 변경',
    intro: '계정에 사용할 새 비밀번호를 입력하세요.',
    submit: '보내기',
  },
  mfa: {
    title: '2단계 인증',
    emailSent: (maskedEmail) =>
      `6자리 코드를 ${maskedEmail} 주소로 보냈습니다. 아래에 코드를 입력하여 로그인을 완료하세요.`,
    appPrompt: '인증 앱에 표시된 6자리 코드를 입력하여 로그인을 완료하세요.',
    emailCode: '이메일로 받은 코드',
    appCode: '인증 앱의 코드',
    submit: '로그인',
    enterCode: '6자리 코드를 입력하세요.',
  },
  selectMfa: {
    title: '인증 방법 선택',
    intro: '로그인 코드를 받을 방법을 선택하세요.',
    legend: '인증 방법',
    methods: { SOFTWARE_TOKEN_MFA: '인증 앱', EMAIL_OTP: '이메일' },
    submit: '계속',
    chooseOne: '방법 중 하나를 선택하세요.',
  },
  mfaSetup: {
    title: '인증 앱 MFA 설정',
    intro:
      '이 계정에는 2단계 인증이 필요합니다. 인증 앱으로 QR 코드를 스캔하거나 비밀 키를 직접 입력한 다음, 앱에 표시된 6자리 코드를 입력하세요.',
    qrLabel: (account) => `인증 앱에 ${account} 계정을 추가하는 QR 코드`,
    secretKey: '비밀 키:',
    deviceName: '기기 이름(선택 사항)',
    submit: '확인 후 로그인',
    enterAppCode: '인증 앱에 표시된 6자리 코드를 입력하세요.',
  },
  error: {
    title: '오류',
    heading: '요청한 페이지에서 오류가 발생했습니다.',
    goBack: '애플리케이션으로 돌아가서 다시 시도하세요.',
    formExpired:
      '이 양식이 만료되었거나 다른 사이트에서 전송되었습니다. 이전 페이지로 돌아가 새로 고친 후 다시 시도하세요.',
    methodNotAllowed: (methods) => `이 페이지에는 ${methods.join(' 또는 ')} 요청을 사용하세요.`,
    describe: describeKo,
  },
  cognitoError: cognitoErrorKo,
};
