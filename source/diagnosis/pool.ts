/**
 * Runs `task` for every item, at most `limit` at a time, and never two
 * items with the same key at once: profiles that share an OAuth client
 * share its token rate limit, so they take turns. Results keep input order.
 */
export async function runPooled<T, R>(
  items: T[],
  options: {limit: number; keyOf: (item: T) => string},
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const groups = new Map<string, number[]>();
  for (const [index, item] of items.entries()) {
    const key = options.keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  }

  const queue = [...groups.values()];
  const results = new Array<R>(items.length);
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const index of group) {
        results[index] = await task(items[index] as T);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.limit, queue.length));
  await Promise.all(Array.from({length: workers}, worker));

  return results;
}
