import { useEffect, useState } from 'react';
import { useSignedInText } from '../../../i18n/i18n-context';
import { qrMatrix, qrPath, type QrMatrix } from './qr-matrix';

// The four-module margin scanners need around a QR code.
const quietZone = 4;

type Drawing =
  | { readonly text: string; readonly matrix: QrMatrix }
  | { readonly text: string; readonly failed: true };

/**
 * `text` as a QR code, drawn as SVG in the browser (no image request, nothing the CSP must
 * allow). `label` names the image; while the encoder loads, and if it fails, a line says so and
 * the secret shown as text is the way on.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const words = useSignedInText().profile.authenticator;
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let live = true;
    qrMatrix(text).then(
      (matrix) => live && setDrawing({ text, matrix }),
      () => live && setDrawing({ text, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (drawing?.text !== text) return <p className="muted">{words.drawing}</p>;
  if ('failed' in drawing) return <p className="muted">{words.drawFailed}</p>;
  const size = drawing.matrix.length + 2 * quietZone;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 4}
      height={size * 4}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(drawing.matrix, quietZone)} fill="#000" />
    </svg>
  );
}
