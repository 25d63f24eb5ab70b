import { callUserPool, type UserPoolApiOptions } from './user-pool-api';

export { UserPoolRefusedError, userPoolsApiUrl } from './user-pool-api';

export type UserAttributesClientOptions = UserPoolApiOptions;

/** The signed-in user's own attributes, through the User Pools JSON API. */
export interface UserAttributesClient {
  /** UpdateUserAttributes: sets each attribute to its value. */
  update(attributes: Readonly<Record<string, string>>): Promise<void>;
}

/** Creates the client; failures are typed (timeout, network, sign-in needed, refused). */
export function createUserAttributesClient(
  options: UserAttributesClientOptions,
): UserAttributesClient {
  return {
    async update(attributes) {
      await callUserPool(
        options,
        'UpdateUserAttributes',
        {
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        },
        'The user pool refused the change.',
      );
    },
  };
}
