import type { ComponentType } from 'react';
import { lazy } from 'react';

/** A module loaded on demand that can be asked for early and read once it has arrived. */
export interface PreloadableModule<M> {
  /** Starts loading the module (once) and resolves with it. */
  readonly preload: () => Promise<M>;
  /** The module if it has arrived, else null. */
  readonly loaded: () => M | null;
}

/** Wraps a dynamic import so it runs once and its module can be read synchronously after. */
export function preloadableModule<M>(load: () => Promise<M>): PreloadableModule<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    preload: () =>
      (pending ??= load().then((arrived) => {
        module = arrived;
        return arrived;
      })),
    loaded: () => module,
  };
}

/** A lazily loaded component whose module can be asked for before anything renders it. */
export interface Preloadable<P extends object> extends PreloadableModule<{
  default: ComponentType<P>;
}> {
  /** Renders the module's default export; suspends only while the module has not arrived. */
  readonly Component: ComponentType<P>;
}

/**
 * Like `lazy(load)`, but a module that has arrived renders at once. `lazy()` always suspends on
 * its first render, even for a module that is already loaded, and a Suspense boundary that has
 * shown its fallback is revealed no sooner than React's ~300 ms throttle: each lazy chunk on the
 * sign-in path cost up to that. Preloaded, nothing suspends and no fallback flashes.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  const module = preloadableModule(load);
  const Lazy = lazy(module.preload);
  function Component(props: P) {
    // Lazy only renders while the module is missing; it suspends, so it never commits and
    // the switch to the loaded component is not a remount.
    const Target = module.loaded()?.default ?? Lazy;
    return <Target {...props} />;
  }
  return { ...module, Component };
}
