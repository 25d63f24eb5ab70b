// IAM policy evaluation for one action on one resource, as API Gateway applies it to
// `execute-api:Invoke` on a method ARN: both the identity pool role's policy (apiAuth `iam`) and
// the policy a Lambda authorizer returns (apiAuth `lambda`) go through here. Standard IAM logic:
// an explicit Deny wins, otherwise an Allow is needed. Wildcards are IAM globs: `*` matches any
// run of characters including `/`, `?` one character; action names compare case-insensitively.
// Conditions, NotAction and NotResource are not supported: a statement using them is malformed.
// Facts: ../shared/reference/identity-pools-and-api-auth.md §3.4.

export type PolicyDecision = 'allow' | 'explicit-deny' | 'implicit-deny';

export interface PolicyStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Statement: readonly PolicyStatement[] | PolicyStatement;
}

const globCache = new Map<string, RegExp>();

function glob(pattern: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}:${pattern}`;
  let regex = globCache.get(key);
  if (!regex) {
    const source = pattern
      .split('')
      .map((char) =>
        char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&'),
      )
      .join('');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (globCache.size > 1_000) globCache.clear();
    globCache.set(key, regex);
  }
  return regex;
}

const list = (value: string | readonly string[]): readonly string[] =>
  typeof value === 'string' ? [value] : value;

const matches = (patterns: string | readonly string[], value: string, ignoreCase: boolean) =>
  list(patterns).some((pattern) => glob(pattern, ignoreCase).test(value));

/** The decision for `action` on `resource` under `policy` (already known to be well formed). */
export function evaluatePolicy(
  policy: PolicyDocument,
  action: string,
  resource: string,
): PolicyDecision {
  const statements = Array.isArray(policy.Statement)
    ? (policy.Statement as readonly PolicyStatement[])
    : [policy.Statement as PolicyStatement];
  let allowed = false;
  for (const statement of statements) {
    if (!matches(statement.Action, action, true) || !matches(statement.Resource, resource, false))
      continue;
    if (statement.Effect === 'Deny') return 'explicit-deny';
    allowed = true;
  }
  return allowed ? 'allow' : 'implicit-deny';
}

const isStringOrList = (value: unknown): value is string | readonly string[] =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));

/**
 * Whether `value` is a policy document this evaluator can decide on: a `Statement` object or a
 * non-empty list of them, each with `Effect` Allow/Deny and string (or string-list) `Action`
 * and `Resource`, and nothing it would have to ignore. A Lambda authorizer answering anything
 * else gets API Gateway's 500.
 */
export function isPolicyDocument(value: unknown): value is PolicyDocument {
  if (typeof value !== 'object' || value === null) return false;
  const statement = (value as { Statement?: unknown }).Statement;
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statements.length === 0) return false;
  return statements.every((s: unknown) => {
    if (typeof s !== 'object' || s === null) return false;
    const { Effect, Action, Resource, ...rest } = s as Record<string, unknown>;
    const extra = Object.keys(rest).filter((key) => key !== 'Sid');
    return (
      (Effect === 'Allow' || Effect === 'Deny') &&
      isStringOrList(Action) &&
      isStringOrList(Resource) &&
      extra.length === 0
    );
  });
}
