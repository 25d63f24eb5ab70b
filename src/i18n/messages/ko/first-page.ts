import type { FirstPageText } from '../../text-types';

// Korean text of the first page; the shape is English's (../en/first-page.ts).
export const firstPage: FirstPageText = {
  loading: '불러오는 중…',
  tryAgain: '다시 시도',
  reference: '참조 번호:',
  layout: {
    skipLink: '본문으로 건너뛰기',
    brand: '가계부',
    navigation: '주 메뉴',
    transactions: '거래 내역',
    profile: '프로필',
    language: '언어',
  },
  home: {
    title: '내 돈을 한 목록에',
    intro:
      '어떤 통화로든 수입과 지출을 기록하고, 통화별 합계를 확인하세요. 내 계정에서만 볼 수 있습니다.',
  },
  hostedUi: {
    signIn: '로그인',
    signInAgain: '다시 로그인',
    createAccount: '계정 만들기',
    unreachable: {
      title: '로그인 서비스에 연결할 수 없습니다',
      message: '인터넷 연결을 확인하고 다시 시도하세요.',
    },
    // "Continue with a <provider> account": no particle that would depend on the name's sound.
    continueWith: (provider: string) => `${provider} 계정으로 계속하기`,
  },
  signedOut: {
    title: '로그아웃되었습니다',
    otherTab: '다른 탭에서 로그아웃하여 이 탭도 로그아웃되었습니다.',
    ended: '이 기기에서 세션이 종료되었습니다.',
  },
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    noPageAt: ['', ' 주소에는 페이지가 없습니다.'],
    goHome: '시작 페이지로 이동',
  },
  routeError: {
    chunkTitle: '앱의 일부를 불러오지 못했습니다',
    chunkMessage: '새 버전이 배포되었거나 연결이 끊어졌을 수 있습니다.',
    crashTitle: '이 페이지에 문제가 생겼습니다',
    crashMessage: '페이지를 표시하는 중 예기치 않은 문제가 발생했습니다.',
    reload: '페이지 새로 고침',
    goHome: '시작 페이지로 이동',
  },
};
