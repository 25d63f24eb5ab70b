// Builds the envelope Cognito sends every trigger (cognito-extensions §1.2).

import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { attributeList } from '../user-attributes';
import type { TriggerEvent } from './pool-triggers';

/**
 * Admin operations have no app client. UNCONFIRMED: events captured from AdminCreateUser carry
 * this placeholder; the console sends null (docs/emulator.md).
 */
export const adminCaller = 'CLIENT_ID_NOT_APPLICABLE';

/** The user's attributes as a trigger sees them: a flat string map with the account status. */
export function triggerAttributes(user: UserRecord): Record<string, string> {
  return {
    ...Object.fromEntries(attributeList(user).map((a) => [a.Name, a.Value])),
    'cognito:user_status': user.status,
  };
}

export function triggerEvent(
  ctx: PoolContext,
  input: {
    version?: '1' | '2';
    source: string;
    userName: string;
    clientId: string | null;
    request: Record<string, unknown>;
    response: Record<string, unknown>;
  },
): TriggerEvent {
  return {
    version: input.version ?? '1',
    triggerSource: input.source,
    region: ctx.config.region,
    userPoolId: ctx.config.userPoolId,
    userName: input.userName,
    // The SDK's version is not known here; hosted and OAuth calls carry this value on AWS too.
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: input.clientId },
    request: input.request,
    response: input.response,
  };
}
