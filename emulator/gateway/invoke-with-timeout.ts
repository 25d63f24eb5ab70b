// Runs an in-process Lambda (the API's handler or the Lambda authorizer) with a bounded wall
// time, and reports how it ended without letting its error or late answer escape.

export type InvokeOutcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'threw'; readonly error: unknown }
  | { readonly kind: 'timeout' };

/** Resolves with the function's result, what it threw, or `timeout` after `timeoutMs`. */
export function invokeWithTimeout(
  run: () => Promise<unknown>,
  timeoutMs: number,
): Promise<InvokeOutcome> {
  return new Promise((resolve) => {
    // A wall-time timer: it bounds how long a real handler runs, which a manual clock cannot
    // measure. The Lambda context's remaining time reads the gateway's clock like everything else.
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    // The handler keeps running after a timeout, as a Lambda does; its late answer is dropped.
    Promise.resolve()
      .then(run)
      .then(
        (value) => resolve({ kind: 'result', value }),
        (error: unknown) => resolve({ kind: 'threw', error }),
      )
      .finally(() => clearTimeout(timer));
  });
}
