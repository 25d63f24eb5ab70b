// Reads a SigV4 `Authorization` header the way API Gateway does, with its IncompleteSignature
// messages: the first word is the algorithm, the rest comma-separated key=value pairs, each of
// Credential, SignedHeaders and Signature required. Facts: ../shared/reference §3.1, §3.3.

export interface ParsedAuthorization {
  readonly algorithm: string;
  readonly accessKeyId: string;
  /** The credential scope's parts: YYYYMMDD, region, service, terminator. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  readonly terminator: string;
  /** Lowercase names as signed, in the order given. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export type AuthorizationParse =
  | { readonly ok: true; readonly value: ParsedAuthorization }
  | { readonly ok: false; readonly message: string };

const required = ['Credential', 'Signature', 'SignedHeaders'] as const;

/** Parses `header`; `hasDate` says whether the request carries X-Amz-Date (part of one message). */
export function parseAuthorization(header: string, hasDate: boolean): AuthorizationParse {
  const space = header.indexOf(' ');
  const algorithm = space === -1 ? header : header.slice(0, space);
  const rest = space === -1 ? '' : header.slice(space + 1);
  const params = new Map<string, string>();
  for (const raw of rest.split(',')) {
    const pair = raw.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq === -1)
      return {
        ok: false,
        message: `'${pair}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`,
      };
    params.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const missing = required
    .filter((name) => !params.get(name))
    .map((name) => `Authorization header requires '${name}' parameter.`);
  if (!hasDate)
    missing.push(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  if (missing.length > 0)
    return { ok: false, message: `${missing.join(' ')} Authorization=${header}` };
  // Unrecorded on AWS for execute-api; refused in the same family of errors (docs/emulator.md).
  if (algorithm !== 'AWS4-HMAC-SHA256')
    return {
      ok: false,
      message: `Unsupported Authorization Type '${algorithm}': sign with AWS4-HMAC-SHA256.`,
    };
  const credential = params.get('Credential')!;
  const parts = credential.split('/');
  if (parts.length !== 5)
    return {
      ok: false,
      message: `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    };
  const [accessKeyId, scopeDate, region, service, terminator] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    ok: true,
    value: {
      algorithm,
      accessKeyId,
      scopeDate,
      region,
      service,
      terminator,
      signedHeaders: params.get('SignedHeaders')!.split(';'),
      signature: params.get('Signature')!,
    },
  };
}
