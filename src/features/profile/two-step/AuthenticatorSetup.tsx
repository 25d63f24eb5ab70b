import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { Field, fieldErrorId } from '../../../components/Field';
import { StatusMessage } from '../../../components/StatusMessage';
import type { UiError } from '../../../lib/errors/normalize-error';
import { useDescribeError } from '../../../lib/errors/use-describe-error';
import { codeErrorMessage, readCode } from './code-error';
import { groupedSecret, otpauthUri } from './otpauth-uri';
import { QrCode } from './QrCode';

type Confirming =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'wrong-code'; readonly message: string }
  | { readonly kind: 'failed'; readonly error: UiError };

export interface AuthenticatorSetupProps {
  /** From AssociateSoftwareToken; held only by the parent's state while this shows. */
  readonly secret: string;
  /** The account name the app shows (the user's email). */
  readonly account: string;
  /** Verifies the first code and turns the app on; throws what the user pool said. */
  readonly onConfirm: (code: string) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * Step two of setting up an authenticator app: the QR code and the key as text, then the
 * app's first code. A code the pool refuses stays on the field with a way to fix it.
 */
export function AuthenticatorSetup({
  secret,
  account,
  onConfirm,
  onCancel,
}: AuthenticatorSetupProps) {
  const describeError = useDescribeError();
  const [code, setCode] = useState('');
  const [state, setState] = useState<Confirming>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const uri = otpauthUri(secret, account);

  // Keyboard and screen-reader users land on the new instructions, not on a vanished button.
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const entered = readCode(code);
    if (!entered) {
      setState({ kind: 'wrong-code', message: 'Enter the 6-digit code from your app.' });
      return;
    }
    setState({ kind: 'checking' });
    try {
      await onConfirm(entered);
    } catch (error) {
      const message = codeErrorMessage(error);
      setCode('');
      setState(
        message ? { kind: 'wrong-code', message } : { kind: 'failed', error: describeError(error) },
      );
    }
  };

  const checking = state.kind === 'checking';
  const fieldError = state.kind === 'wrong-code' ? state.message : undefined;
  return (
    <form className="two-step-setup" aria-labelledby="two-step-setup-title" onSubmit={onSubmit}>
      <h3 id="two-step-setup-title" ref={heading} tabIndex={-1}>
        Set up an authenticator app
      </h3>
      <ol>
        <li>Open an authenticator app and add an account.</li>
        <li>Scan this QR code, or enter the key below by hand (time-based, 6 digits).</li>
        <li>Enter the code the app then shows.</li>
      </ol>
      <QrCode text={uri} label={`QR code to add ${account} to an authenticator app`} />
      <Field controlId="two-step-key" label="Key for manual entry">
        <input
          id="two-step-key"
          className="two-step-key"
          readOnly
          value={groupedSecret(secret)}
          autoComplete="off"
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
      </Field>
      <p>
        <a href={uri}>Open in an authenticator app on this device</a>
      </p>
      <Field controlId="two-step-code" label="Code from the app" error={fieldError}>
        <input
          id="two-step-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          disabled={checking}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? fieldErrorId('two-step-code') : undefined}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={checking}>
          Confirm and turn on
        </button>
        <button type="button" onClick={onCancel} disabled={checking}>
          Cancel
        </button>
      </div>
      {checking ? <StatusMessage>Checking the code…</StatusMessage> : null}
      {state.kind === 'failed' ? <ErrorPanel error={state.error} /> : null}
    </form>
  );
}
