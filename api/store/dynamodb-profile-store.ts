// The profile item on DynamoDB: one UpdateItem with if_not_exists on createdAt, so concurrent
// or retried confirmations agree on the first time without a read-modify-write race.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Profile } from '../../contract/profile';
import { ownerKey } from './item-codec';
import type { ProfileStore } from './profile-store';
import { profileSortKey } from './table-schema';

const fromItem = (item: Record<string, unknown>): Profile => ({
  createdAt: String(item['createdAt']),
  confirmedAt: String(item['confirmedAt']),
});

/** The profile store on `tableName`. */
export function createDynamoDbProfileStore(input: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): ProfileStore {
  const { client, tableName: TableName } = input;
  const Key = (owner: string) => ({ pk: ownerKey(owner), sk: profileSortKey });
  return {
    async get(owner) {
      const out = await client.send(
        new GetCommand({ TableName, Key: Key(owner), ConsistentRead: true }),
      );
      return out.Item ? fromItem(out.Item) : undefined;
    },
    async recordConfirmation(owner, at) {
      const out = await client.send(
        new UpdateCommand({
          TableName,
          Key: Key(owner),
          UpdateExpression: 'SET createdAt = if_not_exists(createdAt, :at), confirmedAt = :at',
          ExpressionAttributeValues: { ':at': at },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return fromItem(out.Attributes ?? {});
    },
  };
}
