import type { User } from 'oidc-client-ts';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { Outlet, useNavigate } from 'react-router-dom';
import { useConfig } from '../../config/config-context';
import { AuthRuntimeFactoryContext } from './auth-runtime-factory';
import { getBrowserAuthRuntime } from './auth-runtime';
import type { AuthShellValue, EndingReason } from './auth-shell-context';
import { AuthShellContext } from './auth-shell-context';
import { readReturnTo, startSignIn } from './sign-in';
import { endLocalSession, signOut } from './sign-out';
import { hasStoredSession } from './session-hint';

/**
 * Wraps the routes that need auth (callback, transactions, profile): one AuthProvider on the
 * page's UserManager, sign-out for this and other tabs, and the bfcache guard.
 */
export default function AuthShell() {
  const config = useConfig();
  const factory = useContext(AuthRuntimeFactoryContext);
  const [runtime] = useState(() => (factory ?? getBrowserAuthRuntime)(config));
  const [ending, setEnding] = useState<EndingReason | null>(null);
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);

  // Replacing the entry drops `code` and `state` from the address bar and from history.
  const onSigninCallback = useCallback((user: User | undefined) => {
    navigateRef.current(readReturnTo(user?.state), { replace: true });
  }, []);

  const [isCallback] = useState(
    () => window.location.pathname === new URL(config.redirectUri).pathname,
  );

  useEffect(() => {
    const { main } = runtime.managers;
    return runtime.channel.subscribe(() => {
      setEnding('signed-out-elsewhere');
      void endLocalSession(main).then(() =>
        navigateRef.current('/signed-out?reason=other-tab', { replace: true }),
      );
    });
  }, [runtime]);

  // A page restored from the back/forward cache after sign-out must not show private data.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && !hasStoredSession(runtime.config, window.sessionStorage)) {
        setEnding('signing-out');
        navigateRef.current('/signed-out', { replace: true });
      }
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [runtime]);

  const value = useMemo<AuthShellValue>(
    () => ({
      runtime,
      ending,
      signOut: async () => {
        setEnding('signing-out');
        await signOut({
          userManager: runtime.managers.main,
          channel: runtime.channel,
          config: runtime.config,
          go: runtime.go,
        });
      },
      signIn: (returnTo) => startSignIn(runtime.managers.main, returnTo),
    }),
    [runtime, ending],
  );

  return (
    <AuthProvider
      userManager={runtime.managers.main}
      onSigninCallback={onSigninCallback}
      skipSigninCallback={!isCallback}
    >
      <AuthShellContext.Provider value={value}>
        <Outlet />
      </AuthShellContext.Provider>
    </AuthProvider>
  );
}
