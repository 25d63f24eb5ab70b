import { useEffect, useState } from 'react';
import type { UiError } from '../../lib/errors/normalize-error';
import { useDescribeError } from '../../lib/errors/use-describe-error';
import type { TransactionsClient } from '../../lib/http/transactions-client';

/** When the account was first confirmed (the PostConfirmation trigger's profile item). */
export type MemberSince =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly since: Date | null }
  | { readonly status: 'error'; readonly error: UiError };

/** Loads the profile once per client; a failure is state the page renders. */
export function useMemberSince(client: TransactionsClient): MemberSince {
  const describeError = useDescribeError();
  const [state, setState] = useState<MemberSince>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    client.profile(controller.signal).then(
      (profile) => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', since: profile ? new Date(profile.createdAt) : null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: describeError(error) });
      },
    );
    return () => controller.abort();
  }, [client, describeError]);
  return state;
}
