// Field problems as data. The validator (validate-transaction.ts) and the money parser name
// each problem by a stable code with the values it needs; the API words it in English with
// `englishFieldProblems`, and the SPA in the person's language with its catalogue's table of
// the same shape, so a form or CSV row error is never English on a Korean page.

export type FieldProblem =
  | { readonly code: 'body_not_object' }
  | { readonly code: 'key_not_allowed'; readonly key: string }
  | { readonly code: 'key_unknown'; readonly key: string }
  | { readonly code: 'version_invalid' }
  | { readonly code: 'date_required' }
  | { readonly code: 'date_format'; readonly label: string }
  | { readonly code: 'date_not_real'; readonly value: string }
  | {
      readonly code: 'date_range';
      readonly label: string;
      readonly earliest: string;
      readonly latest: string;
    }
  | { readonly code: 'description_required' }
  | { readonly code: 'description_empty' }
  | { readonly code: 'category_not_text' }
  | { readonly code: 'text_invalid_character'; readonly label: string }
  | { readonly code: 'text_control_characters'; readonly label: string }
  | { readonly code: 'text_too_long'; readonly label: string; readonly max: number }
  | { readonly code: 'amount_is_text' }
  | { readonly code: 'amount_required' }
  | { readonly code: 'amount_not_whole' }
  | { readonly code: 'amount_zero' }
  | { readonly code: 'amount_range'; readonly max: number }
  | { readonly code: 'currency_required' }
  | { readonly code: 'currency_unsupported'; readonly value: string }
  | { readonly code: 'money_unknown_currency'; readonly currency: string }
  | { readonly code: 'money_empty' }
  | { readonly code: 'money_separators' }
  | { readonly code: 'money_not_a_number' }
  | { readonly code: 'money_no_decimals'; readonly currency: string }
  | { readonly code: 'money_too_many_decimals'; readonly currency: string; readonly digits: number }
  | { readonly code: 'money_too_large' };

export type FieldProblemCode = FieldProblem['code'];

/** Words for every problem, each from its own values: one table per language. */
export type FieldProblemText = {
  readonly [C in FieldProblemCode]: (problem: Extract<FieldProblem, { code: C }>) => string;
};

/** The API's words (and the SPA's English). */
export const englishFieldProblems: FieldProblemText = {
  body_not_object: () => 'The body must be a JSON object.',
  key_not_allowed: ({ key }) => `"${key}" is not allowed in a request.`,
  key_unknown: ({ key }) => `"${key}" is not a field you can set.`,
  version_invalid: () => 'Version must be the positive whole number received with the transaction.',
  date_required: () => 'Date is required, as YYYY-MM-DD.',
  date_format: ({ label }) => `${label} must look like 2024-01-31 (YYYY-MM-DD).`,
  date_not_real: ({ value }) => `${value} is not a real calendar date.`,
  date_range: ({ label, earliest, latest }) =>
    `${label} must be between ${earliest} and ${latest}.`,
  description_required: () => 'Description is required.',
  description_empty: () => 'Description cannot be empty.',
  category_not_text: () => 'Category must be text.',
  text_invalid_character: ({ label }) => `${label} contains an invalid character.`,
  text_control_characters: ({ label }) =>
    `${label} cannot contain line breaks, tabs or other control characters.`,
  text_too_long: ({ label, max }) => `${label} must be at most ${max} characters.`,
  amount_is_text: () => 'Amount must be a JSON number of minor units (1234 for 12.34), not text.',
  amount_required: () => 'Amount is required, as a whole number of minor units (1234 for 12.34).',
  amount_not_whole: () => 'Amount must be a whole number of minor units (1234 for 12.34).',
  amount_zero: () => 'Amount cannot be zero.',
  amount_range: ({ max }) => `Amount must be between -${max} and ${max} minor units.`,
  currency_required: () => 'Currency is required, as a three-letter ISO 4217 code such as EUR.',
  currency_unsupported: ({ value }) => `"${value}" is not a supported ISO 4217 currency code.`,
  money_unknown_currency: ({ currency }) => `${currency} is not a known currency.`,
  money_empty: () => 'Enter an amount.',
  money_separators: () => 'Use a dot for decimals and no thousands separators, e.g. 1234.56.',
  money_not_a_number: () => 'Enter a number such as 12.34, with digits and at most one dot.',
  money_no_decimals: ({ currency }) => `${currency} has no decimals; enter a whole number.`,
  money_too_many_decimals: ({ currency, digits }) =>
    `${currency} allows at most ${digits} decimals.`,
  money_too_large: () => 'The amount is too large.',
};

/** `problem` in `text`'s language. */
export function describeFieldProblem(problem: FieldProblem, text: FieldProblemText): string {
  return (text[problem.code] as (p: FieldProblem) => string)(problem);
}
