import fc from 'fast-check';
import {secretLike} from './arbitraries.js';

const schemes = fc.oneof(
  fc.constantFrom(
    'https',
    'http',
    'HTTPS',
    'hTtP',
    'ftp',
    'file',
    'javascript',
    'data',
    'ws',
    'wss',
    'chrome-extension',
  ),
  fc.stringMatching(/^[a-z][a-z0-9+.-]{0,8}$/),
);

/** Hosts a region field may be given: real, loopback, odd and empty. */
export const hosts = fc.oneof(
  fc.domain(),
  fc.constantFrom(
    'api.mypurecloud.ie',
    'login.usw2.pure.cloud',
    'apps.mypurecloud.com.au',
    'mypurecloud.de',
    'localhost',
    'LOCALHOST',
    'localhost.',
    'localhost.evil.example',
    '127.0.0.1',
    '127.255.255.254',
    '127.1',
    '2130706433',
    '0x7f000001',
    '0.0.0.0',
    '10.0.0.1',
    '[::1]',
    '[::ffff:127.0.0.1]',
    '[2001:db8::1]',
    '127.0.0.1.nip.io',
    'docs.genesys.cloud',
    'xn--bcher-kva.example',
    'mypurecloud.ie.',
    '',
  ),
  fc.ipV4(),
  fc.ipV6().map((ip) => `[${ip}]`),
);

const userinfo = fc.option(
  fc.oneof(
    fc.constantFrom('user', 'user:pass', ':', 'a@b', ''),
    secretLike.map((secret) => `client:${secret}`),
  ),
);

const ports = fc.option(
  fc.oneof(
    fc.integer({min: 0, max: 70_000}).map(String),
    fc.constantFrom('443', '80', '', '-1', 'abc', '0443'),
  ),
);

const paths = fc.oneof(
  fc.constant(''),
  fc.constantFrom('/', '/directory/#/admin', '/api/v2/users?x=1', '/%2e%2e/'),
  fc.webPath(),
);

/** URLs assembled piece by piece, odd pieces included. */
export const assembledUrls = fc
  .tuple(schemes, fc.constantFrom('://', ':/', ':', ':///'), userinfo, hosts)
  .chain(([scheme, separator, user, host]) =>
    fc.tuple(ports, paths).map(([port, path]) => {
      const credentials = user === null ? '' : `${user}@`;
      const portPart = port === null ? '' : `:${port}`;

      return `${scheme}${separator}${credentials}${host}${portPart}${path}`;
    }),
  );

/** Well-formed URLs of several schemes, with every optional part. */
export const webUrls = fc.webUrl({
  validSchemes: ['http', 'https', 'ftp', 'ws'],
  authoritySettings: {
    withIPv4: true,
    withIPv6: true,
    withIPv4Extended: true,
    withUserInfo: true,
    withPort: true,
  },
  withQueryParameters: true,
  withFragments: true,
});

/** Near misses of region names: wrong separators, numbers, case. */
export const regionish = fc
  .tuple(
    fc.constantFrom('eu', 'us', 'ap', 'ca', 'sa', 'me', 'mx', 'EU', 'eusc'),
    fc.constantFrom('-', '_', '', ' ', '.'),
    fc.constantFrom('west', 'east', 'central', 'south', 'northeast', 'wst'),
    fc.constantFrom('-', '', '_'),
    fc.integer({min: -1, max: 12}),
  )
  .map((parts) => parts.join(''));
