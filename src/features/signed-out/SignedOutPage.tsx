import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context';
import { HostedUiButtons } from '../../lib/auth/HostedUiButtons';

/** Where Cognito's /logout returns (and where other tabs land when one signs out). */
export function SignedOutPage() {
  const [params] = useSearchParams();
  const { text } = useI18n();
  const elsewhere = params.get('reason') === 'other-tab';
  return (
    <section aria-labelledby="signed-out-title">
      <h1 id="signed-out-title">{text.signedOut.title}</h1>
      <p>{elsewhere ? text.signedOut.otherTab : text.signedOut.ended}</p>
      <HostedUiButtons signInLabel={text.hostedUi.signInAgain} />
    </section>
  );
}
