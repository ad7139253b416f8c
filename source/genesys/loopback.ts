import {isIP} from 'node:net';

/** Whether a URL's hostname is this machine: localhost, 127/8 or ::1. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();

  return (
    host === 'localhost' ||
    host === '[::1]' ||
    host === '::1' ||
    (isIP(host) === 4 && host.startsWith('127.'))
  );
}
