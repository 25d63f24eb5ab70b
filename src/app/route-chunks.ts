import { preloadable, preloadableModule } from './preloadable';

// Everything that needs the OIDC library or a session loads on demand, so the first page stays
// within the 90 KB budget (npm run size); main.tsx starts the chunks a path needs before the
// first render (see chunksForPath).
export const routeChunks = {
  /** The auth shell and the transactions prefetch (SignedInArea.tsx). */
  signedInArea: preloadable(() => import('./SignedInArea')),
  signedInFrame: preloadable(() => import('../lib/auth/SignedInFrame')),
  callbackPage: preloadable(() => import('../features/callback/CallbackPage')),
  transactionsPage: preloadable(() => import('../features/transactions/TransactionsPage')),
  profilePage: preloadable(() => import('../features/profile/ProfilePage')),
  /** The API client's factory, for the prefetch that starts with the token (App.tsx). */
  transactionsClient: preloadableModule(() => import('../lib/http/use-transactions-client')),
};

export type RouteChunkName = keyof typeof routeChunks;

const signedInChunks: readonly RouteChunkName[] = [
  'signedInArea',
  'signedInFrame',
  'transactionsPage',
  'profilePage',
  'transactionsClient',
];

/**
 * The chunks a visit to `path` (relative to the base path, e.g. `/callback`) will need, all at
 * once: the callback goes on to a signed-in page, and a signed-in page links to the others
 * (both are small), so route changes never wait for a chunk. The landing page needs them only
 * when it will send a stored session on to the transactions.
 */
export function chunksForPath(path: string, hasStoredSession: boolean): readonly RouteChunkName[] {
  const route = path.replace(/\/+$/, '') || '/';
  if (route === '/callback') return [...signedInChunks, 'callbackPage'];
  if (route === '/transactions' || route === '/profile') return signedInChunks;
  if (route === '/' && hasStoredSession) return signedInChunks;
  return [];
}

/** The path below `basePath` ('/app/'), or null when `pathname` is outside the app. */
export function appPath(pathname: string, basePath: string): string | null {
  const base = basePath.replace(/\/+$/, '');
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  return pathname.slice(base.length) || '/';
}

/**
 * Starts every named chunk in parallel (each once; Vite preloads their imports alongside) and
 * resolves when all have settled. Never rejects: a failed chunk is reported by the route that
 * renders it, through its error boundary.
 */
export async function preloadChunks(names: readonly RouteChunkName[]): Promise<void> {
  await Promise.allSettled(names.map((name) => routeChunks[name].preload()));
}
