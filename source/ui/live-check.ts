import type {Report} from '../diagnosis/types.js';
import type {CheckTarget, RunChecks} from '../services/services.js';
import {applyNoColor} from './terminal.js';

/** What `check` draws on a terminal; not interactive, no key is read. */
export interface LiveCheck {
  /** Runs the checks with the Checks view live on screen. */
  run(
    target: CheckTarget,
    runChecks: RunChecks,
    signal: AbortSignal,
  ): Promise<Report>;
  /** The reports as the report screen draws them, without keys. */
  render(reports: readonly Report[]): string;
}

/**
 * Loads the Ink view of `check`. Only the terminal branch calls this, so
 * `--json` and piped runs never load Ink or React.
 */
export async function openLiveCheck(
  env: NodeJS.ProcessEnv,
  args: string[],
  stdout: NodeJS.WriteStream,
): Promise<LiveCheck> {
  // Ink's colour library reads FORCE_COLOR once, when it is first loaded.
  applyNoColor(env, args);
  const {renderReports, showLiveChecks} = await import('./live-check-view.js');

  return {
    run: (target, runChecks, signal) =>
      showLiveChecks(target, runChecks, {stdout, signal}),
    render: (reports) => renderReports(reports, stdout.columns || 80),
  };
}
