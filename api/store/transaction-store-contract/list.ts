// The list part of the TransactionStore contract: newest first, complete paging, and cursors
// that only ever open the owner's own next page.

import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../contract/transaction';
import type { ContractContext } from './fixtures';
import { expectStoreError } from './fixtures';

export function describeListContract({ store, newOwner, created }: ContractContext): void {
  describe('list', () => {
    it('answers an empty page with no cursor for an owner with nothing', async () => {
      expect(await store().list(newOwner(), 10)).toStrictEqual({ items: [] });
    });

    it('visits every item once, newest date first, ties newest id first', async () => {
      const owner = newOwner();
      const all: Transaction[] = [];
      for (let i = 0; i < 12; i++) {
        all.push(await created(owner, { date: `2024-0${1 + (i % 4)}-10` }));
      }
      await created(newOwner()); // another owner's item never shows up
      const seen: Transaction[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await store().list(owner, 5, cursor);
        expect(result.items.length).toBeLessThanOrEqual(5);
        seen.push(...result.items);
        cursor = result.nextCursor;
        if (cursor === undefined) break;
      }
      const expected = [...all].sort((a, b) =>
        a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1,
      );
      expect(seen).toEqual(expected);
    });

    it('gives no cursor when the page ends exactly at the last item', async () => {
      const owner = newOwner();
      for (let i = 0; i < 4; i++) await created(owner);
      const first = await store().list(owner, 2);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await store().list(owner, 2, first.nextCursor);
      expect(second.items).toHaveLength(2);
      expect(second.nextCursor).toBeUndefined();
    });

    it('continues after a cursor whose item was deleted meanwhile', async () => {
      const owner = newOwner();
      const [a, b, c] = [await created(owner), await created(owner), await created(owner)];
      const first = await store().list(owner, 1);
      expect(first.items).toEqual([c]);
      await store().remove(owner, c!.id);
      expect((await store().list(owner, 5, first.nextCursor)).items).toEqual([b, a]);
    });

    it.each([
      ['garbage', () => '%%%'],
      ['valid base64 of nothing useful', () => 'e30'],
      ['too long', () => 'x'.repeat(600)],
    ])('refuses a cursor that is %s with InvalidCursorError', async (_label, cursor) => {
      await expectStoreError(store().list(newOwner(), 5, cursor()), 'invalid-cursor');
    });

    it('refuses another owner’s cursor and an edited one with InvalidCursorError', async () => {
      const owner = newOwner();
      for (let i = 0; i < 3; i++) await created(owner);
      const cursor = (await store().list(owner, 1)).nextCursor ?? '';
      await expectStoreError(store().list(newOwner(), 5, cursor), 'invalid-cursor');
      const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as object;
      const edited = Buffer.from(JSON.stringify({ ...decoded, sk: 'TOTAL#EUR' })).toString(
        'base64url',
      );
      await expectStoreError(store().list(owner, 5, edited), 'invalid-cursor');
    });
  });
}
