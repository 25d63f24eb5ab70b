import { describe, expect, it } from 'vitest';
import { JavaMissingError, assertJava } from './start-dynamodb-local';

describe('assertJava', () => {
  it('explains how to install Java 17 when java is missing', async () => {
    const failure = assertJava('/nonexistent/java-for-test');
    await expect(failure).rejects.toBeInstanceOf(JavaMissingError);
    await expect(failure).rejects.toThrow(/apt-get install openjdk-17-jre-headless/);
    await expect(failure).rejects.toThrow(/brew install openjdk@17/);
  });

  it('accepts the Java on this machine (17+)', async () => {
    await expect(assertJava()).resolves.toBeUndefined();
  });
});
