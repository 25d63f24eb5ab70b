import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { StatusMessage } from '../../../components/StatusMessage';
import type { UiError } from '../../../lib/errors/normalize-error';
import { useDescribeError } from '../../../lib/errors/use-describe-error';
import { AuthenticatorSetup } from './AuthenticatorSetup';
import type { TwoStepClient, TwoStepMethod, TwoStepStatus } from './two-step-client';
import { describeTwoStep } from './two-step-text';

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly status: TwoStepStatus }
  | { readonly kind: 'failed'; readonly error: UiError };

type Busy = 'starting' | 'email' | 'off' | null;

export interface TwoStepSectionProps {
  readonly client: TwoStepClient;
  /** The signed-in user's email: the authenticator's account name and the email codes' address. */
  readonly email: string | null;
}

/**
 * Profile's "Two-step verification": the current setting from GetUser, setting up an
 * authenticator app, email codes instead, or off. The app's secret lives only in this
 * component's state while the set-up shows, and is dropped on success, cancel and unmount.
 */
export function TwoStepSection({ client, email }: TwoStepSectionProps) {
  const describeError = useDescribeError();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [busy, setBusy] = useState<Busy>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<UiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const live = useRef(true);

  const reload = useCallback(async () => {
    try {
      const status = await client.status();
      if (live.current) setLoaded({ kind: 'loaded', status });
    } catch (error) {
      if (live.current) setLoaded({ kind: 'failed', error: describeError(error) });
    }
  }, [client, describeError]);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  const enabled = loaded.kind === 'loaded' ? loaded.status.enabled : [];
  const others = (method: TwoStepMethod) => enabled.filter((m) => m !== method);

  const run = async (what: Exclude<Busy, null>, step: () => Promise<string | null>) => {
    setBusy(what);
    setNotice(null);
    setFailure(null);
    try {
      const done = await step();
      if (!live.current) return;
      if (done) setNotice(done);
      await reload();
    } catch (error) {
      if (live.current) setFailure(describeError(error));
    } finally {
      if (live.current) setBusy(null);
    }
  };

  const startSetup = () =>
    run('starting', async () => {
      const next = await client.associateAuthenticator();
      if (live.current) setSecret(next);
      return null;
    });

  const finishSetup = async (code: string) => {
    await client.verifyAuthenticator(code);
    // Verified: the app works. One method at a time: it becomes the preferred one, others off.
    await client.preferOnly('SOFTWARE_TOKEN_MFA', others('SOFTWARE_TOKEN_MFA'));
    if (!live.current) return;
    setSecret(null);
    setNotice('Two-step verification is on: sign-ins now ask for a code from your app.');
    heading.current?.focus();
    await reload();
  };

  const cancelSetup = () => {
    setSecret(null);
    heading.current?.focus();
  };

  const chooseEmail = () =>
    run('email', async () => {
      await client.preferOnly('EMAIL_OTP', others('EMAIL_OTP'));
      return `Two-step verification is on: sign-ins now ask for a code sent to ${email ?? 'your email'}.`;
    });

  const turnOff = () =>
    run('off', async () => {
      await client.turnOff(enabled);
      return 'Two-step verification is off.';
    });

  const disabled = busy !== null;
  return (
    <section className="two-step" aria-labelledby="two-step-title">
      <h2 id="two-step-title" ref={heading} tabIndex={-1}>
        Two-step verification
      </h2>
      {loaded.kind === 'loading' ? <StatusMessage>Loading…</StatusMessage> : null}
      {loaded.kind === 'failed' ? (
        <ErrorPanel error={loaded.error} onRetry={() => void reload()} />
      ) : null}
      {loaded.kind === 'loaded' ? (
        <p className="muted">{describeTwoStep(loaded.status, email)}</p>
      ) : null}
      {loaded.kind === 'loaded' && secret === null ? (
        <div className="actions">
          <button type="button" onClick={() => void startSetup()} disabled={disabled}>
            Set up an authenticator app
          </button>
          {loaded.status.preferred !== 'EMAIL_OTP' ? (
            <button type="button" onClick={() => void chooseEmail()} disabled={disabled}>
              Use email codes instead
            </button>
          ) : null}
          {enabled.length > 0 ? (
            <button type="button" onClick={() => void turnOff()} disabled={disabled}>
              Turn off two-step verification
            </button>
          ) : null}
        </div>
      ) : null}
      {secret !== null ? (
        <AuthenticatorSetup
          secret={secret}
          account={email ?? 'your account'}
          onConfirm={finishSetup}
          onCancel={cancelSetup}
        />
      ) : null}
      {busy === 'starting' ? <StatusMessage>Preparing a new key…</StatusMessage> : null}
      {busy === 'email' || busy === 'off' ? <StatusMessage>Saving…</StatusMessage> : null}
      {notice ? <StatusMessage>{notice}</StatusMessage> : null}
      {failure ? <ErrorPanel error={failure} /> : null}
    </section>
  );
}
