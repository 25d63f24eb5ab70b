import type { User } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuthContextProps } from 'react-oidc-context';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { Outlet, useNavigate } from 'react-router-dom';
import { useConfig } from '../../config/config-context';
import { useAppEnvironment } from '../environment/app-environment';
import { normalizeError } from '../errors/normalize-error';
import { useI18n } from '../../i18n/i18n-context';
import type { ErrorText } from '../../i18n/text-types';
import { hostedUiLang } from '../../i18n/locale';
import { SignInError } from '../errors/sign-in-error';
import type { AuthRuntime } from './auth-runtime';
import type { SessionMemory } from './session-memory';
import { getAuthRuntime } from './auth-runtime';
import type { AuthFailure, AuthFailureSource, AuthSession, EndingReason } from './auth-session';
import { AuthSessionContext } from './auth-session';
import { toSessionUser } from './session-user';
import { readReturnTo, startSignIn } from './sign-in';
import { endLocalSession, signOut } from './sign-out';
import { hasStoredSession } from './session-hint';

const failureSources: Readonly<Record<string, AuthFailureSource>> = {
  signinRedirect: 'sign-in',
  signinCallback: 'callback',
  renewSilent: 'renewal',
};

function failureOf(error: AuthContextProps['error'], text: ErrorText): AuthFailure | null {
  if (!error) return null;
  return {
    source: failureSources[error.source] ?? 'other',
    error: normalizeError(error, text, 'sign-in'),
  };
}

/** Turns react-oidc-context's state into the session pages see. */
function SessionProvider({
  runtime,
  ending,
  onSignOut,
  children,
}: {
  runtime: AuthRuntime;
  ending: EndingReason | null;
  onSignOut: () => Promise<void>;
  children: ReactNode;
}) {
  const auth = useAuth();
  // A sign-in the loop guard refused; the provider never saw it, so it is kept here.
  const [refused, setRefused] = useState<AuthFailure | null>(null);
  const { text, locale } = useI18n();
  const errorText = text.errors;
  const value = useMemo<AuthSession>(() => {
    const user = auth.user ? toSessionUser(auth.user) : null;
    const status = ending
      ? 'ending'
      : auth.isAuthenticated && auth.user
        ? 'signed-in'
        : auth.isLoading || auth.activeNavigator
          ? 'pending'
          : 'signed-out';
    return {
      status,
      user,
      error: refused ?? failureOf(auth.error, errorText),
      ending,
      idToken: () => auth.user?.id_token ?? null,
      accessToken: () => auth.user?.access_token ?? null,
      // The provider's signinRedirect keeps a failure as state ("sign-in" error) for the UI.
      signIn: async (returnTo, options = {}) => {
        setRefused(null);
        try {
          await startSignIn(auth, returnTo, {
            ...options,
            record: runtime.signInRecord,
            lang: hostedUiLang(locale),
          });
        } catch (error) {
          if (!(error instanceof SignInError)) throw error;
          setRefused({ source: 'sign-in', error: normalizeError(error, errorText) });
        }
      },
      renew: async (token = 'id') => {
        try {
          const renewed = await runtime.managers.main.signinSilent();
          return (token === 'access' ? renewed?.access_token : renewed?.id_token) ?? null;
        } catch {
          return null;
        }
      },
      signOut: onSignOut,
      memory: runtime.memory,
    };
  }, [auth, ending, runtime, onSignOut, refused, errorText, locale]);
  return <AuthSessionContext.Provider value={value}>{children}</AuthSessionContext.Provider>;
}

/**
 * Wraps the routes that need auth (callback, transactions, profile): one AuthProvider on the
 * page's UserManager, sign-out for this and other tabs, and the bfcache guard. `onSignedIn`
 * gets the tokens the moment a callback has stored them, before any page renders.
 */
export default function AuthShell({
  onSignedIn,
}: {
  readonly onSignedIn?: (idToken: string, memory: SessionMemory, accessToken: string) => void;
}) {
  const config = useConfig();
  const environment = useAppEnvironment();
  const [runtime] = useState(() => getAuthRuntime(config, environment));
  const [ending, setEnding] = useState<EndingReason | null>(null);
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);

  // Replacing the entry drops `code` and `state` from the address bar and from history.
  const onSigninCallback = useCallback(
    (user: User | undefined) => {
      runtime.signInRecord.markCompleted();
      if (user?.id_token) onSignedIn?.(user.id_token, runtime.memory, user.access_token);
      navigateRef.current(readReturnTo(user?.state), { replace: true });
    },
    [runtime, onSignedIn],
  );

  const [isCallback] = useState(
    () => window.location.pathname === new URL(config.redirectUri).pathname,
  );

  useEffect(() => {
    const { main } = runtime.managers;
    return runtime.channel.subscribe(() => {
      setEnding('signed-out-elsewhere');
      runtime.signInRecord.clear();
      runtime.memory.clear();
      void endLocalSession(main).then(() =>
        navigateRef.current('/signed-out?reason=other-tab', { replace: true }),
      );
    });
  }, [runtime]);

  // A page restored from the back/forward cache after sign-out must not show private data.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && !hasStoredSession(runtime.config, environment.userStorage)) {
        setEnding('signing-out');
        runtime.memory.clear();
        navigateRef.current('/signed-out', { replace: true });
      }
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [runtime, environment]);

  const onSignOut = useCallback(async () => {
    setEnding('signing-out');
    runtime.signInRecord.clear();
    runtime.memory.clear();
    await signOut({
      userManager: runtime.managers.main,
      channel: runtime.channel,
      config: runtime.config,
      go: runtime.go,
    });
  }, [runtime]);

  return (
    <AuthProvider
      userManager={runtime.managers.main}
      onSigninCallback={onSigninCallback}
      skipSigninCallback={!isCallback}
    >
      <SessionProvider runtime={runtime} ending={ending} onSignOut={onSignOut}>
        <Outlet />
      </SessionProvider>
    </AuthProvider>
  );
}
