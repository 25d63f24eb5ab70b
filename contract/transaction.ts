// Wire types of the Transactions API, shared by the SPA (client) and the Lambda (server).
// Money is an integer count of the currency's minor units (cents for USD, none for JPY,
// thousandths for KWD), never a float.

import type { ApiErrorCode } from './api-error-code';
import type { FieldProblem } from './field-problem';

/** A stored transaction as the API returns it. */
export interface Transaction {
  /** Time-sortable id (ULID). */
  readonly id: string;
  /** Calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** 1–200 Unicode code points after NFC and trimming, no control characters. */
  readonly description: string;
  /** Signed integer of minor units: positive is income, negative is expense; never 0. */
  readonly amount: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  /** Optional, at most 50 characters. */
  readonly category?: string;
  /** ISO 8601 timestamps set by the server. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic-concurrency version; starts at 1, send it back on PUT. */
  readonly version: number;
}

/** The fields a client may set when creating a transaction (POST). */
export interface TransactionInput {
  readonly date: string;
  readonly description: string;
  readonly amount: number;
  readonly currency: string;
  readonly category?: string;
}

/** The body of PUT /transactions/{id}: the editable fields plus the version being replaced. */
export interface TransactionReplacement extends TransactionInput {
  readonly version: number;
}

/** GET /transactions */
export interface TransactionPage {
  readonly items: readonly Transaction[];
  /** Opaque; pass back as `cursor` for the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

/** Totals of one currency, in minor units. */
export interface CurrencyTotal {
  readonly currency: string;
  readonly income: number;
  /** Sum of the negative amounts, as a positive number. */
  readonly expense: number;
  /** income - expense */
  readonly net: number;
  readonly count: number;
}

/** Which filters GET /transactions takes (all optional, combined with AND). */
export interface TransactionFilters {
  /** First date included, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Last date included, `YYYY-MM-DD`; never before `from`. */
  readonly to?: string;
  /** Exact category (after NFC and trimming, as stored). */
  readonly category?: string;
  /** `income`: positive amounts; `expense`: negative ones. */
  readonly kind?: TransactionKind;
  /** Case-insensitive substring of the description. */
  readonly q?: string;
}

export type TransactionKind = 'income' | 'expense';

/** How GET /transactions/summary groups its totals; `currency` when not given. */
export type SummaryGroupBy = 'currency' | 'month' | 'category';

/** The parameters of GET /transactions/summary. */
export interface SummaryQuery {
  readonly from?: string;
  readonly to?: string;
  readonly groupBy: SummaryGroupBy;
}

/** The totals of one group, one entry per currency that has transactions in the group. */
export interface SummaryGroup {
  /**
   * The currency code (`groupBy=currency`), the month `YYYY-MM` (`month`), or the category
   * (`category`; the empty string for transactions without one).
   */
  readonly key: string;
  readonly totals: readonly CurrencyTotal[];
}

/** GET /transactions/summary */
export interface TransactionSummary {
  readonly groupBy: SummaryGroupBy;
  /** The range the totals cover, echoed when the request had one. */
  readonly from?: string;
  readonly to?: string;
  /** All transactions in the range per currency (every group together), sorted by currency. */
  readonly totals: readonly CurrencyTotal[];
  /**
   * Sorted by key: currency code, month ascending, or category (code-point order, "" first).
   * Groups without transactions are left out.
   */
  readonly groups: readonly SummaryGroup[];
}

/** One field's problem in a 400 validation error. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
  /**
   * The problem as data, from the shared validator (the SPA words it in the person's
   * language). Never on the wire: the API sends `field` and `message` only.
   */
  readonly problem?: FieldProblem | undefined;
}

/** Every non-2xx answer of the handler. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly details?: readonly FieldError[];
    /** Present on 500s so a user can quote it. */
    readonly requestId?: string;
  };
}

export const transactionLimits = {
  descriptionMaxLength: 200,
  categoryMaxLength: 50,
  /** |amount| must stay within ±10^12 minor units. */
  maxAbsAmount: 1_000_000_000_000,
  /** `q` and `category` filters: at most this many code points (a category is at most 50). */
  searchMaxLength: 100,
  /**
   * Summaries that add up items (category groups, and edge months of a range that does not
   * start or end on a month boundary) read at most this many; above it the API answers 422
   * `summary_too_large` rather than an inexact total.
   */
  summaryMaxItems: 5_000,
  pageSizeDefault: 25,
  pageSizeMax: 100,
  /** Request bodies above this many bytes get 413. */
  maxBodyBytes: 16 * 1024,
  /** Accepted range of `date` (inclusive); outside it is almost surely a typo. */
  earliestDate: '1900-01-01',
  latestDate: '2100-12-31',
} as const;

/** Transaction ids are ULIDs: 26 Crockford base32 characters, upper case. */
export function isTransactionId(id: string): boolean {
  return /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/.test(id);
}

/** The `groupBy=currency` summary of per-currency totals: one group per currency. */
export function currencySummary(
  totals: readonly CurrencyTotal[],
  range: { readonly from?: string; readonly to?: string } = {},
): TransactionSummary {
  return {
    groupBy: 'currency',
    ...range,
    totals,
    groups: totals.map((total) => ({ key: total.currency, totals: [total] })),
  };
}
