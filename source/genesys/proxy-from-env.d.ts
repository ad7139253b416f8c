/** The one function of proxy-from-env this tool uses (it ships no types). */
declare module 'proxy-from-env' {
  export function getProxyForUrl(url: string | URL): string;
}
