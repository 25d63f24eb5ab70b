import { describe, expect, it } from 'vitest';
import { buildConfig, jsonResponse, testOrigin } from '../test/builders';
import { loadRuntimeConfig } from './load-config';

const app = { origin: testOrigin, basePath: '/' };
const load = (answer: () => Promise<Response>, buildValues: Record<string, string> = {}) =>
  loadRuntimeConfig({ fetch: answer, configUrl: `${testOrigin}/config.json`, buildValues, app });

describe('loadRuntimeConfig', () => {
  it('uses a valid config.json', async () => {
    const result = await load(async () => jsonResponse(200, buildConfig()));
    expect(result).toMatchObject({ ok: true, source: 'config.json', config: buildConfig() });
  });

  it('falls back to build-time values when config.json is missing', async () => {
    // Build values are strings, as VITE_* variables are.
    const values = Object.fromEntries(Object.entries(buildConfig()).map(([k, v]) => [k, `${v}`]));
    const result = await load(async () => new Response('nope', { status: 404 }), values);
    expect(result).toMatchObject({ ok: true, source: 'build' });
  });

  it('treats an SPA fallback HTML page as a missing file, not as config', async () => {
    const html = new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
    const result = await load(async () => html);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ key: 'config.json', found: 'a text/html answer' }],
    });
  });

  it('reports malformed JSON', async () => {
    const bad = new Response('{"region":', { headers: { 'Content-Type': 'application/json' } });
    const result = await load(async () => bad);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ found: 'text that is not valid JSON' }],
    });
  });

  it('reports a network failure instead of throwing', async () => {
    const result = await load(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ found: 'no answer: the request failed' }],
    });
  });

  it('reports a server error with its status', async () => {
    const result = await load(async () => new Response('', { status: 500 }));
    expect(result).toMatchObject({ ok: false, problems: [{ found: 'HTTP 500' }] });
  });
});
