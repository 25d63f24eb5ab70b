import { describe, expect, it } from 'vitest';
import {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  sha256Hex,
  signatureFor,
  stringToSign,
} from './canonical-request';

// AWS's published SigV4 example (IAM ListUsers, "Create a canonical request" … "Calculate the
// signature" in the IAM user guide), with its documented intermediate hash and signature.
describe('the SigV4 canonical request', () => {
  const rawHeaders = [
    'Host',
    'iam.amazonaws.com',
    'Content-Type',
    'application/x-www-form-urlencoded; charset=utf-8',
    'X-Amz-Date',
    '20150830T123600Z',
  ];
  const canonical = canonicalRequest(
    {
      method: 'GET',
      rawPath: '/',
      search: '?Action=ListUsers&Version=2010-05-08',
      rawHeaders,
      body: Buffer.alloc(0),
    },
    ['content-type', 'host', 'x-amz-date'],
  );

  it("matches AWS's example canonical request and signature", () => {
    expect(sha256Hex(canonical)).toBe(
      'f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59',
    );
    const toSign = stringToSign(
      '20150830T123600Z',
      '20150830/us-east-1/iam/aws4_request',
      canonical,
    );
    expect(
      signatureFor(
        'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
        { date: '20150830', region: 'us-east-1', service: 'iam' },
        toSign,
      ),
    ).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
  });

  it('encodes the path as sent once more (execute-api is not S3)', () => {
    expect(canonicalUri('/local/transactions')).toBe('/local/transactions');
    expect(canonicalUri('/local/a%2Fb')).toBe('/local/a%252Fb');
    expect(canonicalUri('/local/caf%C3%A9')).toBe('/local/caf%25C3%25A9');
    expect(canonicalUri("/local/it's(1)*")).toBe('/local/it%27s%281%29%2A');
    expect(canonicalUri('/local//double')).toBe('/local/double');
  });

  it('sorts query parameters by name, then value', () => {
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('b=2&a=1')).toBe('a=1&b=2');
    expect(canonicalQuery('a=2&a=1')).toBe('a=1&a=2');
  });

  it('decodes the query as a form and re-encodes it RFC 3986', () => {
    expect(canonicalQuery('q=a+b&r=%7E')).toBe('q=a%20b&r=~');
    expect(canonicalQuery('flag&=x')).toBe('flag=');
    expect(canonicalQuery("x=it's")).toBe('x=it%27s');
  });
});
