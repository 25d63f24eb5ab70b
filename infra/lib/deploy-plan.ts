// Turns `npm run deploy -- <options>` into the commands that build the SPA and deploy one
// stage with CDK. Pure, so the option handling is tested without running anything.

import { parseArgs } from 'node:util';
import { isAbsolute, join, resolve } from 'node:path';
import type { StageConfig } from './stage-config';
import { readStageConfig, StageConfigError } from './stage-config';
import { stackName } from './stack-name';
import { apiAuthModes, apiModeProblem, isApiAuthMode } from '../../contract/api-modes';

export const deployUsage = `Usage: npm run deploy -- [options] [-- <extra cdk deploy options>]

Builds the SPA (npm run build), then deploys one stage with AWS CDK: the Cognito user pool
and hosted UI domain, the Transactions API (API Gateway + Lambda), the DynamoDB table and the
S3 + CloudFront site with a config.json written from the stack outputs. Prints the outputs.
Needs AWS credentials and a bootstrapped account/region (see docs/deploying.md).

Options:
  --stage <dev|prod>        stage to deploy (default: dev)
  --domain-prefix <prefix>  Cognito domain prefix, unique in the region (required)
  --allow-localhost         also accept http://localhost:5173 (default in dev; refused in prod)
  --no-localhost            do not accept localhost in dev
  --auth-header <name>      header the API reads the id_token from (default: Authorization)
  --api-auth <mode>         how the API is guarded: cognito (default), iam or lambda
  --api-token <type>        which token the SPA sends: id (default) or access (scoped
                            methods; needs --api-auth cognito)
  --site-dir <path>         deploy this existing build instead of building (promote a build)
  --skip-build              deploy the existing dist/ without rebuilding it
  --dry-run                 print the commands without running them
  -h, --help                show this help

Examples:
  npm run deploy -- --stage dev --domain-prefix acme-tx-dev
  npm run deploy -- --stage prod --domain-prefix acme-tx --site-dir dist -- --profile prod
`;

export interface DeployCommand {
  readonly cwd: string;
  readonly command: string;
  readonly args: readonly string[];
}

export type DeployPlan =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'deploy';
      readonly config: StageConfig;
      readonly dryRun: boolean;
      /** The build uploaded to the site (must hold index.html once the build step ran). */
      readonly siteDir: string;
      readonly outputsFile: string;
      readonly commands: readonly DeployCommand[];
    };

export type DeployPlanErrorCode = 'INVALID_DEPLOY_OPTIONS';

/** Wrong or missing options; `message` says what to fix. */
export class DeployPlanError extends Error {
  readonly code: DeployPlanErrorCode = 'INVALID_DEPLOY_OPTIONS';
  override readonly name = 'DeployPlanError';
}

/** Builds the deploy plan from argv (without node and script); throws DeployPlanError. */
export function planDeploy(argv: readonly string[], repoRoot: string): DeployPlan {
  const separator = argv.indexOf('--');
  const own = separator === -1 ? [...argv] : argv.slice(0, separator);
  const cdkExtra = separator === -1 ? [] : argv.slice(separator + 1);

  let values;
  try {
    ({ values } = parseArgs({
      args: own,
      strict: true,
      allowPositionals: false,
      options: {
        stage: { type: 'string' },
        'domain-prefix': { type: 'string' },
        'allow-localhost': { type: 'boolean' },
        'no-localhost': { type: 'boolean' },
        'auth-header': { type: 'string' },
        'api-auth': { type: 'string' },
        'api-token': { type: 'string' },
        'site-dir': { type: 'string' },
        'skip-build': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new DeployPlanError(`${(error as Error).message}\nRun with --help for the options.`);
  }
  if (values.help) return { kind: 'help' };

  if (!values['domain-prefix']) {
    throw new DeployPlanError(
      '--domain-prefix is required: the Cognito domain prefix must be unique in the region.',
    );
  }
  if (values['allow-localhost'] && values['no-localhost']) {
    throw new DeployPlanError('--allow-localhost and --no-localhost contradict each other.');
  }
  const apiAuth = values['api-auth'];
  if (apiAuth !== undefined && !isApiAuthMode(apiAuth)) {
    throw new DeployPlanError(apiModeProblem('--api-auth', apiAuthModes, apiAuth));
  }
  if (values['site-dir'] && values['skip-build']) {
    throw new DeployPlanError('--site-dir already skips the build; drop --skip-build.');
  }

  const context: Record<string, string | undefined> = {
    stage: values.stage,
    domainPrefix: values['domain-prefix'],
    allowLocalhost: values['allow-localhost']
      ? 'true'
      : values['no-localhost']
        ? 'false'
        : undefined,
    apiAuthHeader: values['auth-header'],
    apiAuthorization: apiAuth?.toUpperCase(),
    apiToken: values['api-token'],
  };
  let config: StageConfig;
  try {
    config = readStageConfig((key) => context[key]);
  } catch (error) {
    if (error instanceof StageConfigError) throw new DeployPlanError(error.message);
    throw error;
  }

  const siteDir = values['site-dir']
    ? isAbsolute(values['site-dir'])
      ? values['site-dir']
      : resolve(values['site-dir'])
    : join(repoRoot, 'dist');
  const infraDir = join(repoRoot, 'infra');
  const outputsFile = join(infraDir, 'cdk.out', `outputs-${config.stage}.json`);
  const contextArgs = Object.entries({
    stage: config.stage,
    domainPrefix: config.domainPrefix,
    allowLocalhost: String(config.allowLocalhost),
    apiAuthHeader: config.apiAuthHeader,
    apiAuthorization: config.apiAuth.toUpperCase(),
    apiToken: config.apiToken,
    siteDir,
  }).flatMap(([key, value]) => ['-c', `${key}=${value}`]);

  const build: DeployCommand[] =
    values['site-dir'] || values['skip-build']
      ? []
      : [{ cwd: repoRoot, command: 'npm', args: ['run', 'build'] }];
  return {
    kind: 'deploy',
    config,
    dryRun: values['dry-run'] ?? false,
    siteDir,
    outputsFile,
    commands: [
      ...build,
      {
        cwd: infraDir,
        command: 'npx',
        args: [
          '--no-install',
          'cdk',
          'deploy',
          stackName(config.stage),
          ...contextArgs,
          '--outputs-file',
          outputsFile,
          ...cdkExtra,
        ],
      },
    ],
  };
}
