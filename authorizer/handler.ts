// The deployed Lambda authorizer: configuration read once from the environment at module load,
// so a misconfigured authorizer fails its cold start (API Gateway answers 500) instead of
// allowing anyone. The local gateway builds the same thing with authorizerFromEnv; importing
// this module requires the environment.
import { systemClock } from '../contract/clock';
import { authorizerFromEnv } from './authorizer-from-env';
import type { RequestAuthorizer } from './create-authorizer';

/** The Lambda entry point (API Gateway REST, REQUEST authorizer). */
export const handler: RequestAuthorizer = authorizerFromEnv(process.env, systemClock);
