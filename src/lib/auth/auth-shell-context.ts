import { createContext, useContext } from 'react';
import type { AuthRuntime } from './auth-runtime';

/** Why the signed-in pages are being torn down, if they are. */
export type EndingReason = 'signing-out' | 'signed-out-elsewhere';

export interface AuthShellValue {
  readonly runtime: AuthRuntime;
  readonly ending: EndingReason | null;
  /** Signs out here, in the other tabs and at Cognito. */
  signOut(): Promise<void>;
  /** Leaves for the hosted sign-in page and comes back to `returnTo`. */
  signIn(returnTo: string): Promise<void>;
}

export const AuthShellContext = createContext<AuthShellValue | null>(null);

/** The signed-in shell's actions; only valid under <AuthShell>. */
export function useAuthShell(): AuthShellValue {
  const value = useContext(AuthShellContext);
  if (!value) throw new Error('useAuthShell() outside <AuthShell>');
  return value;
}
