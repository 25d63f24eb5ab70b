// An app client from CreateUserPoolClient's request shape, with Cognito's defaults for what the
// request leaves out. The emulator's `appClients` option uses it today (tests that need a client
// the product does not have, e.g. one allowing the implicit grant); a CreateUserPoolClient
// operation can reuse it as is.

import type {
  CreateUserPoolClientRequest,
  TimeUnitsType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from './cognito-error';
import { clientAttributeList } from './client-attributes';
import type { AppClientConfig, CustomAttribute, ExplicitAuthFlow, OAuthFlow } from './pool-config';

/** CreateUserPoolClient's request; the emulator takes the id too, so tests know it up front. */
export type AppClientRequest = Omit<CreateUserPoolClientRequest, 'UserPoolId'> & {
  readonly ClientId: string;
};

const supportedMembers = new Set<string>([
  'ClientId',
  'ClientName',
  'GenerateSecret',
  'IdTokenValidity',
  'AccessTokenValidity',
  'RefreshTokenValidity',
  'TokenValidityUnits',
  'ExplicitAuthFlows',
  'SupportedIdentityProviders',
  'CallbackURLs',
  'LogoutURLs',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'AllowedOAuthFlowsUserPoolClient',
  'EnableTokenRevocation',
  'RefreshTokenRotation',
  'ReadAttributes',
  'WriteAttributes',
]);
const oauthFlows: readonly string[] = ['code', 'implicit'] satisfies OAuthFlow[];
const authFlows: readonly string[] = [
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
] satisfies ExplicitAuthFlow[];
/** Cognito's default when ExplicitAuthFlows is omitted. */
const defaultAuthFlows: ExplicitAuthFlow[] = [
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_CUSTOM_AUTH',
];
const unitSeconds: Record<TimeUnitsType, number> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86_400,
};

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

function seconds(value: number | undefined, unit: TimeUnitsType | undefined, fallback: number) {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw invalid('Token validity must be a positive integer.');
  return value * unitSeconds[unit ?? 'hours'];
}

const rotationMembers = new Set(['Feature', 'RetryGracePeriodSeconds']);

/** RefreshTokenRotation as Cognito validates it (cognito-extensions §3.1); undefined: DISABLED. */
function rotation(
  value: unknown,
  flows: readonly string[] | undefined,
): { retryGracePeriodSeconds: number } | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw invalid('RefreshTokenRotation must be an object.');
  const members = value as Record<string, unknown>;
  const extra = Object.keys(members).find((k) => !rotationMembers.has(k));
  if (extra) throw invalid(`RefreshTokenRotation has no member ${extra.slice(0, 64)}.`);
  const feature = members.Feature;
  if (feature === undefined)
    throw invalid(
      "1 validation error detected: Value null at 'refreshTokenRotation.feature' failed to satisfy constraint: Member must not be null",
    );
  if (feature !== 'ENABLED' && feature !== 'DISABLED')
    throw invalid(
      "1 validation error detected: Value at 'refreshTokenRotation.feature' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]",
    );
  // Cognito's default when omitted is unconfirmed; 0 (the strictest) per docs/emulator.md.
  const grace = members.RetryGracePeriodSeconds ?? 0;
  if (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0 || grace > 60)
    throw invalid(
      "1 validation error detected: Value at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must be an integer between 0 and 60",
    );
  if (feature === 'DISABLED') return undefined;
  if (flows?.includes('ALLOW_REFRESH_TOKEN_AUTH'))
    throw invalid(
      'ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow when refresh token rotation is enabled.',
    );
  return { retryGracePeriodSeconds: grace };
}

/** Builds the client, refusing (InvalidParameterException) what the emulator does not emulate. */
export function appClientFromRequest(
  request: AppClientRequest,
  pool: {
    readonly requirePkce: boolean;
    /** The pool's schema, which ReadAttributes/WriteAttributes may name. */
    readonly customAttributes?: readonly CustomAttribute[] | undefined;
    /** The pool's federated providers, which SupportedIdentityProviders may name. */
    readonly identityProviders?: readonly { readonly name: string }[] | undefined;
  },
  /** Called when the request asks for a secret (CreateUserPoolClient generates one). */
  newSecret?: () => string,
): AppClientConfig {
  if (request.GenerateSecret === true && !newSecret)
    throw invalid('Client secrets are not emulated for clients given as options.');
  for (const member of Object.keys(request)) {
    if (!supportedMembers.has(member))
      throw invalid(`The local Cognito emulator does not support ${member} on app clients.`);
  }
  if (!request.ClientId || !request.ClientName)
    throw invalid('An app client needs a ClientId and a ClientName.');
  if (request.EnableTokenRevocation === false)
    throw invalid('Clients without token revocation are not emulated.');
  const flows = request.AllowedOAuthFlows ?? [];
  const badFlow = flows.find((f) => !oauthFlows.includes(f));
  if (badFlow) throw invalid(`The OAuth flow ${badFlow} is not emulated.`);
  const explicit = request.ExplicitAuthFlows ?? defaultAuthFlows;
  const badAuth = explicit.find((f) => !authFlows.includes(f));
  if (badAuth) throw invalid(`The explicit auth flow ${badAuth} is not emulated.`);
  const rotating = rotation(request.RefreshTokenRotation as unknown, request.ExplicitAuthFlows);
  const custom = pool.customAttributes ?? [];
  const readAttributes = clientAttributeList(request.ReadAttributes, 'read', custom);
  const writeAttributes = clientAttributeList(request.WriteAttributes, 'write', custom);
  const providers = request.SupportedIdentityProviders ?? [];
  const known = new Set(['COGNITO', ...(pool.identityProviders ?? []).map((p) => p.name)]);
  const unknown = providers.find((p) => typeof p !== 'string' || !known.has(p));
  // UNCONFIRMED wording; Cognito refuses a provider the pool does not have.
  if (unknown !== undefined)
    throw invalid(
      `The provider ${String(unknown).slice(0, 32)} does not exist for this user pool.`,
    );
  const units = request.TokenValidityUnits ?? {};
  return {
    clientId: request.ClientId,
    clientName: request.ClientName,
    callbackUrls: request.CallbackURLs ?? [],
    logoutUrls: request.LogoutURLs ?? [],
    // Cognito refuses every OAuth flow unless AllowedOAuthFlowsUserPoolClient is true.
    allowedOAuthFlows:
      request.AllowedOAuthFlowsUserPoolClient === true ? (flows as OAuthFlow[]) : [],
    allowedOAuthScopes: request.AllowedOAuthScopes ?? [],
    explicitAuthFlows: explicit as ExplicitAuthFlow[],
    requirePkce: pool.requirePkce,
    idTokenSeconds: seconds(request.IdTokenValidity, units.IdToken, 3600),
    accessTokenSeconds: seconds(request.AccessTokenValidity, units.AccessToken, 3600),
    refreshTokenSeconds: seconds(
      request.RefreshTokenValidity,
      units.RefreshToken ?? 'days',
      30 * 86_400,
    ),
    identityProviders: [...new Set(providers)],
    ...(request.GenerateSecret === true && newSecret ? { clientSecret: newSecret() } : {}),
    ...(rotating ? { refreshTokenRotation: rotating } : {}),
    ...(readAttributes ? { readAttributes } : {}),
    ...(writeAttributes ? { writeAttributes } : {}),
  };
}
