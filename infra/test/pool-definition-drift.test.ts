// The deployed pool and the emulator's are both built from contract/user-pool-definition.ts.
// This test asks the running emulator what it is (DescribeUserPool, DescribeUserPoolClient,
// through the AWS SDK) and compares the answer, field by field, with the synthesized template,
// so an edit on one side alone (infra/lib/user-pool-auth.ts or the emulator's pool builder)
// fails here.

import { GetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import type {
  GetUserPoolMfaConfigResponse,
  UserPoolClientType,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorOnlyAuthFlows } from '../../emulator/cognito/pool-config';
import type { BuildOptions } from './build-stack';
import { buildStack, flatten, onlyResource } from './build-stack';
import { startDescribedEmulator, type DescribedEmulator } from './described-emulator';
import { mfaDrift } from './mfa-drift';
import { poolDrift, type Deployed } from './pool-drift';

function deployed(options: BuildOptions = {}): Deployed {
  const { template } = buildStack({ siteDir: null, ...options });
  return {
    pool: onlyResource(template, 'AWS::Cognito::UserPool'),
    client: onlyResource(template, 'AWS::Cognito::UserPoolClient'),
  };
}

/** Changes the synthesized client or pool, as an edit of user-pool-auth.ts alone would. */
const editStack =
  (edit: (pool: cognito.CfnUserPool, client: cognito.CfnUserPoolClient) => void) =>
  (stack: Parameters<NonNullable<BuildOptions['extend']>>[0]) => {
    const all = stack.node.findAll();
    const pool = all.find((c): c is cognito.CfnUserPool => c instanceof cognito.CfnUserPool);
    const client = all.find(
      (c): c is cognito.CfnUserPoolClient => c instanceof cognito.CfnUserPoolClient,
    );
    if (!pool || !client) throw new Error('no user pool or client in the stack');
    edit(pool, client);
  };

describe('one pool definition: the CDK stack and the emulator agree', () => {
  let described: DescribedEmulator | undefined;
  let pool: UserPoolType;
  let client: UserPoolClientType;
  let mfa: GetUserPoolMfaConfigResponse;
  let dev: Deployed;

  beforeAll(async () => {
    // The dev stage: like the emulator, it allows the operator's password auth flows.
    dev = deployed();
    // A stage whose config names no identity provider: the emulator without its test IdP.
    described = await startDescribedEmulator(false);
    ({ pool, client } = described);
    mfa = await described.sdk.send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: described.emulator.userPoolId }),
    );
  });
  afterAll(async () => {
    await described?.close();
  });

  it('has no field where the deployed pool and client differ from the emulator', () => {
    expect(poolDrift(dev, pool, client, emulatorOnlyAuthFlows)).toEqual([]);
  });

  it('has the same second factors as a stage that names an SES sender', () => {
    const withSes = deployed({ config: { mfaEmailFrom: 'no-reply@example.com' } });
    expect(mfaDrift(withSes.pool, mfa)).toEqual([]);
    expect(poolDrift(withSes, pool, client, emulatorOnlyAuthFlows)).toEqual([]);
  });

  it('differs by email codes alone where the stage names no SES sender (the documented default)', () => {
    // docs/deploying.md: email MFA on AWS needs an SES sender; offline the mailbox receives it.
    expect(mfaDrift(dev.pool, mfa)).toEqual([
      {
        field: 'EnabledMfas',
        deployed: ['SOFTWARE_TOKEN_MFA'],
        emulator: ['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'],
      },
    ]);
  });

  it('notices a change of the second factors on either side', () => {
    const withSes = deployed({ config: { mfaEmailFrom: 'no-reply@example.com' } });
    const noTotp = deployed({
      config: { mfaEmailFrom: 'no-reply@example.com' },
      extend: editStack((p) => (p.enabledMfas = ['EMAIL_OTP'])),
    });
    expect(mfaDrift(noTotp.pool, mfa).map((d) => d.field)).toEqual(['EnabledMfas']);
    const emulatorWithoutTotp = { ...mfa, SoftwareTokenMfaConfiguration: { Enabled: false } };
    expect(mfaDrift(withSes.pool, emulatorWithoutTotp).map((d) => d.field)).toEqual([
      'EnabledMfas',
    ]);
  });

  it('compares the callback and sign-out paths the dev stack registers', () => {
    // The template's own shape, so the path comparison above cannot be vacuous.
    const urls = (dev.client['CallbackURLs'] as unknown[]).map(flatten);
    expect(urls).toContain('http://localhost:5173/callback');
    expect(client.CallbackURLs).toContain('http://localhost:5173/callback');
  });

  // The comparison must notice a change on either side; these show that it does.
  it.each([
    ['a token lifetime', editStack((_p, c) => (c.idTokenValidity = 30)), 'IdTokenValidity'],
    [
      'an OAuth flow',
      editStack((_p, c) => (c.allowedOAuthFlows = ['code', 'implicit'])),
      'AllowedOAuthFlows',
    ],
    [
      'the password policy',
      editStack((p) => {
        p.policies = { passwordPolicy: { minimumLength: 12 } };
      }),
      'Policies.PasswordPolicy',
    ],
  ] as const)('fails when only the stack changes %s', (_what, extend, field) => {
    const drift = poolDrift(deployed({ extend }), pool, client, emulatorOnlyAuthFlows);
    expect(drift.map((d) => d.field)).toContain(field);
  });

  it.each([
    ['a token lifetime', { client: { AccessTokenValidity: 5 } }, 'AccessTokenValidity'],
    ['an OAuth flow', { client: { AllowedOAuthFlows: ['code', 'implicit'] } }, 'AllowedOAuthFlows'],
    [
      'the password policy',
      { pool: { Policies: { PasswordPolicy: { MinimumLength: 6 } } } },
      'Policies.PasswordPolicy',
    ],
  ] as const)('fails when only the emulator changes %s', (_what, change, field) => {
    const changedPool = { ...pool, ...('pool' in change ? change.pool : {}) } as UserPoolType;
    const changedClient = {
      ...client,
      ...('client' in change ? change.client : {}),
    } as UserPoolClientType;
    const drift = poolDrift(dev, changedPool, changedClient, emulatorOnlyAuthFlows);
    expect(drift.map((d) => d.field)).toContain(field);
  });
});
