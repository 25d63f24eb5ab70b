/**
 * What the product pool's PreSignUp trigger reads from its environment; `npm run dev` (env or
 * .env files) and `npm run emulator` (its environment) pass them through.
 */
export const triggerVariables = ['SIGNUP_ALLOWED_DOMAINS', 'SIGNUP_AUTO_CONFIRM_DOMAINS'] as const;
