// One identity pool JSON API operation: how it is authorised (`public` = unsigned, as the API
// model marks GetId, GetCredentialsForIdentity and GetOpenIdToken; `iam` = SigV4 developer
// credentials, shape checked), how its input is read, what it does.
import type { JsonInput } from '../../cognito/operations/json-input';
import type { IdentityPoolContext } from '../identity-pool-context';

export interface IdentityOperation {
  readonly auth: 'public' | 'iam';
  invoke(ctx: IdentityPoolContext, input: JsonInput): unknown;
}

export interface IdentityOperationSpec<Request, Response> {
  readonly auth: 'public' | 'iam';
  read(ctx: IdentityPoolContext, input: JsonInput): Request;
  run(ctx: IdentityPoolContext, request: Request): Response;
}

export function defineIdentityOperation<Request, Response>(
  spec: IdentityOperationSpec<Request, Response>,
): IdentityOperation {
  return { auth: spec.auth, invoke: (ctx, input) => spec.run(ctx, spec.read(ctx, input)) };
}
