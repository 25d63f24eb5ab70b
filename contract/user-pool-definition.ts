// The product's user pool and its one app client, as plain data. The emulator builds its pool
// from it (emulator/build-pool-config.ts) and the CDK stack builds the real one from it
// (infra/lib/user-pool-auth.ts); infra/test/pool-definition-drift.test.ts compares the two.
// Only origins and ids come from the environment. Names follow the Cognito API where it has one.

export type OAuthFlow = 'code' | 'implicit' | 'client_credentials';

export type OAuthScope = 'openid' | 'email' | 'phone' | 'profile' | 'aws.cognito.signin.user.admin';

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

export interface AttributeRules {
  readonly required: boolean;
  readonly mutable: boolean;
}

export interface AppClientDefinition {
  readonly name: string;
  /** A public SPA client: no secret. */
  readonly generateSecret: false;
  readonly identityProviders: readonly 'COGNITO'[];
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
}

/** The Cognito Lambda triggers the product attaches (LambdaConfig names). */
export type TriggerName = 'PreSignUp' | 'PostConfirmation' | 'CustomMessage' | 'PreTokenGeneration';

export const triggerNames: readonly TriggerName[] = [
  'PreSignUp',
  'PostConfirmation',
  'CustomMessage',
  'PreTokenGeneration',
];

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
  readonly passwordPolicy: PasswordPolicy;
  readonly mfa: 'OFF' | 'ON' | 'OPTIONAL';
  readonly accountRecovery: readonly 'verified_email'[];
  readonly featurePlan: 'LITE' | 'ESSENTIALS' | 'PLUS';
  /**
   * Each trigger's source, repo-relative, exporting `handler`: CDK bundles the file as the
   * trigger's Lambda and the emulator runs the same module in-process.
   */
  readonly triggers: Readonly<Record<TriggerName, string>>;
  /** V2_0 customizes access tokens too; it needs the Essentials or Plus plan. */
  readonly preTokenGenerationVersion: 'V1_0' | 'V2_0';
  readonly client: AppClientDefinition;
}

export const userPoolDefinition: UserPoolDefinition = {
  usernameAttributes: ['email'],
  usernameCaseSensitive: false,
  selfSignUp: true,
  autoVerifiedAttributes: ['email'],
  verifyBeforeUpdate: ['email'],
  verificationStyle: 'CONFIRM_WITH_CODE',
  standardAttributes: { email: { required: true, mutable: true } },
  // Cognito's default policy (cognito-behavior §3.6).
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  mfa: 'OFF',
  accountRecovery: ['verified_email'],
  featurePlan: 'ESSENTIALS',
  triggers: {
    PreSignUp: 'triggers/pre-sign-up.ts',
    PostConfirmation: 'triggers/post-confirmation.ts',
    CustomMessage: 'triggers/custom-message.ts',
    PreTokenGeneration: 'triggers/pre-token-generation.ts',
  },
  preTokenGenerationVersion: 'V2_0',
  client: {
    name: 'spa',
    generateSecret: false,
    identityProviders: ['COGNITO'],
    // Code + PKCE only: the implicit grant puts tokens in the URL.
    oauthFlows: ['code'],
    oauthScopes: ['openid', 'email', 'profile'],
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
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
  },
};
