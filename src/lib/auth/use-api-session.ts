import { useEffect, useMemo, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router-dom';
import type { ApiSession } from '../http/transactions-client';
import { useAuthShell } from './auth-shell-context';

/**
 * The signed-in session as the API client needs it: the current id_token (the API's Cognito
 * authorizer accepts only ID tokens), one refresh-token renewal, and a sign-in that returns here.
 * Stable across renders, so a client built on it is too.
 */
export function useApiSession(): ApiSession {
  const auth = useAuth();
  const shell = useAuthShell();
  const location = useLocation();
  const latest = useRef({ auth, shell, returnTo: '/' });
  useEffect(() => {
    latest.current = { auth, shell, returnTo: `${location.pathname}${location.search}` };
  });
  return useMemo<ApiSession>(
    () => ({
      idToken: () => latest.current.auth.user?.id_token ?? null,
      renew: async () => {
        try {
          const user = await latest.current.shell.runtime.managers.main.signinSilent();
          return user?.id_token ?? null;
        } catch {
          return null;
        }
      },
      signInAgain: () => void latest.current.shell.signIn(latest.current.returnTo),
    }),
    [],
  );
}
