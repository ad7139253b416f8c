import {isIP} from 'node:net';

/** Whether a host name or address is this machine's loopback. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;

  return isIP(bare) === 4 && bare.startsWith('127.');
}
