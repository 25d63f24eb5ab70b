import { dataTable } from '../http/data-table';
import { html, type SafeHtml } from '../http/html-escape';
import { attributeOf, formatTime, type WireAttribute } from './console-users';

interface ShownIdentity {
  readonly providerName?: unknown;
  readonly userId?: unknown;
  readonly primary?: unknown;
  readonly dateCreated?: unknown;
}

/** The user's `identities` attribute as AdminGetUser returns it (JSON text), or none. */
function identitiesIn(attributes: readonly WireAttribute[] | undefined): ShownIdentity[] {
  const value = attributeOf(attributes, 'identities');
  if (value === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as ShownIdentity[]) : [];
  } catch {
    return [];
  }
}

/**
 * The IdP identities of a user, read-only: the one a federated user signed in with ("Signed in
 * with") and those linked to it (AdminLinkProviderForUser; AdminDisableProviderForUser unlinks).
 */
export function identitiesTable(attributes: readonly WireAttribute[] | undefined): SafeHtml {
  const identities = identitiesIn(attributes);
  if (identities.length === 0) return html`<p>No linked identity providers.</p>`;
  return dataTable(
    ['Provider', 'User id at the provider', 'How', 'Since'],
    identities.map((i) => [
      String(i.providerName ?? ''),
      String(i.userId ?? ''),
      i.primary === 'true' ? 'Signed in with' : 'Linked',
      formatTime(Number(i.dateCreated) / 1000 || undefined),
    ]),
  );
}
