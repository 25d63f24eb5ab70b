// The whole offline stack as the integration tests start it: in memory, quiet, on ephemeral
// loopback ports, with the API (gateway, handler, DynamoDB Local) running.
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../emulator/create-emulator';

/** The SPA origin the test emulator registers. */
export const testAppOrigin = 'http://localhost:5173';

/** Starts the emulator with the API; `extra` adds options such as `clock` or `tokenLifetimes`. */
export function startTestEmulator(extra: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return createEmulator({
    cognitoPort: 0,
    api: { port: 0 },
    dataDir: null,
    appOrigins: [testAppOrigin],
    log: () => undefined,
    ...extra,
  });
}
