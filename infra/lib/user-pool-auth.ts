// The user pool, its hosted-UI domain and the SPA's one public app client, built field by field
// from contract/user-pool-definition.ts (the emulator builds its pool from the same data;
// infra/test/pool-definition-drift.test.ts compares the two). Only names, origins and stage
// switches come from the props.

import type { CfnResource, RemovalPolicy } from 'aws-cdk-lib';
import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type {
  ClientAttribute,
  ExplicitAuthFlow,
  OAuthScope,
  StandardScope,
  StandardAttribute,
  UserPoolDefinition,
} from '../../contract/user-pool-definition';
import { cognitoProvider, userPoolDefinition } from '../../contract/user-pool-definition';
import type { StageIdentityProvider } from './stage-identity-provider';
import { addIdentityProvider } from './user-pool-identity-provider';

export interface UserPoolAuthProps {
  readonly userPoolName: string;
  readonly domainPrefix: string;
  /** SPA origins the client may return to (`{origin}/callback`, `{origin}/signed-out`). */
  readonly appOrigins: readonly string[];
  /** Adds the definition's password auth flows so an operator can use the AWS CLI (dev only). */
  readonly allowPasswordAuth: boolean;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  /**
   * The SES-verified address the pool sends its email from (stage context `mfaEmailFrom`).
   * Email codes as a second factor need it (and the Essentials or Plus plan); null keeps
   * Cognito's own email and leaves EMAIL_OTP out (cognito-extensions §2.1).
   */
  readonly mfaEmailFrom: string | null;
  /**
   * The stage's Google or OIDC provider (stage context `identityProvider*`), deployed with the
   * definition's scopes and mapping for that name and allowed on the client; null: none.
   */
  readonly identityProvider: StageIdentityProvider | null;
}

/** Paths the SPA routes serve for the OAuth redirect and after Cognito's `/logout` (base `/`). */
export const callbackPath = `/${userPoolDefinition.client.callbackPath}`;
export const signedOutPath = `/${userPoolDefinition.client.signedOutPath}`;

const scopeByName: Readonly<Record<StandardScope, cognito.OAuthScope>> = {
  openid: cognito.OAuthScope.OPENID,
  email: cognito.OAuthScope.EMAIL,
  phone: cognito.OAuthScope.PHONE,
  profile: cognito.OAuthScope.PROFILE,
  'aws.cognito.signin.user.admin': cognito.OAuthScope.COGNITO_ADMIN,
};

/**
 * The definition's scopes as CDK scopes. Custom ones stay plain `{identifier}/{name}` strings
 * (the client depends on the resource server, so CloudFormation creates that first).
 */
export function oauthScopes(scopes: readonly OAuthScope[]): cognito.OAuthScope[] {
  return scopes.map((name) =>
    name in scopeByName ? scopeByName[name as StandardScope] : cognito.OAuthScope.custom(name),
  );
}

/**
 * CDK's switches for the explicit auth flows. CDK adds ALLOW_REFRESH_TOKEN_AUTH itself unless
 * the client rotates refresh tokens (then Cognito refuses it), so the definition must agree.
 */
function authFlows(flows: readonly ExplicitAuthFlow[], rotating: boolean): cognito.AuthFlow {
  if (flows.includes('ALLOW_REFRESH_TOKEN_AUTH') === rotating)
    throw new Error(
      rotating
        ? 'A rotating client cannot allow ALLOW_REFRESH_TOKEN_AUTH; the definition must not list it'
        : 'CDK always allows ALLOW_REFRESH_TOKEN_AUTH; the definition must list it',
    );
  return {
    userSrp: flows.includes('ALLOW_USER_SRP_AUTH'),
    userPassword: flows.includes('ALLOW_USER_PASSWORD_AUTH'),
    adminUserPassword: flows.includes('ALLOW_ADMIN_USER_PASSWORD_AUTH'),
  };
}

const mfaByName: Readonly<Record<UserPoolDefinition['mfa'], cognito.Mfa>> = {
  OFF: cognito.Mfa.OFF,
  ON: cognito.Mfa.REQUIRED,
  OPTIONAL: cognito.Mfa.OPTIONAL,
};

/**
 * The pool's second factors: the definition's, less EMAIL_OTP without an SES sender (CDK
 * refuses email MFA without SES, and AWS without the Essentials or Plus plan). SMS is never
 * offered: it needs an SNS role and a phone attribute the product does not collect.
 */
export function mfaSecondFactor(
  pool: Pick<UserPoolDefinition, 'mfa' | 'mfaFactors' | 'featurePlan'>,
  mfaEmailFrom: string | null,
): cognito.MfaSecondFactor | undefined {
  if (pool.mfa === 'OFF') return undefined;
  const email = pool.mfaFactors.includes('EMAIL_OTP') && mfaEmailFrom !== null;
  if (email && pool.featurePlan === 'LITE')
    throw new Error('Email MFA needs the Essentials or Plus feature plan');
  return { sms: false, otp: pool.mfaFactors.includes('SOFTWARE_TOKEN_MFA'), email };
}

const featurePlanByName: Readonly<Record<UserPoolDefinition['featurePlan'], cognito.FeaturePlan>> =
  {
    LITE: cognito.FeaturePlan.LITE,
    ESSENTIALS: cognito.FeaturePlan.ESSENTIALS,
    PLUS: cognito.FeaturePlan.PLUS,
  };

/** Cognito's attribute names to CDK's property names. */
const cdkAttribute: Readonly<Record<StandardAttribute, keyof cognito.StandardAttributes>> = {
  address: 'address',
  birthdate: 'birthdate',
  email: 'email',
  family_name: 'familyName',
  gender: 'gender',
  given_name: 'givenName',
  locale: 'locale',
  middle_name: 'middleName',
  name: 'fullname',
  nickname: 'nickname',
  phone_number: 'phoneNumber',
  picture: 'profilePicture',
  preferred_username: 'preferredUsername',
  profile: 'profilePage',
  updated_at: 'lastUpdateTime',
  website: 'website',
  zoneinfo: 'timezone',
};

function standardAttributes(
  rules: UserPoolDefinition['standardAttributes'],
): cognito.StandardAttributes {
  return Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => [
      cdkAttribute[name as StandardAttribute],
      { required: rule.required, mutable: rule.mutable },
    ]),
  );
}

/** Read/WriteAttributes as CDK builds them (it adds the `custom:` prefix itself). */
function clientAttributes(names: readonly ClientAttribute[]): cognito.ClientAttributes {
  const mask: Record<string, boolean> = {};
  const custom: string[] = [];
  for (const name of names) {
    if (name.startsWith('custom:')) custom.push(name.slice('custom:'.length));
    else if (name === 'email_verified') mask.emailVerified = true;
    else if (name === 'phone_number_verified') mask.phoneNumberVerified = true;
    else mask[cdkAttribute[name as StandardAttribute]] = true;
  }
  return new cognito.ClientAttributes()
    .withStandardAttributes(mask as cognito.StandardAttributesMask)
    .withCustomAttributes(...custom);
}

function customAttributes(
  definitions: UserPoolDefinition['customAttributes'],
): Record<string, cognito.ICustomAttribute> {
  return Object.fromEntries(
    definitions.map((a) => [
      a.name,
      a.type === 'String'
        ? new cognito.StringAttribute({
            minLen: a.minLength,
            maxLen: a.maxLength,
            mutable: a.mutable,
          })
        : new cognito.NumberAttribute({ mutable: a.mutable }),
    ]),
  );
}

function accountRecovery(
  mechanisms: UserPoolDefinition['accountRecovery'],
): cognito.AccountRecovery {
  if (mechanisms.length === 1 && mechanisms[0] === 'verified_email')
    return cognito.AccountRecovery.EMAIL_ONLY;
  throw new Error(`No CDK mapping for account recovery ${mechanisms.join(', ')}`);
}

export class UserPoolAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  readonly client: cognito.UserPoolClient;
  /** The providers the client offers besides COGNITO (config.json `identityProviders`). */
  readonly identityProviderNames: readonly string[];

  constructor(scope: Construct, id: string, props: UserPoolAuthProps) {
    super(scope, id);

    const pool = userPoolDefinition;
    const client = pool.client;
    const email = pool.usernameAttributes.includes('email');

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: props.userPoolName,
      signInAliases: { email, username: !email },
      signInCaseSensitive: pool.usernameCaseSensitive,
      selfSignUpEnabled: pool.selfSignUp,
      autoVerify: { email: pool.autoVerifiedAttributes.includes('email') },
      keepOriginal: { email: pool.verifyBeforeUpdate.includes('email') },
      userVerification: {
        emailStyle:
          pool.verificationStyle === 'CONFIRM_WITH_CODE'
            ? cognito.VerificationEmailStyle.CODE
            : cognito.VerificationEmailStyle.LINK,
      },
      standardAttributes: standardAttributes(pool.standardAttributes),
      customAttributes: customAttributes(pool.customAttributes),
      passwordPolicy: {
        minLength: pool.passwordPolicy.minimumLength,
        requireLowercase: pool.passwordPolicy.requireLowercase,
        requireUppercase: pool.passwordPolicy.requireUppercase,
        requireDigits: pool.passwordPolicy.requireNumbers,
        requireSymbols: pool.passwordPolicy.requireSymbols,
        tempPasswordValidity: Duration.days(pool.passwordPolicy.temporaryPasswordValidityDays),
      },
      mfa: mfaByName[pool.mfa],
      ...(pool.mfa === 'OFF' ? {} : { mfaSecondFactor: mfaSecondFactor(pool, props.mfaEmailFrom) }),
      // Email codes go out through SES only when the stage names a sender; otherwise Cognito's
      // own email (50 a day, no email MFA) stays, and nothing new must exist before deploying.
      ...(props.mfaEmailFrom === null
        ? {}
        : { email: cognito.UserPoolEmail.withSES({ fromEmail: props.mfaEmailFrom }) }),
      accountRecovery: accountRecovery(pool.accountRecovery),
      featurePlan: featurePlanByName[pool.featurePlan],
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });

    // The classic hosted UI: the pages the emulator reproduces and the e2e tests drive.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    // The API's scopes (apiToken 'access'); the client asks for them by `{identifier}/{name}`.
    const servers = new Map(
      pool.resourceServers.map((server) => [
        server.identifier,
        this.userPool.addResourceServer(`ResourceServer-${server.identifier}`, {
          identifier: server.identifier,
          userPoolResourceServerName: server.name,
          scopes: server.scopes.map(
            (s) =>
              new cognito.ResourceServerScope({
                scopeName: s.name,
                scopeDescription: s.description,
              }),
          ),
        }),
      ]),
    );

    const federated = props.identityProvider
      ? addIdentityProvider(this, this.userPool, props.identityProvider)
      : undefined;
    // The stage's literal name: the construct's providerName is a Ref token.
    this.identityProviderNames = props.identityProvider ? [props.identityProvider.name] : [];

    this.client = this.userPool.addClient('SpaClient', {
      userPoolClientName: client.name,
      generateSecret: client.generateSecret,
      authFlows: authFlows(
        [...client.explicitAuthFlows, ...(props.allowPasswordAuth ? client.passwordAuthFlows : [])],
        client.refreshTokenRotation !== null,
      ),
      oAuth: {
        flows: {
          authorizationCodeGrant: client.oauthFlows.includes('code'),
          implicitCodeGrant: client.oauthFlows.includes('implicit'),
          clientCredentials: client.oauthFlows.includes('client_credentials'),
        },
        scopes: oauthScopes(client.oauthScopes),
        callbackUrls: props.appOrigins.map((origin) => `${origin}/${client.callbackPath}`),
        logoutUrls: props.appOrigins.map((origin) => `${origin}/${client.signedOutPath}`),
      },
      // Federated providers exist on a stage only when its stage config names one.
      supportedIdentityProviders: client.supportedIdentityProviders
        .filter((name) => name === cognitoProvider || this.identityProviderNames.includes(name))
        .map((name) => cognito.UserPoolClientIdentityProvider.custom(name)),
      idTokenValidity: Duration.minutes(client.idTokenMinutes),
      accessTokenValidity: Duration.minutes(client.accessTokenMinutes),
      refreshTokenValidity: Duration.days(client.refreshTokenDays),
      authSessionValidity: Duration.minutes(client.authSessionMinutes),
      enableTokenRevocation: client.enableTokenRevocation,
      readAttributes: clientAttributes(client.readAttributes),
      writeAttributes: clientAttributes(client.writeAttributes),
      preventUserExistenceErrors: client.preventUserExistenceErrors,
      // Sets RefreshTokenRotation {Feature: ENABLED, RetryGracePeriodSeconds} on the client.
      ...(client.refreshTokenRotation === null
        ? {}
        : {
            refreshTokenRotationGracePeriod: Duration.seconds(
              client.refreshTokenRotation.retryGracePeriodSeconds,
            ),
          }),
    });
    const clientResource = this.client.node.defaultChild as CfnResource;
    for (const server of servers.values())
      clientResource.addDependency(server.node.defaultChild as CfnResource);
    // Cognito refuses a client naming a provider that does not exist yet.
    if (federated) this.client.node.addDependency(federated);
  }
}
