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
  configError: {
    title: '이 앱의 설정이 올바르지 않습니다',
    buildValues: '빌드 시점의 VITE_* 값에 문제가 있습니다:',
    configFile: '이 페이지 옆의 config.json 파일에 문제가 있습니다:',
    caption: '설정 문제',
    key: '키',
    expected: '기대한 값',
    found: '실제 값',
    whoFixes: [
      '앱을 배포한 사람이 고칠 수 있습니다. 각 키는 프로젝트의 README와 ',
      '에 설명되어 있습니다.',
    ],
  },
  errors: {
    apiTitles: {
      validation_failed: '확인이 필요한 항목이 있습니다',
      invalid_json: '요청이 거부되었습니다',
      invalid_query: '요청이 거부되었습니다',
      invalid_cursor: '목록이 변경되었습니다',
      invalid_idempotency_key: '요청이 거부되었습니다',
      unauthorized: '다시 로그인하는 중입니다',
      forbidden: '허용되지 않습니다',
      insufficient_scope: '허용되지 않습니다',
      not_found: '찾을 수 없습니다',
      method_not_allowed: '요청이 거부되었습니다',
      version_conflict: '다른 곳에서 변경되었습니다',
      transaction_conflict: '다른 곳에서 변경되었습니다',
      idempotency_key_reused: '다른 값으로 이미 보낸 요청입니다',
      total_limit_exceeded: '합계가 너무 큽니다',
      summary_too_large: '합산하기에 거래가 너무 많습니다',
      payload_too_large: '데이터가 너무 큽니다',
      unsupported_media_type: '요청이 거부되었습니다',
      internal_error: '서버에 문제가 생겼습니다',
    },
    gatewayTitles: {
      http_401: '다시 로그인하는 중입니다',
      http_403: '허용되지 않습니다',
      http_413: '데이터가 너무 큽니다',
      http_431: '요청이 거부되었습니다',
      http_500: '서버에 문제가 생겼습니다',
      http_502: '서버에 문제가 생겼습니다',
      http_504: '제시간에 응답이 없습니다',
    },
    serverProblem: '서버에 문제가 생겼습니다',
    refused: '요청이 거부되었습니다',
    clientTitles: {
      api_error: '요청이 거부되었습니다',
      timeout: '제시간에 응답이 없습니다',
      network: '연결할 수 없습니다',
      unexpected_response: '서버에서 예상하지 못한 응답이 왔습니다',
      sign_in_required: '다시 로그인하는 중입니다',
      credentials_refused: '데이터에 접근하는 것이 거부되었습니다',
    },
    oauth: {
      access_denied: '로그인이 취소되었거나 거부되었습니다.',
      invalid_request: '로그인 요청이 받아들여지지 않았습니다.',
      unauthorized_client: '이 앱은 그 방법으로 로그인할 수 없습니다.',
      invalid_scope: '앱이 로그인 서비스에서 허용하지 않는 권한을 요청했습니다.',
      server_error: '로그인 서비스에 문제가 생겼습니다.',
      temporarily_unavailable: '로그인 서비스가 바쁩니다. 잠시 기다려 주세요.',
      invalid_grant: '로그인 코드가 이미 사용되었거나 만료되었습니다.',
    },
    signIn: {
      unreachable: {
        title: '로그인 서비스에 연결할 수 없습니다',
        message: '인터넷 연결을 확인하고 다시 시도하세요.',
      },
      incomplete_response: {
        title: '로그인하지 못했습니다',
        message: '로그인 응답이 불완전합니다(state가 없습니다). 이 앱에서 다시 시작하세요.',
      },
      refused_after_sign_in: {
        title: '로그인이 받아들여지지 않았습니다',
        message:
          '방금 로그인했지만 서버가 여전히 세션을 거부합니다. 다시 시도하거나, 계속되면 나중에 다시 오세요.',
      },
    },
    signInFailed: '로그인하지 못했습니다',
    signInServiceError: '로그인 서비스가 오류를 돌려주었습니다.',
    signInStale: {
      title: '이 로그인은 이미 끝났거나 만료되었습니다',
      message:
        '로그인 링크가 이미 사용되었거나, 다른 브라우저나 탭에서 왔거나, 너무 오래되었습니다.',
    },
    signInUnverified: {
      title: '로그인을 마치지 못했습니다',
      message: '로그인 응답을 확인할 수 없습니다.',
    },
    generic: {
      title: '문제가 생겼습니다',
      message: '예기치 않은 오류가 발생했습니다. 다시 시도하고, 계속되면 페이지를 새로 고치세요.',
    },
    cancelled: { title: '취소됨', message: '요청이 취소되었습니다.' },
  },
};
