import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { RuntimeConfig } from '../../contract/runtime-config';

const ConfigContext = createContext<RuntimeConfig | null>(null);

/** Makes the validated runtime config available to every component below. */
export function ConfigProvider({
  config,
  children,
}: {
  config: RuntimeConfig;
  children: ReactNode;
}) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

/** The validated runtime config; only rendered once config.json has passed validation. */
export function useConfig(): RuntimeConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig() outside <ConfigProvider>');
  return config;
}
