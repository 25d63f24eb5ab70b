import { ErrorPanel } from '../../components/ErrorPanel';
import { useConfig } from '../../config/config-context';
import { useI18n } from '../../i18n/i18n-context';
import { useHostedUi } from './use-hosted-ui';

export interface HostedUiButtonsProps {
  readonly signInLabel?: string;
  /** Also offer "Create account" (Cognito's hosted sign-up page). */
  readonly withSignUp?: boolean;
}

/**
 * Sign in (and optionally Create account) for pages outside the signed-in shell, and a
 * "Continue with …" for each provider config.json lists.
 */
export function HostedUiButtons({ signInLabel, withSignUp = false }: HostedUiButtonsProps) {
  const hostedUi = useHostedUi();
  const { hostedUi: words } = useI18n().text;
  const { identityProviders = [] } = useConfig();
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={hostedUi.busy}
          onClick={() => void hostedUi.go('sign-in')}
        >
          {signInLabel ?? words.signIn}
        </button>
        {withSignUp ? (
          <button
            type="button"
            disabled={hostedUi.busy}
            onClick={() => void hostedUi.go('sign-up')}
          >
            {words.createAccount}
          </button>
        ) : null}
        {identityProviders.map((name) => (
          <button
            key={name}
            type="button"
            disabled={hostedUi.busy}
            onClick={() => void hostedUi.go('sign-in', undefined, name)}
          >
            {words.continueWith(name)}
          </button>
        ))}
      </div>
      {hostedUi.error ? <ErrorPanel error={hostedUi.error} /> : null}
    </>
  );
}
