// The PostConfirmation trigger: records the confirmation in the user's profile item (the
// Profile page's "Member since"). Cognito has confirmed the user before it runs, so a failure
// here reaches the client as an error although the account is already confirmed.
import type { PostConfirmationTriggerEvent, PostConfirmationTriggerHandler } from 'aws-lambda';
import { createDocumentClient } from '../api/store/create-document-client';
import { createDynamoDbProfileStore } from '../api/store/dynamodb-profile-store';
import type { ProfileStore } from '../api/store/profile-store';
import { systemClock, type Clock } from '../contract/clock';
import { readTableName } from './table-name';

/** The trigger with its store and clock passed in. */
export function createPostConfirmationHandler(deps: {
  readonly profiles: ProfileStore;
  readonly clock: Clock;
}) {
  return async (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> => {
    const sub = event.request.userAttributes['sub'];
    if (sub === undefined || sub === '') throw new Error('The event carries no sub');
    await deps.profiles.recordConfirmation(sub, new Date(deps.clock.now()).toISOString());
    return event;
  };
}

/**
 * The Lambda entry point. The store is built on first use rather than at load: importing the
 * module (as the emulator's drift check does) must not need TABLE_NAME.
 */
let deployed: ReturnType<typeof createPostConfirmationHandler> | undefined;
export const handler: PostConfirmationTriggerHandler = async (event) => {
  deployed ??= createPostConfirmationHandler({
    profiles: createDynamoDbProfileStore({
      client: createDocumentClient(),
      tableName: readTableName(process.env),
    }),
    clock: systemClock,
  });
  return deployed(event);
};
