// The CSV feature's bounds, in one place so the UI, the tests and docs/csv.md agree.

/** The columns, in order; export writes this header and import requires it. */
export const csvColumns = ['date', 'description', 'amount', 'currency', 'category'] as const;

export const csvLimits = {
  /** Data rows per imported file (the header is not counted). */
  maxImportRows: 5_000,
  /** Bytes per imported file: 5,000 rows of long descriptions fit well within it. */
  maxImportBytes: 2 * 1024 * 1024,
  /**
   * Transactions one export (or one import's duplicate check) reads: 100 pages of the API's
   * largest page (100). Above it the export is refused rather than silently cut short.
   */
  maxReadTransactions: 10_000,
  /** Creates in flight at once while importing: quick, yet gentle on the API. */
  importConcurrency: 4,
  /** Rows the preview table shows. */
  previewRows: 10,
} as const;

/** `maxImportBytes` in words, for the form's hint and the refusal ("2 MB"). */
export const maxImportSize = `${csvLimits.maxImportBytes / (1024 * 1024)} MB`;
