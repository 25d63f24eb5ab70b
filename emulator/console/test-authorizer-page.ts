import { placeholderPage } from './placeholder-page';

/** Paste a token and see whether the API's authorizer would let it through, and why not. */
// Placeholder until the Test the authorizer page lands (issue 17, second half).
export const testAuthorizerPage = placeholderPage('/authorizer', 'Test the authorizer');
