import type { SignedInText } from '../../text-types';

export const session: SignedInText['session'] = {
  signOut: '로그아웃',
};
