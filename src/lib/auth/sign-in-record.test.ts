import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test/builders';
import { createSignInRecord, recentSignInMs } from './sign-in-record';

describe('createSignInRecord', () => {
  function setup(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = memoryStorage()) {
    let now = 1_000_000;
    const record = createSignInRecord(storage, 'sign-in:completed:c', () => now);
    return { record, storage, later: (ms: number) => (now += ms) };
  }

  it('says a sign-in completed recently until the window has passed', () => {
    const { record, later } = setup();
    expect(record.completedRecently()).toBe(false);
    record.markCompleted();
    expect(record.completedRecently()).toBe(true);
    later(recentSignInMs - 1);
    expect(record.completedRecently()).toBe(true);
    later(1);
    expect(record.completedRecently()).toBe(false);
  });

  it('keeps the time in the storage it is given, so a reload remembers it', () => {
    const storage = memoryStorage();
    setup(storage).record.markCompleted();
    expect(storage.getItem('sign-in:completed:c')).toBe('1000000');
    expect(
      createSignInRecord(storage, 'sign-in:completed:c', () => 1_000_500).completedRecently(),
    ).toBe(true);
  });

  it.each([['garbage'], ['9999999999999']])(
    'ignores a stored %j (junk or in the future)',
    (value) => {
      const storage = memoryStorage();
      storage.setItem('sign-in:completed:c', value);
      expect(setup(storage).record.completedRecently()).toBe(false);
    },
  );

  it('treats blocked storage as no record', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const { record } = setup(blocked);
    expect(() => record.markCompleted()).not.toThrow();
    expect(record.completedRecently()).toBe(false);
  });
});
