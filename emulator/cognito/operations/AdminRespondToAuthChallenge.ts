import { defineChallengeAnswer } from './challenge-answer';

/** AdminRespondToAuthChallenge: NEW_PASSWORD_REQUIRED only, on the pool's admin API. */
export const AdminRespondToAuthChallenge = defineChallengeAnswer('iam');
