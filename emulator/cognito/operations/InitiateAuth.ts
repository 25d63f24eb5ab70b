import { publicSignIn } from './auth-flows';
import { defineSignInOperation } from './sign-in-results';

/** InitiateAuth: USER_PASSWORD_AUTH, or a refresh with REFRESH_TOKEN(_AUTH). */
export const InitiateAuth = defineSignInOperation('public', publicSignIn);
