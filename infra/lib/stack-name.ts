import type { StageName } from './stage-config';

/** CloudFormation stack name of a stage, e.g. `Transactions-dev`. */
export function stackName(stage: StageName): string {
  return `Transactions-${stage}`;
}
