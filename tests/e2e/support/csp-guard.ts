// Fails a browser test on any Content-Security-Policy violation: an init script in every page
// and frame reports `securitypolicyviolation` events, and Chromium's own console lines catch
// what happens before a listener could run. The preview server sends the deployed policy
// (emulator/preview-csp.ts), so every preview-mode journey checks the build against it.
import type { BrowserContext } from 'playwright-core';

const bindingName = '__reportCspViolation';

export interface CspGuard {
  /** What was blocked so far, one line per violation. */
  readonly violations: readonly string[];
  /** Throws if anything was blocked. */
  assertNone(): void;
}

/** Starts recording violations in every page the context opens (call before the first page). */
export async function guardAgainstCspViolations(context: BrowserContext): Promise<CspGuard> {
  const violations: string[] = [];
  await context.exposeBinding(bindingName, (_source, line: unknown) => {
    violations.push(String(line));
  });
  await context.addInitScript((name: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (line: string) => void>)[name];
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${event.documentURI}` +
          (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''),
      );
    });
  }, bindingName);
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return {
    violations,
    assertNone() {
      if (violations.length > 0) {
        throw new Error(`Content-Security-Policy violations:\n  ${violations.join('\n  ')}`);
      }
    },
  };
}

/** Throws unless the app's page comes with a script-src policy (the guard would see nothing). */
export async function assertServesCsp(appUrl: string): Promise<void> {
  const response = await fetch(appUrl);
  await response.body?.cancel();
  const policy = response.headers.get('content-security-policy') ?? '';
  if (!/(^|;\s*)script-src 'self'(;|$)/.test(policy)) {
    throw new Error(
      `${appUrl} serves no deployed Content-Security-Policy: ${JSON.stringify(policy)}`,
    );
  }
}
