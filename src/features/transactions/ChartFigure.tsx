import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useLedgerText } from './use-ledger-text';

export interface ChartFigureProps {
  /** The chart's title, its accessible name and the caption of its table. */
  readonly title: string;
  /** The drawing (an `<svg>`, hidden from assistive technology: the table says the same). */
  readonly chart: ReactNode;
  /** The head and body rows of the data table. */
  readonly head: ReactNode;
  readonly rows: ReactNode;
}

/**
 * A chart as a figure: the SVG is an image named by its title, and the same numbers sit in a
 * table (caption = title) behind a disclosure, for screen readers and for anyone who wants them.
 */
export function ChartFigure({ title, chart, head, rows }: ChartFigureProps) {
  const captionId = useId();
  const tableId = useId();
  const t = useLedgerText().text.charts;
  // The table is built when first opened: a closed disclosure needs no rows in the page.
  const [opened, setOpened] = useState(false);
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div role="img" aria-label={title} className="chart-drawing">
        {chart}
      </div>
      <details
        className="chart-table"
        onToggle={(event) => event.currentTarget.open && setOpened(true)}
      >
        <summary>{t.showNumbers(title)}</summary>
        {opened ? (
          // Wider than a phone, the table scrolls inside its own named region, not the page.
          <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={tableId}>
            <table>
              <caption id={tableId}>{title}</caption>
              <thead>{head}</thead>
              <tbody>{rows}</tbody>
            </table>
          </div>
        ) : null}
      </details>
    </figure>
  );
}
