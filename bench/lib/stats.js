// Order statistics for a list of timings, and how they read in a table.

function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);

  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

/** Median, p10, p90, min and max of some numbers. */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);

  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * The ratio of subject to baseline, run by run (they are interleaved, so
 * run i of each shared the machine's load), summarised.
 */
export function pairedRatios(subject, baseline) {
  const count = Math.min(subject.length, baseline.length);
  const ratios = [];
  for (let i = 0; i < count; i += 1) ratios.push(subject[i] / baseline[i]);

  return summarise(ratios);
}

/** "123.4 ms (p10 120.1, p90 130.2, n 20)". */
export function formatTime(summary, unit = 'ms') {
  const f = (value) => value.toFixed(1);

  return (
    `${f(summary.median)} ${unit} ` +
    `(p10 ${f(summary.p10)}, p90 ${f(summary.p90)}, ` +
    `min ${f(summary.min)}, max ${f(summary.max)}, n ${summary.runs})`
  );
}

/** "1.42x (p10 1.30x, p90 1.55x)". */
export function formatRatio(summary) {
  const f = (value) => value.toFixed(2);

  return (
    `${f(summary.median)}x (p10 ${f(summary.p10)}x, ` +
    `p90 ${f(summary.p90)}x)`
  );
}
