import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { html, SafeHtml } from './html-escape';
import { setPageSecurityHeaders } from './security-headers';

const css = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f3f3;color:#16191f}
main{max-width:26rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{font-size:1.35rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=email],input[type=password]{width:100%;padding:.6rem;font:inherit;border:1px solid #879596;border-radius:4px}
input:focus,button:focus,a:focus{outline:3px solid #0073bb;outline-offset:2px}
button,.button{display:inline-block;width:100%;margin-top:1rem;padding:.7rem;font:inherit;font-weight:600;color:#fff;background:#0b6ec5;border:0;border-radius:4px;cursor:pointer}
button.secondary{background:#545b64}
.alert{padding:.75rem;border-radius:4px;background:#fde8e8;border:1px solid #d13212;color:#7c1d0d;margin-bottom:1rem}
.info{padding:.75rem;border-radius:4px;background:#e8f4fd;border:1px solid #0073bb;margin-bottom:1rem}
.hint{font-size:.875rem;color:#545b64;margin:.25rem 0 0}
nav p{margin:.75rem 0 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;border-bottom:1px solid #d5dbdb;padding:.4rem;vertical-align:top}
.wide{max-width:60rem}
code{font-size:1.05rem;font-weight:700}
legend{font-weight:600}
label.inline{display:inline;font-weight:400;margin:0 0 0 .4rem}
figure{margin:0 0 1rem;text-align:center}
figure svg{display:block;margin:0 auto .5rem}
figcaption code{word-break:break-all}
.skip{position:absolute;left:-999px}
.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem}
header.bar{background:#232f3e;color:#fff;padding:.5rem 1rem}
header.bar nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.bar a{color:#fff;display:inline-block;padding:.35rem 0}
header.bar a[aria-current=page]{font-weight:700;text-decoration:underline}
header.bar a:focus{outline-color:#fff}
.tools form,.tools fieldset{margin:0 0 1rem}
.tools button{width:auto;margin:.25rem .5rem .25rem 0}
.tools input[type=text],.tools input[type=email],.tools input[type=password],.tools select{max-width:28rem}
select{padding:.5rem;font:inherit;border:1px solid #879596;border-radius:4px}
button.danger{background:#a4260f}
.scroll{overflow-x:auto}
td{overflow-wrap:anywhere}
fieldset{border:1px solid #d5dbdb;border-radius:4px;padding:.5rem 1rem}
.check{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.5rem 0}
dl.props{display:grid;grid-template-columns:minmax(7rem,auto) 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dl.props dt{font-weight:600}
dl.props dd{margin:0;overflow-wrap:anywhere}
textarea{width:100%;padding:.6rem;font:.9rem/1.4 ui-monospace,monospace;border:1px solid #879596;border-radius:4px}
textarea:focus,pre:focus{outline:3px solid #0073bb;outline-offset:2px}
pre.wrap{white-space:pre-wrap;overflow-wrap:anywhere;background:#f2f3f3;padding:.5rem;border-radius:4px;font-size:.85rem;margin:0 0 1rem}
code.plain{font-size:inherit;font-weight:400;overflow-wrap:anywhere}
@media (max-width:30rem){main{margin:0;border-radius:0;padding:1rem}dl.props{grid-template-columns:1fr}}
`;

// Our own constant stylesheet, inserted unescaped.
const stylesheet = new SafeHtml(css);

/** Sends a complete, script-free HTML page with the page security headers. */
export function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  body: SafeHtml,
  options: { wide?: boolean; header?: SafeHtml; sameOriginReferrer?: boolean; lang?: string } = {},
): void {
  const nonce = randomBytes(16).toString('base64');
  setPageSecurityHeaders(res, nonce);
  // A page whose forms are checked by Origin (the dev console) must let the browser send it:
  // under `no-referrer` Chromium sends `Origin: null` even on a same-origin POST.
  if (options.sameOriginReferrer) res.setHeader('Referrer-Policy', 'same-origin');
  const page = html`<!doctype html>
    <html lang="${options.lang ?? 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style nonce="${nonce}">
          ${stylesheet}
        </style>
      </head>
      <body>
        ${options.header ?? ''}
        <main id="main" class="${options.wide ? 'wide' : ''}">${body}</main>
      </body>
    </html> `;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(page.value));
  res.end(page.value);
}
