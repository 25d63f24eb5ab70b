import { describe, expect, it } from 'vitest';
import { DeployPlanError, deployUsage, planDeploy } from '../lib/deploy-plan';

const root = '/repo';

function deployPlan(argv: string[]) {
  const plan = planDeploy(argv, root);
  if (plan.kind !== 'deploy') throw new Error('expected a deploy plan');
  return plan;
}

describe('planDeploy', () => {
  it('answers --help and -h with the usage', () => {
    expect(planDeploy(['--help'], root)).toEqual({ kind: 'help' });
    expect(planDeploy(['-h'], root)).toEqual({ kind: 'help' });
    expect(deployUsage).toMatch(/--domain-prefix/);
  });

  it('builds the SPA, then deploys the stage with its context and an outputs file', () => {
    const plan = deployPlan(['--domain-prefix', 'acme-tx-dev']);
    expect(plan.commands).toEqual([
      { cwd: root, command: 'npm', args: ['run', 'build'] },
      {
        cwd: '/repo/infra',
        command: 'npx',
        args: [
          '--no-install',
          'cdk',
          'deploy',
          'Transactions-dev',
          '-c',
          'stage=dev',
          '-c',
          'domainPrefix=acme-tx-dev',
          '-c',
          'allowLocalhost=true',
          '-c',
          'apiAuthHeader=Authorization',
          '-c',
          'apiAuthorization=COGNITO',
          '-c',
          'apiToken=id',
          '-c',
          'siteDir=/repo/dist',
          '--outputs-file',
          '/repo/infra/cdk.out/outputs-dev.json',
        ],
      },
    ]);
  });

  it('promotes an existing build without rebuilding and passes extra cdk options through', () => {
    const plan = deployPlan([
      '--stage',
      'prod',
      '--domain-prefix',
      'acme-tx',
      '--site-dir',
      '/builds/1.2.3',
      '--',
      '--profile',
      'prod',
    ]);
    expect(plan.commands).toHaveLength(1);
    expect(plan.siteDir).toBe('/builds/1.2.3');
    expect(plan.commands[0]!.args).toEqual(
      expect.arrayContaining(['Transactions-prod', 'allowLocalhost=false', '--profile', 'prod']),
    );
  });

  it('passes the API modes to the stack as its stage config spells them', () => {
    const iam = deployPlan(['--domain-prefix', 'acme-tx-dev', '--api-auth', 'iam']);
    expect(iam.config).toMatchObject({ apiAuth: 'iam', apiToken: 'id' });
    expect(iam.commands.at(-1)!.args).toEqual(
      expect.arrayContaining(['apiAuthorization=IAM', 'apiToken=id']),
    );
    const plan = deployPlan([
      '--domain-prefix',
      'acme-tx-dev',
      '--api-auth',
      'cognito',
      '--api-token',
      'access',
    ]);
    expect(plan.config).toMatchObject({ apiAuth: 'cognito', apiToken: 'access' });
    expect(plan.commands.at(-1)!.args).toEqual(
      expect.arrayContaining(['apiAuthorization=COGNITO', 'apiToken=access']),
    );
  });

  it('can skip the build and only print the commands', () => {
    const plan = deployPlan(['--domain-prefix', 'acme-tx-dev', '--skip-build', '--dry-run']);
    expect(plan.dryRun).toBe(true);
    expect(plan.commands.map((c) => c.command)).toEqual(['npx']);
  });

  it.each([
    [[], /--domain-prefix is required/],
    [['--domain-prefix'], /argument missing|--domain-prefix/],
    [['--domain-prefix', 'x', '--bogus'], /Unknown option '--bogus'/],
    [['--domain-prefix', 'x', 'extra'], /positional/],
    [['--domain-prefix', 'Bad Prefix'], /domainPrefix: 1-63 lowercase/],
    [['--domain-prefix', 'x', '--stage', 'qa'], /stage: must be one of dev, prod/],
    [['--domain-prefix', 'x', '--stage', 'prod', '--allow-localhost'], /never trusts localhost/],
    [['--domain-prefix', 'x', '--allow-localhost', '--no-localhost'], /contradict/],
    [['--domain-prefix', 'x', '--site-dir', 'd', '--skip-build'], /drop --skip-build/],
    [['--domain-prefix', 'x', '--auth-header', 'a\nb'], /apiAuthHeader/],
    [['--domain-prefix', 'x', '--api-auth', 'IAM'], /--api-auth must be one of cognito, iam/],
    [['--domain-prefix', 'x', '--api-token', 'refresh'], /apiToken must be one of id, access/],
    [
      ['--domain-prefix', 'x', '--api-auth', 'iam', '--api-token', 'access'],
      /apiToken access needs apiAuthorization COGNITO/,
    ],
  ])('refuses %j', (argv, message) => {
    expect(() => planDeploy(argv, root)).toThrow(DeployPlanError);
    expect(() => planDeploy(argv, root)).toThrow(message);
  });
});
