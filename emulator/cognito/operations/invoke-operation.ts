import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import { poolOfToken } from '../pool-of-token';
import type { PoolRegistry } from '../pool-registry';
import { resolveCaller } from './authorise-call';
import { operations, type OperationName } from './index';
import { JsonInput } from './json-input';
import type { Operation } from './operation';

/**
 * The pool a call acts on: an admin call's UserPoolId, a public call's ClientId, an access
 * token's issuer. Unknown clients and tokens fall to the product's pool, whose operation then
 * answers with Cognito's error for them.
 */
function poolOfCall(pools: PoolRegistry, operation: Operation, input: JsonInput): PoolContext {
  if (operation.scope === 'service') return pools.primary;
  if (operation.auth === 'iam') {
    const id = input.string('UserPoolId', 55);
    const ctx = pools.get(id);
    if (!ctx)
      throw new CognitoError('ResourceNotFoundException', `User pool ${id} does not exist.`);
    return ctx;
  }
  if (operation.auth === 'accessToken') return poolOfToken(pools, input.peekString('AccessToken'));
  const clientId = input.peekString('ClientId');
  return (clientId === undefined ? undefined : pools.byClientId(clientId)) ?? pools.primary;
}

/**
 * Runs one operation on a parsed body, exactly as the JSON API does once the HTTP envelope
 * (target, content type, SigV4 shape) has been checked: finds the pool, the caller, then lets the
 * operation read and validate its members. Throws CognitoError with Cognito's wording.
 */
export function dispatchOperation(
  pools: PoolRegistry,
  operation: Operation,
  input: JsonInput,
): Promise<unknown> {
  const ctx = poolOfCall(pools, operation, input);
  const caller =
    operation.scope === 'service' ? undefined : resolveCaller(ctx, operation.auth, input);
  return operation.invoke({ ctx, pools }, input, caller);
}

/**
 * The in-process way to call an operation (the dev console): the same dispatcher and operation
 * code as the JSON API, no HTTP, no second path to the state. `R` is the SDK response type the
 * caller expects (the operation's own declared output).
 */
export async function invokeOperation<R = unknown>(
  pools: PoolRegistry,
  name: OperationName,
  body: Readonly<Record<string, unknown>>,
): Promise<R> {
  const operation = operations[name];
  return (await dispatchOperation(pools, operation, new JsonInput(body))) as R;
}
