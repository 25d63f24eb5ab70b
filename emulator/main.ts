// `npm run emulator -- [options]`: the offline stack without the SPA: Cognito (hosted UI,
// OAuth2/OIDC, JSON API, mailbox) and the Transactions API (gateway, handler, DynamoDB Local).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apiAuthModes, apiModeProblem, apiTokenModes } from '../contract/api-modes';
import { apiModesProblem, isApiAuthMode, isApiTokenMode } from '../contract/api-modes';
import { systemClock } from '../contract/clock';
import { createEmulator, cognitoDataFolder, type EmulatorOptions } from './create-emulator';
import { rotateKeyFile, type KeyFile } from './cognito/key-ring';
import { InvalidEmulatorOptionsError } from './emulator-options';
import { PortInUseError } from './port-in-use-error';
import { triggerVariables } from './trigger-variables';
import { JavaMissingError } from './store/start-dynamodb-local';
import { createJsonFile } from './persistence/atomic-json-file';
import { keyFileSchema } from './persistence/key-file-schema';

const help = `Usage: npm run emulator -- [options]

Starts the local Amazon Cognito emulator (hosted sign-in pages, OAuth2/OIDC endpoints,
the User Pools JSON API and a mailbox for the codes it "emails") and the Transactions API
behind a local API Gateway with its Cognito authorizer, on DynamoDB Local (needs Java 17+).

Options:
  --port <n>          Cognito port (default 9229; 0 = any free port)
  --api-port <n>      Transactions API gateway port (default 9230; 0 = any free port)
  --no-api            run Cognito only (no gateway, no DynamoDB Local, no Java needed)
  --api-auth <mode>   how the API guards its routes: cognito (Cognito authorizer, default),
                      iam (identity pool credentials + SigV4) or lambda (Lambda authorizer)
  --api-token <type>  which token the SPA sends: id (default) or access (custom scopes on
                      each method; needs --api-auth cognito)
  --host <addr>       interface to listen on (default 127.0.0.1, loopback only)
  --data-dir <dir>    data folder (default .local); users, tokens and keys live in <dir>/${cognitoDataFolder}
  --in-memory         keep nothing on disk
  --reset             empty <dir>/${cognitoDataFolder} and <dir>/dynamodb before starting
  --trigger <T=file>  run your own trigger file (exporting handler) as trigger T, one of
                      PreSignUp, PostConfirmation, CustomMessage, PreTokenGeneration
                      (repeatable; the product's triggers run in the other slots)
  --no-test-idp       no local test IdP: no "Continue with Google" (by default the pool's
                      providers sign in through the test IdP at <origin>/_test-idp)
  --rotate-keys       make new signing keys (old public keys stay published until their
                      tokens expire), then exit; restart the emulator to sign with them
  --help              show this help

The product's PreSignUp trigger reads SIGNUP_ALLOWED_DOMAINS and SIGNUP_AUTO_CONFIRM_DOMAINS
(comma lists of domains; empty = anyone may sign up / nobody is auto-confirmed) from this
command's environment.

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
        'api-port': { type: 'string' },
        'no-api': { type: 'boolean' },
        'no-test-idp': { type: 'boolean' },
        'api-auth': { type: 'string' },
        'api-token': { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        reset: { type: 'boolean' },
        'rotate-keys': { type: 'boolean' },
        trigger: { type: 'string', multiple: true },
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
  const apiPort = args['api-port'] === undefined ? 9230 : Number(args['api-port']);
  if (args['api-port'] !== undefined && !/^\d{1,5}$/.test(args['api-port']))
    fail(`--api-port must be a number 0-65535 (got "${args['api-port']}")`);
  if (args['no-api'] && args['api-port'] !== undefined) fail('--api-port and --no-api conflict');
  const dataDir = args['in-memory'] ? null : (args['data-dir'] ?? '.local');
  const apiAuth = args['api-auth'];
  if (apiAuth !== undefined && !isApiAuthMode(apiAuth))
    fail(apiModeProblem('--api-auth', apiAuthModes, apiAuth));
  const apiToken = args['api-token'];
  if (apiToken !== undefined && !isApiTokenMode(apiToken))
    fail(apiModeProblem('--api-token', apiTokenModes, apiToken));
  const modesProblem = apiModesProblem(apiAuth, apiToken, {
    apiAuth: '--api-auth',
    apiToken: '--api-token',
  });
  if (modesProblem) fail(modesProblem);
  const triggers: Record<string, string> = {};
  for (const entry of args.trigger ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0 || eq === entry.length - 1)
      fail(`--trigger takes <Trigger>=<file> (got "${entry.slice(0, 100)}")`);
    triggers[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  const triggerEnvironment = Object.fromEntries(
    triggerVariables.flatMap((name) => {
      const value = process.env[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );

  if (args['rotate-keys']) {
    if (dataDir === null) fail('--rotate-keys needs a data folder (not --in-memory)');
    const file = createJsonFile<KeyFile>(
      join(dataDir, cognitoDataFolder),
      'keys.json',
      keyFileSchema,
    );
    const current = file.read();
    if (!current) fail(`no keys in ${file.path} yet; start the emulator once first`);
    // The CLI's emulator runs on the system clock, so retirement times are read from it too.
    const rotated = await rotateKeyFile(current, systemClock.now());
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
      api: args['no-api'] ? false : { port: apiPort },
      ...(apiAuth === undefined ? {} : { apiAuth }),
      ...(apiToken === undefined ? {} : { apiToken }),
      dataDir,
      reset: args.reset ?? false,
      testIdp: !(args['no-test-idp'] ?? false),
      triggerEnvironment,
      // Unknown trigger names are refused by the options' check, with the others listed.
      triggers: triggers as EmulatorOptions['triggers'],
    });
  } catch (error) {
    if (error instanceof InvalidEmulatorOptionsError) fail(error.message);
    if (error instanceof JavaMissingError)
      fail(`${error.message}\nOr run Cognito alone with --no-api.`);
    if (error instanceof PortInUseError) fail(error.message);
    throw error;
  }
  const u = emulator.urls;
  const apiLines = emulator.api
    ? `\n  Transactions API   : ${u.api}  (apiAuth ${apiAuth ?? 'cognito'}, apiToken ${apiToken ?? 'id'})\n  DynamoDB Local     : ${u.dynamoDb}`
    : '';
  const identityLine = emulator.identityPool
    ? `\n  identity pool      : ${emulator.identityPool.identityPoolId}  (aws --endpoint-url ${u.domain} cognito-identity ...)`
    : '';
  console.log(`Emulator ready in ${Math.round(performance.now() - started)} ms
  hosted UI / domain : ${u.domain}
  issuer (authority) : ${u.issuer}
  JWKS               : ${u.jwks}
  mailbox            : ${u.mailbox}  (JSON: ${u.mailboxJson})
  console            : ${u.console}  (users, app client, authorizer test)
  JSON API           : ${u.jsonApi}  (aws --endpoint-url ${u.domain} cognito-idp ...)
  user pool / client : ${emulator.userPoolId} / ${emulator.clientId} (region ${emulator.region})${identityLine}${apiLines}
  data               : ${dataDir === null ? 'in memory' : join(dataDir, cognitoDataFolder)}
Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // close() flushes the pool's and the mailbox's pending writes and stops DynamoDB Local.
    void emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`emulator: could not close cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
