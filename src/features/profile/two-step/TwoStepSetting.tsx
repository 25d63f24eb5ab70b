import { useMemo } from 'react';
import { useAuthSession } from '../../../lib/auth/auth-session';
import { useUserPoolApi } from '../../../lib/http/use-user-pool-api';
import { createTwoStepClient } from './two-step-client';
import { TwoStepSection } from './TwoStepSection';

/** Profile's two-step verification, wired to the user pool with the session's access token. */
export default function TwoStepSetting() {
  const session = useAuthSession();
  const api = useUserPoolApi();
  const client = useMemo(() => createTwoStepClient(api), [api]);
  return <TwoStepSection client={client} email={session.user?.email ?? null} />;
}
