import { describe, expect, it } from 'vitest';
import { loadKeyRing, newKeyFile, pruneKeyFile, rotateKeyFile } from './key-ring';

describe('key ring', () => {
  it('makes separate id and access keys and keeps retired ones until their tokens expire', async () => {
    const file = await newKeyFile(0);
    const ring = loadKeyRing(file);
    expect(ring.signing('id').kid).not.toBe(ring.signing('access').kid);
    const rotated = await rotateKeyFile(file, 1000);
    const next = loadKeyRing(rotated);
    expect(next.jwks().keys).toHaveLength(4);
    expect(next.signing('id').kid).not.toBe(ring.signing('id').kid);
    expect(pruneKeyFile(rotated, 1000 + 3600_000 - 1, 3600).keys).toHaveLength(4);
    expect(pruneKeyFile(rotated, 1000 + 3600_000, 3600).keys).toHaveLength(2);
  });

  it('refuses a key file whose kid does not match its key', async () => {
    const file = await newKeyFile(0);
    const tampered = {
      ...file,
      keys: file.keys.map((k, i) => (i === 0 ? { ...k, kid: 'x'.repeat(43) + '=' } : k)),
    };
    expect(() => loadKeyRing(tampered)).toThrow(/does not match/);
  });
});
