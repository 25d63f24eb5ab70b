// The PreTokenGeneration trigger (V2_0): copies `email` and the user's groups into the access
// token, so the API can run on access tokens as well as ID tokens.
import type {
  PreTokenGenerationV2TriggerEvent,
  PreTokenGenerationV2TriggerHandler,
} from 'aws-lambda';

/** Adds `email` to the access token and keeps `cognito:groups` in both tokens. */
export const handler: PreTokenGenerationV2TriggerHandler = async (
  event: PreTokenGenerationV2TriggerEvent,
) => {
  const email = event.request.userAttributes['email'];
  event.response.claimsAndScopeOverrideDetails = {
    accessTokenGeneration: {
      ...(email === undefined || email === '' ? {} : { claimsToAddOrOverride: { email } }),
    },
    // V2 replaces cognito:groups with whatever groupOverrideDetails says (an empty object
    // removes them), so the groups are copied over explicitly.
    groupOverrideDetails: {
      groupsToOverride: [...(event.request.groupConfiguration.groupsToOverride ?? [])],
    },
  };
  return event;
};
