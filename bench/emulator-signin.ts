// `npm run bench:emulator`: cold start of the Cognito emulator and the latency of a full hosted
// sign-in (authorize -> login page -> form post -> code -> token) over loopback. Prints figures
// only; there is no pass/fail on time (see design §7).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPasswordHasher } from '../emulator/cognito/password-hasher';
import { HostedUiBrowser } from '../emulator/cognito/testing/hosted-ui-browser';
import { redeemCode } from '../emulator/cognito/testing/redeem-code';
import { createEmulator } from '../emulator/create-emulator';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('Usage: npm run bench:emulator -- [--runs N]   (default 200, max 2000)');
  process.exit(0);
}
const runs = Number(values.runs ?? 200);
if (!Number.isInteger(runs) || runs < 1 || runs > 2000) {
  console.error('--runs must be an integer 1-2000');
  process.exit(2);
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const quiet = () => {};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-bench-'));
  try {
    // Cold start with no keys yet (keys are generated), then warm start (keys read from disk).
    let t = performance.now();
    const first = await createEmulator({ cognitoPort: 0, api: false, dataDir: dir, log: quiet });
    const coldWithKeygen = performance.now() - t;
    await first.close();
    t = performance.now();
    const emulator = await createEmulator({ cognitoPort: 0, api: false, dataDir: dir, log: quiet });
    const coldWithKeys = performance.now() - t;

    const email = 'bench@example.com';
    const password = 'Bench-Pass-1';
    await emulator.pool.createUser({ email, password });
    const redirectUri = emulator.runtimeConfig('http://localhost:5173').redirectUri;
    const samples: number[] = [];
    const deadline = Date.now() + 120_000;
    for (let i = 0; i < runs && Date.now() < deadline; i++) {
      const verifier = randomBytes(32).toString('base64url');
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const browser = new HostedUiBrowser(emulator.urls.domain);
      const start = performance.now();
      const answer = await browser.signIn(
        `${emulator.urls.domain}/oauth2/authorize?response_type=code&client_id=${emulator.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&scope=openid+email&state=s${i}&code_challenge=${challenge}&code_challenge_method=S256`,
        email,
        password,
      );
      const code = new URL(answer.location ?? 'x:/').searchParams.get('code');
      if (!code) throw new Error(`sign-in ${i} failed with ${answer.status}`);
      const res = await redeemCode(emulator.urls.domain, {
        clientId: emulator.clientId,
        code,
        redirectUri,
        verifier,
      });
      if (res.status !== 200) throw new Error(`token ${i} failed with ${res.status}`);
      await res.arrayBuffer();
      samples.push(performance.now() - start);
    }
    await emulator.close();

    const hasher = createPasswordHasher();
    const stored = await hasher.hash(password);
    const hashSamples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      await hasher.verify(password, stored);
      hashSamples.push(performance.now() - s);
    }
    samples.sort((a, b) => a - b);
    hashSamples.sort((a, b) => a - b);
    console.log(`Cognito emulator bench (${samples.length} sign-ins, loopback)
  cold start, generating keys : ${ms(coldWithKeygen)}
  cold start, keys on disk    : ${ms(coldWithKeys)}
  full sign-in median         : ${ms(quantile(samples, 0.5))}
  full sign-in p99            : ${ms(quantile(samples, 0.99))}
  of which scrypt verify (med): ${ms(quantile(hashSamples, 0.5))} (N=4096, r=8, p=1)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
