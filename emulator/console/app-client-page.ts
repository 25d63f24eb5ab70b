import { placeholderPage } from './placeholder-page';

/** The app client's settings (callback URLs, flows, scopes, lifetimes, config.json). */
// Placeholder until the App client page lands (issue 17, second half).
export const appClientPage = placeholderPage('/app-client', 'App client');
