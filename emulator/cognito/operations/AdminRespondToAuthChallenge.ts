import type {
  AdminRespondToAuthChallengeRequest,
  AdminRespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { defineOperation } from './operation';
import { readChallengeAnswer, runChallengeAnswer, type ChallengeAnswer } from './challenge-answer';

/** AdminRespondToAuthChallenge: NEW_PASSWORD_REQUIRED only, on the pool's admin API. */
export const AdminRespondToAuthChallenge = defineOperation<
  ChallengeAnswer<AdminRespondToAuthChallengeRequest>,
  AdminRespondToAuthChallengeResponse
>({ auth: 'iam', read: readChallengeAnswer, run: runChallengeAnswer });
