/** The edit distance between two strings (insertions, deletions, swaps). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index);

  for (let row = 1; row <= a.length; row++) {
    const current = [row];

    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      current[column] = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
    }

    previous = current;
  }

  return previous[b.length] ?? 0;
}

/**
 * The candidate a typo most likely meant, or null when none is close.
 * Punctuation is ignored first, so `eu_west1` still finds `eu-west-1`.
 */
export function closestMatch(
  input: string,
  candidates: readonly string[],
): string | null {
  const bare = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const wanted = bare(input);
  const tolerance = wanted.length > 6 ? 2 : 1;
  let best: {candidate: string; distance: number} | null = null;

  for (const candidate of candidates) {
    const other = bare(candidate);

    // The distance is at least the difference in length; skipping those
    // keeps a huge paste from costing seconds of edit-distance work.
    if (Math.abs(wanted.length - other.length) > tolerance) continue;

    const distance = editDistance(wanted, other);

    if (best === null || distance < best.distance) {
      best = {candidate, distance};
    }
  }

  return best !== null && best.distance <= tolerance ? best.candidate : null;
}
