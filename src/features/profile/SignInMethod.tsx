import { useSignedInText } from '../../i18n/i18n-context';
import type { SignInIdentity } from '../../lib/auth/session-user';

/**
 * The Profile row that says how the user signs in. A primary identity means the account was
 * made by that provider's sign-in; other identities are providers linked to a password account,
 * and the tokens do not say which of the two ways this session used.
 */
export function SignInMethod({ identities }: { identities: readonly SignInIdentity[] }) {
  const text = useSignedInText().profile;
  const primary = identities.find((identity) => identity.primary);
  const linked = identities.map((identity) => identity.providerName).join(text.groupSeparator);
  return (
    <>
      <dt>{text.signedInWith}</dt>
      <dd>
        {primary
          ? primary.providerName
          : linked
            ? text.emailOrProviders(linked)
            : text.emailAndPassword}
      </dd>
    </>
  );
}
