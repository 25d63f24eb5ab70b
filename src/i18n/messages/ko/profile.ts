import type { SignedInText } from '../../text-types';

export const profile: SignedInText['profile'] = {
  title: '프로필',
  signedInWith: '로그인 방법',
  emailAndPassword: '이메일과 비밀번호',
  emailOrProviders: (providers: string) => `이메일과 비밀번호 또는 ${providers}`,
};
