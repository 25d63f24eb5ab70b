import type { SignedInText } from '../../text-types';

export const profile: SignedInText['profile'] = {
  title: '프로필',
};
