import {renderText} from '../diagnosis/render-text.js';
import type {Report} from '../diagnosis/types.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';

/** The text report, dressed for this session: words first, colour maybe. */
export function writeReport(io: PlainIo, report: Report): void {
  const text = renderText(report, {
    color: io.isColour,
    unicode: !io.isAscii,
  });
  writeLines(io, '', text.trimEnd());
}
