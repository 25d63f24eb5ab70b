// The real AWS CLI pointed at the emulator, with dummy credentials and nothing from the
// developer's own AWS configuration. Without the `aws` command, `awsAvailable` is false and the
// tests that need it are skipped (.ci/run installs Debian's awscli).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const run = promisify(execFile);

export const awsAvailable = await run('aws', ['--version']).then(
  () => true,
  () => false,
);

/** Runs `aws <service> <args>` against `endpoint`; parses the JSON it prints. */
export async function awsCli(
  endpoint: string,
  service: string,
  ...args: string[]
): Promise<Record<string, unknown>> {
  const { stdout } = await run(
    'aws',
    ['--endpoint-url', endpoint, '--output', 'json', service, ...args],
    {
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_REGION: 'us-east-1',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    },
  );
  return stdout.trim() === '' ? {} : (JSON.parse(stdout) as Record<string, unknown>);
}
