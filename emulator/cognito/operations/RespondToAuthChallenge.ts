import type {
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { defineOperation } from './operation';
import { readChallengeAnswer, runChallengeAnswer, type ChallengeAnswer } from './challenge-answer';

/** RespondToAuthChallenge: NEW_PASSWORD_REQUIRED only. */
export const RespondToAuthChallenge = defineOperation<
  ChallengeAnswer<RespondToAuthChallengeRequest>,
  RespondToAuthChallengeResponse
>({ auth: 'public', read: readChallengeAnswer, run: runChallengeAnswer });
