// The DynamoDB document client for the deployed function and for DynamoDB Local.

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DocumentClientOptions {
  /** DynamoDB Local's URL; absent on AWS, where region and credentials come from Lambda. */
  readonly endpoint?: string;
  /** Region for the local endpoint (DynamoDB Local keeps one database per key and region). */
  readonly region?: string;
  /** Key for the local endpoint; the emulator passes the random one its data lives under. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** A document client that refuses unsafe numbers instead of rounding them silently. */
export function createDocumentClient(options: DocumentClientOptions = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient(
    options.endpoint
      ? {
          endpoint: options.endpoint,
          // DynamoDB Local accepts any credentials; fixed ones keep it working with no AWS setup.
          region: options.region ?? 'local',
          // A copy: the SDK writes bookkeeping ($source) into the object it is given.
          credentials: {
            ...(options.credentials ?? { accessKeyId: 'local', secretAccessKey: 'local' }),
          },
        }
      : {},
  );
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: false, convertClassInstanceToMap: false },
  });
}
