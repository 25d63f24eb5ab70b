import { useSearchParams } from 'react-router-dom';
import { HostedUiButtons } from '../../lib/auth/HostedUiButtons';

/** Where Cognito's /logout returns (and where other tabs land when one signs out). */
export function SignedOutPage() {
  const [params] = useSearchParams();
  const elsewhere = params.get('reason') === 'other-tab';
  return (
    <section aria-labelledby="signed-out-title">
      <h1 id="signed-out-title">You are signed out</h1>
      <p>
        {elsewhere
          ? 'You signed out in another tab, so this tab signed out too.'
          : 'Your session has ended on this device.'}
      </p>
      <HostedUiButtons signInLabel="Sign in again" />
    </section>
  );
}
