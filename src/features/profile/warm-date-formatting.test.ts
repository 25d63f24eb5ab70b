import { describe, expect, it, vi } from 'vitest';
import { warmDateFormattingWhenIdle } from './warm-date-formatting';

describe('warmDateFormattingWhenIdle', () => {
  it('formats dates as the Profile page does, once, in the idle time it is given', () => {
    const scheduled: (() => void)[] = [];
    const schedule = (run: () => void) => scheduled.push(run);
    const toLocaleString = vi.spyOn(Date.prototype, 'toLocaleString');
    const toLocaleDateString = vi.spyOn(Date.prototype, 'toLocaleDateString');
    warmDateFormattingWhenIdle(schedule);
    warmDateFormattingWhenIdle(schedule);
    expect(scheduled).toHaveLength(1);
    expect(toLocaleString).not.toHaveBeenCalled(); // nothing before the browser is idle
    scheduled[0]!();
    expect(toLocaleString).toHaveBeenCalledTimes(1);
    expect(toLocaleDateString).toHaveBeenCalledWith(undefined, { dateStyle: 'long' });
    toLocaleString.mockRestore();
    toLocaleDateString.mockRestore();
  });
});
