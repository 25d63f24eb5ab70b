// The Lambda handler as a factory: everything that varies (config, store, clock, ids,
// logger) is passed in, so unit tests, the local gateway and the deployed function run the
// same code. See api/handler.ts for the deployed wiring and the design notes.

import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { transactionLimits } from '../contract/transaction';
import type { QueryValues } from '../contract/transaction-filters';
import type { ApiLogger } from './api-logger';
import { resolveCaller } from './auth/resolve-caller';
import type { ApiConfig } from './config';
import { HttpError, MethodNotAllowedError, NotFoundError } from './errors/http-error';
import { parseJsonBody } from './http/parse-json-body';
import { readHeader, readHeaderValues } from './http/read-header';
import { corsHeaders, errorBody, jsonResponse } from './http/respond';
import type { RouteDefinition, RouteOperation } from './route-table';
import { methodScopes, routeTable } from './route-table';
import { createTransaction } from './routes/create-transaction';
import { deleteTransaction } from './routes/delete-transaction';
import { getProfile } from './routes/get-profile';
import { getSummary } from './routes/get-summary';
import { getTransaction } from './routes/get-transaction';
import { listTransactions } from './routes/list-transactions';
import { replaceTransaction } from './routes/replace-transaction';
import type { ApiRequest, Route, RouteDeps } from './routes/route-types';
import { storeErrorResponse } from './routes/store-error-responses';

export interface HandlerDeps extends RouteDeps {
  readonly config: ApiConfig;
  readonly logger: ApiLogger;
}

export type ApiHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

const routes: Readonly<Record<RouteOperation, Route>> = {
  listTransactions,
  createTransaction,
  getSummary,
  getTransaction,
  replaceTransaction,
  deleteTransaction,
  getProfile,
};

/** Builds the Lambda proxy handler around the given dependencies. */
export function createHandler(deps: HandlerDeps): ApiHandler {
  const { config, logger } = deps;

  return async (event, context) => {
    const requestId = context.awsRequestId;
    const started = performance.now();
    const headers = {
      ...corsHeaders(readHeader(event, 'origin'), config.allowedOrigins),
      'X-Request-Id': requestId,
    };
    let operation: RouteOperation | undefined;
    try {
      const route = findRoute(event.httpMethod, event.resource);
      operation = route.operation;
      const request: ApiRequest = {
        caller: resolveCaller(event, config, methodScopes(route, config.apiToken)),
        id: event.pathParameters?.['id'],
        queryValues: queryValuesOfEvent(event),
        header: (name) => readHeaderValues(event, name),
        body: () => parseJsonBody(event, transactionLimits.maxBodyBytes),
      };
      const result = await routes[operation](request, deps);
      logger.info('request', { requestId, operation, status: result.status, ms: ms(started) });
      return jsonResponse(result.status, result.body, { ...result.headers, ...headers });
    } catch (error) {
      const answer = error instanceof HttpError ? error : storeErrorResponse(error);
      if (answer) {
        logger.info('request', { requestId, operation, status: answer.status, code: answer.code });
        return jsonResponse(answer.status, errorBody(answer), { ...answer.headers, ...headers });
      }
      logger.error('unhandled error', { requestId, operation, error: describe(error) });
      return jsonResponse(
        500,
        {
          error: {
            code: 'internal_error',
            message: 'Something went wrong on our side. Quote the request id if you report it.',
            requestId,
          },
        },
        headers,
      );
    }
  };
}

function findRoute(method: string, resource: string): RouteDefinition {
  const onResource = routeTable.filter((route) => route.path === resource);
  const route = onResource.find((candidate) => candidate.method === method);
  if (route) return route;
  if (onResource.length === 0) throw new NotFoundError('No such resource.');
  throw new MethodNotAllowedError(onResource.map((candidate) => candidate.method));
}

// Elapsed time for the log is a measurement, not a reading of the domain clock: a test's
// manual clock must not make every request look instant (or endless).
function ms(started: number): number {
  return Math.round(performance.now() - started);
}

/** What a log may keep of an unexpected error: its type, message and stack, nothing else. */
function describe(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, stack: error.stack };
  }
  return { name: typeof error };
}

/** Every value of every query parameter; a single-valued event (some tests) counts once. */
function queryValuesOfEvent(event: APIGatewayProxyEvent): QueryValues {
  const multi = event.multiValueQueryStringParameters;
  const single = event.queryStringParameters ?? {};
  const values: Record<string, readonly string[]> = {};
  for (const [name, value] of Object.entries(multi ?? single)) {
    const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
    Object.defineProperty(values, name, { value: all, enumerable: true });
  }
  return values;
}
