// The TransactionStore contract suite on the DynamoDB store, against DynamoDB Local.

import { describeTransactionStore } from '../../api/store/transaction-store.contract';
import { startStoreHarness } from './api-store-harness';

describeTransactionStore('DynamoDB Local', startStoreHarness);
