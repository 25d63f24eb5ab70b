// `npm run emulator -- [options]`: the offline Cognito (hosted UI, OAuth2/OIDC, JSON API, mailbox).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator, cognitoDataFolder } from './create-emulator';
import { rotateKeyFile, type KeyFile } from './cognito/key-ring';
import { InvalidEmulatorOptionsError } from './emulator-options';
import { createJsonFile } from './persistence/atomic-json-file';

const help = `Usage: npm run emulator -- [options]

Starts the local Amazon Cognito emulator: hosted sign-in pages, OAuth2/OIDC endpoints,
the User Pools JSON API and a mailbox for the codes it "emails".

Options:
  --port <n>          port to listen on (default 9229; 0 = any free port)
  --host <addr>       interface to listen on (default 127.0.0.1, loopback only)
  --data-dir <dir>    data folder (default .local); users, tokens and keys live in <dir>/${cognitoDataFolder}
  --in-memory         keep nothing on disk
  --reset             empty <dir>/${cognitoDataFolder} before starting
  --rotate-keys       make new signing keys (old public keys stay published until their
                      tokens expire), then exit; restart the emulator to sign with them
  --help              show this help

Point the AWS CLI at it:
  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local aws --region local \\
    --endpoint-url http://127.0.0.1:9229 cognito-idp list-users --user-pool-id <pool id>`;

function fail(message: string): never {
  console.error(`emulator: ${message}\nRun with --help for usage.`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        reset: { type: 'boolean' },
        'rotate-keys': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    console.log(help);
    return;
  }
  const port = args.port === undefined ? undefined : Number(args.port);
  if (port !== undefined && !/^\d{1,5}$/.test(args.port ?? ''))
    fail(`--port must be a number 0-65535 (got "${args.port}")`);
  const dataDir = args['in-memory'] ? null : (args['data-dir'] ?? '.local');

  if (args['rotate-keys']) {
    if (dataDir === null) fail('--rotate-keys needs a data folder (not --in-memory)');
    const file = createJsonFile<KeyFile>(join(dataDir, cognitoDataFolder), 'keys.json');
    const current = file.read();
    if (!current) fail(`no keys in ${file.path} yet; start the emulator once first`);
    const rotated = await rotateKeyFile(current, Date.now());
    file.write(rotated);
    const fresh = rotated.keys.filter((k) => k.retiredAt === null).map((k) => `${k.use}: ${k.kid}`);
    console.log(
      `New signing keys in ${file.path}:\n  ${fresh.join('\n  ')}\nRestart the emulator to sign with them; old public keys stay in the JWKS until their tokens expire.`,
    );
    return;
  }

  const started = performance.now();
  let emulator;
  try {
    emulator = await createEmulator({
      host: args.host,
      cognitoPort: port,
      dataDir,
      reset: args.reset ?? false,
    });
  } catch (error) {
    if (error instanceof InvalidEmulatorOptionsError) fail(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      fail(`port ${port ?? 9229} is in use; pick another with --port`);
    throw error;
  }
  const u = emulator.urls;
  console.log(`Cognito emulator ready in ${Math.round(performance.now() - started)} ms
  hosted UI / domain : ${u.domain}
  issuer (authority) : ${u.issuer}
  JWKS               : ${u.jwks}
  mailbox            : ${u.mailbox}  (JSON: ${u.mailboxJson})
  JSON API           : ${u.jsonApi}  (aws --endpoint-url ${u.domain} cognito-idp ...)
  user pool / client : ${emulator.userPoolId} / ${emulator.clientId} (region ${emulator.region})
  data               : ${dataDir === null ? 'in memory' : join(dataDir, cognitoDataFolder)}
Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
