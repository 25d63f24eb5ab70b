// `npm run deploy -- --help`: builds the SPA, deploys one stage with CDK and prints the
// stack outputs (the values config.json was written from).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployUsage, DeployPlanError, planDeploy } from '../lib/deploy-plan';
import type { DeployCommand } from '../lib/deploy-plan';
import { repoRoot } from '../lib/repo-root';

function run(step: DeployCommand): number {
  const result = spawnSync(step.command, step.args, { cwd: step.cwd, stdio: 'inherit' });
  return result.status ?? 1;
}

function main(argv: readonly string[]): number {
  let plan;
  try {
    plan = planDeploy(argv, repoRoot);
  } catch (error) {
    if (error instanceof DeployPlanError) {
      console.error(`deploy: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (plan.kind === 'help') {
    console.log(deployUsage);
    return 0;
  }

  const [deployStep, ...buildSteps] = [...plan.commands].reverse();
  for (const step of [...buildSteps.reverse(), deployStep!]) {
    console.log(`$ (cd ${step.cwd} && ${step.command} ${step.args.join(' ')})`);
    if (plan.dryRun) continue;
    if (step === deployStep && !existsSync(join(plan.siteDir, 'index.html'))) {
      console.error(`deploy: ${plan.siteDir} has no index.html; build the SPA first.`);
      return 1;
    }
    const status = run(step);
    if (status !== 0) {
      console.error(
        `deploy: ${step.command} ${step.args.slice(0, 3).join(' ')} failed (${status})`,
      );
      return status;
    }
  }
  if (plan.dryRun) return 0;

  const outputs = JSON.parse(readFileSync(plan.outputsFile, 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const stackOutputs = Object.values(outputs)[0] ?? {};
  console.log('\nStack outputs (the site config.json holds the runtime-config keys):');
  for (const [key, value] of Object.entries(stackOutputs)) console.log(`  ${key} = ${value}`);
  console.log(`\nOpen ${stackOutputs['siteUrl'] ?? 'the siteUrl output'} to sign up and sign in.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
