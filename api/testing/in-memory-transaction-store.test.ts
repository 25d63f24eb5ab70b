import { describeTransactionStore } from '../store/transaction-store.contract';
import { createInMemoryTransactionStore } from './in-memory-transaction-store';

describeTransactionStore('in memory', () => ({
  store: createInMemoryTransactionStore(),
  withListBudget: (listBudget) => createInMemoryTransactionStore({ listBudget }),
}));
