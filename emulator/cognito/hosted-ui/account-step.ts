import type { HostedPage } from './hosted-page';

// The steps after sign-up or forgot-password carry the account's email from page to page.

/** A mailed code: six digits. */
export const codePattern = /^\d{6}$/;

/** The account shown on GET (`?username=`), cut to a sane length. */
export const emailFromQuery = (page: HostedPage) => ({
  email: (page.url.searchParams.get('username') ?? '').slice(0, 256),
});

/** The account a POST carries in its hidden `username` field. */
export const accountFields = (form: ReadonlyMap<string, string>) => ({
  email: (form.get('username') ?? '').slice(0, 256),
});
