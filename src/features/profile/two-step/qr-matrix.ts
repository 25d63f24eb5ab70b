// qrcode-generator loads only here, when a set-up starts: it is not part of any page's first
// load (npm run size counts the entry only; this chunk is listed apart).

/** Which modules of a QR code are dark, row by row. */
export type QrMatrix = readonly (readonly boolean[])[];

/** Encodes `text` (byte mode, error correction M, the smallest version that fits). */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  );
}

/** One SVG path drawing every dark module, offset by the quiet zone. */
export function qrPath(matrix: QrMatrix, quiet: number): string {
  const parts: string[] = [];
  matrix.forEach((cells, row) =>
    cells.forEach((dark, col) => {
      if (dark) parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }),
  );
  return parts.join('');
}
