// The deployment's settings, read once from CDK context (`-c key=value` or cdk.json) and
// validated before any construct is built, so a typo fails synthesis with a list of problems.
import * as z from 'zod/mini';
import { contextNumberText, contextText } from './context-text';
import type { Rule } from './context-text';
import {
  identityProviderCheck,
  identityProviderContextKeys,
  identityProviderContextShape,
  readStageIdentityProvider,
} from './stage-identity-provider';
import type { StageIdentityProvider } from './stage-identity-provider';
import type { IdentityProviderDefinition } from '../../contract/user-pool-definition';
import { userPoolDefinition } from '../../contract/user-pool-definition';
import { ConfigError, quoteConfigValue } from '../../contract/config-error';
import { parseConfig } from '../../contract/parse-config';
import { isEmailDomain, splitDomainList } from '../../contract/email-domain';
import { defaultApiAuthHeader } from '../../contract/runtime-config';
import {
  apiAuthModes,
  apiModeProblem,
  apiModesProblem,
  apiTokenModes,
  defaultApiAuth,
  defaultApiToken,
  isApiTokenMode,
} from '../../contract/api-modes';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';

export type StageName = 'dev' | 'prod';

export interface StageConfig {
  readonly stage: StageName;
  /** Cognito domain prefix: `https://{prefix}.auth.{region}.amazoncognito.com`. */
  readonly domainPrefix: string;
  /** Adds `http://localhost:5173` to the app client's URLs and the API's CORS origins (dev only). */
  readonly allowLocalhost: boolean;
  /** Header the authorizer reads the id_token from. */
  readonly apiAuthHeader: string;
  /** How signed-in routes are guarded; context `apiAuthorization` is COGNITO, IAM or LAMBDA. */
  readonly apiAuth: ApiAuthMode;
  /** Which token the SPA sends (context `apiToken`: id or access). */
  readonly apiToken: ApiTokenMode;
  /** apiAuth lambda: the authorizer's result cache TTL, 0-3600 s (0 = off); default 300. */
  readonly authorizerCacheSeconds: number;
  /** PreSignUp's SIGNUP_ALLOWED_DOMAINS: comma list, '' = any domain may sign up. */
  readonly signUpAllowedDomains: string;
  /** PreSignUp's SIGNUP_AUTO_CONFIRM_DOMAINS: comma list, '' = none. */
  readonly signUpAutoConfirmDomains: string;
  /**
   * Context `mfaEmailFrom`: the SES-verified address the pool sends from. Set, the pool sends
   * its email through SES and offers email codes as a second factor (EMAIL_OTP needs both);
   * absent (the default), Cognito's own email and the authenticator app only.
   */
  readonly mfaEmailFrom: string | null;
  /**
   * Context `identityProvider*` (stage-identity-provider.ts): a Google or OIDC provider users may
   * sign in with, its client secret read from Secrets Manager; null (the default): none.
   */
  readonly identityProvider: StageIdentityProvider | null;
}

/** API Gateway's default authorizerResultTtlInSeconds. */
export const defaultAuthorizerCacheSeconds = 300;

/** The context spelling of each apiAuth mode, as API Gateway names authorization types. */
const authorizationNames = apiAuthModes.map((mode) => mode.toUpperCase());
const modeOfAuthorization = (name: string): ApiAuthMode | undefined =>
  apiAuthModes.find((mode) => mode.toUpperCase() === name);

export type StageConfigErrorCode = 'INVALID_STAGE_CONFIG';

/** Thrown when the context holds a missing or wrong value; `problems` lists every one of them. */
export class StageConfigError extends ConfigError {
  override readonly name: string = 'StageConfigError';
  override readonly code: StageConfigErrorCode = 'INVALID_STAGE_CONFIG';
}

/** Where the SPA runs under `npm run dev`; Cognito allows plain http only for localhost. */
export const localDevOrigin = 'http://localhost:5173';

const stages = ['dev', 'prod'] as const satisfies readonly StageName[];
const contextKeys = [
  'stage',
  'domainPrefix',
  'allowLocalhost',
  'apiAuthHeader',
  'apiAuthorization',
  'apiToken',
  'authorizerCacheSeconds',
  'signUpAllowedDomains',
  'signUpAutoConfirmDomains',
  'mfaEmailFrom',
  ...identityProviderContextKeys,
] as const;
// Cognito: lowercase letters, digits and hyphens, no leading/trailing hyphen, and it refuses
// prefixes containing its reserved words.
const domainPrefixPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const reservedInPrefix = ['aws', 'amazon', 'cognito'];
// An HTTP header field-name token, short enough to be sane.
const headerNamePattern = /^[A-Za-z0-9-]{1,64}$/;
// One plain address (no display name, no list): SES sends from it, so it must be its identity.
const emailAddressPattern =
  /^[A-Za-z0-9._%+-]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

const domainListRule =
  (key: string): Rule =>
  (list) => {
    const bad = splitDomainList(list).find((domain) => !isEmailDomain(domain));
    return bad === undefined
      ? undefined
      : `${key}: a comma list of domains like example.com (${quoteConfigValue(bad)} is not one)`;
  };

const isStage = (value: string | undefined): value is StageName =>
  stages.some((stage) => stage === value);

// Built per read: the identity provider checks look the provider up in the pool's list.
const contextSchema = (providers: readonly IdentityProviderDefinition[]) =>
  z
    .object({
      stage: contextText('stage', (stage) =>
        isStage(stage)
          ? undefined
          : `stage: must be one of ${stages.join(', ')} (got ${quoteConfigValue(stage)})`,
      ),
      domainPrefix: contextText('domainPrefix', (prefix) => {
        if (!domainPrefixPattern.test(prefix)) {
          return 'domainPrefix: 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen';
        }
        return reservedInPrefix.some((word) => prefix.includes(word))
          ? `domainPrefix: Cognito refuses prefixes containing ${reservedInPrefix.join(', ')}`
          : undefined;
      }),
      allowLocalhost: contextText('allowLocalhost', (flag) =>
        flag === 'true' || flag === 'false'
          ? undefined
          : `allowLocalhost: must be true or false (got ${quoteConfigValue(flag)})`,
      ),
      apiAuthHeader: contextText('apiAuthHeader', (header) =>
        headerNamePattern.test(header)
          ? undefined
          : 'apiAuthHeader: a header name of 1-64 letters, digits or hyphens',
      ),
      apiAuthorization: contextText('apiAuthorization', (name) =>
        modeOfAuthorization(name)
          ? undefined
          : apiModeProblem('apiAuthorization', authorizationNames, name),
      ),
      apiToken: contextText('apiToken', (token) =>
        isApiTokenMode(token) ? undefined : apiModeProblem('apiToken', apiTokenModes, token),
      ),
      authorizerCacheSeconds: contextNumberText('authorizerCacheSeconds', (seconds) =>
        /^\d{1,4}$/.test(seconds) && Number(seconds) <= 3600
          ? undefined
          : `authorizerCacheSeconds: a whole number of seconds 0-3600 (got ${quoteConfigValue(seconds)})`,
      ),
      signUpAllowedDomains: contextText(
        'signUpAllowedDomains',
        domainListRule('signUpAllowedDomains'),
      ),
      signUpAutoConfirmDomains: contextText(
        'signUpAutoConfirmDomains',
        domainListRule('signUpAutoConfirmDomains'),
      ),
      mfaEmailFrom: contextText('mfaEmailFrom', (address) =>
        emailAddressPattern.test(address)
          ? undefined
          : `mfaEmailFrom: one email address like no-reply@example.com, verified in SES (got ${quoteConfigValue(address)})`,
      ),
      ...identityProviderContextShape,
    })
    .check(
      // `when`: run even after a key had the wrong type (zod skips object checks then by default), so
      // the clash is listed with the rest. Keys that failed hold their raw value, never read as valid.
      z.refine((context) => !(context.stage === 'prod' && context.allowLocalhost === 'true'), {
        error: 'allowLocalhost: production never trusts localhost origins',
        path: ['allowLocalhost'],
        when: () => true,
      }),
      z.refine((context) => modesClash(context) === undefined, {
        error: (issue) => modesClash(issue.input) ?? '',
        path: ['apiToken'],
        when: () => true,
      }),
      identityProviderCheck(providers),
    );

/** apiToken access beside an apiAuthorization other than COGNITO (contract/api-modes.ts). */
function modesClash(context: unknown): string | undefined {
  const { apiAuthorization, apiToken } = context as Record<string, unknown>;
  // An unknown apiAuthorization is its own problem: passed on as no mode, it raises none here.
  const apiAuth =
    typeof apiAuthorization === 'string'
      ? (modeOfAuthorization(apiAuthorization) ?? apiAuthorization)
      : undefined;
  return apiModesProblem(apiAuth, apiToken, {
    apiAuth: 'apiAuthorization',
    apiToken: 'apiToken',
    cognito: 'COGNITO',
  });
}

type ContextReader = (key: string) => unknown;

/**
 * Reads and validates the stage settings; throws StageConfigError listing every problem.
 * `providers`: the identity providers a stage may name (the pool definition's; tests vary it).
 */
export function readStageConfig(
  context: ContextReader,
  providers: readonly IdentityProviderDefinition[] = userPoolDefinition.identityProviders,
): StageConfig {
  const input = Object.fromEntries(contextKeys.map((key) => [key, context(key)]));
  const parsed = parseConfig(
    contextSchema(providers),
    input,
    'deployment context',
    StageConfigError,
  );
  const stage = isStage(parsed.stage) ? parsed.stage : 'dev';
  return {
    stage,
    domainPrefix: parsed.domainPrefix ?? `transactions-${stage}`,
    allowLocalhost:
      parsed.allowLocalhost === undefined ? stage === 'dev' : parsed.allowLocalhost === 'true',
    apiAuthHeader: parsed.apiAuthHeader ?? defaultApiAuthHeader,
    apiAuth: modeOfAuthorization(parsed.apiAuthorization ?? '') ?? defaultApiAuth,
    apiToken: isApiTokenMode(parsed.apiToken) ? parsed.apiToken : defaultApiToken,
    authorizerCacheSeconds:
      parsed.authorizerCacheSeconds === undefined
        ? defaultAuthorizerCacheSeconds
        : Number(parsed.authorizerCacheSeconds),
    signUpAllowedDomains: splitDomainList(parsed.signUpAllowedDomains ?? '').join(','),
    signUpAutoConfirmDomains: splitDomainList(parsed.signUpAutoConfirmDomains ?? '').join(','),
    mfaEmailFrom: parsed.mfaEmailFrom ?? null,
    identityProvider: readStageIdentityProvider(parsed),
  };
}
