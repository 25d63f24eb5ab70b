// The user's own two-step verification settings through the User Pools JSON API, with the
// access token: GetUser's MFA fields, AssociateSoftwareToken → VerifySoftwareToken to register
// an authenticator app, and SetUserMFAPreference to choose or turn off a method
// (cognito-extensions §2.3).
import {
  callUserPool,
  UserPoolRefusedError,
  type UserPoolApiOptions,
} from '../../../lib/http/user-pool-api';

/** The second factors the SPA offers (Cognito's names, as GetUser lists them). */
export type TwoStepMethod = 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

const methods: readonly TwoStepMethod[] = ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];

const isMethod = (value: unknown): value is TwoStepMethod =>
  methods.some((method) => method === value);

/** What GetUser says: the enabled methods and the preferred one (Cognito omits empty fields). */
export interface TwoStepStatus {
  readonly enabled: readonly TwoStepMethod[];
  readonly preferred: TwoStepMethod | null;
}

export interface TwoStepClient {
  status(): Promise<TwoStepStatus>;
  /** AssociateSoftwareToken: a new base32 secret for an authenticator app. */
  associateAuthenticator(): Promise<string>;
  /**
   * VerifySoftwareToken with the app's first code; a wrong one throws UserPoolRefusedError
   * (Cognito's own type, or `EnableSoftwareTokenMFAException` for an `ERROR` status).
   */
  verifyAuthenticator(code: string): Promise<void>;
  /**
   * One SetUserMFAPreference: `method` enabled and preferred, each of `others` disabled, in the
   * same call, so a failure never leaves two methods on.
   */
  preferOnly(method: TwoStepMethod, others: readonly TwoStepMethod[]): Promise<void>;
  /** SetUserMFAPreference: each of `enabled` disabled and no longer preferred. */
  turnOff(enabled: readonly TwoStepMethod[]): Promise<void>;
}

const settingsField: Readonly<Record<TwoStepMethod, string>> = {
  SOFTWARE_TOKEN_MFA: 'SoftwareTokenMfaSettings',
  EMAIL_OTP: 'EmailMfaSettings',
};

/** The name the authenticator shows in Cognito's records for this device. */
export const friendlyDeviceName = 'Authenticator app';

const refusal = 'The user pool refused the change.';

/** Settings blocks turning `methods` off; only the methods that are on, since a pool without
 * email MFA may refuse its block. */
const offSettings = (methods: readonly TwoStepMethod[]) =>
  Object.fromEntries(
    methods.map((m) => [settingsField[m], { Enabled: false, PreferredMfa: false }]),
  );

/** Creates the client; failures are typed like the attributes client's. */
export function createTwoStepClient(options: UserPoolApiOptions): TwoStepClient {
  return {
    async status() {
      const user = await callUserPool(options, 'GetUser', {}, 'Could not read your account.');
      const list = user['UserMFASettingList'];
      const preferred = user['PreferredMfaSetting'];
      return {
        enabled: Array.isArray(list) ? methods.filter((m) => list.includes(m)) : [],
        preferred: isMethod(preferred) ? preferred : null,
      };
    },
    async associateAuthenticator() {
      const answer = await callUserPool(options, 'AssociateSoftwareToken', {}, refusal);
      const secret = answer['SecretCode'];
      // Cognito's pattern; anything else would make a QR code no app can use.
      if (typeof secret !== 'string' || !/^[A-Za-z0-9]{16,}$/.test(secret))
        throw new UserPoolRefusedError('http_200', 'The user pool sent no usable secret.', false);
      return secret;
    },
    async verifyAuthenticator(code) {
      const answer = await callUserPool(
        options,
        'VerifySoftwareToken',
        { UserCode: code, FriendlyDeviceName: friendlyDeviceName },
        refusal,
      );
      if (answer['Status'] !== 'SUCCESS')
        throw new UserPoolRefusedError(
          'EnableSoftwareTokenMFAException',
          'Code mismatch and fail enable Software Token MFA',
          false,
        );
    },
    async preferOnly(method, others) {
      const settings = {
        [settingsField[method]]: { Enabled: true, PreferredMfa: true },
        ...offSettings(others),
      };
      await callUserPool(options, 'SetUserMFAPreference', settings, refusal);
    },
    async turnOff(enabled) {
      await callUserPool(options, 'SetUserMFAPreference', offSettings(enabled), refusal);
    },
  };
}
