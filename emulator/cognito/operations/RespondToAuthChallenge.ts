import { defineChallengeAnswer } from './challenge-answer';

/** RespondToAuthChallenge: NEW_PASSWORD_REQUIRED and the MFA challenges (challenge-answer.ts). */
export const RespondToAuthChallenge = defineChallengeAnswer('public');
