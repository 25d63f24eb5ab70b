import { describe, expect, it } from 'vitest';
import { spaRewriteFunctionCode } from '../lib/spa-rewrite-function';

interface ViewerRequest {
  uri: string;
  querystring: Record<string, unknown>;
}

// Runs the function's source as CloudFront would: a global `handler(event)`.
const handler = new Function(`${spaRewriteFunctionCode}; return handler;`)() as (event: {
  request: ViewerRequest;
}) => ViewerRequest;

const rewrite = (uri: string): string => handler({ request: { uri, querystring: {} } }).uri;

describe('SPA rewrite CloudFront Function', () => {
  it.each([
    ['/', '/index.html'],
    ['/callback', '/index.html'],
    ['/signed-out', '/index.html'],
    ['/transactions/01HZX', '/index.html'],
    ['/transactions/', '/index.html'],
  ])('serves index.html for the client route %s', (uri, expected) => {
    expect(rewrite(uri)).toBe(expected);
  });

  it.each([
    '/index.html',
    '/config.json',
    '/assets/index-abc123.js',
    '/assets/missing-abc123.js',
    '/favicon.ico',
    '/.env',
  ])('passes the file path %s to S3 unchanged', (uri) => {
    expect(rewrite(uri)).toBe(uri);
  });

  it('keeps the query string (the OAuth code and state)', () => {
    const request = { uri: '/callback', querystring: { code: { value: 'c' } } };
    expect(handler({ request })).toEqual({ uri: '/index.html', querystring: request.querystring });
  });
});
