// The real handler wired for tests: test config, a silent logger, ULIDs, and one call helper
// that builds the proxy event and parses the answer. The unit tests (in-memory store) and the
// integration harness (DynamoDB Local) both drive the handler through it.

import type { APIGatewayProxyResult } from 'aws-lambda';
import { monotonicFactory } from 'ulid';
import { systemClock } from '../../contract/clock';
import type { ApiConfig } from '../config';
import type { ApiHandler, HandlerDeps } from '../create-handler';
import { createHandler } from '../create-handler';
import { createInMemoryProfileStore } from './in-memory-profile-store';
import type { ProxyEventSpec } from './proxy-event-builder';
import {
  buildContext,
  buildProxyEvent,
  testClientId,
  testIssuer,
  testOrigin,
} from './proxy-event-builder';

/** Config matching the claims idTokenClaims() builds and the origin buildProxyEvent() sends. */
export const testApiConfig: ApiConfig = {
  tableName: 'transactions',
  expectedIssuer: testIssuer,
  expectedClientId: testClientId,
  allowedOrigins: [testOrigin],
  apiAuth: 'cognito',
  apiToken: 'id',
};

/** createHandler() with test defaults for everything but the store. */
export function buildTestHandler(
  deps: Partial<HandlerDeps> & Pick<HandlerDeps, 'store'>,
): ApiHandler {
  const ulid = monotonicFactory();
  return createHandler({
    config: testApiConfig,
    clock: systemClock,
    ids: () => ulid(),
    logger: { info: () => undefined, error: () => undefined },
    profiles: createInMemoryProfileStore(),
    ...deps,
  });
}

export interface TestResponse extends APIGatewayProxyResult {
  /** The parsed body; undefined for an empty one (204). */
  readonly json: unknown;
}

/** Calls `handler` with the event `spec` describes, as API Gateway would. */
export async function invokeHandler(
  handler: ApiHandler,
  spec: ProxyEventSpec,
  requestId?: string,
): Promise<TestResponse> {
  const result = await handler(buildProxyEvent(spec), buildContext(requestId));
  return { ...result, json: result.body === '' ? undefined : (JSON.parse(result.body) as unknown) };
}
