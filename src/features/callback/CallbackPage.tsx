import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorPanel } from '../../components/ErrorPanel';
import { DelayedStatusMessage } from '../../components/DelayedStatusMessage';
import { useAuthSession } from '../../lib/auth/auth-session';
import { defaultSignedInPath } from '../../lib/auth/return-to';
import { normalizeError } from '../../lib/errors/normalize-error';
import { useI18n } from '../../i18n/i18n-context';
import { SignInError } from '../../lib/errors/sign-in-error';

/**
 * Finishes the code exchange (the AuthShell's provider does the work) and reports failures.
 * It never starts a sign-in on its own, so a broken callback cannot loop.
 */
export default function CallbackPage() {
  const session = useAuthSession();
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const hasResponse = params.has('code') || params.has('error');
  // Without `state` the provider ignores the URL; that is an error of its own.
  const [missingState] = useState(() => hasResponse && !params.get('state'));
  const callbackError = session.error?.source === 'callback' ? session.error.error : null;
  const { text } = useI18n();
  const failure = missingState
    ? normalizeError(new SignInError('incomplete_response'), text.errors)
    : callbackError;
  const signIn = () => void session.signIn(defaultSignedInPath);

  // Once it failed, drop code/state/error from the address bar: a reload then shows this page
  // again instead of replaying a consumed response.
  useEffect(() => {
    if (failure && hasResponse) navigate({ pathname: location.pathname }, { replace: true });
  }, [failure, hasResponse, navigate, location.pathname]);

  if (failure) {
    return (
      <section aria-labelledby="callback-title">
        <h1 id="callback-title">Sign-in did not finish</h1>
        <ErrorPanel error={failure} onRetry={signIn}>
          <Link to="/">Go to the start page</Link>
        </ErrorPanel>
      </section>
    );
  }
  if (session.status === 'signed-in' && !hasResponse)
    return <Navigate to="/transactions" replace />;
  if (hasResponse || session.status === 'pending')
    return <DelayedStatusMessage>Finishing sign-in…</DelayedStatusMessage>;
  return (
    <section aria-labelledby="callback-title">
      <h1 id="callback-title">Nothing to finish here</h1>
      <p>This page completes a sign-in, but there is none in progress.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={signIn}>
          Sign in
        </button>
        <Link to="/">Go to the start page</Link>
      </div>
    </section>
  );
}
