// Who a request signed with identity-pool credentials is, in STS's terms: the enhanced flow
// assumes the pool's role with the session name `CognitoIdentityCredentials`, so the caller is
// `{roleUniqueId}:CognitoIdentityCredentials` and the ARN the assumed-role one (reference §0, §2).
import { createHash } from 'node:crypto';

export const cognitoSessionName = 'CognitoIdentityCredentials';

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `AROA` + 17 characters, stable for a role ARN (IAM's unique ids are random but fixed). */
export function roleUniqueId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest();
  let id = 'AROA';
  for (let i = 0; i < 17; i += 1) id += base32[digest[i]! % 32];
  return id;
}

/** `arn:aws:iam::{account}:role/{name}` → `arn:aws:sts::{account}:assumed-role/{name}/{session}`. */
export function assumedRoleArn(roleArn: string): string {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]{1,64})$/.exec(roleArn);
  if (!match) throw new Error(`not a role ARN: ${roleArn}`);
  return `arn:aws:sts::${match[1]}:assumed-role/${match[2]}/${cognitoSessionName}`;
}

/** `arn:aws:iam::{account}:role/{name}` */
export const roleArnOf = (accountId: string, roleName: string): string =>
  `arn:aws:iam::${accountId}:role/${roleName}`;
