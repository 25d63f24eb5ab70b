import { useEffect, useMemo, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import type { ApiSession } from '../http/transactions-client';
import { useAuthSession } from './auth-session';

/**
 * The signed-in session as the API client needs it: the current tokens, one refresh-token
 * renewal, and a sign-in that returns here. Stable across renders, so a client built on it is too.
 */
export function useApiSession(): ApiSession {
  const session = useAuthSession();
  const location = useLocation();
  const latest = useRef({ session, returnTo: '/' });
  useEffect(() => {
    latest.current = { session, returnTo: `${location.pathname}${location.search}` };
  });
  return useMemo<ApiSession>(
    () => ({
      idToken: () => latest.current.session.idToken(),
      accessToken: () => latest.current.session.accessToken(),
      renew: (token) => latest.current.session.renew(token),
      // Only a refused fresh token can loop: a failed renewal needs the sign-in.
      signInAgain: (why) =>
        void latest.current.session.signIn(latest.current.returnTo, {
          automatic: why?.freshTokenRefused === true,
        }),
    }),
    [],
  );
}
