import { ErrorPanel } from '../../components/ErrorPanel';
import { useI18n } from '../../i18n/i18n-context';
import { useHostedUi } from './use-hosted-ui';

export interface HostedUiButtonsProps {
  readonly signInLabel?: string;
  /** Also offer "Create account" (Cognito's hosted sign-up page). */
  readonly withSignUp?: boolean;
}

/** Sign in (and optionally Create account) for pages outside the signed-in shell. */
export function HostedUiButtons({ signInLabel, withSignUp = false }: HostedUiButtonsProps) {
  const hostedUi = useHostedUi();
  const { hostedUi: words } = useI18n().text;
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
      </div>
      {hostedUi.error ? <ErrorPanel error={hostedUi.error} /> : null}
    </>
  );
}
