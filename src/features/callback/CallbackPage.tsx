import { useEffect, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusMessage } from '../../components/StatusMessage';
import { useAuthShell } from '../../lib/auth/auth-shell-context';
import { describeAuthError } from '../../lib/auth/describe-auth-error';
import type { UiError } from '../../lib/errors/normalize-error';

const incomplete: UiError = {
  title: "We couldn't sign you in",
  message: 'The sign-in response is incomplete (it has no state). Start again from this app.',
  retryable: true,
  fieldErrors: [],
};

/**
 * Finishes the code exchange (the AuthShell's provider does the work) and reports failures.
 * It never starts a sign-in on its own, so a broken callback cannot loop.
 */
export default function CallbackPage() {
  const auth = useAuth();
  const shell = useAuthShell();
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const hasResponse = params.has('code') || params.has('error');
  // Without `state` the provider ignores the URL; that is an error of its own.
  const [missingState] = useState(() => hasResponse && !params.get('state'));
  const callbackError = auth.error?.source === 'signinCallback' ? auth.error : null;
  const failure = missingState
    ? incomplete
    : callbackError
      ? describeAuthError(callbackError)
      : null;

  // Once it failed, drop code/state/error from the address bar: a reload then shows this page
  // again instead of replaying a consumed response.
  useEffect(() => {
    if (failure && hasResponse) navigate({ pathname: location.pathname }, { replace: true });
  }, [failure, hasResponse, navigate, location.pathname]);

  if (failure) {
    return (
      <section aria-labelledby="callback-title">
        <h1 id="callback-title">Sign-in did not finish</h1>
        <ErrorPanel error={failure} onRetry={() => void shell.signIn('/transactions')}>
          <Link to="/">Go to the start page</Link>
        </ErrorPanel>
      </section>
    );
  }
  if (auth.isAuthenticated && !hasResponse) return <Navigate to="/transactions" replace />;
  if (hasResponse || auth.isLoading) return <StatusMessage>Finishing sign-in…</StatusMessage>;
  return (
    <section aria-labelledby="callback-title">
      <h1 id="callback-title">Nothing to finish here</h1>
      <p>This page completes a sign-in, but there is none in progress.</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void shell.signIn('/transactions')}
        >
          Sign in
        </button>
        <Link to="/">Go to the start page</Link>
      </div>
    </section>
  );
}
