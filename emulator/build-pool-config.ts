// The emulator's pool and its app clients: the product's client from
// contract/user-pool-definition.ts (what the CDK stack deploys too), then the `appClients` option's.

import type { ConfigProblem } from '../contract/config-error';
import { userPoolDefinition as product } from '../contract/user-pool-definition';
import { appClientFromRequest } from './cognito/app-client-from-request';
import {
  defaultClientId,
  defaultRegion,
  defaultUserPoolId,
  emulatorOnlyAuthFlows,
  type AppClientConfig,
  type PoolConfig,
} from './cognito/pool-config';
import { mfaSettingsOf } from './cognito/mfa/mfa-factors';
import { InvalidEmulatorOptionsError, type ResolvedOptions } from './emulator-options';
import type { IdentityProviderConfig } from './cognito/federation/identity-provider-config';

/** The product's app client (contract/user-pool-definition.ts) at the emulator's app URLs. */
function productClient(
  r: ResolvedOptions,
  providers: readonly IdentityProviderConfig[],
): AppClientConfig {
  const c = product.client;
  const urls = (path: string) =>
    r.appOrigins.flatMap((o) => r.appBasePaths.map((b) => `${o}${b}${path}`));
  return {
    clientId: defaultClientId,
    clientName: c.name,
    callbackUrls: urls(c.callbackPath),
    logoutUrls: urls(c.signedOutPath),
    allowedOAuthFlows: c.oauthFlows.filter((f) => f !== 'client_credentials'),
    allowedOAuthScopes: c.oauthScopes,
    // The emulator is a developer's stage: the operator flows are on, as on the dev stack.
    explicitAuthFlows: [...c.explicitAuthFlows, ...c.passwordAuthFlows, ...emulatorOnlyAuthFlows],
    requirePkce: r.requirePkce,
    idTokenSeconds: r.idTokenSeconds,
    accessTokenSeconds: r.accessTokenSeconds,
    refreshTokenSeconds: r.refreshTokenSeconds,
    // Only the providers this emulator serves (none with the test IdP off).
    identityProviders: c.supportedIdentityProviders.filter(
      (name) => name === 'COGNITO' || providers.some((p) => p.name === name),
    ),
    ...(c.refreshTokenRotation === null ? {} : { refreshTokenRotation: c.refreshTokenRotation }),
    readAttributes: c.readAttributes,
    writeAttributes: c.writeAttributes,
  };
}

/** The option's extra clients; a bad one stops start-up like any other bad option. */
function extraClients(
  r: ResolvedOptions,
  identityProviders: readonly IdentityProviderConfig[],
): AppClientConfig[] {
  const problems: ConfigProblem[] = [];
  const ids = new Set([defaultClientId]);
  const clients = r.appClients.flatMap((request, i) => {
    try {
      if (ids.has(request.ClientId)) throw new Error(`ClientId ${request.ClientId} is taken`);
      ids.add(request.ClientId);
      const pool = { ...r, customAttributes: product.customAttributes, identityProviders };
      return [appClientFromRequest(request, pool)];
    } catch (error) {
      // CognitoError from the request's shape, Error for a taken id.
      if (!(error instanceof Error)) throw error;
      problems.push({ path: `appClients[${i}]`, message: `appClients[${i}]: ${error.message}` });
      return [];
    }
  });
  if (problems.length > 0) throw new InvalidEmulatorOptionsError('emulator options', problems);
  return clients;
}

/** The pool behind the emulator, once the listening port (and so the URLs) is known. */
export function buildPoolConfig(
  r: ResolvedOptions,
  domain: string,
  /** Epoch ms; the emulator passes its clock's start-up time. */
  createdAt: number,
  /** The federated providers the emulator serves (its local test IdP's). */
  identityProviders: readonly IdentityProviderConfig[] = [],
): PoolConfig {
  return {
    region: defaultRegion,
    userPoolId: defaultUserPoolId,
    userPoolName: 'transactions-local',
    createdAt,
    domain,
    issuer: `${domain}/${defaultUserPoolId}`,
    appOrigins: r.appOrigins,
    clients: [productClient(r, identityProviders), ...extraClients(r, identityProviders)],
    identityProviders,
    usernameAttributes: product.usernameAttributes,
    usernameCaseSensitive: product.usernameCaseSensitive,
    selfSignUp: product.selfSignUp,
    autoVerifiedAttributes: product.autoVerifiedAttributes,
    verifyBeforeUpdate: product.verifyBeforeUpdate,
    verificationStyle: product.verificationStyle,
    standardAttributes: product.standardAttributes,
    customAttributes: product.customAttributes,
    resourceServers: product.resourceServers,
    passwordPolicy: product.passwordPolicy,
    mfa: product.mfa,
    mfaSettings: mfaSettingsOf(product.mfaFactors),
    accountRecovery: product.accountRecovery,
    featurePlan: product.featurePlan,
    preventUserExistenceErrors: product.client.preventUserExistenceErrors,
    hostedSessionSeconds: 3600,
    authSessionSeconds: product.client.authSessionMinutes * 60,
    authCodeSeconds: 300,
    signUpCodeSeconds: 86_400,
    resetCodeSeconds: 3600,
    freeFailedSignIns: 5,
    codeAttempts: 5,
    advertiseEndSession: true,
  };
}
