import { defineChallengeAnswer } from './challenge-answer';

/** AdminRespondToAuthChallenge: the same challenges as RespondToAuthChallenge, on the admin API. */
export const AdminRespondToAuthChallenge = defineChallengeAnswer('iam');
