import type { ReactNode } from 'react';

/** A polite live region for progress ("Loading…", "Signing you in…"). */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}
