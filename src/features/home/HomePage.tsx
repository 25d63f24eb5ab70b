import { Navigate } from 'react-router-dom';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useConfig } from '../../config/config-context';
import { hasStoredSession } from '../../lib/auth/session-hint';
import { useHostedUi } from '../../lib/auth/use-hosted-ui';

/** What the app is, with Sign in and Create account; signed-in visitors go straight on. */
export function HomePage() {
  const config = useConfig();
  const hostedUi = useHostedUi();
  if (hasStoredSession(config, window.sessionStorage)) {
    return <Navigate to="/transactions" replace />;
  }
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">Your money, in one list</h1>
      <p>
        Record income and expenses in any currency, see totals per currency, and keep them private
        to your account.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={hostedUi.busy}
          onClick={() => void hostedUi.go('sign-in')}
        >
          Sign in
        </button>
        <button type="button" disabled={hostedUi.busy} onClick={() => void hostedUi.go('sign-up')}>
          Create account
        </button>
      </div>
      {hostedUi.error ? <ErrorPanel error={hostedUi.error} /> : null}
    </section>
  );
}
