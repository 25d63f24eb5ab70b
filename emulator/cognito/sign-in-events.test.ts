import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { createSignInEvents } from './sign-in-events';

describe('createSignInEvents', () => {
  it('lists a user’s events newest first, on the clock', () => {
    const clock = createManualClock(1_000);
    const events = createSignInEvents(clock);
    events.record('u1', 'wrong-password');
    clock.advance(500);
    events.record('u1', 'signed-in');
    events.record('u2', 'refused', 'User is disabled.');
    expect(events.list('u1')).toEqual([
      { kind: 'signed-in', at: 1_500 },
      { kind: 'wrong-password', at: 1_000 },
    ]);
    expect(events.list('u2')).toEqual([
      { kind: 'refused', at: 1_500, detail: 'User is disabled.' },
    ]);
    expect(events.list('nobody')).toEqual([]);
  });

  it('keeps at most perUser events per user, dropping the oldest', () => {
    const events = createSignInEvents(createManualClock(0), { perUser: 3 });
    for (const kind of ['signed-in', 'refreshed', 'refreshed', 'signed-out'] as const)
      events.record('u1', kind);
    expect(events.list('u1').map((e) => e.kind)).toEqual(['signed-out', 'refreshed', 'refreshed']);
  });

  it('forgets the user whose last event is oldest once past the bound on users', () => {
    const events = createSignInEvents(createManualClock(0), { users: 2 });
    events.record('a', 'signed-in');
    events.record('b', 'signed-in');
    events.record('a', 'refreshed');
    events.record('c', 'signed-in');
    expect(events.list('b')).toEqual([]);
    expect(events.list('a')).toHaveLength(2);
    expect(events.list('c')).toHaveLength(1);
  });
});
