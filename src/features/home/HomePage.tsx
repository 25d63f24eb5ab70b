import { Navigate } from 'react-router-dom';
import { useConfig } from '../../config/config-context';
import { HostedUiButtons } from '../../lib/auth/HostedUiButtons';
import { hasStoredSession } from '../../lib/auth/session-hint';
import { useAppEnvironment } from '../../lib/environment/app-environment';

/** What the app is, with Sign in and Create account; signed-in visitors go straight on. */
export function HomePage() {
  const config = useConfig();
  const { userStorage } = useAppEnvironment();
  if (hasStoredSession(config, userStorage)) {
    return <Navigate to="/transactions" replace />;
  }
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">Your money, in one list</h1>
      <p>
        Record income and expenses in any currency, see totals per currency, and keep them private
        to your account.
      </p>
      <HostedUiButtons withSignUp />
    </section>
  );
}
