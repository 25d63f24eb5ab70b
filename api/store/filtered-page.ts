// One page of a filtered list, read in bounded rounds. Shared by both stores so they page
// alike: DynamoDB applies a FilterExpression after `Limit` items were examined, so a round may
// bring back few or no matches, and a page keeps reading until it has one match more than it
// returns (which says a next page exists), the list ends, or the read budget is spent.

import type { PageKey } from './cursor';
import type { ListReadBudget } from './transaction-store';

/** One read: the matches among the items examined, and where reading stopped if not at the end. */
export interface ReadRound<Row> {
  readonly matches: readonly Row[];
  readonly lastKey?: PageKey;
}

export interface PageRead<Row> {
  /** Examines at most `examine` items after `start`. */
  readonly read: (start: PageKey | undefined, examine: number) => Promise<ReadRound<Row>>;
  readonly keyOf: (row: Row) => PageKey;
  readonly start: PageKey | undefined;
  readonly limit: number;
  /** Without filters every examined item matches, so each round asks for exactly what is missing. */
  readonly filtered: boolean;
  readonly budget: ListReadBudget;
}

/** At most `limit` rows, and the key to continue after when more may follow. */
export async function readFilteredPage<Row>(
  page: PageRead<Row>,
): Promise<{ rows: readonly Row[]; next?: PageKey }> {
  const { limit, budget } = page;
  const matches: Row[] = [];
  let position = page.start;
  for (let round = 0; round < budget.maxReads; round++) {
    const examine = page.filtered ? budget.itemsPerRead : limit + 1 - matches.length;
    const result = await page.read(position, examine);
    matches.push(...result.matches);
    position = result.lastKey;
    if (!position || matches.length > limit) break;
  }
  const rows = matches.slice(0, limit);
  const last = rows[rows.length - 1];
  if (matches.length > limit && last !== undefined) return { rows, next: page.keyOf(last) };
  // The budget ran out first: continue after the last item examined, which may lie past the
  // last match (every item between did not match).
  return position ? { rows, next: position } : { rows };
}
