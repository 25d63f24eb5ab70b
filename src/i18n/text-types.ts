// The shapes of the catalogues, taken from the English ones (type-only imports: no bytes).
// Korean is typed by them, so a key missing or misspelt in one language fails typecheck.
import type { firstPage } from './messages/en/first-page';
import type { signedIn } from './messages/en/signed-in';

export type FirstPageText = typeof firstPage;
export type SignedInText = typeof signedIn;
export type ErrorText = FirstPageText['errors'];
