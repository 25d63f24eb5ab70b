/** Tells other tabs of this app that the user signed out, and hears them say it. */
export interface SignOutChannel {
  announce(): void;
  /** Calls `listener` when another tab announces a sign-out; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  close(): void;
}

export interface SignOutChannelDeps {
  /** Absent in old browsers and some test environments: the storage event is the fallback. */
  readonly BroadcastChannel?: typeof BroadcastChannel;
  readonly storage: Storage;
  readonly target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly now: () => number;
}

const message = 'signed-out';

/** Creates a channel named `name` (one per app client, so two apps on an origin don't mix). */
export function createSignOutChannel(name: string, deps: SignOutChannelDeps): SignOutChannel {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  if (deps.BroadcastChannel) {
    const channel = new deps.BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent) => {
      if (event.data === message) notify();
    };
    return {
      announce: () => channel.postMessage(message),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => channel.close(),
    };
  }

  // localStorage fires `storage` in every other tab of the origin; the value changes each time.
  const onStorage = (event: Event) => {
    if ((event as StorageEvent).key === name) notify();
  };
  deps.target.addEventListener('storage', onStorage);
  return {
    announce: () => {
      try {
        deps.storage.setItem(name, String(deps.now()));
        deps.storage.removeItem(name);
      } catch {
        // Storage full or blocked: other tabs find out at their next API call (401).
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => deps.target.removeEventListener('storage', onStorage),
  };
}
