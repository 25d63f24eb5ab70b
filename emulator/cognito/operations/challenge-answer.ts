import type {
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PoolContext } from '../pool-context';
import type { ChallengeName } from '../pool-state';
import { checkChallengeName } from './auth-flows';
import type { JsonInput } from './json-input';
import { clientIdLimit, requireClient } from './members';
import { defineOperation, type Checked, type Operation } from './operation';
import { checkSecretHash } from '../client-secret';
import { answerMfaChallenge } from '../mfa/mfa-challenge';
import { answerNewPassword, challengeResult, signedIn, type SignInResult } from './sign-in-results';

/** What both RespondToAuthChallenge operations read (the admin one also has UserPoolId). */
type ChallengeAnswer<T extends RespondToAuthChallengeRequest> = Checked<
  T,
  'ClientId' | 'Session' | 'ChallengeResponses'
> & { ChallengeName: ChallengeName };

function readChallengeAnswer(input: JsonInput): ChallengeAnswer<RespondToAuthChallengeRequest> {
  const ClientId = input.string('ClientId', clientIdLimit);
  const name = input.string('ChallengeName', 64);
  const Session = input.string('Session', 2048);
  const ChallengeResponses = input.stringMap('ChallengeResponses');
  return { ClientId, ChallengeName: checkChallengeName(name), Session, ChallengeResponses };
}

async function runChallengeAnswer(
  ctx: PoolContext,
  r: ChallengeAnswer<RespondToAuthChallengeRequest>,
): Promise<SignInResult> {
  const client = requireClient(ctx, r.ClientId);
  const responses = r.ChallengeResponses;
  if (r.ChallengeName === 'NEW_PASSWORD_REQUIRED')
    return answerNewPassword(ctx, client, r.Session, responses);
  if (responses.USERNAME) checkSecretHash(client, responses.USERNAME, responses.SECRET_HASH);
  const answer = await answerMfaChallenge(ctx, {
    clientId: client.clientId,
    sessionId: r.Session,
    challengeName: r.ChallengeName,
    responses,
  });
  return answer.kind === 'signedIn'
    ? signedIn(ctx, answer.user, client)
    : challengeResult(answer.challenge);
}

/** RespondToAuthChallenge or its admin twin (same members but UserPoolId, same response). */
export function defineChallengeAnswer(auth: 'public' | 'iam'): Operation {
  return defineOperation<
    ChallengeAnswer<RespondToAuthChallengeRequest>,
    RespondToAuthChallengeResponse
  >({ auth, read: readChallengeAnswer, run: runChallengeAnswer });
}
