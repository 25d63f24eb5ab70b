import { describe, expect, it } from 'vitest';
import { apiInvokePolicy, methodArnPattern } from './api-invoke-policy';
import { routeTable } from './route-table';

const location = { region: 'eu-west-1', accountId: '123456789012', apiId: 'a1b2c3', stage: 'dev' };

describe('apiInvokePolicy', () => {
  it('allows execute-api:Invoke on every route of the table and on nothing else', () => {
    const policy = apiInvokePolicy(location);
    expect(policy.Statement).toHaveLength(1);
    const [statement] = policy.Statement;
    expect(statement).toMatchObject({ Effect: 'Allow', Action: 'execute-api:Invoke' });
    expect(statement!.Resource).toEqual(
      routeTable.map((route) => methodArnPattern(location, route)),
    );
    expect(statement!.Resource).toContain(
      'arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/dev/DELETE/transactions/*',
    );
    expect(statement!.Resource).toContain(
      'arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/dev/GET/transactions',
    );
  });

  it('leaves public routes out (they need no permission)', () => {
    const routes = [{ ...routeTable[0]!, access: 'public' as const }, routeTable[1]!];
    expect(apiInvokePolicy(location, routes).Statement[0]!.Resource).toEqual([
      methodArnPattern(location, routeTable[1]!),
    ]);
  });
});
