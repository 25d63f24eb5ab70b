import type { ConsolePage } from './console-page';
import { renderAppClient } from './app-client-view';

/** The SPA's app client: settings, config.json, the API's mode and the hosted page links. */
export const appClientPage: ConsolePage = {
  path: '/app-client',
  navLabel: 'App client',
  get: ({ env }) => {
    const pool = env.pools.primary.config;
    const origin = pool.appOrigins[0]!;
    return {
      kind: 'page',
      title: 'App client',
      body: renderAppClient({
        pool,
        client: pool.clients[0]!,
        runtimeConfig: env.runtimeConfig(origin, '/'),
        runtimeConfigFor: `${origin}/`,
        apiAuth: env.apiAuth,
        apiToken: env.apiToken,
      }),
    };
  },
};
