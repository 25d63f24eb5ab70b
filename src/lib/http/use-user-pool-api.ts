import { useMemo } from 'react';
import { useConfig } from '../../config/config-context';
import { useAuthSession } from '../auth/auth-session';
import { useAppEnvironment } from '../environment/app-environment';
import { userPoolsApiUrl, type UserPoolApiOptions } from './user-pool-api';

/** The signed-in user's way to the User Pools JSON API: its URL, the access token, fetch. */
export function useUserPoolApi(): UserPoolApiOptions {
  const config = useConfig();
  const session = useAuthSession();
  const environment = useAppEnvironment();
  return useMemo(
    () => ({
      endpoint: userPoolsApiUrl(config.authority),
      accessToken: () => session.accessToken(),
      fetch: environment.fetch,
    }),
    [config, session, environment],
  );
}
