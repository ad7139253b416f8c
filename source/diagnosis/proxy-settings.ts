/** The proxy variables that apply to HTTPS, credentials removed. */
export interface ProxySettings {
  httpsProxy: string | null;
  noProxy: string | null;
}

/** A proxy URL as it may be shown: no user, no password. */
export function withoutCredentials(url: string): string {
  // Proxy variables are often set without a scheme (`user:pw@host:3128`).
  const hasScheme = /^[a-z][\w+.-]*:\/\//i.test(url);
  try {
    const parsed = new URL(hasScheme ? url : `http://${url}`);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    const shown = parsed.toString().replace(/\/$/, '');

    return hasScheme ? shown : shown.replace(/^http:\/\//, '');
  } catch {
    // Not a URL: keep only what follows the last `@`, where credentials end.
    return url.replace(/^.*@/, '');
  }
}

function first(env: NodeJS.ProcessEnv, names: string[]): string | null {
  for (const name of names) {
    const value = env[name];
    if (value) return value;
  }

  return null;
}

/** Reads HTTPS_PROXY and NO_PROXY the way proxy-from-env does. */
export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings {
  const proxy = first(env, [
    'https_proxy',
    'HTTPS_PROXY',
    'all_proxy',
    'ALL_PROXY',
  ]);

  return {
    httpsProxy: proxy === null ? null : withoutCredentials(proxy),
    noProxy: first(env, ['no_proxy', 'NO_PROXY']),
  };
}
