import { describe, expect, it, vi } from 'vitest';
import { buildTransaction } from '../../../test/builders';
import { TooManyTransactionsError, fetchAllPages } from './fetch-all-pages';

describe('fetchAllPages', () => {
  it('follows the cursor at the API’s largest page size until the last page', async () => {
    const listPage = vi.fn(async (cursor: string | undefined) =>
      cursor === undefined
        ? { items: [buildTransaction(), buildTransaction()], nextCursor: 'c2' }
        : { items: [buildTransaction()] },
    );
    await expect(fetchAllPages(listPage)).resolves.toHaveLength(3);
    expect(listPage.mock.calls).toEqual([
      [undefined, 100],
      ['c2', 100],
    ]);
  });

  it('refuses more than its bound rather than cutting the export short', async () => {
    const listPage = async () => ({
      items: [buildTransaction(), buildTransaction()],
      nextCursor: 'more',
    });
    await expect(fetchAllPages(listPage, 3)).rejects.toBeInstanceOf(TooManyTransactionsError);
    await expect(fetchAllPages(listPage, 3)).rejects.toThrow('More than 3 transactions match');
  });

  it('bounds its requests too, should the API answer empty pages with a cursor', async () => {
    const listPage = vi.fn(async () => ({ items: [], nextCursor: 'again' }));
    await expect(fetchAllPages(listPage, 200)).rejects.toBeInstanceOf(TooManyTransactionsError);
    expect(listPage).toHaveBeenCalledTimes(3);
  });
});
