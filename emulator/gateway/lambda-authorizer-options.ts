// The local Lambda authorizer's options, their defaults, and the one place they are validated.
import type { APIGatewayRequestAuthorizerEvent, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { systemClock } from '../../contract/clock';
import type { Clock } from '../../contract/clock';
import { parseConfig } from '../../contract/parse-config';
import { GatewayConfigError, optionRule } from './gateway-options';

/** The authorizer function, called in-process; its answer is validated, so `unknown` is tolerated. */
export type AuthorizerInvoke = (
  event: APIGatewayRequestAuthorizerEvent,
  context: Context,
) => Promise<unknown>;

export interface LambdaAuthorizerOptions {
  readonly invoke: AuthorizerInvoke;
  /** The identity source: `method.request.header.<identityHeader>`, looked up case-insensitively. */
  readonly identityHeader: string;
  /** authorizerResultTtlInSeconds: 0-3600, default 300, 0 = every request invokes. */
  readonly cacheTtlSeconds?: number;
  /** Wall time the authorizer may take before the gateway answers 500; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** The gateway's clock (the cache); pass the same one. */
  readonly clock?: Clock;
  readonly functionName?: string;
  readonly newId?: () => string;
  /** Receives a line when the authorizer fails (what it threw is never sent to the caller). */
  readonly log?: (line: string) => void;
}

export type ResolvedLambdaAuthorizerOptions = Required<LambdaAuthorizerOptions>;

const headerRule = optionRule('identityHeader', 'an HTTP header name');
const ttlRule = optionRule('cacheTtlSeconds', 'an integer 0-3600');
const timeoutRule = optionRule('timeoutMs', 'an integer 1-900000 milliseconds');

const schema = z.object({
  identityHeader: z.string(headerRule).check(z.regex(/^[A-Za-z0-9-]{1,64}$/, headerRule)),
  cacheTtlSeconds: z._default(z.int(ttlRule).check(z.gte(0, ttlRule), z.lte(3600, ttlRule)), 300),
  timeoutMs: z._default(
    z.int(timeoutRule).check(z.gte(1, timeoutRule), z.lte(900_000, timeoutRule)),
    10_000,
  ),
});

/** Applies defaults and validates; throws GatewayConfigError listing every problem. */
export function resolveLambdaAuthorizerOptions(
  options: LambdaAuthorizerOptions,
): ResolvedLambdaAuthorizerOptions {
  const checked = parseConfig(schema, options, 'lambda authorizer options', GatewayConfigError);
  return {
    clock: systemClock,
    functionName: 'transactions-authorizer',
    newId: () => crypto.randomUUID(),
    log: () => undefined,
    ...options,
    ...checked,
  };
}
