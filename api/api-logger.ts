// The logging seam of the handler. Powertools' Logger satisfies it in Lambda; tests pass a
// recorder. Callers log only what they choose: never the event, headers or tokens.

export interface ApiLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  error(message: string, attributes: Record<string, unknown>): void;
}
