/** One page of an entity listing, or why the paging is invalid. */
export type Page =
  {ok: true; body: Record<string, unknown>} | {ok: false; message: string};

function readNumber(
  query: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number | undefined {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);

  return value >= 1 && value <= max ? value : undefined;
}

/** Pages entities as Genesys listings do: pageSize, pageNumber, uris. */
export function paginate(
  entities: readonly unknown[],
  query: URLSearchParams,
  path: string,
): Page {
  const pageSize = readNumber(query, 'pageSize', 25, 500);
  if (pageSize === undefined) {
    return {ok: false, message: 'pageSize must be between 1 and 500'};
  }

  const pageNumber = readNumber(query, 'pageNumber', 1, 1_000_000);
  if (pageNumber === undefined) {
    return {ok: false, message: 'pageNumber must be a positive integer'};
  }

  const total = entities.length;
  const pageCount = Math.ceil(total / pageSize);
  const uri = (page: number) =>
    `${path}?pageSize=${pageSize}&pageNumber=${page}`;
  const start = (pageNumber - 1) * pageSize;
  const body: Record<string, unknown> = {
    entities: entities.slice(start, start + pageSize),
    pageSize,
    pageNumber,
    total,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(Math.max(1, pageCount)),
    pageCount,
  };
  if (pageNumber < pageCount) body.nextUri = uri(pageNumber + 1);
  if (pageNumber > 1) body.previousUri = uri(pageNumber - 1);

  return {ok: true, body};
}
