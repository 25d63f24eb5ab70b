import qrcode from 'qrcode-generator';
import { html, type SafeHtml } from '../../http/html-escape';

/**
 * `text` as a QR code in inline SVG, drawn on the server (the pages run no script): one path of
 * dark modules inside the 4-module quiet zone the standard asks for. `label` names the image
 * for screen readers.
 */
export function qrCodeSvg(text: string, label: string): SafeHtml {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const margin = 4;
  const size = count + margin * 2;
  let path = '';
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.isDark(row, col)) path += `M${col + margin} ${row + margin}h1v1h-1z`;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${size} ${size}"
    width="200"
    height="200"
    role="img"
    aria-labelledby="qr-code-title"
    shape-rendering="crispEdges"
  >
    <title id="qr-code-title">${label}</title>
    <rect width="${size}" height="${size}" fill="#fff" />
    <path d="${path}" fill="#000" />
  </svg>`;
}
