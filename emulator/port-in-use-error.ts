/** The servers of the offline stack that listen on a port the developer chooses. */
export type ListeningPart = 'Cognito' | 'Transactions API';

const how: Record<ListeningPart, string> = {
  Cognito: '--port <n> (npm run emulator) or COGNITO_PORT=<n> (npm run dev)',
  'Transactions API': '--api-port <n> (npm run emulator) or API_PORT=<n> (npm run dev)',
};

/** A port the stack needs is taken: says which, who may hold it, and how to choose another. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  readonly code = 'PortInUse';
  readonly part: ListeningPart;
  readonly port: number;
  constructor(taken: { part: ListeningPart; port: number; host: string }) {
    const { part, port, host } = taken;
    super(
      `the ${part} port ${port} on ${host} is already in use; another \`npm run dev\` or ` +
        `\`npm run emulator\` may be running. Stop it, or pick another port with ${how[part]} ` +
        '(0 takes any free port).',
    );
    this.part = part;
    this.port = port;
  }
}

/** Turns Node's EADDRINUSE for `port` into a PortInUseError; other errors pass unchanged. */
export function explainListenError(
  error: unknown,
  part: ListeningPart,
  port: number,
  host: string,
): unknown {
  const e = error as NodeJS.ErrnoException & { port?: number };
  if (e?.code !== 'EADDRINUSE' || (e.port !== undefined && e.port !== port)) return error;
  return new PortInUseError({ part, port, host });
}
