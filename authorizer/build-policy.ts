// The IAM policy the authorizer returns. Its Resource is the whole stage
// (`arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/*/*`), never the request's methodArn:
// API Gateway caches the answer under the identity source (the token), not under the method, and
// reuses it for every method of the API for the TTL. A policy naming only `GET /transactions`
// would make the next call, `POST /transactions` with the same token, a cached 403 without the
// authorizer running (the classic cache pitfall). Whom the token may reach is the same for every
// method here, so the wide resource is also the right answer.
import type { APIGatewayAuthorizerResult } from 'aws-lambda';

export type PolicyEffect = 'Allow' | 'Deny';

const METHOD_ARN = /^(arn:aws[\w-]*:execute-api:[\w-]+:\d{12}:[\w-]+\/[\w-]+)\/[A-Z*]+\/.*$/s;

/** `arn:…:{apiId}/{stage}/*\/*` for a method ARN; throws on anything else (a 500, never an Allow). */
export function stageWildcardOf(methodArn: string): string {
  const stage = METHOD_ARN.exec(methodArn)?.[1];
  if (stage === undefined) throw new Error('methodArn is not an execute-api method ARN');
  return `${stage}/*/*`;
}

/** The authorizer's answer: one statement for the whole stage, and string-only context. */
export function buildPolicy(
  effect: PolicyEffect,
  principalId: string,
  methodArn: string,
  context: Readonly<Record<string, string>>,
): APIGatewayAuthorizerResult {
  return {
    principalId,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [
        { Action: 'execute-api:Invoke', Effect: effect, Resource: stageWildcardOf(methodArn) },
      ],
    },
    context: { ...context },
  };
}
