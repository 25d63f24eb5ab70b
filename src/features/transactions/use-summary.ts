import { useEffect, useState } from 'react';
import type { SummaryQuery, TransactionSummary } from '../../../contract/transaction';
import type { UiError } from '../../lib/errors/normalize-error';
import { useDescribeError } from '../../lib/errors/use-describe-error';
import type { TransactionsClient } from '../../lib/http/transactions-client';

export type SummaryState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly summary: TransactionSummary }
  | { readonly status: 'error'; readonly error: UiError };

/**
 * GET /transactions/summary for `query`, asked again when the query or `refresh` changes (a
 * write); an answer to an older query is never shown.
 */
export function useSummary(
  client: TransactionsClient,
  query: SummaryQuery,
  refresh: number,
): SummaryState {
  const describeError = useDescribeError();
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  const { from, to, groupBy } = query;
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    client
      .summary({
        groupBy,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        signal: controller.signal,
      })
      .then(
        (summary) =>
          !controller.signal.aborted && setState({ status: 'ready', summary: withGroups(summary) }),
        (error: unknown) =>
          !controller.signal.aborted && setState({ status: 'error', error: describeError(error) }),
      );
    return () => controller.abort();
  }, [client, from, to, groupBy, refresh, describeError]);
  return state;
}

/**
 * An API older than the grouped summary (the SPA and the API deploy separately) answers
 * without `groups`: the charts then show no groups rather than crash the page.
 */
function withGroups(summary: TransactionSummary): TransactionSummary {
  return Array.isArray(summary.groups) ? summary : { ...summary, groups: [] };
}
