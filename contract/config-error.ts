// The one shape every configuration edge reports problems in (API environment, emulator and
// gateway options, CDK context, the SPA's config.json), so a bad setting reads the same
// wherever it is found and every problem is listed at once, not only the first.
// No zod here: the SPA imports these types without paying for a schema library.

/** One missing or wrong setting: where it is (`TABLE_NAME`, `api.port`, `appOrigins[1]`) and what is wrong. */
export interface ConfigProblem {
  readonly path: string;
  /** A sentence a person can act on; it names the setting, so it reads well on its own. */
  readonly message: string;
}

/** Thrown by a configuration edge; `problems` lists every problem found, never only the first. */
export class ConfigError extends Error {
  override readonly name: string = 'ConfigError';
  readonly code: string = 'INVALID_CONFIG';
  constructor(
    /** What was read, e.g. "API configuration"; it heads the message. */
    readonly source: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(`Invalid ${source}:\n- ${problems.map((problem) => problem.message).join('\n- ')}`);
  }
}

/** A ConfigError subclass, for edges whose callers catch their own errors by class. */
export type ConfigErrorClass = new (
  source: string,
  problems: readonly ConfigProblem[],
) => ConfigError;

/** `['appOrigins', 1]` → `appOrigins[1]`; `['api', 'port']` → `api.port`. */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** A value quoted for a problem message, cut short so hostile or huge input is never echoed whole. */
export function quoteConfigValue(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
