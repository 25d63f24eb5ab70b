import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaType } from '../../http/form';
import { readBodyWithin } from '../../http/read-body';
import { sendJson } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { admitJsonApiCaller } from './json-api-cors';
import { checkCredentials } from '../operations/authorise-call';
import { dispatchOperation } from '../operations/invoke-operation';
import { findOperation } from '../operations';
import { JsonInput } from '../operations/json-input';
import type { PoolRegistry } from '../pool-registry';

const targetPrefix = 'AWSCognitoIdentityProviderService.';
export const contentType = 'application/x-amz-json-1.1';
export const jsonBodyLimit = 64 * 1024;

/** Cognito's wire format for an error: `{__type, message}` and `x-amzn-ErrorType: Type:`. */
export function sendError(res: ServerResponse, error: CognitoError): void {
  res.setHeader('x-amzn-ErrorType', `${error.type}:`);
  sendJson(res, error.status, { __type: error.type, message: error.message }, contentType);
}

/** The body as a JSON object, at most `jsonBodyLimit` bytes (SerializationException otherwise). */
export async function readJsonObject(req: IncomingMessage): Promise<JsonInput> {
  const raw = await readBodyWithin(
    req,
    jsonBodyLimit,
    () =>
      new CognitoError(
        'SerializationException',
        `Request body is larger than ${jsonBodyLimit} bytes.`,
        413,
      ),
  );
  let body: unknown;
  try {
    body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
  } catch {
    throw new CognitoError('SerializationException', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new CognitoError('SerializationException', 'The request body must be a JSON object.');
  return new JsonInput(body as Record<string, unknown>);
}

/** The JSON protocol's media type (or plain JSON), else SerializationException. */
export function checkJsonContentType(req: IncomingMessage): void {
  const type = mediaType(req.headers['content-type']);
  if (type !== contentType && type !== 'application/json')
    throw new CognitoError('SerializationException', `Content-Type must be ${contentType}.`);
}

/** POST / with X-Amz-Target: the User Pools JSON API as the AWS CLI and SDK v3 call it. */
export async function handleJsonApi(
  pools: PoolRegistry,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const log = pools.primary.log;
  res.setHeader('x-amzn-RequestId', pools.primary.ids.uuid());
  try {
    admitJsonApiCaller(pools.primary, req, res);
    const target = String(req.headers['x-amz-target'] ?? '');
    if (!target.startsWith(targetPrefix)) {
      throw new CognitoError(
        'UnknownOperationException',
        `Missing or unknown X-Amz-Target '${target.slice(0, 100)}'; expected ${targetPrefix}<Operation>.`,
      );
    }
    const name = target.slice(targetPrefix.length);
    const operation = findOperation(name);
    if (!operation) {
      throw new CognitoError(
        'UnsupportedOperationException',
        `The local Cognito emulator does not implement the operation ${name.slice(0, 100)}.`,
      );
    }
    checkJsonContentType(req);
    checkCredentials(operation.auth, req.headers);
    const input = await readJsonObject(req);
    const result = await dispatchOperation(pools, operation, input);
    sendJson(res, 200, result ?? {}, contentType);
  } catch (error) {
    if (error instanceof CognitoError) return sendError(res, error);
    log(
      `[cognito] internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendError(
      res,
      new CognitoError('InternalErrorException', 'Internal error in the local Cognito emulator.'),
    );
  }
}
