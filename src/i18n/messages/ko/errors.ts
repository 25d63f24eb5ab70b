import type { SignedInText } from '../../text-types';

// Korean words for every error; the shape is English's (../en/errors.ts).
export const errors: SignedInText['errors'] = {
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
  clientMessages: {
    api_error: '로그인 서비스가 요청을 거부했습니다.',
    timeout: '서버가 제시간에 응답하지 않았습니다.',
    network: '서버에 연결할 수 없습니다.',
    unexpected_response: '서버가 데이터가 아닌 응답을 보냈습니다.',
    sign_in_required: '세션이 만료되었습니다. 다시 로그인하도록 이동합니다.',
    credentials_refused: '로그인 서비스가 데이터 접근을 허용하지 않았습니다.',
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
    message: '로그인 링크가 이미 사용되었거나, 다른 브라우저나 탭에서 왔거나, 너무 오래되었습니다.',
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
};
