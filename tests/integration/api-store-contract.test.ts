// The TransactionStore contract suite on the DynamoDB store, against DynamoDB Local.

import { createDynamoDbTransactionStore } from '../../api/store/dynamodb-transaction-store';
import { describeTransactionStore } from '../../api/store/transaction-store.contract';
import { startStoreHarness } from './api-store-harness';

describeTransactionStore('DynamoDB Local', async () => {
  const harness = await startStoreHarness();
  return {
    store: harness.store,
    withListBudget: (listBudget) =>
      createDynamoDbTransactionStore({
        client: harness.documentClient,
        tableName: harness.tableName,
        listBudget,
      }),
    close: () => harness.close(),
  };
});
