import { useAuth } from 'react-oidc-context';

function claimText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Who is signed in and until when; shows claims, never a token. */
export default function ProfilePage() {
  const { user } = useAuth();
  if (!user) return null;
  const profile = user.profile;
  const verified = profile.email_verified === true || String(profile.email_verified) === 'true';
  const rawGroups = (profile as Record<string, unknown>)['cognito:groups'];
  const groups = Array.isArray(rawGroups)
    ? rawGroups.filter((g): g is string => typeof g === 'string')
    : [];
  const endsAt = user.expires_at ? new Date(user.expires_at * 1000) : null;
  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">Profile</h1>
      <dl className="profile">
        <dt>Email</dt>
        <dd>{claimText(profile.email) ?? 'Not provided'}</dd>
        <dt>Email verified</dt>
        <dd>{verified ? 'Yes' : 'No'}</dd>
        <dt>Groups</dt>
        <dd>{groups.length > 0 ? groups.join(', ') : 'None'}</dd>
        <dt>Session renews or ends</dt>
        <dd>
          {endsAt ? (
            <time dateTime={endsAt.toISOString()}>{endsAt.toLocaleString()}</time>
          ) : (
            'Unknown'
          )}
        </dd>
      </dl>
      <p className="muted">
        The session renews itself in the background while you use the app; if it cannot, you will be
        asked to sign in again.
      </p>
    </section>
  );
}
