import { html, type SafeHtml } from './html-escape';

/**
 * A table of `rows` under column headings, each cell escaped unless it is SafeHtml, wrapped so
 * a wide table scrolls by itself instead of the page at 360 px.
 */
export function dataTable(
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  caption?: string,
): SafeHtml {
  return html`<div class="scroll">
    <table>
      ${
        caption === undefined
          ? ''
          : html`<caption>
              ${caption}
            </caption>`
      }
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (cells) =>
            html`<tr>
              ${cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
