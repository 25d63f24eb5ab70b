// The Lambda triggers a pool runs in-process: the product pool's come from the pool definition
// (contract/user-pool-definition.ts), a developer's from the `triggers` option. Pools created
// through CreateUserPool run none (their LambdaConfig is accepted and ignored).

import type { Context } from 'aws-lambda';
import type { TriggerName } from '../../../contract/user-pool-definition';

export type { TriggerName };

/** The envelope every trigger receives (cognito-extensions §1.2). */
export interface TriggerEvent {
  version: string;
  triggerSource: string;
  region: string;
  userPoolId: string;
  userName: string;
  callerContext: { awsSdkVersion: string; clientId: string | null };
  request: Record<string, unknown>;
  response: Record<string, unknown>;
}

/** Node's callback-style handlers answer through this. */
export type TriggerCallback = (error?: unknown, result?: unknown) => void;

/**
 * A trigger's module as Lambda loads it: a `handler` export, async or callback-style. Method
 * syntax on purpose: a handler typed for one trigger's event (aws-lambda's PreSignUpTriggerHandler)
 * is accepted here, as the Lambda runtime accepts any function.
 */
export interface TriggerModule {
  handler(event: TriggerEvent, context: Context, callback: TriggerCallback): unknown;
}

export interface PoolTriggers {
  readonly modules: Readonly<Partial<Record<TriggerName, TriggerModule>>>;
  readonly preTokenGenerationVersion: 'V1_0' | 'V2_0';
  /** Wall time per attempt; Cognito's bound is 5 s (tests shorten it). */
  readonly timeoutMs: number;
}

/** Cognito's fixed per-attempt bound. */
export const cognitoTriggerTimeoutMs = 5000;
