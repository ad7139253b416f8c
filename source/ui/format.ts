/** Milliseconds as a person reads them: "840 ms", "1.2 s". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;

  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/** The path and query of a URL, which is what differs between requests. */
export function shortUrl(url: string): string {
  try {
    const {pathname, search} = new URL(url);

    return `${pathname}${search}`;
  } catch {
    return url;
  }
}

/** What a header names as checked: "prod · mypurecloud.ie". */
export function describeTarget(profile: string | null, domain: string) {
  return `${profile ?? 'no profile'} · ${domain}`;
}
