import type { HostedPage } from './hosted-page';

// The email an account step shows: typed on sign-in and sign-up, then carried from page to page.

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

/** Sign-in and sign-up: the email typed into the form (empty on GET). */
export const typedEmail = {
  initial: () => ({ email: '' }),
  posted: (form: ReadonlyMap<string, string>) => ({ email: (form.get('username') ?? '').trim() }),
};

/** The steps after sign-up or a reset request: the account comes in the query, then the form. */
export const accountStep = { initial: emailFromQuery, posted: accountFields };
