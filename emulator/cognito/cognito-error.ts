/** Error codes of the User Pools and identity pool JSON APIs we emit (the `__type` on the wire). */
export type CognitoErrorType =
  | 'NotAuthorizedException'
  | 'UserNotFoundException'
  | 'UserNotConfirmedException'
  | 'UsernameExistsException'
  | 'InvalidParameterException'
  | 'InvalidPasswordException'
  | 'CodeMismatchException'
  | 'ExpiredCodeException'
  | 'LimitExceededException'
  | 'PasswordResetRequiredException'
  | 'ResourceNotFoundException'
  | 'TooManyRequestsException'
  | 'UnsupportedOperationException'
  | 'UnknownOperationException'
  | 'SerializationException'
  | 'MissingAuthenticationTokenException'
  | 'IncompleteSignatureException'
  | 'AccessDeniedException'
  | 'UserNotConfirmedException'
  | 'UnsupportedUserStateException'
  | 'GroupExistsException'
  | 'AliasExistsException'
  | 'UnauthorizedException'
  | 'UserLambdaValidationException'
  | 'InvalidLambdaResponseException'
  | 'UnexpectedLambdaException'
  | 'RefreshTokenReuseException'
  | 'InternalErrorException'
  | 'SoftwareTokenMFANotFoundException'
  | 'EnableSoftwareTokenMFAException'
  // The identity pool API (AWSCognitoIdentityService), answered in the same wire format.
  | 'ValidationException'
  | 'InvalidIdentityPoolConfigurationException';

/** A failure in Cognito's wire format: HTTP 400 (500 for internal), `{ __type, message }`. */
export class CognitoError extends Error {
  constructor(
    readonly type: CognitoErrorType,
    message: string,
    readonly status = type === 'InternalErrorException' ? 500 : 400,
  ) {
    super(message);
    this.name = 'CognitoError';
  }
}

export const messages = {
  badCredentials: 'Incorrect username or password.',
  attemptsExceeded: 'Password attempts exceeded',
  disabled: 'User is disabled.',
  notConfirmed: 'User is not confirmed.',
  userNotFound: 'User does not exist.',
  codeMismatch: 'Invalid verification code provided, please try again.',
  codeExpired: 'Invalid code provided, please request a code again.',
  limitExceeded: 'Attempt limit exceeded, please try after some time.',
  emailExists: 'An account with the given email already exists.',
  unauthorizedAttribute: 'A client attempted to write unauthorized attribute',
  usernameNotEmail: 'Username should be an email.',
  tempPasswordExpired: 'Temporary password has expired and must be reset by an administrator.',
  resetRequired: 'Password reset required for the user',
  sessionExpired: 'Invalid session for the user, session is expired.',
  invalidRefresh: 'Invalid Refresh Token',
  refreshExpired: 'Refresh Token has expired',
  refreshRevoked: 'Refresh Token has been revoked',
  accessExpired: 'Access Token has expired',
  accessRevoked: 'Access Token has been revoked',
  accessScopes: 'Access Token does not have required scopes',
  invalidAccess: 'Invalid Access Token',
} as const;

/** AWS's validation message for a missing required member. */
export function missingParameter(member: string): CognitoError {
  return new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );
}
