import { useI18n, useSignedInText } from '../../i18n/i18n-context';
import { useAuthSession } from '../../lib/auth/auth-session';
import DefaultCurrencySetting from './DefaultCurrencyForm';
import TwoStepSetting from './two-step/TwoStepSetting';
import type { TransactionsClient } from '../../lib/http/transactions-client';
import { useTransactionsClient } from '../../lib/http/use-transactions-client';
import { SignInMethod } from './SignInMethod';
import { useMemberSince } from './use-member-since';
import { warmDateFormattingWhenIdle } from './warm-date-formatting';
import './profile.css';

// Runs when the chunk loads, which the signed-in pages start at once (route-chunks.ts).
warmDateFormattingWhenIdle();

/** "Member since": the first confirmation, from the profile the API keeps. */
export function MemberSince({ client }: { client: TransactionsClient }) {
  const state = useMemberSince(client);
  const { intlLocale } = useI18n();
  const text = useSignedInText().profile;
  if (state.status === 'loading') return <>{text.loading}</>;
  if (state.status === 'error') return <>{text.unavailable(state.error.message)}</>;
  if (!state.since) return <>{text.notRecorded}</>;
  return (
    <time dateTime={state.since.toISOString()}>
      {state.since.toLocaleDateString(intlLocale, { dateStyle: 'long' })}
    </time>
  );
}

/** Who is signed in and until when; shows claims, never a token. */
export default function ProfilePage() {
  const { user } = useAuthSession();
  const client = useTransactionsClient();
  const { intlLocale } = useI18n();
  const text = useSignedInText().profile;
  if (!user) return null;
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{text.title}</h1>
      <dl className="profile">
        <dt>{text.email}</dt>
        <dd>{user.email ?? text.notProvided}</dd>
        <dt>{text.emailVerified}</dt>
        <dd>{user.emailVerified ? text.yes : text.no}</dd>
        <SignInMethod identities={user.identities} />
        <dt>{text.memberSince}</dt>
        <dd>
          <MemberSince client={client} />
        </dd>
        <dt>{text.groups}</dt>
        <dd>{user.groups.length > 0 ? user.groups.join(text.groupSeparator) : text.none}</dd>
        <dt>{text.sessionEnds}</dt>
        <dd>
          {user.expiresAt ? (
            <time dateTime={user.expiresAt.toISOString()}>
              {user.expiresAt.toLocaleString(intlLocale)}
            </time>
          ) : (
            text.unknown
          )}
        </dd>
      </dl>
      <DefaultCurrencySetting />
      <TwoStepSetting />
      <p className="muted">{text.renewalNote}</p>
    </section>
  );
}
