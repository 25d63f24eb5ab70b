// What API Gateway accepts back from a Lambda authorizer (reference §4.2, §4.5): a principalId,
// a policy document it can evaluate, and context values that are strings, numbers, booleans or
// null, which reach the handler stringified. Anything else is the authorizer's fault: 500.
import type { PolicyDocument, PolicyStatement } from '../iam/evaluate-policy';
import { isPolicyDocument } from '../iam/evaluate-policy';

export interface AuthorizerAnswer {
  readonly principalId: string;
  readonly policy: PolicyDocument;
  /** `requestContext.authorizer` without integrationLatency: principalId and the context. */
  readonly authorizer: Readonly<Record<string, ContextValue>>;
}

/** API Gateway's limit on a policy Resource (reference §4.2). */
const MAX_RESOURCE_LENGTH = 512;
const MAX_PRINCIPAL_LENGTH = 1024;

const resourcesOf = (policy: PolicyDocument): readonly string[] => {
  const statements: readonly PolicyStatement[] = Array.isArray(policy.Statement)
    ? (policy.Statement as readonly PolicyStatement[])
    : [policy.Statement as PolicyStatement];
  return statements.flatMap((s) => (typeof s.Resource === 'string' ? [s.Resource] : s.Resource));
};

type ContextValue = string | null;

/** The context as the handler gets it, or undefined when a value is an object or array. */
function stringifyContext(context: unknown): Record<string, ContextValue> | undefined {
  if (context === undefined || context === null) return {};
  if (typeof context !== 'object' || Array.isArray(context)) return undefined;
  const entries: [string, ContextValue][] = [];
  for (const [key, value] of Object.entries(context)) {
    if (value === null || typeof value === 'string') entries.push([key, value]);
    else if (typeof value === 'number' || typeof value === 'boolean')
      entries.push([key, String(value)]);
    else return undefined;
  }
  // fromEntries: a `__proto__` key stays an ordinary key.
  return Object.fromEntries(entries);
}

/** The answer when API Gateway could use it; undefined when it would answer 500. */
export function readAuthorizerResult(value: unknown): AuthorizerAnswer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { principalId, policyDocument, context } = value as Record<string, unknown>;
  if (typeof principalId !== 'string' || principalId.length > MAX_PRINCIPAL_LENGTH)
    return undefined;
  if (!isPolicyDocument(policyDocument)) return undefined;
  if (resourcesOf(policyDocument).some((r) => r.length > MAX_RESOURCE_LENGTH)) return undefined;
  const stringified = stringifyContext(context);
  if (stringified === undefined) return undefined;
  // The context cannot overwrite principalId: API Gateway sets it from the answer's own field.
  return { principalId, policy: policyDocument, authorizer: { ...stringified, principalId } };
}
