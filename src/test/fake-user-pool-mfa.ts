// A fake of the User Pools JSON API calls Profile's two-step section makes (GetUser,
// AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference), answering as Cognito does
// (cognito-extensions §2.3, §2.6): MFA fields omitted when empty, Cognito's error types and
// texts. Every request is recorded; `hold` keeps one operation's answer back.
import { jsonResponse } from './builders';

export const fakeAccessToken = 'access-1';
export const fakeSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The code the fake's "authenticator" shows now; `expiredCode` was used already. */
export const validCode = '123456';
export const expiredCode = '654321';

type Method = 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

export interface UserPoolCall {
  readonly operation: string;
  readonly body: Record<string, unknown>;
}

const settingsOf: Readonly<Record<string, Method>> = {
  SoftwareTokenMfaSettings: 'SOFTWARE_TOKEN_MFA',
  EmailMfaSettings: 'EMAIL_OTP',
};

const refuse = (type: string, message: string) =>
  jsonResponse(400, { __type: type, message }, { 'Content-Type': 'application/x-amz-json-1.1' });

export function createFakeUserPoolMfa(
  initial: { enabled?: Method[]; preferred?: Method | null } = {},
) {
  const calls: UserPoolCall[] = [];
  const enabled = new Set<Method>(initial.enabled ?? []);
  let preferred: Method | null = initial.preferred ?? null;
  let associated = false;
  const held = new Map<string, Promise<void>>();

  const answer = (operation: string, body: Record<string, unknown>): Response => {
    if (body['AccessToken'] !== fakeAccessToken)
      return refuse('NotAuthorizedException', 'Invalid Access Token');
    switch (operation) {
      case 'GetUser':
        return jsonResponse(200, {
          Username: 'user-1',
          UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }],
          ...(enabled.size > 0 ? { UserMFASettingList: [...enabled] } : {}),
          ...(preferred ? { PreferredMfaSetting: preferred } : {}),
        });
      case 'AssociateSoftwareToken':
        associated = true;
        return jsonResponse(200, { SecretCode: fakeSecret });
      case 'VerifySoftwareToken':
        if (!associated)
          return refuse('InvalidParameterException', 'User has not associated a software token.');
        if (body['UserCode'] === expiredCode)
          return refuse('ExpiredCodeException', 'Your software token has already been used once.');
        if (body['UserCode'] !== validCode)
          return refuse(
            'EnableSoftwareTokenMFAException',
            'Code mismatch and fail enable Software Token MFA',
          );
        enabled.add('SOFTWARE_TOKEN_MFA');
        return jsonResponse(200, { Status: 'SUCCESS' });
      case 'SetUserMFAPreference':
        for (const [field, method] of Object.entries(settingsOf)) {
          const setting = body[field] as { Enabled?: boolean; PreferredMfa?: boolean } | undefined;
          if (!setting) continue;
          if (setting.Enabled) enabled.add(method);
          else enabled.delete(method);
          if (setting.PreferredMfa) preferred = method;
          else if (preferred === method) preferred = null;
        }
        return jsonResponse(200, {});
      default:
        return refuse('UnknownOperationException', '');
    }
  };

  const fetch = async (_url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const target = new Headers(init.headers).get('X-Amz-Target') ?? '';
    const operation = target.replace('AWSCognitoIdentityProviderService.', '');
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({ operation, body });
    await held.get(operation);
    return answer(operation, body);
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    calls,
    /** The operations called, in order. */
    operations: () => calls.map((c) => c.operation),
    /** Holds `operation`'s answers until the returned function is called. */
    hold(operation: string): () => void {
      let release = () => undefined as void;
      held.set(operation, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(operation);
        release();
      };
    },
    state: () => ({ enabled: [...enabled], preferred }),
  };
}
