import type {Report} from '../diagnosis/types.js';

/** How the app ended; the command turns it into an exit code. */
export interface AppResult {
  /** Ctrl-C, at any point. */
  isInterrupted: boolean;
  /** The last report shown, if the checks ran. */
  lastReport: Report | null;
}

/** The exit code for a result: 130 interrupted, 1 failed, 0 otherwise. */
export function exitCodeFor(result: AppResult, isSetup: boolean): number {
  if (result.isInterrupted) return 130;
  if (result.lastReport) return result.lastReport.ok ? 0 : 1;

  // Leaving setup before the checks means nothing was set up.
  return isSetup ? 130 : 0;
}
