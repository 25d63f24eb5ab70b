import { createContext } from 'react';
import type { RuntimeConfig } from '../../../contract/runtime-config';
import type { AuthRuntime } from './auth-runtime';

/** Builds the auth runtime for a config; tests provide one built on fakes. */
export type AuthRuntimeFactory = (config: RuntimeConfig) => AuthRuntime;

/** Null means "the page's browser runtime" (getBrowserAuthRuntime). Type-only: no OIDC code. */
export const AuthRuntimeFactoryContext = createContext<AuthRuntimeFactory | null>(null);
