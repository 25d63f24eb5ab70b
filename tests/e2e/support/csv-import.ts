// The CSV import's first step as a person takes it: open Import CSV and pick a file, here made
// in memory (the header row of the app's own export, then `rows`, each line ending in CRLF).
import type { Page } from 'playwright-core';

export const csvHeader = 'date,description,amount,currency,category';

/** Opens the import panel and picks `name` holding `rows` under the export's header. */
export async function pickCsvToImport(
  page: Page,
  name: string,
  rows: readonly string[],
): Promise<void> {
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file to import').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from([csvHeader, ...rows].map((line) => `${line}\r\n`).join('')),
  });
}
