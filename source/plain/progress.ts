import {statusMark as reportMark} from '../diagnosis/text-style.js';
import type {CheckEvent, CheckStatus} from '../diagnosis/types.js';
import type {RequestRecord} from '../genesys/types.js';
import {checkTitles} from '../services/check-titles.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';

/** A status as a word and a symbol, as the text report shows it. */
export function statusMark(io: PlainIo, status: CheckStatus): string {
  return reportMark(status, {color: io.isColour, unicode: !io.isAscii});
}

function isTokenRequest(url: URL): boolean {
  return url.pathname === '/oauth/token';
}

function outcome(record: RequestRecord, isToken: boolean): string {
  const took = `${Math.round(record.durationMs)} ms`;
  if (record.status === null) return `no answer after ${took}`;
  if (isToken && record.status === 200) return `done in ${took}`;

  return `${record.status} in ${took}`;
}

/**
 * One finished HTTP attempt as a line, such as "Calling GET
 * /api/v2/tokens/me ... 200 in 38 ms". It never shows a header or a body.
 */
export function describeRequest(record: RequestRecord): string {
  const url = new URL(record.url);
  const isToken = isTokenRequest(url);
  const action = isToken
    ? `Requesting a token from ${url.host}`
    : `Calling ${record.method} ${url.pathname}${url.search}`;
  const retry = record.attempt > 1 ? ` (attempt ${record.attempt})` : '';

  return `${action}${retry} ... ${outcome(record, isToken)}`;
}

/** One line per event: no spinner, no redraw, nothing but new lines. */
export function progressPrinter(io: PlainIo): (event: CheckEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'start': {
        writeLines(io, `Checking: ${checkTitles[event.id]}`);
        break;
      }

      case 'request': {
        writeLines(io, `  ${describeRequest(event.record)}`);
        break;
      }

      case 'finish': {
        const {result} = event;
        const label = checkTitles[result.id];
        writeLines(
          io,
          `  ${statusMark(io, result.status)} ${label}: ${result.summary}`,
        );
        break;
      }
    }
  };
}
