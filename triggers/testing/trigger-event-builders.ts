// Builders for the events Cognito sends the product's triggers, in the envelope of
// cognito-extensions §1.2, for the handlers' unit tests.
import type {
  CustomMessageTriggerEvent,
  PostConfirmationTriggerEvent,
  PreSignUpTriggerEvent,
  PreTokenGenerationV2TriggerEvent,
} from 'aws-lambda';

const envelope = {
  version: '1',
  region: 'us-east-1',
  userPoolId: 'us-east-1_EXAMPLE',
  userName: '7f3c0a9e-0000-4000-8000-000000000001',
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client123' },
};

export function preSignUpEvent(
  email: string,
  triggerSource: PreSignUpTriggerEvent['triggerSource'] = 'PreSignUp_SignUp',
): PreSignUpTriggerEvent {
  return {
    ...envelope,
    triggerSource,
    request: { userAttributes: { email }, validationData: {} },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  } as PreSignUpTriggerEvent;
}

export function postConfirmationEvent(
  attributes: Record<string, string>,
  triggerSource: PostConfirmationTriggerEvent['triggerSource'] = 'PostConfirmation_ConfirmSignUp',
): PostConfirmationTriggerEvent {
  return { ...envelope, triggerSource, request: { userAttributes: attributes }, response: {} };
}

export function customMessageEvent(
  triggerSource: CustomMessageTriggerEvent['triggerSource'],
): CustomMessageTriggerEvent {
  return {
    ...envelope,
    triggerSource,
    request: {
      userAttributes: { email: 'ada@example.com' },
      codeParameter: '{####}',
      linkParameter: '',
      usernameParameter: triggerSource === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  } as unknown as CustomMessageTriggerEvent;
}

export function preTokenGenerationEvent(
  attributes: Record<string, string>,
  groups: string[],
): PreTokenGenerationV2TriggerEvent {
  return {
    ...envelope,
    version: '2',
    triggerSource: 'TokenGeneration_Authentication',
    request: {
      userAttributes: attributes,
      groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [] },
      scopes: ['aws.cognito.signin.user.admin'],
    },
    response: { claimsAndScopeOverrideDetails: {} },
  } as unknown as PreTokenGenerationV2TriggerEvent;
}

/** A Lambda context the handlers do not read. */
export const lambdaContext = {} as never;
export const noCallback = () => undefined;
