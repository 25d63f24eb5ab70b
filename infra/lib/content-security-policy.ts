// The policy is built in contract/, so the preview server (emulator/vite-plugin.ts) serves the
// very policy this stack deploys, with local origins in place of Cognito's and the API's.
export type { CspOrigins } from '../../contract/content-security-policy';
export { buildContentSecurityPolicy } from '../../contract/content-security-policy';
