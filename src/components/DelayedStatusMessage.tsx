import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';

/** Progress that takes less than this is not worth a message: it would only flash. */
export const statusDelayMs = 300;

/**
 * A polite live region that stays empty for `delayMs`, then says `children`: a step that is
 * quick (the token exchange, the first page of data on a fast network) shows no message that
 * flashes for a frame, and a slow one is still announced.
 */
export function DelayedStatusMessage({
  children,
  delayMs = statusDelayMs,
}: {
  children: ReactNode;
  delayMs?: number;
}) {
  const [shown, setShown] = useState(delayMs <= 0);
  useEffect(() => {
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <p role="status" className="status">
      {shown ? children : null}
    </p>
  );
}
