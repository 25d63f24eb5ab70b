// The Transactions page: list, form, filters, charts, totals, CSV. Text with a value inside is
// a function, so each language puts the value where its word order wants it.
import { englishFieldProblems } from '../../../../contract/field-problem';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const ledger = {
  title: 'Transactions',
  /** The shared validator's problems (form fields, CSV rows), worded as the API words them. */
  fieldProblems: englishFieldProblems,
  page: {
    add: 'Add transaction',
    newTitle: 'New transaction',
    editTitle: 'Edit transaction',
    listLabel: 'Transactions',
    totalsSkipSearch: 'The totals cover the dates, category and kind, not the search.',
    totalsUnavailable: (message: string) => `Totals are unavailable right now: ${message}`,
    loading: 'Loading transactions…',
    empty: 'No transactions yet.',
    addFirst: 'Add your first transaction',
    loadMore: 'Load more',
    loadingMore: 'Loading more…',
  },
  form: {
    date: 'Date',
    description: 'Description',
    type: 'Type',
    expense: 'Expense',
    income: 'Income',
    amount: 'Amount',
    currency: 'Currency',
    category: 'Category (optional)',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    signedAmount: 'Enter the amount without a sign; choose Expense or Income instead.',
  },
  row: {
    noCategory: '—',
    edit: 'Edit',
    delete: 'Delete',
    /** A row button's accessible name: which row it acts on ("Edit Groceries"). */
    actOn: (action: string, description: string) => `${action} ${description}`,
    confirmLabel: (description: string) => `Confirm deleting ${description}`,
    confirmQuestion: (description: string) => `Delete “${description}”?`,
    confirm: 'Yes, delete',
    deleting: 'Deleting…',
    keep: 'Keep it',
  },
  totals: {
    title: 'Totals',
    inCurrency: (currency: string) => `Totals in ${currency}`,
    income: 'Income',
    expense: 'Expense',
    net: 'Net',
  },
  filters: {
    label: 'Filters',
    formLabel: 'Filter transactions',
    from: 'From',
    to: 'To',
    category: 'Category',
    kind: 'Income or expense',
    bothKinds: 'Income and expense',
    income: 'Income',
    expense: 'Expense',
    search: 'Search',
    apply: 'Apply filters',
    clear: 'Clear filters',
    endBeforeStart: 'The end date must be on or after the start date.',
    noMatch: 'No transactions match these filters.',
    showAll: 'Show all transactions',
  },
  period: {
    previous: 'Previous month',
    next: 'Next month',
    thisMonth: 'This month',
    allDates: 'All dates',
    between: (from: string, to: string) => `${from} – ${to}`,
    since: (from: string) => `From ${from}`,
    until: (to: string) => `Until ${to}`,
  },
  charts: {
    title: 'Charts',
    showIn: 'Show charts in',
    loading: 'Loading the chart…',
    unavailable: (message: string) => `This chart is unavailable right now: ${message}`,
    noneYet: 'Charts appear once there are transactions.',
    showNumbers: (title: string) => `Show the numbers: ${title}`,
    monthlyTitle: (months: number, currency: string) =>
      `Income and expense per month, last ${months} months, in ${currency}`,
    month: 'Month',
    income: 'Income',
    expense: 'Expense',
    net: 'Net',
    categoryTitle: (period: string, currency: string) =>
      `Spending by category, ${period}, in ${currency}`,
    category: 'Category',
    spent: 'Spent',
    uncategorised: 'Uncategorised',
    noSpending: (currency: string) => `No spending in ${currency} in this period.`,
  },
  csv: {
    export: 'Export CSV',
    exporting: 'Exporting…',
    bom: 'For Excel (UTF-8 BOM)',
    exported: (n: string, count: number) =>
      `Exported ${n} ${plural(count, 'transaction', 'transactions')}.`,
    exportFailed: (message: string) => `Export failed: ${message}`,
    tooMany: (limit: string) =>
      `More than ${limit} transactions match; narrow the filters (a shorter period) and try again.`,
    import: 'Import CSV',
    loadingImporter: 'Loading the importer…',
    fileLabel: 'CSV file to import',
    fileHint: (columns: string, rows: string, size: string) =>
      `UTF-8, header ${columns}, at most ${rows} rows and ${size}.`,
    cancel: 'Cancel',
    close: 'Close',
    checking: (total: string) => `Checking which of the ${total} rows are already in your ledger…`,
    progressLabel: 'Importing transactions',
    progress: (done: string, total: string) => `${done} of ${total} written`,
    unreadable: 'The file could not be read. Choose it again.',
    notChecked: (message: string) =>
      `Nothing was imported: the ledger could not be checked for these rows. ${message}`,
    previewRegion: 'Preview',
    previewCaption: (fileName: string, shown: string, total: string, all: boolean) =>
      `Preview of ${fileName}: ${all ? 'all' : `first ${shown} of`} ${total} ${total === '1' ? 'row' : 'rows'}`,
    line: 'Line',
    invalidTitle: (n: string, count: number) =>
      `${n} ${plural(count, 'row has', 'rows have')} problems; nothing was imported`,
    invalidList: 'Rows with problems',
    lineProblem: (line: number, problem: string) => `Line ${line}: ${problem}`,
    fixAndRetry: 'Fix these rows and choose the file again.',
    importRows: (n: string, count: number) =>
      `Import ${n} ${plural(count, 'transaction', 'transactions')}`,
    finished: (imported: string, present: string, failed: string) =>
      `Import finished: ${imported} imported, ${present} already present, ${failed} failed.`,
    failedList: 'Rows that failed',
  },
  /** Why a whole file or one row is refused (read-import-file.ts, csv-row-to-input.ts). */
  csvFile: {
    tooBig: (bytes: string, max: string, size: string) =>
      `The file is ${bytes} bytes; at most ${max} bytes (${size}) can be imported at once. Split it into smaller files.`,
    notUtf8: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.',
    empty: 'The file is empty.',
    badHeader: (columns: string) =>
      `Line 1 must be the header ${columns} (the shape Export CSV writes).`,
    noRows: 'The file has a header but no rows.',
    tooManyRows: (rows: string, max: string) =>
      `The file has ${rows} rows; at most ${max} can be imported at once. Split it into smaller files.`,
    quoting: {
      textAfterQuote:
        'text after a closing quote; a quote inside a quoted field must be doubled ("").',
      quoteInField:
        'a quote inside an unquoted field; quote the whole field and double the quote ("").',
      unclosedQuote: 'a quoted field is never closed.',
    },
    fieldCount: (expected: number, columns: string, found: number) =>
      `expected ${expected} fields (${columns}), found ${found}.`,
    amount: (problem: string) => `Amount: ${problem}`,
  },
};
