import { parseListQuery } from '../../contract/transaction-filters';
import { BadRequestError } from '../errors/http-error';
import type { Route } from './route-types';

/**
 * GET /transactions?from&to&category&kind&q&limit&cursor : one page of the caller's
 * transactions matching every filter (see docs/api.md for the paging rule and its bound).
 */
export const listTransactions: Route = async (request, { store }) => {
  const parsed = parseListQuery(request.queryValues);
  if (!parsed.ok) throw invalidQuery(parsed.errors);
  const { filters, limit, cursor } = parsed.value;
  return { status: 200, body: await store.list(request.caller.sub, limit, cursor, filters) };
};

/** 400 invalid_query naming every bad parameter; the message is the first problem's. */
export function invalidQuery(errors: readonly { field: string; message: string }[]) {
  const message =
    errors.length === 1 ? (errors[0]?.message ?? '') : 'Some query parameters are invalid.';
  return new BadRequestError('invalid_query', message, errors);
}
