// PreTokenGeneration (cognito-extensions §1.4), V1_0 and V2_0: runs before every token set,
// refresh included. Its answer adds, overrides and suppresses claims (protected ones are
// ignored, UNCONFIRMED: ignoring rather than failing is the reference's default), replaces the
// groups, and in V2 changes the access token's claims and scopes.

import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import type { CognitoError } from '../cognito-error';
import { invalidResponse, runTrigger } from './run-trigger';
import { triggerAttributes, triggerEvent } from './trigger-event';

export type TokenGenerationSource =
  | 'TokenGeneration_HostedAuth'
  | 'TokenGeneration_Authentication'
  | 'TokenGeneration_NewPasswordChallenge'
  | 'TokenGeneration_RefreshTokens';

export interface ClaimChanges {
  readonly add: Readonly<Record<string, unknown>>;
  readonly suppress: readonly string[];
}

export interface TokenOverrides {
  readonly id: ClaimChanges;
  readonly access: ClaimChanges & {
    readonly scopesToAdd: readonly string[];
    readonly scopesToSuppress: readonly string[];
  };
  /** The groups both tokens carry instead of the user's; undefined = unchanged. */
  readonly groups: readonly string[] | undefined;
}

export const noOverrides: TokenOverrides = {
  id: { add: {}, suppress: [] },
  access: { add: {}, suppress: [], scopesToAdd: [], scopesToSuppress: [] },
  groups: undefined,
};

/** Claims a trigger can neither add, change nor suppress (cognito-extensions §1.4). */
const protectedClaims = new Set([
  'username',
  'sub',
  'identities',
  'client_id',
  'event_id',
  'device_key',
  'version',
  'acr',
  'amr',
  'at_hash',
  'auth_time',
  'azp',
  'exp',
  'iat',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'token_use',
  'scope',
]);

// The cognito: claims a trigger may change (the rest are Cognito's own).
const groupClaims = new Set(['cognito:groups', 'cognito:roles', 'cognito:preferred_role']);

/** True when a trigger may set or remove `claim` in a token of `use`. */
export function mayChangeClaim(
  claim: string,
  use: 'id' | 'access',
  clientId: string,
  value?: unknown,
): boolean {
  if (protectedClaims.has(claim)) return false;
  if (claim.startsWith('cognito:')) return groupClaims.has(claim);
  if (claim === 'aud') return use === 'access' && (value === undefined || value === clientId);
  return true;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function readChanges(fail: (what: string) => CognitoError, raw: unknown, strings: boolean) {
  if (raw === undefined || raw === null)
    return { add: {}, suppress: [] as string[], raw: {} as Obj };
  if (!isObj(raw)) throw fail('a claims block is not an object');
  const add = raw['claimsToAddOrOverride'] ?? {};
  const suppress = raw['claimsToSuppress'] ?? [];
  if (!isObj(add)) throw fail('claimsToAddOrOverride is not an object');
  if (strings && Object.values(add).some((v) => typeof v !== 'string'))
    throw fail('V1 claim values must be strings');
  if (!Array.isArray(suppress) || suppress.some((s) => typeof s !== 'string'))
    throw fail('claimsToSuppress is not a list of strings');
  return { add, suppress: suppress as string[], raw };
}

function readScopes(fail: (what: string) => CognitoError, raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string' || /\s/.test(s) || s === ''))
    throw fail('scopes must be a list of strings without whitespace');
  return raw as string[];
}

function readGroups(
  fail: (what: string) => CognitoError,
  details: Obj,
  key: string,
): string[] | undefined {
  if (!(key in details)) return undefined;
  const override = details[key];
  // An empty or null override removes the groups (copy groupConfiguration to keep them).
  if (override === null) return [];
  if (!isObj(override)) throw fail('groupOverrideDetails is not an object');
  const groups = override['groupsToOverride'] ?? [];
  if (!Array.isArray(groups) || groups.some((g) => typeof g !== 'string'))
    throw fail('groupsToOverride is not a list of strings');
  return groups as string[];
}

/** Runs the pool's PreTokenGeneration trigger, if any, and reads its answer. */
export async function preTokenGeneration(
  ctx: PoolContext,
  input: {
    source: TokenGenerationSource;
    user: UserRecord;
    clientId: string;
    scopes: readonly string[];
    groups: readonly string[];
  },
): Promise<TokenOverrides> {
  const v2 = ctx.triggers?.preTokenGenerationVersion === 'V2_0';
  const response = await runTrigger(
    ctx,
    'PreTokenGeneration',
    triggerEvent(ctx, {
      version: v2 ? '2' : '1',
      source: input.source,
      userName: input.user.username,
      clientId: input.clientId,
      request: {
        userAttributes: triggerAttributes(input.user),
        groupConfiguration: {
          groupsToOverride: [...input.groups],
          iamRolesToOverride: [],
          preferredRole: null,
        },
        ...(v2 ? { scopes: [...input.scopes] } : {}),
      },
      response: v2 ? { claimsAndScopeOverrideDetails: null } : { claimsOverrideDetails: null },
    }),
  );
  if (!response) return noOverrides;
  const fail = (what: string) => invalidResponse(ctx, 'PreTokenGeneration', what);
  const details = response[v2 ? 'claimsAndScopeOverrideDetails' : 'claimsOverrideDetails'] ?? null;
  if (details === null) return noOverrides;
  if (!isObj(details)) throw fail('the override details are not an object');
  if (!v2) {
    const changes = readChanges(fail, details, true);
    return {
      ...noOverrides,
      id: changes,
      groups: readGroups(fail, details, 'groupOverrideDetails'),
    };
  }
  const id = readChanges(fail, details['idTokenGeneration'], false);
  const access = readChanges(fail, details['accessTokenGeneration'], false);
  return {
    id,
    access: {
      ...access,
      scopesToAdd: readScopes(fail, access.raw['scopesToAdd']),
      scopesToSuppress: readScopes(fail, access.raw['scopesToSuppress']),
    },
    groups: readGroups(fail, details, 'groupOverrideDetails'),
  };
}

/** Applies one token's changes: suppress wins over add, protected claims are left alone. */
export function applyClaimChanges(
  claims: Obj,
  changes: ClaimChanges,
  use: 'id' | 'access',
  clientId: string,
): Obj {
  const out: Obj = { ...claims };
  for (const [name, value] of Object.entries(changes.add))
    if (mayChangeClaim(name, use, clientId, value)) out[name] = value;
  for (const name of changes.suppress) if (mayChangeClaim(name, use, clientId)) delete out[name];
  return out;
}
