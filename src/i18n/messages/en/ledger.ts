// The Transactions page: list, form, filters, charts, totals, CSV.
export const ledger = {
  title: 'Transactions',
};
