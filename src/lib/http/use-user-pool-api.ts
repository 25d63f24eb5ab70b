import { useMemo } from 'react';
import { useConfig } from '../../config/config-context';
import { useApiSession } from '../auth/use-api-session';
import { useAppEnvironment } from '../environment/app-environment';
import { userPoolsApiUrl, type UserPoolApiOptions } from './user-pool-api';

/**
 * The signed-in user's way to the User Pools JSON API: its URL, the access token, fetch. Built
 * on the stable API session, so a token renewal or a language switch (which give the auth
 * session a new value) never rebuilds it and makes Profile ask Cognito again.
 */
export function useUserPoolApi(): UserPoolApiOptions {
  const config = useConfig();
  const session = useApiSession();
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
