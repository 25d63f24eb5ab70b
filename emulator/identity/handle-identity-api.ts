// POST / with `X-Amz-Target: AWSCognitoIdentityService.<Operation>`: the identity pool JSON API,
// on the same origin as the user pool one, in the same wire format, behind the same CORS gate
// (the configured app origins, or no Origin: the AWS CLI and SDKs).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CognitoError } from '../cognito/cognito-error';
import {
  checkJsonContentType,
  contentType,
  readJsonObject,
  sendError,
} from '../cognito/json-api/handle-json-api';
import { checkSignatureShape } from '../cognito/operations/check-signature-shape';
import { sendJson } from '../http/respond';
import type { IdentityPoolContext } from './identity-pool-context';
import { findIdentityOperation } from './operations';

export const identityTargetPrefix = 'AWSCognitoIdentityService.';

/** True for a call this API answers (the user pool API takes every other POST /). */
export const isIdentityApiCall = (req: IncomingMessage, pathname: string): boolean =>
  req.method === 'POST' &&
  pathname === '/' &&
  String(req.headers['x-amz-target'] ?? '').startsWith(identityTargetPrefix);

export interface IdentityApiDeps {
  readonly ctx: IdentityPoolContext;
  /** The JSON API's origin check (throws a 403 CognitoError for a foreign page). */
  readonly admit: (req: IncomingMessage, res: ServerResponse) => void;
  readonly log: (line: string) => void;
}

export async function handleIdentityApi(
  { ctx, admit, log }: IdentityApiDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader('x-amzn-RequestId', ctx.uuid());
  try {
    admit(req, res);
    if (req.headers.origin !== undefined)
      res.setHeader(
        'Access-Control-Expose-Headers',
        'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date',
      );
    const name = String(req.headers['x-amz-target']).slice(identityTargetPrefix.length);
    const operation = findIdentityOperation(name);
    if (!operation)
      throw new CognitoError(
        'UnsupportedOperationException',
        `The local Cognito emulator does not implement the identity pool operation ${name.slice(0, 100)}.`,
      );
    checkJsonContentType(req);
    if (operation.auth === 'iam') checkSignatureShape(req.headers, 'cognito-identity');
    const input = await readJsonObject(req);
    sendJson(res, 200, operation.invoke(ctx, input) ?? {}, contentType);
  } catch (error) {
    if (error instanceof CognitoError) {
      // The identity pool also names the message in a header (reference §1.1).
      res.setHeader('x-amzn-ErrorMessage', error.message.replace(/[^\x20-\x7e]/g, '?'));
      return sendError(res, error);
    }
    log(
      `[cognito-identity] internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    sendError(
      res,
      new CognitoError('InternalErrorException', 'Internal error in the local Cognito emulator.'),
    );
  }
}
