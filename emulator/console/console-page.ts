import type { IncomingMessage } from 'node:http';
import type { RuntimeConfig } from '../../contract/runtime-config';
import type { DevToolAccess } from '../http/dev-tool-guard';
import type { SafeHtml } from '../http/html-escape';
import type { PoolRegistry } from '../cognito/pool-registry';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import type { ProbeRequest, ProbeResult } from '../gateway/probe-authorizer';

/** What the console's pages may read about the running emulator. */
export interface ConsoleEnvironment {
  /** Every pool; the console shows the product's pool (`pools.primary`). */
  readonly pools: PoolRegistry;
  readonly access: DevToolAccess;
  /** The `config.json` an SPA served at `appOrigin` + `basePath` gets. */
  runtimeConfig(appOrigin: string, basePath?: string): RuntimeConfig;
  /** The Transactions API (the local gateway, or the configured apiUrl). */
  readonly apiUrl: string;
  /** How the API authorises calls and where it reads the token. */
  readonly apiAuth: ApiAuthMode;
  readonly apiToken: ApiTokenMode;
  readonly apiAuthHeader: string;
  /** The running gateway's authorizer probe (LocalApi.probe); absent without the API. */
  readonly probeAuthorizer?: ((request: ProbeRequest) => Promise<ProbeResult>) | undefined;
}

/** One request to a console page, after the dev-tool guard (and, for POST, the CSRF check). */
export interface ConsoleRequest {
  readonly env: ConsoleEnvironment;
  readonly req: IncomingMessage;
  readonly url: URL;
  /** The `:name` segments of the page's path, URL-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The hidden `_csrf` input every form on the page must carry. */
  csrfField(): SafeHtml;
}

/** What a page answers: a page to show, or (after a POST) a redirect with a notice. */
export type ConsoleAnswer =
  | {
      readonly kind: 'page';
      readonly title: string;
      readonly body: SafeHtml;
      readonly status?: number;
    }
  | { readonly kind: 'redirect'; readonly to: string; readonly notice?: string };

/** A posted form: every field once (duplicates are refused before the page sees it). */
export type ConsoleForm = ReadonlyMap<string, string>;

/**
 * One page of the console, as data: its path under `/_dev/console` (literal segments and
 * `:name` parameters, '' for the Users list), its nav label (none for pages reached by links,
 * such as a user's page), and what it does on GET and POST.
 */
export interface ConsolePage {
  readonly path: string;
  readonly navLabel?: string;
  get(request: ConsoleRequest): ConsoleAnswer | Promise<ConsoleAnswer>;
  post?(request: ConsoleRequest, form: ConsoleForm): ConsoleAnswer | Promise<ConsoleAnswer>;
}

/** The console's base path; every page path is relative to it. */
export const consoleBase = '/_dev/console';

/** The absolute path of a console page, each parameter URL-encoded. */
export function consolePath(path: string, params: Readonly<Record<string, string>> = {}): string {
  const filled = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? encodeURIComponent(params[segment.slice(1)] ?? '') : segment,
    )
    .join('/');
  return `${consoleBase}${filled}`;
}
