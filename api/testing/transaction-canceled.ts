// A TransactionCanceledException as the AWS SDK raises it: one reason per TransactItem, in order.

/** The error a TransactWriteItems cancelled with these reason codes throws. */
export function transactionCanceled(...codes: string[]): Error {
  return Object.assign(new Error('Transaction cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
}
