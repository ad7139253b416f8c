import {useEffect, useState} from 'react';

/** The current time, refreshed every `intervalMs` while `isActive`. */
export function useClock(isActive: boolean, intervalMs = 100): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);

    return () => clearInterval(timer);
  }, [isActive, intervalMs]);

  return now;
}
