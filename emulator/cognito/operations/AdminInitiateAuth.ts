import { adminSignIn } from './auth-flows';
import { defineSignInOperation } from './sign-in-results';

/** AdminInitiateAuth: ADMIN_USER_PASSWORD_AUTH (= ADMIN_NO_SRP_AUTH), or a refresh. */
export const AdminInitiateAuth = defineSignInOperation('iam', adminSignIn);
