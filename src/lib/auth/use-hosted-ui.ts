import { useCallback, useState } from 'react';
import { useConfig } from '../../config/config-context';
import { useAppEnvironment } from '../environment/app-environment';
import { normalizeError } from '../errors/normalize-error';
import { SignInError } from '../errors/sign-in-error';
import type { UiError } from '../errors/ui-error';
import { defaultSignedInPath } from './return-to';

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
  const environment = useAppEnvironment();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const go = useCallback(
    async (page: HostedUiPage, returnTo = defaultSignedInPath) => {
      setBusy(true);
      setError(null);
      try {
        const auth = await import('./browser-auth');
        const { managers } = auth.getAuthRuntime(config, environment);
        await (page === 'sign-up'
          ? auth.startSignUp(managers.signUp, returnTo)
          : auth.startSignIn(managers.main, returnTo));
      } catch (caught) {
        setError(normalizeError(new SignInError('unreachable', { cause: caught })));
      } finally {
        setBusy(false);
      }
    },
    [config, environment],
  );
  return { busy, error, go };
}
