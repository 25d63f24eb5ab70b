// Invokes one trigger as Cognito does (cognito-extensions §1.1, §1.5): synchronously, each
// attempt bounded (5 s), a timed-out attempt retried up to three attempts in all, a thrown
// error surfaced as UserLambdaValidationException "<Trigger> failed with error <message>.",
// an answer that is not the event as InvalidLambdaResponseException.
//
// The bound is wall time on a real timer, not the shared clock: a test's manual clock never
// moves by itself, so a hung trigger would hang the request. Tests shorten it instead
// (the `triggerTimeoutMs` option).

import type { Context } from 'aws-lambda';
import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { TriggerEvent, TriggerModule, TriggerName } from './pool-triggers';

const attempts = 3;

/** Cognito's texts for an answer it cannot read. */
export const unrecognizableOutput = 'Unrecognizable lambda output';

const timedOut = Symbol('timed out');

function lambdaContext(name: TriggerName, requestId: string, deadline: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '128',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - performance.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** One attempt: the handler's answer (returned or through the callback), or `timedOut`. */
function attempt(
  module: TriggerModule,
  event: TriggerEvent,
  context: Context,
  timeoutMs: number,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(timedOut), timeoutMs);
    const settle = (fn: () => void) => {
      clearTimeout(timer);
      fn();
    };
    const callback = (error?: unknown, result?: unknown) =>
      settle(() => (error === undefined || error === null ? resolve(result) : reject(error)));
    try {
      const returned = module.handler(event, context, callback);
      // A callback-style handler returns undefined and answers later.
      if (returned !== undefined || module.handler.length < 3)
        Promise.resolve(returned).then(
          (result) => settle(() => resolve(result)),
          (error: unknown) => settle(() => reject(error)),
        );
    } catch (error) {
      settle(() => reject(error));
    }
  });
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);

/** The answer as JSON would carry it (Lambda serializes it): undefined when it is not an object. */
function asJsonObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  try {
    return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * Runs `name` with `event` if the pool has it; resolves to the answer's `response` object, or
 * undefined when the pool has no such trigger (the caller then does what Cognito does alone).
 */
export async function runTrigger(
  ctx: PoolContext,
  name: TriggerName,
  event: TriggerEvent,
): Promise<Record<string, unknown> | undefined> {
  const triggers = ctx.triggers;
  const module = triggers?.modules[name];
  if (!triggers || !module) return undefined;
  for (let n = 1; n <= attempts; n++) {
    const started = performance.now();
    const requestId = ctx.ids.uuid();
    const context = lambdaContext(name, requestId, started + triggers.timeoutMs);
    let answer: unknown;
    try {
      // Each attempt gets its own copy, as each Lambda invocation deserializes its own event.
      answer = await attempt(module, structuredClone(event), context, triggers.timeoutMs);
    } catch (error) {
      ctx.log(`[trigger] ${name} ${event.triggerSource} failed: ${messageOf(error)}`);
      throw new CognitoError(
        'UserLambdaValidationException',
        `${name} failed with error ${messageOf(error)}.`,
      );
    }
    const ms = Math.round(performance.now() - started);
    if (answer === timedOut) {
      ctx.log(`[trigger] ${name} ${event.triggerSource} timed out after ${ms} ms (attempt ${n})`);
      continue;
    }
    const output = asJsonObject(answer);
    const response = output?.['response'];
    if (typeof response !== 'object' || response === null || Array.isArray(response)) {
      ctx.log(`[trigger] ${name} ${event.triggerSource} answered something that is not the event`);
      throw new CognitoError('InvalidLambdaResponseException', unrecognizableOutput);
    }
    ctx.log(`[trigger] ${name} ${event.triggerSource} ok (${ms} ms)`);
    return response as Record<string, unknown>;
  }
  throw new CognitoError(
    'UnexpectedLambdaException',
    `${name} invocation failed due to error Socket timeout while invoking Lambda function.`,
  );
}

/** InvalidLambdaResponseException for an answer whose `response` has the wrong shape. */
export function invalidResponse(ctx: PoolContext, name: TriggerName, what: string): CognitoError {
  ctx.log(`[trigger] ${name}: ${what}`);
  return new CognitoError('InvalidLambdaResponseException', unrecognizableOutput);
}

const failureTypes: ReadonlySet<string> = new Set([
  'UserLambdaValidationException',
  'InvalidLambdaResponseException',
  'UnexpectedLambdaException',
]);

/** True for the errors runTrigger throws (the OAuth endpoints answer them their own way). */
export const isTriggerFailure = (error: unknown): error is CognitoError =>
  error instanceof CognitoError && failureTypes.has(error.type);
