// The product pool's triggers as the emulator runs them: the files the pool definition names
// (contract/user-pool-definition.ts), wired with what varies offline (the environment the
// options give, the shared clock, the API's store), then a developer's own files in their
// place where the `triggers` option names one.

import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProfileStore } from '../../../api/store/profile-store';
import type { Clock } from '../../../contract/clock';
import {
  userPoolDefinition as product,
  type TriggerName,
} from '../../../contract/user-pool-definition';
import * as customMessage from '../../../triggers/custom-message';
import { createPostConfirmationHandler } from '../../../triggers/post-confirmation';
import { createPreSignUpHandler } from '../../../triggers/pre-sign-up';
import * as preTokenGeneration from '../../../triggers/pre-token-generation';
import { readSignUpDomains } from '../../../triggers/sign-up-domains';
import { createInMemoryProfileStore } from '../../../api/testing/in-memory-profile-store';
import { ConfigError } from '../../../contract/config-error';
import { InvalidEmulatorOptionsError, type ResolvedOptions } from '../../emulator-options';
import type { PoolTriggers, TriggerModule } from './pool-triggers';

export interface TriggerDeps {
  /** What the product's Lambdas read from their environment (SIGNUP_ALLOWED_DOMAINS...). */
  readonly environment: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** Where PostConfirmation writes the profile: the store the local API reads. */
  readonly profiles: ProfileStore;
  readonly timeoutMs: number;
  /** A developer's own trigger files, in place of the product's (paths from the working folder). */
  readonly files: Readonly<Partial<Record<TriggerName, string>>>;
}

/** Thrown when a developer's trigger file cannot be loaded or exports no `handler`. */
export class TriggerLoadError extends Error {
  override readonly name = 'TriggerLoadError';
}

/** The product's four, built from the modules the definition names. */
export function productTriggerModules(
  deps: Omit<TriggerDeps, 'files' | 'timeoutMs'>,
): Record<TriggerName, TriggerModule> {
  return {
    PreSignUp: { handler: createPreSignUpHandler(readSignUpDomains(deps.environment)) },
    PostConfirmation: {
      handler: createPostConfirmationHandler({ profiles: deps.profiles, clock: deps.clock }),
    },
    CustomMessage: customMessage,
    PreTokenGeneration: preTokenGeneration,
  };
}

async function loadFile(name: TriggerName, file: string): Promise<TriggerModule> {
  // Relative to the working folder, as a developer types it on the command line.
  const path = isAbsolute(file) ? file : resolve(file);
  let module: unknown;
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    throw new TriggerLoadError(
      `triggers.${name}: cannot load ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const handler = (module as { handler?: unknown }).handler;
  if (typeof handler !== 'function')
    throw new TriggerLoadError(`triggers.${name}: ${path} exports no handler function`);
  return module as TriggerModule;
}

/** The product pool's triggers, a developer's files taking the slots they name. */
export async function loadPoolTriggers(deps: TriggerDeps): Promise<PoolTriggers> {
  const modules: Partial<Record<TriggerName, TriggerModule>> = productTriggerModules(deps);
  for (const [name, file] of Object.entries(deps.files) as [TriggerName, string][])
    modules[name] = await loadFile(name, file);
  return {
    modules,
    preTokenGenerationVersion: product.preTokenGenerationVersion,
    timeoutMs: deps.timeoutMs,
  };
}

/**
 * The product pool's triggers for createEmulator, with every problem as an option problem.
 * PostConfirmation writes to memory until `attachStore` points it at the local API's table.
 */
export async function loadEmulatorTriggers(
  r: ResolvedOptions,
  clock: Clock,
): Promise<{ triggers: PoolTriggers; attachStore(store: ProfileStore): void }> {
  let store: ProfileStore = createInMemoryProfileStore();
  const profiles: ProfileStore = {
    get: (owner) => store.get(owner),
    recordConfirmation: (owner, at) => store.recordConfirmation(owner, at),
  };
  try {
    const triggers = await loadPoolTriggers({
      environment: r.triggerEnvironment,
      clock,
      profiles,
      timeoutMs: r.triggerTimeoutMs,
      files: r.triggers,
    });
    return { triggers, attachStore: (next) => (store = next) };
  } catch (error) {
    if (error instanceof ConfigError)
      throw new InvalidEmulatorOptionsError(
        'emulator options',
        error.problems.map((p) => ({ path: `triggerEnvironment.${p.path}`, message: p.message })),
      );
    if (error instanceof TriggerLoadError)
      throw new InvalidEmulatorOptionsError('emulator options', [
        { path: 'triggers', message: error.message },
      ]);
    throw error;
  }
}
