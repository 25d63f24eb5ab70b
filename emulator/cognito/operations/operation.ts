import type { PoolContext } from '../pool-context';
import type { PoolRegistry } from '../pool-registry';
import type { UserRecord } from '../pool-state';
import type { JsonInput } from './json-input';

/**
 * How a call is authorised: `iam` = SigV4-signed admin call on the pool (the emulator accepts
 * any signature but requires the header and the pool id), `public` = no credentials (the app
 * client id is in the body), `accessToken` = a user's access token with the admin scope.
 */
export type OperationAuth = 'iam' | 'public' | 'accessToken';

/** An SDK shape as the JSON protocol sends it: timestamps are epoch seconds. */
export type Wire<T> = T extends Date
  ? number
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/**
 * The members of an SDK request an operation reads, `Required` ones checked to be present.
 * The SDK types every member as optional-or-undefined; this is what the reader has proved.
 */
export type Checked<T, Required extends keyof T, Optional extends keyof T = never> = {
  [K in Required]-?: NonNullable<T[K]>;
} & { [K in Optional]?: NonNullable<T[K]> };

/** Operations whose SDK output has no members (the SDK declares no `…Response` for them). */
export type EmptyResponse = Record<string, never>;

/** Who made an `accessToken` call; nothing for the other kinds. */
export type CallerOf<A extends OperationAuth> = A extends 'accessToken' ? UserRecord : undefined;

export interface OperationSpec<A extends OperationAuth, Request, Response> {
  readonly auth: A;
  /** Checks the untrusted body with Cognito's validation errors and returns the typed request. */
  read(input: JsonInput): Request;
  run(ctx: PoolContext, request: Request, caller: CallerOf<A>): Response | Promise<Response>;
}

/**
 * What a call acts on: `pool` = the pool it names (UserPoolId, ClientId or the access token's
 * issuer; the dispatcher finds it), `service` = the set of pools (CreateUserPool, ListUserPools).
 */
export type OperationScope = 'pool' | 'service';

/** What the dispatcher hands an operation: the pool the call names, and the set of pools. */
export interface OperationTarget {
  /** The named pool (for `service` operations, the product's pool, which they do not read). */
  readonly ctx: PoolContext;
  readonly pools: PoolRegistry;
}

/** A registered operation, its request and response types erased for the dispatcher. */
export interface Operation {
  readonly auth: OperationAuth;
  readonly scope: OperationScope;
  invoke(
    target: OperationTarget,
    input: JsonInput,
    caller: UserRecord | undefined,
  ): Promise<unknown>;
}

/** One JSON API operation: how it is authorised, how its input is read, what it does. */
export function defineOperation<Request, Response, A extends OperationAuth = OperationAuth>(
  spec: OperationSpec<A, Request, Wire<Response>>,
): Operation {
  return {
    auth: spec.auth,
    scope: 'pool',
    invoke: async ({ ctx }, input, caller) =>
      spec.run(ctx, spec.read(input), caller as CallerOf<A>),
  };
}

/** An admin operation that manages pools (settings, clients, the set of pools). */
export interface ManagementSpec<Request, Response> {
  read(input: JsonInput): Request;
  run(target: OperationTarget, request: Request): Response | Promise<Response>;
}

function defineManagement<Request, Response>(
  scope: OperationScope,
  spec: ManagementSpec<Request, Wire<Response>>,
): Operation {
  return {
    auth: 'iam',
    scope,
    invoke: async (target, input) => spec.run(target, spec.read(input)),
  };
}

/** A SigV4 operation on the pool the call names that may change its settings (UpdateUserPool...). */
export const definePoolManagement = <Request, Response>(
  spec: ManagementSpec<Request, Wire<Response>>,
): Operation => defineManagement('pool', spec);

/** A SigV4 operation on the set of pools, naming none (CreateUserPool, ListUserPools). */
export const defineServiceOperation = <Request, Response>(
  spec: ManagementSpec<Request, Wire<Response>>,
): Operation => defineManagement('service', spec);
