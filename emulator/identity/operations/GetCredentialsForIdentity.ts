import type {
  GetCredentialsForIdentityInput,
  GetCredentialsForIdentityResponse,
} from '@aws-sdk/client-cognito-identity';
import { CognitoError } from '../../cognito/cognito-error';
import type { Wire } from '../../cognito/operations/operation';
import { readId, readLogins, readOptional } from '../identity-input';
import type { IdentityPoolContext } from '../identity-pool-context';
import { authenticatedIdentity } from './authenticated-identity';
import { defineIdentityOperation } from './identity-operation';

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `ASIA` + 16 characters of [A-Z2-7], the shape of an STS session key. */
function newAccessKeyId(ctx: IdentityPoolContext): string {
  return `ASIA${[...ctx.randomBytes(16)].map((byte) => base32[byte % 32]).join('')}`;
}

type Request = { IdentityId: string; Logins: Record<string, string>; CustomRoleArn?: string };

/**
 * The enhanced flow: temporary credentials for the pool's authenticated role, bound to the
 * identity and its login, valid for the pool's credential lifetime (1 h, shorter in tests).
 */
export default defineIdentityOperation<Request, Wire<GetCredentialsForIdentityResponse>>({
  auth: 'public',
  read(_ctx, input) {
    const role = readOptional(input, 'CustomRoleArn', 2048);
    return {
      IdentityId: readId(input, 'IdentityId'),
      Logins: readLogins(input),
      ...(role !== undefined ? { CustomRoleArn: role } : {}),
    } satisfies GetCredentialsForIdentityInput;
  },
  run(ctx, request) {
    const sub = authenticatedIdentity(ctx, request.IdentityId, request.Logins);
    // No role mappings: the authenticated role is the only one this pool may hand out.
    if (request.CustomRoleArn !== undefined && request.CustomRoleArn !== ctx.roleArn)
      throw new CognitoError(
        'NotAuthorizedException',
        'CustomRoleArn is not a role this identity pool assumes for this identity.',
      );
    const expiresAt = ctx.clock.now() + ctx.credentialsSeconds * 1000;
    const issued = {
      accessKeyId: newAccessKeyId(ctx),
      secretKey: ctx.randomBytes(30).toString('base64'),
      // Opaque, like STS's; the prefix is the one current session tokens start with.
      sessionToken: `IQoJb3JpZ2luX2Vj${ctx.randomBytes(192).toString('base64')}`,
      expiresAt,
      identityId: request.IdentityId,
      identityPoolId: ctx.identityPoolId,
      providerName: ctx.providerName,
      sub,
      roleArn: ctx.roleArn,
    };
    ctx.records.addCredentials(issued);
    return {
      Credentials: {
        AccessKeyId: issued.accessKeyId,
        // Epoch seconds as a JSON number (awsJson timestamps), never an ISO string.
        Expiration: Math.floor(expiresAt / 1000),
        SecretKey: issued.secretKey,
        SessionToken: issued.sessionToken,
      },
      IdentityId: request.IdentityId,
    };
  },
});
