// The deployed Lambda: `handler` is createHandler() wired from the environment, read once at
// module load so a misconfigured function fails its cold start with every problem listed.
// Import createHandler from ./create-handler (not from here) to wire it differently, as the
// local gateway and the tests do; importing this module requires the environment.
//
// Table layout (one table, see store/table-schema.ts; pk = USER#{sub} for every item):
//   sk = TX#{ulid}           a transaction: id, date, description, amount, currency,
//                            category?, createdAt, updatedAt, version, and
//                            dateKey = {date}#{ulid} (byDate LSI sort key: newest date first,
//                            ties by id = creation order), searchText (lower-case NFC
//                            description, for `q`), countedByMonth (in its month's totals)
//   sk = TOTAL#{currency}    currency, income, expense, count (DynamoDB numbers)
//   sk = MONTHTOTAL#{YYYY-MM}#{currency}  month, currency, income, expense, count
//   sk = IDEMPOTENCY#{key}   requestHash, status, body, storedAt, expiresAt (TTL attribute)
//   sk = PROFILE             createdAt, confirmedAt (written by triggers/post-confirmation.ts)
// The byDate index is sparse: only transactions carry dateKey.
//
// Decisions:
// - Totals (per currency and per month) are updated with ADD in the same TransactWriteItems as
//   the item (create, replace incl. a currency or month change, delete), so they are exact under any concurrency; conditions
//   keep each total ≤ Number.MAX_SAFE_INTEGER (else 422 total_limit_exceeded), so totals are
//   stored and sent as plain numbers and every client reads them exactly.
// - Idempotency is our own record written in that same transaction, not Powertools
//   idempotency: Powertools writes its record around the handler in separate requests, so a
//   crash between the item write and the record's completion leaves an item without its
//   record (a retry duplicates it) or a record stuck "in progress"; its keys are per function
//   rather than per user. Here the record commits if and only if the item does.
// - Another user's item answers 404, as a missing one does. Ids are ULIDs from a monotonic
//   factory, so ids made in the same millisecond still sort in creation order.
// - Identity comes only from the authorizer's claims; see auth/resolve-caller.ts for the
//   401/403 choice.

import { Logger } from '@aws-lambda-powertools/logger';
import { monotonicFactory } from 'ulid';
import { systemClock } from '../contract/clock';
import type { ApiHandler } from './create-handler';
import { createHandler } from './create-handler';
import { loadConfig } from './config';
import { createDocumentClient } from './store/create-document-client';
import { createDynamoDbProfileStore } from './store/dynamodb-profile-store';
import { createDynamoDbTransactionStore } from './store/dynamodb-transaction-store';

const config = loadConfig(process.env);
const logger = new Logger({ serviceName: 'transactions-api' });
const ulid = monotonicFactory();
const documents = createDocumentClient(
  config.dynamoDbEndpoint ? { endpoint: config.dynamoDbEndpoint } : {},
);

/** The Lambda entry point (API Gateway REST, Lambda proxy integration). */
export const handler: ApiHandler = createHandler({
  config,
  store: createDynamoDbTransactionStore({ client: documents, tableName: config.tableName }),
  profiles: createDynamoDbProfileStore({ client: documents, tableName: config.tableName }),
  clock: systemClock,
  ids: () => ulid(),
  logger: {
    info: (message, attributes) => logger.info(message, attributes),
    error: (message, attributes) => logger.error(message, attributes),
  },
});

export { createHandler };
