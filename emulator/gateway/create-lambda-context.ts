// A Lambda `Context` for the in-process handler: the fields handlers and Powertools read, with a
// remaining-time clock tied to the gateway's integration timeout.
import type { Context } from 'aws-lambda';
import type { Clock } from '../../contract/clock';

export interface LambdaContextInput {
  readonly awsRequestId: string;
  readonly functionName: string;
  readonly region: string;
  readonly accountId: string;
  readonly deadlineMs: number;
  readonly clock: Clock;
}

const unsupported = (name: string) => (): never => {
  throw new Error(`context.${name}() is a legacy callback API; return a promise instead`);
};

/** Builds the context passed next to the proxy event. */
export function createLambdaContext(input: LambdaContextInput): Context {
  const { functionName, region, accountId, clock, deadlineMs } = input;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: input.awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local/[$LATEST]emulator',
    getRemainingTimeInMillis: () => Math.max(0, deadlineMs - clock.now()),
    done: unsupported('done'),
    fail: unsupported('fail'),
    succeed: unsupported('succeed'),
  };
}
