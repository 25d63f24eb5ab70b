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

  it.each([
    ['/local/transactions', '/local/transactions'],
    ['/local/a%2Fb', '/local/a%252Fb'],
    ['/local/caf%C3%A9', '/local/caf%25C3%25A9'],
    ["/local/it's(1)*", '/local/it%27s%281%29%2A'],
    ['/local//double', '/local/double'],
  ])('encodes the path %s once more as %s (execute-api is not S3)', (raw, expected) => {
    expect(canonicalUri(raw)).toBe(expected);
  });

  it.each([
    ['', ''],
    ['b=2&a=1', 'a=1&b=2'],
    ['a=2&a=1', 'a=1&a=2'],
    ['q=a+b&r=%7E', 'q=a%20b&r=~'],
    ['flag&=x', 'flag='],
    ["x=it's", 'x=it%27s'],
  ])('canonicalises the query %j as %j', (raw, expected) => {
    expect(canonicalQuery(raw)).toBe(expected);
  });
});
