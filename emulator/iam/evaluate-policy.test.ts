import { describe, expect, it } from 'vitest';
import { apiInvokePolicy } from '../../api/api-invoke-policy';
import { evaluatePolicy, isPolicyDocument } from './evaluate-policy';

const arn = (method: string, path: string) =>
  `arn:aws:execute-api:local:123456789012:localapi01/local/${method}${path}`;
const location = {
  region: 'local',
  accountId: '123456789012',
  apiId: 'localapi01',
  stage: 'local',
};
const invoke = 'execute-api:Invoke';

describe('evaluatePolicy', () => {
  const product = apiInvokePolicy(location);

  it.each([
    ['GET', '/transactions'],
    ['POST', '/transactions'],
    ['GET', '/transactions/summary'],
    ['GET', '/transactions/01J0ABC'],
    ['PUT', '/transactions/01J0ABC'],
    ['DELETE', '/transactions/01J0ABC'],
  ])("allows the product role's policy on %s %s", (method, path) => {
    expect(evaluatePolicy(product, invoke, arn(method, path))).toBe('allow');
  });

  it.each([
    ['another method', invoke, arn('PATCH', '/transactions')],
    ['another stage', invoke, arn('GET', '/transactions').replace('/local/GET', '/prod/GET')],
    ['another API', invoke, arn('GET', '/transactions').replace('localapi01', 'otherapi99')],
    ['another action', 'execute-api:ManageConnections', arn('GET', '/transactions')],
  ])('denies implicitly on %s', (_name, action, resource) => {
    expect(evaluatePolicy(product, action, resource)).toBe('implicit-deny');
  });

  it('lets an explicit Deny win over any Allow', () => {
    const policy = {
      Statement: [
        ...product.Statement,
        { Effect: 'Deny' as const, Action: 'execute-api:*', Resource: arn('DELETE', '/*') },
      ],
    };
    expect(evaluatePolicy(policy, invoke, arn('DELETE', '/transactions/1'))).toBe('explicit-deny');
    expect(evaluatePolicy(policy, invoke, arn('GET', '/transactions/1'))).toBe('allow');
  });

  it('reads * across slashes and ? as one character, actions case-insensitively', () => {
    const policy = {
      Statement: {
        Effect: 'Allow' as const,
        Action: 'EXECUTE-API:invoke',
        Resource: 'arn:aws:execute-api:local:123456789012:localapi01/*/GET/transactions/??',
      },
    };
    expect(evaluatePolicy(policy, invoke, arn('GET', '/transactions/ab'))).toBe('allow');
    expect(evaluatePolicy(policy, invoke, arn('GET', '/transactions/abc'))).toBe('implicit-deny');
    expect(evaluatePolicy(policy, invoke, arn('GET', '/transactions/a.'))).toBe('allow');
  });

  it('treats regex characters in a pattern literally', () => {
    const policy = { Statement: { Effect: 'Allow' as const, Action: invoke, Resource: 'a.c' } };
    expect(evaluatePolicy(policy, invoke, 'abc')).toBe('implicit-deny');
    expect(evaluatePolicy(policy, invoke, 'a.c')).toBe('allow');
  });
});

describe('isPolicyDocument', () => {
  it.each([
    ['the product policy', apiInvokePolicy(location), true],
    ['one statement object', { Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }, true],
    [
      'a statement with a Sid',
      { Statement: [{ Sid: 'x', Effect: 'Allow', Action: 'a', Resource: 'r' }] },
      true,
    ],
    ['no Statement', { Version: '2012-10-17' }, false],
    ['an empty list', { Statement: [] }, false],
    [
      'a lower-case effect',
      { Statement: [{ Effect: 'allow', Action: 'a', Resource: 'r' }] },
      false,
    ],
    ['a numeric resource', { Statement: [{ Effect: 'Allow', Action: 'a', Resource: 7 }] }, false],
    [
      'an empty action list',
      { Statement: [{ Effect: 'Allow', Action: [], Resource: 'r' }] },
      false,
    ],
    [
      'a condition it cannot evaluate',
      { Statement: [{ Effect: 'Allow', Action: 'a', Resource: 'r', Condition: {} }] },
      false,
    ],
    ['a string', 'Allow', false],
    ['null', null, false],
  ])('%s → %s', (_name, value, expected) => {
    expect(isPolicyDocument(value)).toBe(expected);
  });
});
