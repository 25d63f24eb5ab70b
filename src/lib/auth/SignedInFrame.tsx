import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusMessage } from '../../components/StatusMessage';
import { useSignedInText } from '../../i18n/i18n-context';
import { useAuthSession } from './auth-session';

/**
 * Guards the signed-in pages. Signed out: renew with the refresh token if there is one, else
 * go to the hosted sign-in and come back here. Each is tried once per visit, so nothing loops.
 */
export default function SignedInFrame() {
  const session = useAuthSession();
  const text = useSignedInText().session;
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  const attempted = useRef(false);
  const signInFailed = session.error?.source === 'sign-in' ? session.error.error : null;

  useEffect(() => {
    if (session.status !== 'signed-out' || attempted.current || signInFailed) return;
    attempted.current = true;
    void (async () => {
      if (session.user?.canRenew && (await session.renew())) return;
      await session.signIn(returnTo);
    })();
  }, [session, returnTo, signInFailed]);

  if (session.status === 'ending') return <StatusMessage>{text.signingOut}</StatusMessage>;
  // Refused sign-ins (the loop guard) replace the page even while signed in: the API has
  // refused this session, so the page behind would only show "signing you in again".
  if (signInFailed) {
    return <ErrorPanel error={signInFailed} onRetry={() => void session.signIn(returnTo)} />;
  }
  if (session.status === 'signed-in' && session.user) {
    return (
      <>
        <div className="session-bar">
          <span>
            {text.signedInAs[0]}
            <strong>{session.user.email ?? session.user.sub}</strong>
            {text.signedInAs[1]}
          </span>
          <button type="button" onClick={() => void session.signOut()}>
            {text.signOut}
          </button>
        </div>
        {session.error?.source === 'renewal' ? (
          <div role="alert" className="panel panel-warning">
            <p>{text.renewalFailed}</p>
            <button type="button" onClick={() => void session.signIn(returnTo)}>
              {text.signInAgain}
            </button>
          </div>
        ) : null}
        <Outlet />
      </>
    );
  }
  return <StatusMessage>{session.user ? text.sessionEnded : text.signInNeeded}</StatusMessage>;
}
