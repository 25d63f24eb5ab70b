import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaType } from '../../http/form';
import { readBodyWithin } from '../../http/read-body';
import { sendJson } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import { admitJsonApiCaller } from './json-api-cors';
import { checkCredentials, resolveCaller } from '../operations/authorise-call';
import { findOperation } from '../operations';
import { JsonInput } from '../operations/json-input';
import type { PoolContext } from '../pool-context';

const targetPrefix = 'AWSCognitoIdentityProviderService.';
const contentType = 'application/x-amz-json-1.1';
export const jsonBodyLimit = 64 * 1024;

function sendError(res: ServerResponse, error: CognitoError): void {
  res.setHeader('x-amzn-ErrorType', `${error.type}:`);
  sendJson(res, error.status, { __type: error.type, message: error.message }, contentType);
}

async function readJsonObject(req: IncomingMessage): Promise<JsonInput> {
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

/** POST / with X-Amz-Target: the User Pools JSON API as the AWS CLI and SDK v3 call it. */
export async function handleJsonApi(
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader('x-amzn-RequestId', ctx.ids.uuid());
  try {
    admitJsonApiCaller(ctx, req, res);
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
    const type = mediaType(req.headers['content-type']);
    if (type !== contentType && type !== 'application/json')
      throw new CognitoError('SerializationException', `Content-Type must be ${contentType}.`);
    checkCredentials(operation.auth, req.headers);
    const input = await readJsonObject(req);
    const caller = resolveCaller(ctx, operation.auth, input);
    const result = await operation.invoke(ctx, input, caller);
    sendJson(res, 200, result ?? {}, contentType);
  } catch (error) {
    if (error instanceof CognitoError) return sendError(res, error);
    ctx.log(
      `[cognito] internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendError(
      res,
      new CognitoError('InternalErrorException', 'Internal error in the local Cognito emulator.'),
    );
  }
}
