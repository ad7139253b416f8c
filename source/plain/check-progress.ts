import type {CommandContext} from '../commands/context.js';
import {renderText} from '../diagnosis/render-text.js';
import type {LiveCheck} from '../ui/live-check.js';
import {asciiOnly, plainIo} from './io.js';
import {progressPrinter} from './progress.js';

/**
 * `check` in plain mode: a line for each check and request as it
 * happens, then the text report. Nothing is redrawn and no key is read;
 * it loads neither Ink nor the prompts.
 */
export function openPlainCheck(
  context: Pick<CommandContext, 'stdin' | 'stdout' | 'env' | 'signal'>,
  args: readonly string[],
): LiveCheck {
  const io = plainIo(context, args);
  const style = {color: io.isColour, unicode: !io.isAscii};

  return {
    run: (target, runChecks, signal) =>
      runChecks(target, {signal, onEvent: progressPrinter(io)}),
    render(reports) {
      const text = reports
        .map((report) => `\n${renderText(report, style)}`)
        .join('');

      return io.isAscii ? asciiOnly(text) : text;
    },
  };
}
