import { useAuthSession } from '../../lib/auth/auth-session';
import DefaultCurrencySetting from './DefaultCurrencyForm';
import TwoStepSetting from './two-step/TwoStepSetting';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { useTransactionsClient } from '../../lib/http/use-transactions-client';
import { SignInMethod } from './SignInMethod';
import { useMemberSince } from './use-member-since';
import { warmDateFormattingWhenIdle } from './warm-date-formatting';

// Runs when the chunk loads, which the signed-in pages start at once (route-chunks.ts).
warmDateFormattingWhenIdle();

/** "Member since": the first confirmation, from the profile the API keeps. */
export function MemberSince({ client }: { client: TransactionsClient }) {
  const state = useMemberSince(client);
  if (state.status === 'loading') return <>Loading…</>;
  if (state.status === 'error') return <>Unavailable ({state.error.message})</>;
  if (!state.since) return <>Not recorded</>;
  return (
    <time dateTime={state.since.toISOString()}>
      {state.since.toLocaleDateString(undefined, { dateStyle: 'long' })}
    </time>
  );
}

/** Who is signed in and until when; shows claims, never a token. */
export default function ProfilePage() {
  const { user } = useAuthSession();
  const client = useTransactionsClient();
  if (!user) return null;
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">Profile</h1>
      <dl className="profile">
        <dt>Email</dt>
        <dd>{user.email ?? 'Not provided'}</dd>
        <dt>Email verified</dt>
        <dd>{user.emailVerified ? 'Yes' : 'No'}</dd>
        <SignInMethod identities={user.identities} />
        <dt>Member since</dt>
        <dd>
          <MemberSince client={client} />
        </dd>
        <dt>Groups</dt>
        <dd>{user.groups.length > 0 ? user.groups.join(', ') : 'None'}</dd>
        <dt>Session renews or ends</dt>
        <dd>
          {user.expiresAt ? (
            <time dateTime={user.expiresAt.toISOString()}>{user.expiresAt.toLocaleString()}</time>
          ) : (
            'Unknown'
          )}
        </dd>
      </dl>
      <DefaultCurrencySetting />
      <TwoStepSetting />
      <p className="muted">
        The session renews itself in the background while you use the app; if it cannot, you will be
        asked to sign in again.
      </p>
    </section>
  );
}
