// PreSignUp's configuration: SIGNUP_ALLOWED_DOMAINS and SIGNUP_AUTO_CONFIRM_DOMAINS, comma
// lists read once from the Lambda's environment (empty = no limit / none), validated as a
// whole so a bad deployment fails its cold start with every problem listed.
import * as z from 'zod/mini';
import { quoteConfigValue } from '../contract/config-error';
import { isEmailDomain, splitDomainList } from '../contract/email-domain';
import { parseConfig } from '../contract/parse-config';

export interface SignUpDomains {
  /** Lower-case domains a sign-up's email may use; empty = any. */
  readonly allowed: readonly string[];
  /** Lower-case domains whose sign-ups are confirmed and verified without a code. */
  readonly autoConfirm: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const maxListLength = 4096;

const domainList = (name: string) =>
  z.pipe(
    z.optional(z.string()),
    z.transform((raw: string | undefined, ctx) => {
      if (raw === undefined) return [];
      if (raw.length > maxListLength) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: `${name} is longer than ${maxListLength} characters.`,
        });
        return [];
      }
      const domains = splitDomainList(raw);
      for (const d of domains.filter((d) => !isEmailDomain(d))) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: `${name} must be a comma list of domains like example.com; ${quoteConfigValue(d)} is not one.`,
        });
      }
      return domains;
    }),
  );

const envSchema = z.object({
  SIGNUP_ALLOWED_DOMAINS: domainList('SIGNUP_ALLOWED_DOMAINS'),
  SIGNUP_AUTO_CONFIRM_DOMAINS: domainList('SIGNUP_AUTO_CONFIRM_DOMAINS'),
});

/** Reads both lists; throws a ConfigError listing every bad entry. */
export function readSignUpDomains(env: Env): SignUpDomains {
  const parsed = parseConfig(envSchema, env, 'PreSignUp trigger configuration');
  return {
    allowed: parsed.SIGNUP_ALLOWED_DOMAINS,
    autoConfirm: parsed.SIGNUP_AUTO_CONFIRM_DOMAINS,
  };
}

/** The domain of an email address, lower-cased ('' when there is none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}
