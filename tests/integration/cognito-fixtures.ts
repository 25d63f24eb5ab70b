import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../emulator/create-emulator';

/** The Cognito emulator alone, quiet, on an ephemeral port, in memory unless `dataDir` says. */
export function startCognito(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ cognitoPort: 0, api: false, dataDir: null, log: () => {}, ...options });
}
