import { checkClientMayWrite } from './client-attributes';
import { CognitoError, messages } from './cognito-error';
import type { AppClientConfig } from './pool-config';
import { findUser, isEmail, type PoolContext } from './pool-context';
import type { UserChange } from './pool-repository';
import type { UserRecord } from './pool-state';
import { delivery, type CodeDeliveryDetails } from './code-delivery';
import { parseAttributes, type UserAttribute } from './user-attributes';
import { mailCode } from './triggers/custom-message';
import { adminCaller } from './triggers/trigger-event';
import { assertCanSend, codesWithout, consumeCode, issueCode } from './verification-codes';

/**
 * Who writes: the user with an access token of `client` (its WriteAttributes apply, and never
 * the verification flags) or an admin (IAM).
 */
export type Writer = { readonly client: AppClientConfig } | 'admin';

/** The client id a trigger event names for this writer. */
const callerOf = (writer: Writer): string =>
  writer === 'admin' ? adminCaller : writer.client.clientId;

function checkWriter(ctx: PoolContext, writer: Writer, names: readonly string[]): void {
  if (writer !== 'admin') checkClientMayWrite(ctx.config, writer.client, names);
}

/** In pools that sign in by email, an address belongs to one account. */
function assertEmailFree(ctx: PoolContext, user: UserRecord, email: string): void {
  if (!ctx.config.usernameAttributes.includes('email')) return;
  const owner = findUser(ctx, email);
  if (owner && owner.username !== user.username)
    throw new CognitoError('AliasExistsException', messages.emailExists);
}

/**
 * The CustomMessage trigger sees the caller's client (`callerOf`), or null where the operation
 * does not know it (GetUserAttributeVerificationCode), as for console actions (docs/emulator.md).
 */
async function mailEmailCode(
  ctx: PoolContext,
  user: UserRecord,
  to: string,
  source: 'CustomMessage_UpdateUserAttribute' | 'CustomMessage_VerifyUserAttribute',
  clientId: string | null,
): Promise<CodeDeliveryDetails> {
  const code = issueCode(ctx, user, 'email');
  await mailCode(
    ctx,
    { source, user, clientId, code, to },
    { subject: 'Your verification code', text: `Your verification code is ${code}` },
  );
  return delivery(to);
}

/**
 * UpdateUserAttributes / AdminUpdateUserAttributes. A new email is held back until its code is
 * entered when the pool says so (AttributesRequireVerificationBeforeUpdate): the old address
 * stays the sign-in name and stays verified. Otherwise it replaces the old one at once,
 * unverified. Either way a code goes to the new address when email is auto-verified, unless an
 * admin marks it verified in the same call.
 */
export async function updateUserAttributes(
  ctx: PoolContext,
  user: UserRecord,
  list: readonly UserAttribute[],
  writer: Writer,
): Promise<{ CodeDeliveryDetailsList?: CodeDeliveryDetails[] }> {
  checkWriter(
    ctx,
    writer,
    list.map((a) => a.Name),
  );
  const parsed = parseAttributes(list, ctx.config.customAttributes, 'update');
  const change: { -readonly [K in keyof UserChange]: UserChange[K] } = {
    attributes: { ...user.attributes, ...parsed.other },
    updatedAt: ctx.clock.now(),
  };
  if (parsed.emailVerified !== undefined) change.emailVerified = parsed.emailVerified;
  const email = parsed.email;
  const changesEmail = email !== undefined && email !== user.email;
  let sendTo: string | undefined;
  if (email !== undefined && changesEmail) {
    if (!isEmail(email))
      throw new CognitoError('InvalidParameterException', 'Invalid email address format.');
    assertEmailFree(ctx, user, email);
    const verifiedByAdmin = writer === 'admin' && parsed.emailVerified === true;
    const autoVerified = ctx.config.autoVerifiedAttributes.includes('email');
    change.codes = codesWithout(user.codes, 'email');
    change.pendingEmail = undefined;
    if (verifiedByAdmin) change.email = email;
    else if (ctx.config.verifyBeforeUpdate.includes('email')) change.pendingEmail = email;
    else Object.assign(change, { email, emailVerified: false });
    if (!verifiedByAdmin && autoVerified) sendTo = email;
  }
  if (sendTo !== undefined && writer !== 'admin') assertCanSend(ctx, user);
  const updated = ctx.repo.updateUser(user.username, change);
  if (sendTo === undefined) return {};
  const sent = await mailEmailCode(
    ctx,
    updated,
    sendTo,
    'CustomMessage_UpdateUserAttribute',
    callerOf(writer),
  );
  return writer !== 'admin' ? { CodeDeliveryDetailsList: [sent] } : {};
}

/** DeleteUserAttributes / AdminDeleteUserAttributes: required attributes and `sub` stay. */
export function deleteUserAttributes(
  ctx: PoolContext,
  user: UserRecord,
  names: readonly string[],
  writer: Writer,
): void {
  checkWriter(ctx, writer, names);
  // The schema check of an update (unknown names, `sub`) applies to deletions too.
  parseAttributes(
    names.map((Name) => ({ Name, Value: '' })),
    ctx.config.customAttributes,
    'delete',
  );
  for (const name of names) {
    const rules = Object.hasOwn(ctx.config.standardAttributes, name)
      ? ctx.config.standardAttributes[name as keyof typeof ctx.config.standardAttributes]
      : undefined;
    if (rules?.required || name === 'email')
      throw new CognitoError(
        'InvalidParameterException',
        `Attributes did not conform to the schema: ${name}: The attribute is required`,
      );
  }
  const attributes = Object.fromEntries(
    Object.entries(user.attributes).filter(([name]) => !names.includes(name)),
  );
  ctx.repo.updateUser(user.username, {
    attributes,
    ...(names.includes('email_verified') ? { emailVerified: false } : {}),
    updatedAt: ctx.clock.now(),
  });
}

/** Only email is verifiable here: there is no SMS in the emulator. */
function checkVerifiable(name: string): void {
  if (name !== 'email')
    throw new CognitoError(
      'InvalidParameterException',
      `The local Cognito emulator verifies only email (no SMS), not ${name.slice(0, 32)}.`,
    );
}

/** GetUserAttributeVerificationCode: a code to the pending address if any, else the current one. */
export async function sendAttributeVerificationCode(
  ctx: PoolContext,
  user: UserRecord,
  name: string,
): Promise<{ CodeDeliveryDetails: CodeDeliveryDetails }> {
  checkVerifiable(name);
  assertCanSend(ctx, user);
  const to = user.pendingEmail ?? user.email;
  const sent = await mailEmailCode(ctx, user, to, 'CustomMessage_VerifyUserAttribute', null);
  return { CodeDeliveryDetails: sent };
}

/** VerifyUserAttribute: the code verifies the address it was sent to (a pending one takes over). */
export function verifyUserAttribute(
  ctx: PoolContext,
  user: UserRecord,
  name: string,
  code: string,
): void {
  checkVerifiable(name);
  if (user.pendingEmail !== undefined) assertEmailFree(ctx, user, user.pendingEmail);
  const current = consumeCode(ctx, user, 'email', code);
  ctx.repo.updateUser(current.username, {
    ...(current.pendingEmail !== undefined ? { email: current.pendingEmail } : {}),
    pendingEmail: undefined,
    emailVerified: true,
    updatedAt: ctx.clock.now(),
  });
}
