import type {
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PoolContext } from '../pool-context';
import { checkChallengeName } from './auth-flows';
import type { JsonInput } from './json-input';
import { clientIdLimit, requireClient } from './members';
import { defineOperation, type Checked, type Operation } from './operation';
import { answerNewPassword, type SignInResult } from './sign-in-results';

/** What both RespondToAuthChallenge operations read (the admin one also has UserPoolId). */
type ChallengeAnswer<T extends RespondToAuthChallengeRequest> = Checked<
  T,
  'ClientId' | 'ChallengeName' | 'Session' | 'ChallengeResponses'
>;

function readChallengeAnswer(input: JsonInput): ChallengeAnswer<RespondToAuthChallengeRequest> {
  const ClientId = input.string('ClientId', clientIdLimit);
  const name = input.string('ChallengeName', 64);
  const Session = input.string('Session', 2048);
  const ChallengeResponses = input.stringMap('ChallengeResponses');
  return { ClientId, ChallengeName: checkChallengeName(name), Session, ChallengeResponses };
}

function runChallengeAnswer(
  ctx: PoolContext,
  r: ChallengeAnswer<RespondToAuthChallengeRequest>,
): Promise<SignInResult> {
  return answerNewPassword(ctx, requireClient(ctx, r.ClientId), r.Session, r.ChallengeResponses);
}

/** RespondToAuthChallenge or its admin twin (same members but UserPoolId, same response). */
export function defineChallengeAnswer(auth: 'public' | 'iam'): Operation {
  return defineOperation<
    ChallengeAnswer<RespondToAuthChallengeRequest>,
    RespondToAuthChallengeResponse
  >({ auth, read: readChallengeAnswer, run: runChallengeAnswer });
}
