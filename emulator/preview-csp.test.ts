import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../contract/content-security-policy.ts';
import { localContentSecurityPolicy } from './preview-csp.ts';

describe('localContentSecurityPolicy', () => {
  const local = {
    domain: 'http://127.0.0.1:9229',
    authority: 'http://127.0.0.1:9229/local_pool',
    apiUrl: 'http://127.0.0.1:3001/prod',
  };

  it('is the deployed policy with the local emulator and API origins as inputs', () => {
    expect(localContentSecurityPolicy(local)).toBe(
      buildContentSecurityPolicy({
        cognitoDomain: 'http://127.0.0.1:9229',
        issuer: 'http://127.0.0.1:9229/local_pool',
        apiOrigin: 'http://127.0.0.1:3001',
      }),
    );
  });

  it('lets the page reach exactly the emulator, the issuer below it and the API origin', () => {
    const connect = localContentSecurityPolicy(local)
      .split('; ')
      .find((directive) => directive.startsWith('connect-src '));
    expect(connect).toBe(
      "connect-src 'self' http://127.0.0.1:9229 http://127.0.0.1:9229/local_pool/ http://127.0.0.1:3001",
    );
  });
});
