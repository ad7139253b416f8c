import {Text} from 'ink';
import {useEffect} from 'react';
import {useClock} from '../hooks/use-clock.js';

export interface CountdownProps {
  /** Epoch milliseconds when waiting ends. */
  readonly until: number;
  readonly onDone: () => void;
}

/** A live countdown to Retry-After; calls `onDone` once it reaches zero. */
export function Countdown({until, onDone}: CountdownProps) {
  const now = useClock(true, 250);
  const remaining = Math.max(0, Math.ceil((until - now) / 1000));

  useEffect(() => {
    if (remaining === 0) onDone();
  }, [remaining, onDone]);

  return (
    <Text color="yellow">
      ⏳ Genesys asked to wait: retrying in {remaining} s (Retry-After)
    </Text>
  );
}
