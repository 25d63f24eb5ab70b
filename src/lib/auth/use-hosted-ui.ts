import { useCallback, useState } from 'react';
import { useConfig } from '../../config/config-context';
import { useAppEnvironment } from '../environment/app-environment';
import { useDescribeError } from '../errors/use-describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { hostedUiLang } from '../../i18n/locale';
import { SignInError } from '../errors/sign-in-error';
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
  const describeError = useDescribeError();
  const { locale } = useI18n();
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
        setError(describeError(new SignInError('unreachable', { cause: caught })));
      } finally {
        setBusy(false);
      }
    },
    [config, environment, describeError, locale],
  );
  return { busy, error, go };
}
