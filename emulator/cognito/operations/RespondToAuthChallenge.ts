import { defineChallengeAnswer } from './challenge-answer';

/** RespondToAuthChallenge: NEW_PASSWORD_REQUIRED only. */
export const RespondToAuthChallenge = defineChallengeAnswer('public');
