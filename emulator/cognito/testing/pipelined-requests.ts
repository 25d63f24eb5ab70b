// Sends many HTTP/1.1 requests in one write on one connection (pipelining), so the server
// receives all of them at once and in a known order: a burst whose order a test can rely on,
// unlike parallel connections. For tests only; not used by the emulator itself.
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function serialize(host: string, request: RawRequest, last: boolean): string {
  const headers: Record<string, string> = {
    host,
    ...request.headers,
    'content-length': String(Buffer.byteLength(request.body)),
    connection: last ? 'close' : 'keep-alive',
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `${request.method} ${request.path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${request.body}`;
}

/** Reads one response at `at`; returns it and where the next one starts. */
function parseOne(data: Buffer, at: number): { response: RawResponse; next: number } {
  const headEnd = data.indexOf('\r\n\r\n', at);
  if (headEnd < 0) throw new Error('Truncated response head');
  const [statusLine = '', ...lines] = data.subarray(at, headEnd).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let cursor = headEnd + 4;
  let body: Buffer;
  if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
    const parts: Buffer[] = [];
    for (;;) {
      const sizeEnd = data.indexOf('\r\n', cursor);
      const size = parseInt(data.subarray(cursor, sizeEnd).toString('latin1'), 16);
      cursor = sizeEnd + 2;
      if (size === 0) {
        cursor += 2;
        break;
      }
      parts.push(data.subarray(cursor, cursor + size));
      cursor += size + 2;
    }
    body = Buffer.concat(parts);
  } else {
    const length = Number(headers['content-length'] ?? 0);
    body = data.subarray(cursor, cursor + length);
    cursor += length;
  }
  const status = Number(statusLine.split(' ')[1]);
  return { response: { status, headers, body: body.toString('utf8') }, next: cursor };
}

/** Sends `requests` pipelined on one connection; resolves with the answers in the same order. */
export function sendPipelined(
  origin: string,
  requests: readonly RawRequest[],
): Promise<RawResponse[]> {
  const url = new URL(origin);
  const wire = requests.map((r, i) => serialize(url.host, r, i === requests.length - 1)).join('');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(url.port), url.hostname, () => socket.write(wire));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        const data = Buffer.concat(chunks);
        const responses: RawResponse[] = [];
        let at = 0;
        while (responses.length < requests.length) {
          const { response, next } = parseOne(data, at);
          responses.push(response);
          at = next;
        }
        resolve(responses);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
