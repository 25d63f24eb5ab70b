// CDK app entry: reads the stage from context, builds that stage's stack and applies
// cdk-nag's AWS Solutions checks. Runs offline: env-agnostic unless the CLI supplies an
// account and region, and the Lambda is bundled by the local esbuild (no Docker).

import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readStageConfig, StageConfigError } from '../lib/stage-config';
import { repoRoot, stackName, TransactionsStack } from '../lib/transactions-stack';

const app = new App();
try {
  const config = readStageConfig((key) => app.node.tryGetContext(key));
  // The site is uploaded only when a build exists, so synth works without one.
  const siteDirContext: unknown = app.node.tryGetContext('siteDir');
  const siteDir =
    typeof siteDirContext === 'string' && siteDirContext !== ''
      ? resolve(siteDirContext)
      : join(repoRoot, 'dist');
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  new TransactionsStack(app, stackName(config.stage), {
    config,
    siteDir: existsSync(join(siteDir, 'index.html')) ? siteDir : undefined,
    env: account && region ? { account, region } : undefined,
    description: `Cognito Transactions (${config.stage}): user pool, API, table and SPA site`,
    tags: { project: 'cognito-transactions', stage: config.stage },
  });
} catch (error) {
  if (error instanceof StageConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
