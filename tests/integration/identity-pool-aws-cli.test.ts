// The tutorials' IAM workflow offline, with the real tools: `aws cognito-identity get-id` and
// `get-credentials-for-identity` against the emulator, then `curl --aws-sigv4` to the API
// (200), and the same signed request with one byte of its body changed (403). docs/emulator.md
// shows the same commands. Skipped, with a message, when `aws` or `curl` is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityPoolDefinition } from '../../contract/identity-pool-definition';
import type { Emulator } from '../../emulator/create-emulator';
import { awsAvailable, awsCli, run } from './aws-cli';
import { loginsKey } from './iam-fixtures';
import { signInWithPassword, startTestEmulator } from './start-test-emulator';

const curlAvailable = await run('curl', ['--version']).then(
  ({ stdout }) => /^curl (7\.(7[5-9]|[89]\d)|[89]\.)/.test(stdout),
  () => false,
);
if (!awsAvailable || !curlAvailable)
  console.warn('identity-pool-aws-cli: needs `aws` and curl >= 7.75 (--aws-sigv4); skipping');

let emulator: Emulator;

/** curl's exit status aside, the HTTP status it printed last and the verbose request lines. */
async function curl(...args: string[]): Promise<{ status: number; body: string; sent: string }> {
  const { stdout, stderr } = await run('curl', ['-sS', '-v', '-w', '\n%{http_code}', ...args]);
  const lines = stdout.split('\n');
  return { status: Number(lines.pop()), body: lines.join('\n'), sent: stderr };
}

describe.runIf(awsAvailable && curlAvailable)('the IAM workflow with the AWS CLI and curl', () => {
  beforeAll(async () => {
    emulator = await startTestEmulator({ apiAuth: 'iam' });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('gets credentials with the CLI and calls the API with curl --aws-sigv4', async () => {
    const { idToken } = await signInWithPassword(emulator, 'cli-iam@example.com');
    const logins = JSON.stringify({ [loginsKey(emulator)]: idToken });
    const { IdentityId } = await awsCli(
      emulator.urls.domain,
      'cognito-identity',
      'get-id',
      '--identity-pool-id',
      identityPoolDefinition.localIdentityPoolId,
      '--logins',
      logins,
    );
    expect(IdentityId).toMatch(/^local:/);
    const { Credentials } = (await awsCli(
      emulator.urls.domain,
      'cognito-identity',
      'get-credentials-for-identity',
      '--identity-id',
      IdentityId as string,
      '--logins',
      logins,
    )) as { Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string } };

    const signed = [
      '--aws-sigv4',
      'aws:amz:local:execute-api',
      '--user',
      `${Credentials.AccessKeyId}:${Credentials.SecretKey}`,
      '-H',
      `x-amz-security-token: ${Credentials.SessionToken}`,
    ];
    const list = await curl(...signed, `${emulator.urls.api}/transactions`);
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body)).toMatchObject({ items: [] });

    const body = '{"date":"2026-11-20","description":"Coffee","amount":-350,"currency":"EUR"}';
    const json = ['-H', 'content-type: application/json'];
    const created = await curl(
      ...signed,
      ...json,
      '--data-raw',
      body,
      `${emulator.urls.api}/transactions`,
    );
    expect(created.status).toBe(201);

    // The same signature, date and token again, with one byte of the signed body changed.
    const sentHeader = (name: string) =>
      new RegExp(`^> ${name}: (.*)\\r?$`, 'im').exec(created.sent)?.[1] ?? '';
    const replay = [
      '-H',
      `Authorization: ${sentHeader('Authorization')}`,
      '-H',
      `X-Amz-Date: ${sentHeader('X-Amz-Date')}`,
      '-H',
      `x-amz-security-token: ${Credentials.SessionToken}`,
      ...json,
    ];
    expect(sentHeader('Authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIA/);
    const tampered = await curl(
      ...replay,
      '--data-raw',
      body.replace('-350', '-351'),
      `${emulator.urls.api}/transactions`,
    );
    expect(tampered.status).toBe(403);
    expect(tampered.body).toMatch(
      /^\{"message":"The request signature we calculated does not match/,
    );
  });
});
