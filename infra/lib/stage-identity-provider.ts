// The stage's external identity provider (Google or a generic OIDC one), read from the
// `identityProvider*` context keys. None set (the default): the pool has no provider, as before.
// The client secret is never a context value: the stage names a Secrets Manager secret and
// CloudFormation reads it at deploy time (infra/lib/user-pool-identity-provider.ts).
import * as z from 'zod/mini';
import { quoteConfigValue } from '../../contract/config-error';
import { providerNameProblem } from '../../contract/identity-provider-name';
import type {
  IdentityProviderDefinition,
  IdentityProviderType,
} from '../../contract/user-pool-definition';
import { userPoolDefinition } from '../../contract/user-pool-definition';
import { contextText, isUnset } from './context-text';

export interface StageIdentityProvider {
  /** As the pool definition lists it, with the scopes and attribute mapping deployed for it. */
  readonly type: IdentityProviderType;
  /** ProviderName: `Google` for Google (Cognito fixes it), the stage's choice for OIDC. */
  readonly name: string;
  /** The OAuth client id the provider issued for this pool. */
  readonly clientId: string;
  /** Secrets Manager secret (name or ARN) whose plain value is the provider's client secret. */
  readonly clientSecretName: string;
  /** OIDC only: the issuer; Cognito discovers the endpoints under it. */
  readonly issuer: string | null;
}

export const identityProviderContextKeys = [
  'identityProviderType',
  'identityProviderName',
  'identityProviderClientId',
  'identityProviderSecretName',
  'identityProviderIssuer',
] as const;

type Key = (typeof identityProviderContextKeys)[number];

const providerTypes = ['Google', 'OIDC'] as const satisfies readonly IdentityProviderType[];
const isProviderType = (value: unknown): value is IdentityProviderType =>
  providerTypes.some((type) => type === value);

// Google's look like 1234-abc.apps.googleusercontent.com; OIDC providers use similar tokens.
const clientIdPattern = /^[A-Za-z0-9._~:@+=/-]+$/;
// A Secrets Manager secret name (its allowed characters) or a secret's full ARN.
const secretNamePattern =
  /^(?:[A-Za-z0-9/_+=.@-]+|arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+)$/;

/** An https issuer Cognito can reach: no credentials, query or fragment, not loopback. */
function issuerProblem(value: string): string | undefined {
  const expected =
    'identityProviderIssuer: an https:// issuer URL such as https://login.example.com';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return expected;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash)
    return `${expected} (https, no credentials, query or fragment)`;
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    return `${expected} (Cognito cannot reach localhost)`;
  return undefined;
}

/** The zod fields for the keys, one problem at most per key (joined into the stage schema). */
export const identityProviderContextShape = {
  identityProviderType: contextText('identityProviderType', (type) =>
    isProviderType(type)
      ? undefined
      : `identityProviderType: must be one of ${providerTypes.join(', ')} (got ${quoteConfigValue(type)})`,
  ),
  identityProviderName: contextText('identityProviderName', (name) => {
    const problem = providerNameProblem(name);
    return problem ? `identityProviderName: ${problem} (got ${quoteConfigValue(name)})` : undefined;
  }),
  identityProviderClientId: contextText('identityProviderClientId', (id) =>
    clientIdPattern.test(id)
      ? undefined
      : 'identityProviderClientId: the OAuth client id the provider issued (letters, digits and . _ ~ : @ + = / -)',
  ),
  identityProviderSecretName: contextText('identityProviderSecretName', (name) => {
    // A pasted secret would land in the template as the reference's name: refuse the shape.
    if (/^GOCSPX-/i.test(name))
      return 'identityProviderSecretName: this looks like a Google client secret itself; store it in Secrets Manager and give the secret name';
    return secretNamePattern.test(name)
      ? undefined
      : 'identityProviderSecretName: a Secrets Manager secret name (letters, digits and / _ + = . @ -) or its ARN; never the secret itself';
  }),
  identityProviderIssuer: contextText('identityProviderIssuer', issuerProblem),
};

interface Problem {
  readonly path: Key;
  readonly message: string;
}

/**
 * What is missing or clashes between the keys; `context` holds raw values where a key failed.
 * The provider must be one the pool definition lists (its scopes and mapping are deployed).
 */
export function identityProviderClash(
  context: Readonly<Record<string, unknown>>,
  listed: readonly IdentityProviderDefinition[] = userPoolDefinition.identityProviders,
): Problem[] {
  const type = context['identityProviderType'];
  const set = (key: Key) => !isUnset(context[key]);
  if (isUnset(type)) {
    return identityProviderContextKeys.filter(set).map((key) => ({
      path: key,
      message: `${key}: set identityProviderType too (Google or OIDC)`,
    }));
  }
  if (!isProviderType(type)) return [];
  const problems: Problem[] = [];
  const require = (key: Key, what: string) => {
    if (!set(key))
      problems.push({
        path: key,
        message: `${key}: required with identityProviderType ${type}: ${what}`,
      });
  };
  require('identityProviderClientId', 'the OAuth client id the provider issued');
  require('identityProviderSecretName', 'the Secrets Manager secret that holds the client secret (docs/deploying.md)');
  if (type === 'OIDC') {
    require('identityProviderName', 'the name the hosted UI and the SPA show');
    require('identityProviderIssuer', 'the issuer URL');
  } else {
    if (set('identityProviderIssuer'))
      problems.push({
        path: 'identityProviderIssuer',
        message: 'identityProviderIssuer: only for OIDC (Google has its own)',
      });
    const given = context['identityProviderName'];
    if (set('identityProviderName') && given !== 'Google')
      problems.push({
        path: 'identityProviderName',
        message: `identityProviderName: Cognito names a Google provider Google (got ${quoteConfigValue(given)})`,
      });
  }
  const name = type === 'Google' ? 'Google' : context['identityProviderName'];
  if (typeof name === 'string' && providerNameProblem(name) === undefined) {
    const definition = listed.find((p) => p.name === name);
    const path = type === 'Google' ? 'identityProviderType' : 'identityProviderName';
    if (definition?.type !== type)
      problems.push({
        path,
        message: `${path}: contract/user-pool-definition.ts lists no ${type} provider ${quoteConfigValue(name)} (it lists ${listed.map((p) => `${p.type} ${p.name}`).join(', ') || 'none'}); add it there with its scopes and attribute mapping`,
      });
  }
  return problems;
}

/** Adds the clash problems to the stage schema, even after a key failed on its own. */
export const identityProviderCheck = (listed: readonly IdentityProviderDefinition[]) =>
  z.superRefine(
    (context: Record<string, unknown>, check) => {
      for (const problem of identityProviderClash(context, listed))
        check.addIssue({
          code: 'custom',
          message: problem.message,
          path: [problem.path],
          input: context,
          continue: true,
        });
    },
    { when: () => true },
  );

/** The provider of a context that passed the schema, or null when the stage names none. */
export function readStageIdentityProvider(
  parsed: Readonly<Partial<Record<Key, string>>>,
): StageIdentityProvider | null {
  const type = parsed.identityProviderType;
  if (!isProviderType(type)) return null;
  return {
    type,
    name: type === 'Google' ? 'Google' : (parsed.identityProviderName ?? ''),
    clientId: parsed.identityProviderClientId ?? '',
    clientSecretName: parsed.identityProviderSecretName ?? '',
    issuer: type === 'OIDC' ? (parsed.identityProviderIssuer ?? null) : null,
  };
}
