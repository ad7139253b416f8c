// Renders suite results as Markdown: one table per suite, every number with
// its spread, each target with its verdict.
import {formatRatio, formatTime, pairedRatios, summarise} from './stats.js';

function verdict(ok) {
  return ok ? 'met' : '**missed**';
}

function targetCells(name, result) {
  const cells = [];
  for (const {against, max} of result.targets?.[name] ?? []) {
    const subject = result.times[name];
    const base = result.times[against];
    const ratio = summarise(subject).median / summarise(base).median;
    const paired = formatRatio(pairedRatios(subject, base));
    cells.push(
      `${ratio.toFixed(2)}x ${against} (paired ${paired}); ` +
        `target <= ${max}x: ${verdict(ratio <= max)}`,
    );
  }

  const limit = result.limits?.[name];
  if (limit !== undefined) {
    const median = summarise(result.times[name]).median;
    cells.push(
      `target <= ${limit} ${result.unit ?? 'ms'}: ${verdict(median <= limit)}`,
    );
  }

  return cells.join('<br>');
}

function ratioToBaseline(name, result) {
  if (!result.baseline || name === result.baseline) return '';
  const base = summarise(result.times[result.baseline]).median;

  return `${(summarise(result.times[name]).median / base).toFixed(2)}x`;
}

/** One suite's result as a Markdown section. */
export function renderSuite(result) {
  const lines = [`### ${result.title}`, ''];
  if (result.skipped) return [...lines, `Skipped: ${result.skipped}.`, ''];

  if (result.times) {
    lines.push(
      `| what | median (spread) | vs ${result.baseline ?? '-'} | target |`,
      '|---|---|---|---|',
    );
    for (const [name, values] of Object.entries(result.times)) {
      lines.push(
        `| ${name} | ${formatTime(summarise(values), result.unit)} | ` +
          `${ratioToBaseline(name, result)} | ${targetCells(name, result)} |`,
      );
    }

    lines.push('');
  }

  for (const note of result.notes ?? []) lines.push(`- ${note}`);
  if (result.notes?.length) lines.push('');
  if (result.extra) lines.push(...renderSuite(result.extra));

  return lines;
}

/** Whether every target of a result was met. */
export function allMet(result) {
  if (result.skipped) return true;
  if (result.failed) return false;

  const ratiosMet = Object.entries(result.targets ?? {}).every(
    ([name, targets]) =>
      targets.every(
        ({against, max}) =>
          summarise(result.times[name]).median /
            summarise(result.times[against]).median <=
          max,
      ),
  );
  const limitsMet = Object.entries(result.limits ?? {}).every(
    ([name, limit]) =>
      !result.times[name] || summarise(result.times[name]).median <= limit,
  );

  return ratiosMet && limitsMet && (!result.extra || allMet(result.extra));
}
