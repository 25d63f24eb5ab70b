/// <reference types="vite/client" />
// Keeps the code list honest both ways: every code the API source can put on the wire is in
// `apiErrorCodes`, and every listed code is really sent somewhere. It reads the source as
// text, so contract/ stays free of api/ and emulator/ imports.
import { describe, expect, it } from 'vitest';
import { apiErrorCodes, gatewayErrorStatuses, isApiErrorCode } from './api-error-code';

// Vite reads the files as text at test time; nothing of api/ or emulator/ is imported.
const apiSources: Record<string, string> = import.meta.glob(
  ['../api/**/*.ts', '!../api/**/*.test.ts', '!../api/testing/**'],
  { query: '?raw', import: 'default', eager: true },
);
const gatewaySources: Record<string, string> = import.meta.glob(
  '../emulator/gateway/gateway-response.ts',
  { query: '?raw', import: 'default', eager: true },
);

/** Every place api/ names a wire code: `super(400, 'x'`, `Error('x'`, `code: 'x'`, `code: 'x' | 'y'`. */
function codesNamedByApi(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const patterns = [
    /super\(\s*\d{3},\s*'([a-z_]+)'/g,
    /Error\(\s*'([a-z_]+)'/g,
    /\bcode:\s*'([a-z_]+)'/g,
    /\bcode:\s*((?:'[a-z_]+'\s*\|\s*)+'[a-z_]+')/g,
  ];
  for (const [path, text] of Object.entries(apiSources)) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        for (const code of (match[1] ?? '').matchAll(/[a-z_]+/g)) {
          found.set(code[0], [...(found.get(code[0]) ?? []), path]);
        }
      }
    }
  }
  return found;
}

describe('apiErrorCodes', () => {
  const named = codesNamedByApi();

  it('lists every code the API source puts on the wire', () => {
    expect(Object.keys(apiSources).length).toBeGreaterThan(5);
    const unlisted = [...named.keys()].filter((code) => !isApiErrorCode(code));
    expect(unlisted).toEqual([]);
  });

  it.each(apiErrorCodes.map((code) => [code]))('%s is really sent by the API', (code) => {
    expect(named.get(code) ?? []).not.toEqual([]);
  });

  it('names exactly the statuses the gateway answers by itself', () => {
    const gateway = Object.values(gatewaySources).join('\n');
    expect(gateway).toContain('GATEWAY_ERRORS');
    const statuses = [...gateway.matchAll(/\bstatus:\s*(\d{3})/g)].map((m) => Number(m[1]));
    expect(new Set(statuses)).toEqual(new Set(gatewayErrorStatuses));
  });

  it('recognises only listed codes', () => {
    expect(isApiErrorCode('not_found')).toBe(true);
    expect(isApiErrorCode('http_401')).toBe(false);
    expect(isApiErrorCode(42)).toBe(false);
  });
});
