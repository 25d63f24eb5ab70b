// The product's user pool and its one app client, as plain data. The emulator builds its pool
// from it (emulator/build-pool-config.ts) and the CDK stack builds the real one from it
// (infra/lib/user-pool-auth.ts); infra/test/pool-definition-drift.test.ts compares the two.
// Only origins and ids come from the environment. Names follow the Cognito API where it has one.

export type OAuthFlow = 'code' | 'implicit' | 'client_credentials';

export type StandardScope =
  'openid' | 'email' | 'phone' | 'profile' | 'aws.cognito.signin.user.admin';

/** A resource server's scope, `{Identifier}/{ScopeName}`: only in access tokens. */
export type CustomScope = `${string}/${string}`;

export type OAuthScope = StandardScope | CustomScope;

/** A resource server (an API) and the scopes a client may ask for on it. */
export interface ResourceServerDefinition {
  readonly identifier: string;
  readonly name: string;
  readonly scopes: readonly { readonly name: string; readonly description: string }[];
}

export type ExplicitAuthFlow =
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH';

/**
 * Cognito's standard attributes in the order DescribeUserPool lists them (`sub` and the
 * `*_verified` flags aside).
 */
export const standardAttributes = [
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'email',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'address',
  'updated_at',
] as const;

export type StandardAttribute = (typeof standardAttributes)[number];

export interface PasswordPolicy {
  readonly minimumLength: number;
  readonly requireUppercase: boolean;
  readonly requireLowercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
  readonly temporaryPasswordValidityDays: number;
}

/** A `custom:` attribute (never required, never removed, renamed or retyped on Cognito). */
export interface CustomAttributeDefinition {
  /** Without the `custom:` prefix, 1-20 characters. */
  readonly name: string;
  readonly type: 'String' | 'Number';
  readonly mutable: boolean;
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
}

/** What an app client may read or write: standard and `custom:` attributes, and (read) flags. */
export type ClientAttribute =
  StandardAttribute | 'email_verified' | 'phone_number_verified' | `custom:${string}`;

export interface AttributeRules {
  readonly required: boolean;
  readonly mutable: boolean;
}

/** ProviderType values this product supports (Cognito also has SAML, Facebook, Apple, Amazon). */
export type IdentityProviderType = 'OIDC' | 'Google';

/** Pool attributes an IdP claim can fill (`username` takes the IdP's user id, by default `sub`). */
export type MappedAttribute = 'username' | ClientAttribute;

/**
 * A federated identity provider (CreateIdentityProvider), without its client id, secret or issuer:
 * the emulator serves its local test IdP under this name, and a deployed stage takes those from
 * its stage config (the secret from Secrets Manager) while reusing the scopes and mapping here.
 */
export interface IdentityProviderDefinition {
  /** ProviderName (cognito-extensions §7.1): 1-32 characters, no leading/trailing `_` or space. */
  readonly name: string;
  readonly type: IdentityProviderType;
  /** `authorize_scopes`, sent space-separated; `openid` is required. */
  readonly scopes: readonly string[];
  /**
   * AttributeMapping: pool attribute -> IdP claim. Cognito overwrites mapped attributes at every
   * sign-in; a claim the IdP leaves out keeps the old value.
   */
  readonly attributeMapping: Readonly<Partial<Record<MappedAttribute, string>>>;
  /** IdpIdentifiers (`idp_identifier` on /oauth2/authorize): each 1-40 `[\w\s+=.@-]`. */
  readonly idpIdentifiers?: readonly string[] | undefined;
}

/** The identity provider of local (password) users; always first in SupportedIdentityProviders. */
export const cognitoProvider = 'COGNITO';

export interface AppClientDefinition {
  readonly name: string;
  /** A public SPA client: no secret. */
  readonly generateSecret: false;
  /**
   * SupportedIdentityProviders: COGNITO plus the pool's `identityProviders` by name. A deployed
   * stage keeps only those its stage config creates.
   */
  readonly supportedIdentityProviders: readonly string[];
  readonly oauthFlows: readonly OAuthFlow[];
  readonly oauthScopes: readonly OAuthScope[];
  /** Flows every environment allows. */
  readonly explicitAuthFlows: readonly ExplicitAuthFlow[];
  /**
   * Added where an operator needs tokens without a browser (the dev stage and the emulator),
   * e.g. `aws cognito-idp initiate-auth` in docs/deploying.md.
   */
  readonly passwordAuthFlows: readonly ExplicitAuthFlow[];
  /** Relative to each app base path (`{origin}{base}callback`). */
  readonly callbackPath: string;
  readonly signedOutPath: string;
  readonly idTokenMinutes: number;
  readonly accessTokenMinutes: number;
  readonly refreshTokenDays: number;
  /** How long a JSON API challenge `Session` stays valid. */
  readonly authSessionMinutes: number;
  readonly preventUserExistenceErrors: boolean;
  readonly enableTokenRevocation: boolean;
  /**
   * Refresh-token rotation (RefreshTokenRotation ENABLED): every refresh returns a new refresh
   * token, and the one it replaces keeps working for the grace period only. Cognito then refuses
   * ALLOW_REFRESH_TOKEN_AUTH, so `explicitAuthFlows` must not list it. Null: rotation off.
   */
  readonly refreshTokenRotation: { readonly retryGracePeriodSeconds: number } | null;
  /**
   * ReadAttributes / WriteAttributes. Listed explicitly: left out, Cognito's defaults cover the
   * standard attributes only, not custom ones.
   */
  readonly readAttributes: readonly ClientAttribute[];
  readonly writeAttributes: readonly ClientAttribute[];
}

/** The Cognito Lambda triggers the product attaches (LambdaConfig names). */
export type TriggerName = 'PreSignUp' | 'PostConfirmation' | 'CustomMessage' | 'PreTokenGeneration';

export const triggerNames: readonly TriggerName[] = [
  'PreSignUp',
  'PostConfirmation',
  'CustomMessage',
  'PreTokenGeneration',
];

/** A second factor, by Cognito's name for it (UserMFASettingList, MFAS_CAN_SETUP). */
export type MfaFactor = 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

export interface UserPoolDefinition {
  /** Email is the username (UsernameAttributes), not an alias of another name. */
  readonly usernameAttributes: readonly 'email'[];
  readonly usernameCaseSensitive: boolean;
  readonly selfSignUp: boolean;
  readonly autoVerifiedAttributes: readonly 'email'[];
  /** A changed email only replaces the old one once the new one is verified. */
  readonly verifyBeforeUpdate: readonly 'email'[];
  readonly verificationStyle: 'CONFIRM_WITH_CODE' | 'CONFIRM_WITH_LINK';
  /** Standard attributes with rules other than Cognito's defaults (optional, mutable). */
  readonly standardAttributes: Readonly<Partial<Record<StandardAttribute, AttributeRules>>>;
  readonly customAttributes: readonly CustomAttributeDefinition[];
  readonly resourceServers: readonly ResourceServerDefinition[];
  readonly passwordPolicy: PasswordPolicy;
  /** MfaConfiguration: OPTIONAL lets each user turn a second factor on; ON requires one. */
  readonly mfa: 'OFF' | 'ON' | 'OPTIONAL';
  /**
   * The second factors users may use when `mfa` is not OFF: SOFTWARE_TOKEN_MFA (an authenticator
   * app, SoftwareTokenMfaConfiguration) and EMAIL_OTP (EmailMfaConfiguration; on AWS it needs
   * the Essentials or Plus plan and SES sending).
   */
  readonly mfaFactors: readonly MfaFactor[];
  readonly accountRecovery: readonly 'verified_email'[];
  readonly featurePlan: 'LITE' | 'ESSENTIALS' | 'PLUS';
  /**
   * Each trigger's source, repo-relative, exporting `handler`: CDK bundles the file as the
   * trigger's Lambda and the emulator runs the same module in-process.
   */
  readonly triggers: Readonly<Record<TriggerName, string>>;
  /** V2_0 customizes access tokens too; it needs the Essentials or Plus plan. */
  readonly preTokenGenerationVersion: 'V1_0' | 'V2_0';
  /** Federated sign-in; offline, the emulator's local test IdP answers as each of these. */
  readonly identityProviders: readonly IdentityProviderDefinition[];
  readonly client: AppClientDefinition;
}

/** "Continue with Google": an OIDC provider whose claims Cognito maps like Google's. */
const google: IdentityProviderDefinition = {
  name: 'Google',
  type: 'Google',
  scopes: ['openid', 'email', 'profile'],
  attributeMapping: {
    username: 'sub',
    email: 'email',
    email_verified: 'email_verified',
    name: 'name',
  },
};

export const userPoolDefinition: UserPoolDefinition = {
  usernameAttributes: ['email'],
  usernameCaseSensitive: false,
  selfSignUp: true,
  autoVerifiedAttributes: ['email'],
  verifyBeforeUpdate: ['email'],
  verificationStyle: 'CONFIRM_WITH_CODE',
  standardAttributes: { email: { required: true, mutable: true } },
  // The currency the transaction form starts with (an ISO 4217 code, set on the Profile page).
  // The Transactions API: reads need transactions/read, writes transactions/write when the API
  // takes access tokens (apiToken 'access', contract/api-modes.ts).
  resourceServers: [
    {
      identifier: 'transactions',
      name: 'Transactions API',
      scopes: [
        { name: 'read', description: 'Read your transactions and totals' },
        { name: 'write', description: 'Add, change and delete your transactions' },
      ],
    },
  ],
  customAttributes: [
    { name: 'default_currency', type: 'String', mutable: true, minLength: 3, maxLength: 3 },
  ],
  // Cognito's default policy (cognito-behavior §3.6).
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  mfa: 'OPTIONAL',
  mfaFactors: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
  accountRecovery: ['verified_email'],
  featurePlan: 'ESSENTIALS',
  triggers: {
    PreSignUp: 'triggers/pre-sign-up.ts',
    PostConfirmation: 'triggers/post-confirmation.ts',
    CustomMessage: 'triggers/custom-message.ts',
    PreTokenGeneration: 'triggers/pre-token-generation.ts',
  },
  preTokenGenerationVersion: 'V2_0',
  identityProviders: [google],
  client: {
    name: 'spa',
    generateSecret: false,
    supportedIdentityProviders: [cognitoProvider, google.name],
    // Code + PKCE only: the implicit grant puts tokens in the URL.
    oauthFlows: ['code'],
    oauthScopes: [
      'openid',
      'email',
      'profile',
      'aws.cognito.signin.user.admin',
      'transactions/read',
      'transactions/write',
    ],
    // No ALLOW_REFRESH_TOKEN_AUTH: a rotating client renews with GetTokensFromRefreshToken or
    // the token endpoint (cognito-extensions §3.1).
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
    passwordAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
    callbackPath: 'callback',
    signedOutPath: 'signed-out',
    // Cognito's defaults (cognito-behavior §5.4).
    idTokenMinutes: 60,
    accessTokenMinutes: 60,
    refreshTokenDays: 30,
    authSessionMinutes: 3,
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    // A public client: rotate refresh tokens (RFC 9700 §4.14); 10 s lets a client retry a
    // renewal whose answer it lost.
    refreshTokenRotation: { retryGracePeriodSeconds: 10 },
    readAttributes: [
      ...standardAttributes,
      'email_verified',
      'phone_number_verified',
      'custom:default_currency',
    ],
    // Never the *_verified flags: only an admin marks an attribute verified.
    writeAttributes: [...standardAttributes, 'custom:default_currency'],
  },
};
