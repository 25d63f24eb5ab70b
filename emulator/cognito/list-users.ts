import { byCreation, userType } from './admin-users';
import { CognitoError } from './cognito-error';
import { pageOf } from './paging';
import type { PoolContext } from './pool-context';
import type { UserRecord } from './pool-state';
import { subOf, usernameOf } from './user-identity';

/** How a searchable attribute reads a user, and whether it compares ignoring case. */
interface Searchable {
  read(user: UserRecord): string | undefined;
  ignoreCase?: true;
}

const attribute = (name: string) => (u: UserRecord) =>
  Object.hasOwn(u.attributes, name) ? u.attributes[name] : undefined;

/**
 * The attributes ListUsers can search, and nothing else: a Map, so a name such as
 * `constructor` or `__proto__` is simply absent (never an inherited member).
 * Case follows the API reference: `cognito:user_status` ignores case, the rest compare exactly.
 */
const searchable: ReadonlyMap<string, Searchable> = new Map<string, Searchable>([
  ['username', { read: usernameOf }],
  ['email', { read: (u) => u.email }],
  ['phone_number', { read: attribute('phone_number') }],
  ['name', { read: attribute('name') }],
  ['given_name', { read: attribute('given_name') }],
  ['family_name', { read: attribute('family_name') }],
  ['preferred_username', { read: attribute('preferred_username') }],
  ['cognito:user_status', { read: (u) => u.status, ignoreCase: true }],
  ['status', { read: (u) => (u.enabled ? 'Enabled' : 'Disabled') }],
  ['sub', { read: subOf }],
]);

const parseError = () =>
  new CognitoError('InvalidParameterException', 'Error while parsing filter.');

// `name = "value"` / `name ^= "value"`; inside the quotes a backslash escapes the next character.
const filterPattern = /^\s*([^\s=^"]+)\s*(=|\^=)\s*"((?:[^"\\]|\\.)*)"\s*$/su;

/** A user predicate from Cognito's filter syntax; InvalidParameterException if it is not one. */
export function parseFilter(filter: string): (user: UserRecord) => boolean {
  const m = filterPattern.exec(filter);
  if (!m) throw parseError();
  const [, name = '', operator, quoted = ''] = m;
  const field = searchable.get(name);
  if (!field) throw parseError();
  const fold = (s: string) => (field.ignoreCase ? s.toLowerCase() : s);
  const wanted = fold(quoted.replace(/\\(.)/gsu, '$1'));
  return (user) => {
    const value = field.read(user);
    if (value === undefined) return false;
    return operator === '=' ? fold(value) === wanted : fold(value).startsWith(wanted);
  };
}

/** Attribute names a request may ask for: `sub` is refused, as Cognito does. */
function checkAttributesToGet(names: readonly string[]): void {
  for (const name of names) {
    if (name === 'sub')
      throw new CognitoError(
        'InvalidParameterException',
        'Input fails to satisfy the constraints.',
      );
  }
}

/** ListUsers: Cognito's filters, AttributesToGet and opaque pagination. */
export function listUsers(
  ctx: PoolContext,
  input: {
    filter?: string | undefined;
    limit?: number | undefined;
    paginationToken?: string | undefined;
    attributesToGet?: readonly string[] | undefined;
  },
) {
  if (input.attributesToGet) checkAttributesToGet(input.attributesToGet);
  let users = [...ctx.repo.users()].sort(byCreation);
  // An empty filter lists every user (API reference).
  if (input.filter !== undefined && input.filter.trim() !== '') {
    const matches = parseFilter(input.filter);
    users = users.filter(matches);
  }
  const page = pageOf(
    users,
    { limit: input.limit, token: input.paginationToken },
    { member: 'limit', max: 60, tokenMember: 'pagination token' },
  );
  const wanted = input.attributesToGet && new Set(input.attributesToGet);
  return {
    Users: page.items.map((user) => {
      const listed = userType(user);
      return wanted
        ? { ...listed, Attributes: listed.Attributes.filter((a) => wanted.has(a.Name)) }
        : listed;
    }),
    ...(page.next !== undefined ? { PaginationToken: page.next } : {}),
  };
}
