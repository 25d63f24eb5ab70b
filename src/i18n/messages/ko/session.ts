import type { SignedInText } from '../../text-types';

export const session: SignedInText['session'] = {
  signOut: '로그아웃',
  signedInAs: ['', ' 계정으로 로그인됨'],
  signingOut: '로그아웃하는 중…',
  renewalFailed: '세션을 갱신하지 못해 곧 만료됩니다.',
  signInAgain: '다시 로그인',
  sessionEnded: '세션이 만료되었습니다. 다시 로그인하도록 이동합니다…',
  signInNeeded: '로그인이 필요합니다. 로그인 페이지로 이동합니다…',
  callback: {
    failedTitle: '로그인을 마치지 못했습니다',
    goHome: '시작 페이지로 이동',
    finishing: '로그인을 마무리하는 중…',
    nothingTitle: '마무리할 로그인이 없습니다',
    nothingMessage: '이 페이지는 로그인을 마무리하는 곳이지만, 진행 중인 로그인이 없습니다.',
    signIn: '로그인',
  },
};
