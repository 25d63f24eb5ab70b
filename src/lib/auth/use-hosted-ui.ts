import { useCallback, useState } from 'react';
import { useConfig } from '../../config/config-context';
import { useAppEnvironment } from '../environment/app-environment';
import { useI18n } from '../../i18n/i18n-context';
import { hostedUiLang } from '../../i18n/locale';
import type { UiError } from '../errors/ui-error';
import { defaultSignedInPath } from './return-to';

export type HostedUiPage = 'sign-in' | 'sign-up';

/** What a page outside the signed-in shell needs to send someone to Cognito's hosted pages. */
export interface HostedUi {
  readonly busy: boolean;
  readonly error: UiError | null;
  /** `identityProvider` (sign-in only): straight to that IdP instead of the hosted page. */
  go(page: HostedUiPage, returnTo?: string, identityProvider?: string): Promise<void>;
}

/**
 * Starts sign-in or sign-up from pages that must stay light: the OIDC library is imported
 * only when the person asks to sign in.
 */
export function useHostedUi(): HostedUi {
  const config = useConfig();
  const environment = useAppEnvironment();
  const { locale, text } = useI18n();
  const unreachable = text.hostedUi.unreachable;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const go = useCallback(
    async (page: HostedUiPage, returnTo = defaultSignedInPath, identityProvider?: string) => {
      setBusy(true);
      setError(null);
      try {
        const auth = await import('./browser-auth');
        const { managers } = auth.getAuthRuntime(config, environment);
        const options = { lang: hostedUiLang(locale), identityProvider };
        await (page === 'sign-up'
          ? auth.startSignUp(managers.signUp, returnTo, options)
          : auth.startSignIn(managers.main, returnTo, options));
      } catch (caught) {
        // The OIDC library's chunk or its metadata did not arrive: the one way this fails.
        console.error(
          'Sign-in could not start:',
          caught instanceof Error ? caught.name : typeof caught,
        );
        setError({ ...unreachable, retryable: true, fieldErrors: [] });
      } finally {
        setBusy(false);
      }
    },
    [config, environment, locale, unreachable],
  );
  return { busy, error, go };
}
