import { Navigate } from 'react-router-dom';
import { useConfig } from '../../config/config-context';
import { HostedUiButtons } from '../../lib/auth/HostedUiButtons';
import { hasStoredSession } from '../../lib/auth/session-hint';
import { useAppEnvironment } from '../../lib/environment/app-environment';
import { useI18n } from '../../i18n/i18n-context';

/** What the app is, with Sign in and Create account; signed-in visitors go straight on. */
export function HomePage() {
  const config = useConfig();
  const { userStorage } = useAppEnvironment();
  const { text } = useI18n();
  if (hasStoredSession(config, userStorage)) {
    return <Navigate to="/transactions" replace />;
  }
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">{text.home.title}</h1>
      <p>{text.home.intro}</p>
      <HostedUiButtons withSignUp />
    </section>
  );
}
