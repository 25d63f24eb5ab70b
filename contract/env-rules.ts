// Rules the Lambdas' environment readers (api/config.ts, authorizer/authorizer-config.ts) share,
// so both refuse a missing variable and a cleartext or odd service URL in the same words.
import * as z from 'zod/mini';
import { isLoopbackHost, parseHttpUrl } from './url-shapes';

/** Missing, empty and blank all read as "required", and stop there: one problem per variable. */
export const requiredVariable = (name: string) =>
  z
    .string({ error: `${name} is required.` })
    .check(z.trim(), z.minLength(1, { error: `${name} is required.`, abort: true }));

/** An https URL without trailing slash, query or fragment; plain http only on a loopback host. */
export function isServiceUrl(value: string): boolean {
  const url = parseHttpUrl(value);
  if (!url || value.endsWith('/') || url.search !== '' || url.hash !== '') return false;
  return url.protocol === 'https:' || isLoopbackHost(url.hostname);
}
