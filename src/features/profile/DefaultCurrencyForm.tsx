import { useMemo, useState, type FormEvent } from 'react';
import { currencyCodes } from '../../../contract/iso4217';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Field } from '../../components/Field';
import { StatusMessage } from '../../components/StatusMessage';
import { useAuthSession } from '../../lib/auth/auth-session';
import type { UiError } from '../../lib/errors/normalize-error';
import { useDescribeError } from '../../lib/errors/use-describe-error';
import {
  createUserAttributesClient,
  type UserAttributesClient,
} from '../../lib/http/user-attributes-client';
import { useUserPoolApi } from '../../lib/http/use-user-pool-api';

/** The user-pool attribute the transaction form starts with. */
export const defaultCurrencyAttribute = 'custom:default_currency';

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly code: string }
  | { readonly kind: 'failed'; readonly error: UiError };

/** The Profile page's default-currency setting, wired to the user pool. */
export default function DefaultCurrencySetting() {
  const session = useAuthSession();
  const api = useUserPoolApi();
  const client = useMemo(() => createUserAttributesClient(api), [api]);
  return (
    <DefaultCurrencyForm
      client={client}
      current={session.user?.defaultCurrency ?? null}
      renew={() => session.renew()}
    />
  );
}

/**
 * Sets `custom:default_currency` (UpdateUserAttributes with the access token), then renews so
 * the ID token, which the transaction form reads, carries the new value.
 */
export function DefaultCurrencyForm({
  client,
  current,
  renew,
}: {
  client: UserAttributesClient;
  current: string | null;
  renew: () => Promise<unknown>;
}) {
  const describeError = useDescribeError();
  const [code, setCode] = useState(current ?? 'USD');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!currencyCodes.includes(code)) return;
    setState({ kind: 'saving' });
    try {
      await client.update({ [defaultCurrencyAttribute]: code });
      await renew();
      setState({ kind: 'saved', code });
    } catch (error) {
      setState({ kind: 'failed', error: describeError(error) });
    }
  };

  return (
    <form className="default-currency" aria-labelledby="default-currency-title" onSubmit={onSubmit}>
      <h2 id="default-currency-title">Default currency</h2>
      <p className="muted">New transactions start in this currency. Now: {current ?? 'not set'}.</p>
      <Field controlId="default-currency" label="Currency for new transactions">
        <select
          id="default-currency"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          disabled={state.kind === 'saving'}
        >
          {currencyCodes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="primary" disabled={state.kind === 'saving'}>
        Save default currency
      </button>
      {state.kind === 'saving' ? <StatusMessage>Saving…</StatusMessage> : null}
      {state.kind === 'saved' ? (
        <StatusMessage>Default currency saved: {state.code}.</StatusMessage>
      ) : null}
      {state.kind === 'failed' ? <ErrorPanel error={state.error} /> : null}
    </form>
  );
}
