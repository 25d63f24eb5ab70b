// POST /transactions, with an optional Idempotency-Key (draft-ietf-httpapi-idempotency-key):
// the same key with the same body replays the first answer (status and body); the same key
// with another body is a 422. Keys are scoped to the caller, so another user's key can never
// replay someone else's answer, and live 24 hours.

import { createHash } from 'node:crypto';
import type { Transaction, TransactionInput } from '../../contract/transaction';
import { validateTransactionInput } from '../../contract/validate-transaction';
import { BadRequestError, ValidationError } from '../errors/http-error';
import { IdempotencyKeyReusedError, IdempotencyKeyTakenError } from '../store/store-errors';
import type { IdempotencyRecord } from '../store/transaction-store';
import type { Route, RouteResult } from './route-types';

export const idempotencyTtlSeconds = 24 * 60 * 60;
// Visible ASCII, inner spaces allowed, 1–255 characters.
const keyPattern = /^[\x21-\x7E](?:[\x20-\x7E]{0,253}[\x21-\x7E])?$/;

export const createTransaction: Route = async (request, { store, clock, ids }) => {
  const key = readIdempotencyKey(request.header('idempotency-key'));
  const result = validateTransactionInput(request.body());
  if (!result.ok) throw new ValidationError(result.errors);
  const owner = request.caller.sub;
  const now = clock.now();
  const nowSeconds = Math.floor(now / 1000);
  const timestamp = new Date(now).toISOString();
  const requestHash = hashInput(result.value);

  if (key !== undefined) {
    const previous = await store.findIdempotencyRecord(owner, key, nowSeconds);
    if (previous) return replay(previous, requestHash);
  }

  const transaction: Transaction = {
    id: ids(),
    ...result.value,
    createdAt: timestamp,
    updatedAt: timestamp,
    version: 1,
  };
  const body = JSON.stringify(transaction);
  try {
    await store.create(
      owner,
      transaction,
      key === undefined
        ? undefined
        : {
            key,
            requestHash,
            status: 201,
            body,
            storedAt: nowSeconds,
            expiresAt: nowSeconds + idempotencyTtlSeconds,
          },
    );
  } catch (error) {
    if (!(error instanceof IdempotencyKeyTakenError) || key === undefined) throw error;
    // A concurrent request with this key won; its record committed with its item.
    const winner = await store.findIdempotencyRecord(owner, key, nowSeconds);
    if (!winner) throw error;
    return replay(winner, requestHash);
  }
  return { status: 201, body: transaction };
};

function replay(record: IdempotencyRecord, requestHash: string): RouteResult {
  if (record.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
  return {
    status: record.status,
    body: JSON.parse(record.body) as unknown,
    headers: { 'Idempotent-Replayed': 'true' },
  };
}

function readIdempotencyKey(values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined;
  const key = values.length === 1 ? values[0]?.trim() : undefined;
  if (key === undefined || !keyPattern.test(key)) {
    const message = 'Idempotency-Key must be one header of 1–255 visible ASCII characters.';
    throw new BadRequestError('invalid_idempotency_key', message, [
      { field: 'Idempotency-Key', message },
    ]);
  }
  return key;
}

/** Hash of the validated input in a fixed field order, so JSON formatting does not matter. */
function hashInput(input: TransactionInput): string {
  const canonical = JSON.stringify([
    input.date,
    input.description,
    input.amount,
    input.currency,
    input.category ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}
