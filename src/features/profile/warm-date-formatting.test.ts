import { describe, expect, it, vi } from 'vitest';
import { warmDateFormattingWhenIdle } from './warm-date-formatting';

describe('warmDateFormattingWhenIdle', () => {
  it('formats dates as the Profile page does, once, in the idle time it is given, in the page language', () => {
    const scheduled: (() => void)[] = [];
    const schedule = (run: () => void) => scheduled.push(run);
    const toLocaleString = vi.spyOn(Date.prototype, 'toLocaleString');
    const toLocaleDateString = vi.spyOn(Date.prototype, 'toLocaleDateString');
    const language = vi.fn(() => 'ko');
    warmDateFormattingWhenIdle(schedule, language);
    warmDateFormattingWhenIdle(schedule, language);
    expect(scheduled).toHaveLength(1);
    expect(toLocaleString).not.toHaveBeenCalled(); // nothing before the browser is idle
    expect(language).not.toHaveBeenCalled(); // the language is read once the provider has set it
    scheduled[0]!();
    expect(toLocaleString).toHaveBeenCalledTimes(1);
    expect(toLocaleString).toHaveBeenCalledWith('ko');
    expect(toLocaleDateString).toHaveBeenCalledWith('ko', { dateStyle: 'long' });
    toLocaleString.mockRestore();
    toLocaleDateString.mockRestore();
  });
});
