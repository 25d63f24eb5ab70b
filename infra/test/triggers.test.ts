import { beforeAll, describe, expect, it } from 'vitest';
import { triggerNames } from '../../contract/user-pool-definition';
import type { BuiltStack } from './build-stack';
import { buildStack, flatten, onlyResource, resourcesOfType } from './build-stack';

describe('Cognito Lambda triggers', () => {
  let dev: BuiltStack;
  beforeAll(() => {
    dev = buildStack({
      siteDir: null,
      config: { signUpAllowedDomains: 'example.com', signUpAutoConfirmDomains: 'corp.example' },
    });
  });

  const fnOf = (name: string): Record<string, unknown> => {
    const found = resourcesOfType(dev.template, 'AWS::Lambda::Function').find(([id]) =>
      id.startsWith(`Triggers${name}`),
    );
    if (!found) throw new Error(`no ${name} function`);
    return found[1];
  };
  const envOf = (name: string) =>
    (fnOf(name)['Environment'] as { Variables: Record<string, unknown> }).Variables;
  const lambdaConfig = () =>
    onlyResource(dev.template, 'AWS::Cognito::UserPool')['LambdaConfig'] as Record<string, unknown>;

  it('attaches one function per trigger of the pool definition, pre-token generation as V2_0', () => {
    const config = lambdaConfig();
    expect(flatten(config['PreSignUp'])).toMatch(/^<TriggersPreSignUp\w+\.Arn>$/);
    expect(flatten(config['PostConfirmation'])).toMatch(/^<TriggersPostConfirmation\w+\.Arn>$/);
    expect(flatten(config['CustomMessage'])).toMatch(/^<TriggersCustomMessage\w+\.Arn>$/);
    expect(config['PreTokenGenerationConfig']).toMatchObject({ LambdaVersion: 'V2_0' });
    expect(
      flatten((config['PreTokenGenerationConfig'] as { LambdaArn: unknown }).LambdaArn),
    ).toMatch(/^<TriggersPreTokenGeneration\w+\.Arn>$/);
    for (const name of triggerNames) expect(fnOf(name)['Runtime']).toBe('nodejs22.x');
  });

  it('lets only Cognito invoke each of them, from this pool', () => {
    const permissions = resourcesOfType(dev.template, 'AWS::Lambda::Permission').map(([, p]) => p);
    for (const name of triggerNames) {
      const mine = permissions.filter((p) =>
        flatten(p['FunctionName']).includes(`Triggers${name}`),
      );
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ Principal: 'cognito-idp.amazonaws.com' });
      expect(flatten(mine[0]!['SourceArn'])).toMatch(/^<AuthUserPool\w+\.Arn>$/);
    }
  });

  it('passes the stage config domain lists to PreSignUp and the table to PostConfirmation', () => {
    expect(envOf('PreSignUp')).toMatchObject({
      SIGNUP_ALLOWED_DOMAINS: 'example.com',
      SIGNUP_AUTO_CONFIRM_DOMAINS: 'corp.example',
    });
    expect(envOf('PostConfirmation')['TABLE_NAME']).toEqual({
      Ref: expect.stringMatching(/^Table/),
    });
    expect(envOf('CustomMessage')).not.toHaveProperty('TABLE_NAME');
  });

  it('answers within Cognito’s 5 s, and only PostConfirmation may write, with UpdateItem on the table', () => {
    for (const name of triggerNames) expect(fnOf(name)['Timeout']).toBe(5);
    const policies = resourcesOfType(dev.template, 'AWS::IAM::Policy').map(([, p]) => p);
    const tableStatements = policies.flatMap((p) =>
      (p['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement.filter((s) =>
        flatten(s['Action']).includes('dynamodb:'),
      ).map((s) => ({
        roles: flatten(p['Roles']),
        action: s['Action'],
        resource: flatten(s['Resource']),
      })),
    );
    const triggerStatements = tableStatements.filter((s) => s.roles.includes('Triggers'));
    expect(triggerStatements).toEqual([
      {
        roles: expect.stringMatching(/TriggersPostConfirmationRole/),
        action: 'dynamodb:UpdateItem',
        resource: expect.stringMatching(/^<Table\w+\.Arn>$/),
      },
    ]);
  });
});
