import { useSearchParams } from 'react-router-dom';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useHostedUi } from '../../lib/auth/use-hosted-ui';

/** Where Cognito's /logout returns (and where other tabs land when one signs out). */
export function SignedOutPage() {
  const [params] = useSearchParams();
  const hostedUi = useHostedUi();
  const elsewhere = params.get('reason') === 'other-tab';
  return (
    <section aria-labelledby="signed-out-title">
      <h1 id="signed-out-title">You are signed out</h1>
      <p>
        {elsewhere
          ? 'You signed out in another tab, so this tab signed out too.'
          : 'Your session has ended on this device.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={hostedUi.busy}
          onClick={() => void hostedUi.go('sign-in')}
        >
          Sign in again
        </button>
      </div>
      {hostedUi.error ? <ErrorPanel error={hostedUi.error} /> : null}
    </section>
  );
}
