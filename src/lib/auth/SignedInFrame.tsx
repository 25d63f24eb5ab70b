import { useEffect, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusMessage } from '../../components/StatusMessage';
import { useAuthShell } from './auth-shell-context';
import { describeAuthError } from './describe-auth-error';

/**
 * Guards the signed-in pages. Signed out: renew with the refresh token if there is one, else
 * go to the hosted sign-in and come back here. Each is tried once per visit, so nothing loops.
 */
export default function SignedInFrame() {
  const auth = useAuth();
  const shell = useAuthShell();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  const attempted = useRef(false);
  const hadSession = Boolean(auth.user);
  const redirectFailed = auth.error?.source === 'signinRedirect';

  useEffect(() => {
    if (shell.ending || auth.isLoading || auth.isAuthenticated || auth.activeNavigator) return;
    if (attempted.current || redirectFailed) return;
    attempted.current = true;
    void (async () => {
      if (auth.user?.refresh_token && (await auth.signinSilent())) return;
      await auth.signinRedirect({ state: { returnTo } });
    })();
  }, [auth, shell.ending, returnTo, redirectFailed]);

  if (shell.ending) return <StatusMessage>Signing you out…</StatusMessage>;
  if (auth.isAuthenticated && auth.user) {
    const renewFailed = auth.error?.source === 'renewSilent';
    return (
      <>
        <div className="session-bar">
          <span>
            Signed in as <strong>{String(auth.user.profile.email ?? auth.user.profile.sub)}</strong>
          </span>
          <button type="button" onClick={() => void shell.signOut()}>
            Sign out
          </button>
        </div>
        {renewFailed ? (
          <div role="alert" className="panel panel-warning">
            <p>Your session could not be renewed and will end soon.</p>
            <button type="button" onClick={() => void shell.signIn(returnTo)}>
              Sign in again
            </button>
          </div>
        ) : null}
        <Outlet />
      </>
    );
  }
  if (redirectFailed) {
    return (
      <ErrorPanel
        error={describeAuthError(auth.error)}
        onRetry={() => void shell.signIn(returnTo)}
      />
    );
  }
  return (
    <StatusMessage>
      {hadSession
        ? 'Your session has ended. Taking you to sign in again…'
        : 'You need to sign in. Taking you to the sign-in page…'}
    </StatusMessage>
  );
}
