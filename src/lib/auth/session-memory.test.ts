import { describe, expect, it, vi } from 'vitest';
import { createSessionMemory } from './session-memory';

describe('createSessionMemory', () => {
  it('makes a value once and hands the same one back', () => {
    const memory = createSessionMemory();
    const create = vi.fn(() => ({ forget: vi.fn() }));
    expect(memory.keep('a', create)).toBe(memory.keep('a', create));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('on clear, makes each value forget (clients built earlier hold it) and drops it', () => {
    const memory = createSessionMemory();
    const kept = memory.keep('a', () => ({ forget: vi.fn() }));
    memory.clear();
    expect(kept.forget).toHaveBeenCalledTimes(1);
    expect(memory.keep('a', () => ({ forget: vi.fn() }))).not.toBe(kept);
  });
});
