import {renderJson} from '../diagnosis/render-json.js';
import {
  colorAllowed,
  renderText,
  unicodeAllowed,
} from '../diagnosis/render-text.js';
import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import type {CheckOutput} from './check-support.js';

/** The output flags of `check`. */
export interface OutputFlags {
  json?: boolean;
  all?: boolean;
  bundle?: string;
  'no-color'?: boolean;
}

/** Notes on stdout for text, on stderr when stdout carries JSON. */
export function note(
  context: CommandContext,
  flags: OutputFlags,
  lines: string[],
): void {
  const stream = flags.json ? context.stderr : context.stdout;
  stream.write(lines.map((line) => `${line}\n`).join(''));
}

/** Prints the reports as JSON or text, then writes the bundle if asked. */
export async function writeOutput(
  output: CheckOutput,
  flags: OutputFlags,
  context: CommandContext,
): Promise<void> {
  const {reports, problems} = output;
  for (const problem of problems) {
    context.stderr.write(
      `Profile '${problem.profile}' not checked: ${problem.message}\n`,
    );
  }

  if (flags.json) {
    const single = flags.all ? reports : reports[0];
    context.stdout.write(renderJson(single ?? [], problems));
  } else {
    const style = {
      color: colorAllowed({
        isTTY: context.stdout.isTTY,
        env: context.env,
        noColorFlag: flags['no-color'] === true,
      }),
      unicode: unicodeAllowed(context.env),
    };
    context.stdout.write(
      reports.map((report) => renderText(report, style)).join('\n'),
    );
  }

  await writeRequestedBundle(output, flags, context);
}

/** Writes the support bundle when `--bundle FILE` asks for one. */
export async function writeRequestedBundle(
  output: CheckOutput,
  flags: OutputFlags,
  context: CommandContext,
): Promise<void> {
  const {reports} = output;
  if (flags.bundle === undefined) return;
  const {writeBundle} = await import('../diagnosis/bundle.js');
  try {
    await writeBundle(flags.bundle, reports, {
      secrets: output.secrets,
      env: context.env,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`The support bundle was not written: ${reason}`);
  }

  context.stderr.write(
    `Support bundle written to ${flags.bundle} (no secret, no token; ` +
      'readable by you only).\n',
  );
}
