// The real app (bin/app.ts, the real api/handler.ts) through the real CDK CLI, offline and
// without AWS credentials, as CI runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultApiEntry } from '../lib/transactions-stack';

const infraDir = fileURLToPath(new URL('..', import.meta.url));

function cdkSynth(context: readonly string[]): {
  status: number | null;
  output: string;
  outdir: string;
} {
  const outdir = mkdtempSync(join(tmpdir(), 'infra-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE|REGION|DEFAULT_REGION)$/.test(
        key,
      )
    ) {
      delete env[key];
    }
  }
  const result = spawnSync(
    'npx',
    [
      '--no-install',
      'cdk',
      'synth',
      '--quiet',
      '--no-notices',
      '-o',
      outdir,
      ...context.flatMap((c) => ['-c', c]),
    ],
    {
      cwd: infraDir,
      env: { ...env, AWS_EC2_METADATA_DISABLED: 'true', CDK_DISABLE_CLI_TELEMETRY: 'true' },
      encoding: 'utf8',
      timeout: 150_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outdir };
}

describe('cdk synth of bin/app.ts', () => {
  it('references the real Lambda entry', () => {
    expect(defaultApiEntry).toMatch(/[/\\]api[/\\]handler\.ts$/);
    expect(existsSync(defaultApiEntry)).toBe(true);
  });

  it('synthesizes prod offline, bundling api/handler.ts with the local esbuild and passing cdk-nag', () => {
    const { status, output, outdir } = cdkSynth([
      'stage=prod',
      'domainPrefix=acme-transactions',
      'siteDir=test/fixtures/site',
    ]);
    expect(output).not.toMatch(/docker/i);
    expect(status, output).toBe(0);
    const template = JSON.parse(
      readFileSync(join(outdir, 'Transactions-prod.template.json'), 'utf8'),
    ) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const types = Object.values(template.Resources).map((r) => r.Type);
    expect(types).toEqual(
      expect.arrayContaining([
        'AWS::Cognito::UserPool',
        'AWS::ApiGateway::RestApi',
        'AWS::DynamoDB::Table',
        'AWS::CloudFront::Distribution',
        'Custom::CDKBucketDeployment',
      ]),
    );
    // The bundles are the real handler and the real triggers: each reads the config the
    // stack provides.
    const bundles = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(outdir, name, 'index.mjs'))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8'));
    const code = bundles.find((text) => text.includes('EXPECTED_ISSUER'));
    expect(code).toBeDefined();
    for (const name of ['TABLE_NAME', 'EXPECTED_ISSUER', 'EXPECTED_CLIENT_ID', 'ALLOWED_ORIGINS']) {
      expect(code).toContain(name);
    }
    for (const text of bundles) expect(text).not.toContain('@aws-sdk/client-dynamodb/dist-cjs');
    // API + the four triggers of contract/user-pool-definition.ts.
    expect(bundles).toHaveLength(5);
    for (const marker of [
      'SIGNUP_ALLOWED_DOMAINS',
      'The event carries no sub',
      'CustomMessage_AdminCreateUser',
      'claimsAndScopeOverrideDetails',
    ])
      expect(bundles.filter((text) => text.includes(marker))).toHaveLength(1);
  }, 180_000);

  it('refuses a bad context, listing every problem, with a non-zero exit', () => {
    const { status, output, outdir } = cdkSynth(['stage=staging', 'domainPrefix=Bad_Prefix']);
    rmSync(outdir, { recursive: true, force: true });
    expect(output).toContain('stage: must be one of dev, prod');
    expect(output).toContain('domainPrefix: 1-63 lowercase');
    expect(status).not.toBe(0);
  }, 60_000);
});
