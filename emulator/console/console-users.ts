import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito/cognito-error';
import type { OperationName } from '../cognito/operations';
import { invokeOperation } from '../cognito/operations/invoke-operation';
import type { Wire } from '../cognito/operations/operation';
import { html, type SafeHtml } from '../http/html-escape';
import { consolePath, type ConsoleEnvironment } from './console-page';

/** Calls an operation on the product's pool, as the JSON API would run it. */
export function callPool<R>(
  env: ConsoleEnvironment,
  name: OperationName,
  body: Readonly<Record<string, unknown>> = {},
): Promise<Wire<R>> {
  return invokeOperation<Wire<R>>(env.pools, name, {
    UserPoolId: env.pools.primary.config.userPoolId,
    ...body,
  });
}

export type WireUser = Wire<Sdk.UserType>;
export type WireAttribute = Wire<Sdk.AttributeType>;

export const attributeOf = (attributes: readonly WireAttribute[] | undefined, name: string) =>
  attributes?.find((a) => a.Name === name)?.Value;

/** The path of a user's page. */
export const userPath = (username: string) => consolePath('/users/:username', { username });

/** Epoch seconds as `2026-12-01 14:05:09 UTC` (empty when absent). */
export function formatTime(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  return `${new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * The user's MFA as the record says: the methods of `UserMFASettingList` (or legacy
 * `MFAOptions`), otherwise Off.
 */
export function mfaLabel(user: {
  UserMFASettingList?: readonly string[] | undefined;
  MFAOptions?: readonly Wire<Sdk.MFAOptionType>[] | undefined;
}): string {
  const methods = user.UserMFASettingList ?? user.MFAOptions?.map((o) => o.DeliveryMedium ?? '');
  const named = (methods ?? []).filter((m) => m !== '');
  return named.length === 0 ? 'Off' : named.join(', ');
}

/** The names of a user's groups, through AdminListGroupsForUser (every page). */
export async function groupsOf(env: ConsoleEnvironment, username: string): Promise<string[]> {
  const names: string[] = [];
  let next: string | undefined;
  do {
    const page = await callPool<Sdk.AdminListGroupsForUserResponse>(env, 'AdminListGroupsForUser', {
      Username: username,
      Limit: 60,
      ...(next ? { NextToken: next } : {}),
    });
    names.push(...(page.Groups ?? []).map((g) => g.GroupName ?? ''));
    next = page.NextToken;
  } while (next);
  return names;
}

/** A Cognito error as the console shows it: its type and message, as the API words them. */
export const errorAlert = (error: CognitoError): SafeHtml =>
  html`<p class="alert" role="alert"><strong>${error.type}</strong>: ${error.message}</p>`;

/** Runs `act`; a CognitoError comes back as a value for the page to show, anything else throws. */
export async function attempt<T>(act: () => Promise<T>): Promise<T | CognitoError> {
  try {
    return await act();
  } catch (error) {
    if (error instanceof CognitoError) return error;
    throw error;
  }
}
