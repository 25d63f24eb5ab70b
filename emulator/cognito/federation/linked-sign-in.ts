// A federated sign-in with a linked identity (cognito-extensions §7.5): it signs in as the
// destination user (its username, sub, groups and data), whose mapped attributes the IdP's
// profile overwrites as at every federated sign-in.

import { CognitoError, messages } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';

/** The mapped values a federated sign-in writes (resolve-federated-user.ts). */
export type MappedFields = Pick<UserRecord, 'email' | 'emailVerified' | 'attributes'>;

/**
 * The destination user of a linked identity, brought up to date. Refused, as a password sign-in
 * would be, when the user is disabled or not confirmed; and when the IdP's email is another
 * user's (it would give one sign-in name to two users: the emulator's rule, docs/emulator.md).
 */
export function signInLinkedUser(
  ctx: PoolContext,
  user: UserRecord,
  mapped: MappedFields,
): UserRecord {
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', messages.disabled);
  if (user.status === 'UNCONFIRMED')
    throw new CognitoError('UserNotConfirmedException', messages.notConfirmed);
  if (mapped.email !== '' && mapped.email.toLowerCase() !== user.email.toLowerCase()) {
    const holder = ctx.repo.findUser(mapped.email);
    if (holder && holder.username !== user.username)
      throw new CognitoError('AliasExistsException', messages.emailExists);
  }
  return ctx.repo.updateUser(user.username, { ...mapped, updatedAt: ctx.clock.now() });
}
