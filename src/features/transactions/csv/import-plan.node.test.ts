import { firstPage } from '../../../i18n/messages/en/first-page';
import { normalizeError } from '../../../lib/errors/normalize-error';
import { describe, expect, it, vi } from 'vitest';
import type { TransactionInput } from '../../../../contract/transaction';
import { ApiResponseError } from '../../../lib/http/http-errors';
import { buildStored, buildTransaction } from '../../../test/builders';
import { importKeys } from './import-keys';
import { planImport } from './plan-import';
import type { PlannedRow } from './plan-import';
import { runImport } from './run-import';

const tea: TransactionInput = {
  date: '2024-01-02',
  description: 'Tea',
  amount: -300,
  currency: 'EUR',
};
const cake: TransactionInput = { ...tea, description: 'Cake', category: 'Food' };

describe('importKeys', () => {
  it('is stable across runs, and distinct per content and per occurrence of identical rows', async () => {
    const first = await importKeys([tea, cake, tea]);
    const again = await importKeys([tea, cake, tea]);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
    // The k-th identical row gets the same key whatever rows surround it.
    const reordered = await importKeys([cake, tea, tea]);
    expect(reordered).toEqual([first[1], first[0], first[2]]);
  });

  it('differs when any field differs, category included', async () => {
    const variants: TransactionInput[] = [
      tea,
      { ...tea, date: '2024-01-03' },
      { ...tea, description: 'tea' },
      { ...tea, amount: -301 },
      { ...tea, currency: 'USD' },
      { ...tea, category: 'Drinks' },
    ];
    expect(new Set(await importKeys(variants)).size).toBe(variants.length);
  });

  it('makes keys the API accepts: visible ASCII, at most 255 characters', async () => {
    const [key] = await importKeys([{ ...tea, description: '☕🎉 "quoted", 한국어' }]);
    expect(key).toMatch(/^csv1-[A-Za-z0-9_-]{43}$/);
  });
});

describe('planImport', () => {
  it('counts a row present while the ledger holds as many identical transactions', async () => {
    const existing = [buildStored(tea), buildStored({ ...cake, description: 'Other' })];
    const plan = await planImport(
      [tea, tea, cake].map((input, index) => ({ line: index + 2, input })),
      existing,
    );
    expect(plan.map((row) => [row.line, row.present])).toEqual([
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(plan.map((row) => row.idempotencyKey)).toEqual(await importKeys([tea, tea, cake]));
  });
});

describe('runImport', () => {
  const rows = async (n: number, presentFirst = 0): Promise<PlannedRow[]> => {
    const inputs = Array.from({ length: n }, (_, i) => ({ ...tea, amount: -(i + 1) }));
    const keys = await importKeys(inputs);
    return inputs.map((input, i) => ({
      line: i + 2,
      input,
      idempotencyKey: keys[i] as string,
      present: i < presentFirst,
    }));
  };

  it('writes at most `concurrency` rows at a time and reports progress n of N', async () => {
    let inFlight = 0;
    let most = 0;
    const create = vi.fn(async (row: PlannedRow) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return { transaction: buildTransaction(row.input), replayed: false };
    });
    const progress: string[] = [];
    const summary = await runImport(await rows(10, 2), {
      create,
      describeError: (error) => normalizeError(error, firstPage.errors),
      concurrency: 4,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(most).toBe(4);
    expect(create).toHaveBeenCalledTimes(8);
    expect(progress[0]).toBe('0/8');
    expect(progress.at(-1)).toBe('8/8');
    expect(summary).toEqual({ imported: 8, alreadyPresent: 2, failed: [] });
  });

  it('counts a replayed create as already present, and keeps each failure with its line', async () => {
    const create = vi.fn(async (row: PlannedRow) => {
      if (row.line === 3) {
        throw new ApiResponseError(422, {
          code: 'idempotency_key_reused',
          message: 'This Idempotency-Key was already used with a different request body.',
        });
      }
      return { transaction: buildTransaction(row.input), replayed: row.line === 2 };
    });
    const summary = await runImport(await rows(3), {
      create,
      describeError: (error) => normalizeError(error, firstPage.errors),
      concurrency: 4,
    });
    expect(summary).toEqual({
      imported: 1,
      alreadyPresent: 1,
      failed: [
        { line: 3, reason: 'This Idempotency-Key was already used with a different request body.' },
      ],
    });
  });
});
