// The user pool, its hosted-UI domain and the SPA's one public app client, configured like
// the emulator's defaults (password policy, token lifetimes) so local and AWS behave alike.

import type { RemovalPolicy } from 'aws-cdk-lib';
import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { defaultScopes } from '../../contract/runtime-config';

export interface UserPoolAuthProps {
  readonly userPoolName: string;
  readonly domainPrefix: string;
  /** SPA origins the client may return to (`{origin}/callback`, `{origin}/signed-out`). */
  readonly appOrigins: readonly string[];
  /** Allows USER_PASSWORD_AUTH so an operator can get a token with the AWS CLI (dev only). */
  readonly allowPasswordAuth: boolean;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
}

/** Paths the SPA routes serve for the OAuth redirect and after Cognito's `/logout`. */
export const callbackPath = '/callback';
export const signedOutPath = '/signed-out';

const scopeByName: Readonly<Record<string, cognito.OAuthScope>> = {
  openid: cognito.OAuthScope.OPENID,
  email: cognito.OAuthScope.EMAIL,
  profile: cognito.OAuthScope.PROFILE,
};

/** Maps the runtime config's scope string to Cognito scopes, so the two never disagree. */
export function oauthScopes(scopes: string = defaultScopes): cognito.OAuthScope[] {
  return scopes.split(' ').map((name) => {
    const scope = scopeByName[name];
    if (!scope) throw new Error(`Unsupported OAuth scope "${name}"`);
    return scope;
  });
}

export class UserPoolAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly domain: cognito.UserPoolDomain;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: UserPoolAuthProps) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: props.userPoolName,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      userVerification: { emailStyle: cognito.VerificationEmailStyle.CODE },
      standardAttributes: { email: { required: true, mutable: true } },
      // Same rules as the emulator (cognito-behavior §3.6).
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });

    // The classic hosted UI: the pages the emulator reproduces and the e2e tests drive.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    this.client = this.userPool.addClient('SpaClient', {
      userPoolClientName: 'spa',
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: props.allowPasswordAuth },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: oauthScopes(),
        callbackUrls: props.appOrigins.map((origin) => `${origin}${callbackPath}`),
        logoutUrls: props.appOrigins.map((origin) => `${origin}${signedOutPath}`),
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      // The emulator's defaults, which are Cognito's (cognito-behavior §5.4).
      idTokenValidity: Duration.minutes(60),
      accessTokenValidity: Duration.minutes(60),
      refreshTokenValidity: Duration.days(30),
      authSessionValidity: Duration.minutes(3),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
  }
}
