import { describe, expect, it, vi } from 'vitest';
import { buildConfig } from '../../test/builders';
import { signOut } from './sign-out';
import { createSignOutChannel } from './sign-out-channel';

function fakeUserManager(revoke = vi.fn(async () => undefined)) {
  const order: string[] = [];
  return {
    order,
    manager: {
      revokeTokens: vi.fn(async (types?: string[]) => {
        order.push(`revoke:${types?.join(',')}`);
        await revoke();
      }),
      removeUser: vi.fn(async () => void order.push('removeUser')),
      clearStaleState: vi.fn(async () => void order.push('clearStaleState')),
    },
  };
}

describe('signOut', () => {
  it('revokes the refresh token, removes the user, tells other tabs, then goes to /logout', async () => {
    const { manager, order } = fakeUserManager();
    const go = vi.fn((url: string) => void order.push(`go:${url}`));
    const channel = { announce: vi.fn(() => void order.push('announce')) };
    await signOut({ userManager: manager, channel, config: buildConfig(), go });
    expect(order).toEqual([
      'revoke:refresh_token',
      'removeUser',
      'clearStaleState',
      'announce',
      'go:http://127.0.0.1:9229/logout?client_id=testclient123&logout_uri=http%3A%2F%2Flocalhost%3A3000%2Fsigned-out',
    ]);
  });

  it('still signs out when revocation fails (offline)', async () => {
    const { manager } = fakeUserManager(
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    const go = vi.fn();
    await signOut({
      userManager: manager,
      channel: { announce: vi.fn() },
      config: buildConfig(),
      go,
    });
    expect(manager.removeUser).toHaveBeenCalled();
    expect(go).toHaveBeenCalledTimes(1);
  });
});

describe('createSignOutChannel', () => {
  const deps = { storage: window.localStorage, target: window, now: () => 1 };

  it('tells another tab over BroadcastChannel', async () => {
    const here = createSignOutChannel('sign-out:test', { ...deps, BroadcastChannel });
    const there = createSignOutChannel('sign-out:test', { ...deps, BroadcastChannel });
    const heard = new Promise<void>((resolve) => there.subscribe(resolve));
    const selfListener = vi.fn();
    here.subscribe(selfListener);
    here.announce();
    await heard;
    expect(selfListener).not.toHaveBeenCalled();
    here.close();
    there.close();
  });

  it('falls back to the storage event where BroadcastChannel is missing', () => {
    const target = new EventTarget() as unknown as Window;
    const there = createSignOutChannel('sign-out:test', { ...deps, target });
    const listener = vi.fn();
    const unsubscribe = there.subscribe(listener);
    target.dispatchEvent(new StorageEvent('storage', { key: 'other-key' }));
    expect(listener).not.toHaveBeenCalled();
    target.dispatchEvent(new StorageEvent('storage', { key: 'sign-out:test' }));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    there.close();
  });

  it('writes and clears the storage key when announcing without BroadcastChannel', () => {
    const storage = { setItem: vi.fn(), removeItem: vi.fn() } as unknown as Storage;
    createSignOutChannel('sign-out:test', { ...deps, storage }).announce();
    expect(storage.setItem).toHaveBeenCalledWith('sign-out:test', '1');
    expect(storage.removeItem).toHaveBeenCalledWith('sign-out:test');
  });
});
