import { useCallback, useContext, useState } from 'react';
import { useConfig } from '../../config/config-context';
import type { UiError } from '../errors/normalize-error';
import { AuthRuntimeFactoryContext } from './auth-runtime-factory';

export type HostedUiPage = 'sign-in' | 'sign-up';

/** What a page outside the signed-in shell needs to send someone to Cognito's hosted pages. */
export interface HostedUi {
  readonly busy: boolean;
  readonly error: UiError | null;
  go(page: HostedUiPage, returnTo?: string): Promise<void>;
}

/**
 * Starts sign-in or sign-up from pages that must stay light: the OIDC library is imported
 * only when the person asks to sign in.
 */
export function useHostedUi(): HostedUi {
  const config = useConfig();
  const factory = useContext(AuthRuntimeFactoryContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const go = useCallback(
    async (page: HostedUiPage, returnTo = '/transactions') => {
      setBusy(true);
      setError(null);
      try {
        const auth = await import('./browser-auth');
        const runtime = (factory ?? auth.getBrowserAuthRuntime)(config);
        await (page === 'sign-up'
          ? auth.startSignUp(runtime.managers.signUp, returnTo)
          : auth.startSignIn(runtime.managers.main, returnTo));
      } catch {
        setError({
          title: 'Could not reach the sign-in service',
          message: 'Check your connection and try again.',
          retryable: true,
          fieldErrors: [],
        });
      } finally {
        setBusy(false);
      }
    },
    [config, factory],
  );
  return { busy, error, go };
}
