// The transactions table's key schema as plain data. DynamoDB Local (emulator) and the CDK
// stack (infra/) both create the table from this, so the two stores have the same shape.

export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

export interface TableSchema {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly localSecondaryIndexes: readonly {
    readonly indexName: string;
    readonly sortKey: KeyAttribute;
    /** Which attributes the index copies; `ALL` so a page needs no second read. */
    readonly projection: 'ALL';
  }[];
  /** Epoch-seconds attribute DynamoDB's TTL deletes items by (idempotency records). */
  readonly timeToLiveAttribute: string;
}

/**
 * One table, partitioned by the caller (`pk = USER#{sub}`), holding the caller's
 * transactions (`sk = TX#{id}`), per-currency totals (`sk = TOTAL#{currency}`),
 * idempotency records (`sk = IDEMPOTENCY#{key}`, expired by TTL on `expiresAt`) and one
 * profile item (`sk = PROFILE`: createdAt, confirmedAt, written by the PostConfirmation trigger). The sparse
 * `byDate` index (only transactions carry `dateKey = {date}#{id}`) lists transactions newest
 * date first, ties broken by the time-sortable id. Billing: on demand.
 */
export const transactionsTableSchema: TableSchema = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  localSecondaryIndexes: [
    { indexName: 'byDate', sortKey: { name: 'dateKey', type: 'S' }, projection: 'ALL' },
  ],
  timeToLiveAttribute: 'expiresAt',
};

export const defaultTableName = 'transactions';

/** The sort key of the user's one profile item. */
export const profileSortKey = 'PROFILE';
