// API load benchmark (`npm run bench:api`): the real handler on DynamoDB Local behind the local
// gateway, with a real ID token from the Cognito emulator. Measures list and create at N
// connections with the authorizer on, then list with the authorizer off, and prints the
// authorizer's cost as a share of throughput (goal: zero errors, cost ≤ 25 %).
// Bounded: loopback only, a fixed duration per scenario, every server closed at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { routeTable } from '../api/route-table';
import { createEmulator, type Emulator } from '../emulator/create-emulator';
import { createGateway } from '../emulator/gateway/create-gateway';
import { javaInstallHelp, JavaMissingError } from '../emulator/store/start-dynamodb-local';

const HELP = `Usage: npm run bench:api -- [--duration <seconds 1-30>] [--connections <1-100>]

Starts the emulator (createEmulator: Cognito, DynamoDB Local, the real handler behind the local
gateway) on 127.0.0.1, puts a second gateway with the authorizer switched off in front of the
same handler, signs in one user, then runs for <duration> seconds each:
  list   GET  /transactions   authorizer on   (two halves, A-B-B-A with the next one)
  list   GET  /transactions   authorizer off  (two halves)
  create POST /transactions   authorizer on
and prints req/s, p50, p99 and errors (network errors, timeouts, non-2xx) for each, plus the
authorizer's cost. Exits 1 when a goal (zero errors, cost ≤ 25 %) is missed, 2 when the
stack cannot start. Defaults: --duration 5 --connections 20. Needs Java 17+ for DynamoDB Local.`;

function parseArgs(argv: readonly string[]): { duration: number; connections: number } | 'help' {
  const args = { duration: 5, connections: 20 };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return 'help';
    const bounds =
      flag === '--duration' ? [1, 30] : flag === '--connections' ? [1, 100] : undefined;
    const value = Number(argv[i + 1]);
    if (bounds === undefined)
      throw new Error(`Unknown argument ${JSON.stringify(flag)}. See --help.`);
    if (!Number.isInteger(value) || value < bounds[0]! || value > bounds[1]!) {
      throw new Error(`${flag} needs an integer from ${bounds[0]} to ${bounds[1]}.`);
    }
    args[flag === '--duration' ? 'duration' : 'connections'] = value;
    i += 1;
  }
  return args;
}

const APP_ORIGIN = 'http://127.0.0.1:5173';

async function signIn(emulator: Emulator): Promise<{ idToken: string; sub: string }> {
  const cognito = await import('@aws-sdk/client-cognito-identity-provider');
  const config = emulator.runtimeConfig(APP_ORIGIN);
  const client = new cognito.CognitoIdentityProviderClient({
    endpoint: emulator.urls.jsonApi,
    region: config.region === 'local' ? 'us-east-1' : config.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const username = `bench-${Date.now()}@example.com`;
  const password = `Bench-${Math.random().toString(36).slice(2)}-9aA!`;
  const UserPoolId = config.userPoolId;
  await client.send(
    new cognito.AdminCreateUserCommand({
      UserPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: username },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await client.send(
    new cognito.AdminSetUserPasswordCommand({
      UserPoolId,
      Username: username,
      Password: password,
      Permanent: true,
    }),
  );
  const auth = await client.send(
    new cognito.AdminInitiateAuthCommand({
      UserPoolId,
      ClientId: config.clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  const idToken = auth.AuthenticationResult?.IdToken;
  if (idToken === undefined)
    throw new Error(`AdminInitiateAuth returned no IdToken (challenge ${auth.ChallengeName}).`);
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString()) as {
    sub: string;
  };
  return { idToken, sub: payload.sub };
}

interface Figures {
  readonly name: string;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function run(
  name: string,
  url: string,
  connections: number,
  duration: number,
  init: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    method: init.method ?? 'GET',
    headers: init.headers,
    ...(init.body ? { body: init.body } : {}),
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Two runs of one scenario as one row: mean rate and p50, worst p99, all errors. */
function combine(name: string, a: Figures, b: Figures): Figures {
  return {
    name,
    rps: (a.rps + b.rps) / 2,
    p50: (a.p50 + b.p50) / 2,
    p99: Math.max(a.p99, b.p99),
    errors: a.errors + b.errors,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(HELP);
    return 0;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-api-'));
  const cleanups: Array<() => Promise<void>> = [
    () => rm(dataDir, { recursive: true, force: true }),
  ];
  try {
    const emulator = await createEmulator({
      host: '127.0.0.1',
      cognitoPort: 0,
      api: { port: 0 },
      dataDir,
      appOrigins: [APP_ORIGIN],
      appBasePaths: ['/'],
      log: () => undefined,
    });
    cleanups.unshift(() => emulator.close());
    const { idToken } = await signIn(emulator);
    const claims = JSON.parse(
      Buffer.from(idToken.split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    const withoutAuthorizer = createGateway({
      routes: routeTable,
      invoke: emulator.api!.handler,
      issuer: emulator.urls.issuer,
      getJwks: () => emulator.jwks(),
      allowedOrigins: [APP_ORIGIN],
      unsafeAuthorizerOff: { claims },
    });
    const onUrl = emulator.urls.api;
    const offUrl = await withoutAuthorizer.listen(0, '127.0.0.1');
    cleanups.unshift(() => withoutAuthorizer.close());

    const headers = { Authorization: idToken, 'Content-Type': 'application/json' };
    const body = JSON.stringify({
      date: '2026-01-15',
      description: 'Bench coffee',
      amount: -350,
      currency: 'EUR',
      category: 'food',
    });
    for (let i = 0; i < 30; i += 1) {
      const seeded = await fetch(`${onUrl}/transactions`, { method: 'POST', headers, body });
      if (seeded.status !== 201)
        throw new Error(
          `Seeding failed: POST /transactions answered ${seeded.status} ${await seeded.text()}`,
        );
    }
    const list = (url: string, seconds: number) =>
      run('list', `${url}/transactions`, args.connections, seconds, { headers });
    // DynamoDB Local's JVM keeps speeding up for a while: warm both paths, then measure list
    // on/off as A-B-B-A halves so a steady drift cancels out of the ratio.
    await list(onUrl, 2);
    await list(offUrl, 2);
    const half = Math.max(1, Math.round(args.duration / 2));
    const listHalves = [
      await list(onUrl, half),
      await list(offUrl, half),
      await list(offUrl, half),
      await list(onUrl, half),
    ];
    const create = await run('create', `${onUrl}/transactions`, args.connections, args.duration, {
      method: 'POST',
      headers,
      body,
    });
    const figures = [
      combine('list   (authorizer on) ', listHalves[0]!, listHalves[3]!),
      { ...create, name: 'create (authorizer on) ' },
      combine('list   (authorizer off)', listHalves[1]!, listHalves[2]!),
    ];
    console.log(
      `\nAPI load, ${args.connections} connections, ${args.duration} s per scenario (loopback)\n`,
    );
    console.log('scenario                    req/s     p50 ms   p99 ms   errors');
    for (const f of figures) {
      console.log(
        `${f.name}   ${f.rps.toFixed(0).padStart(7)}   ${String(f.p50).padStart(6)}   ${String(f.p99).padStart(6)}   ${String(f.errors).padStart(6)}`,
      );
    }
    const [listOn, , listOff] = figures;
    const cost = 1 - listOn!.rps / listOff!.rps;
    const errors = figures.reduce((sum, f) => sum + f.errors, 0);
    console.log(
      `\nauthorizer on/off throughput ratio: ${(listOn!.rps / listOff!.rps).toFixed(3)} (cost ${(cost * 100).toFixed(1)} %, goal ≤ 25 %)`,
    );
    console.log(`errors: ${errors} (goal 0)`);
    return errors === 0 && cost <= 0.25 ? 0 : 1;
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof JavaMissingError) console.error(javaInstallHelp);
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
