// The shape of an email domain as the sign-up domain lists hold it (PreSignUp's environment,
// the deployment context that sets it): lower-case DNS labels, at least one dot.

const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** True for a lower-case domain like example.com (no wildcard, no address, no port). */
export const isEmailDomain = (value: string): boolean => domainPattern.test(value);

/** A comma list split, trimmed and lower-cased; empty entries dropped. */
export const splitDomainList = (raw: string): string[] =>
  raw
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d !== '');
