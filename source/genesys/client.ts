import {
  parseIdentityProviders,
  parseOrganization,
  parseTokenInfo,
  parseUsersPage,
} from './entities.js';
import {createHttp, type HttpRequest} from './http.js';
import {interpretApi, interpretProbe, interpretToken} from './interpret.js';
import type {ClientOptions, GenesysClient} from './types.js';

/** The Genesys Cloud calls of one environment, over one HTTP layer. */
export function createGenesysClient(options: ClientOptions): GenesysClient {
  const {environment} = options;
  const http = createHttp(options);
  const common: Record<string, string> = {Accept: 'application/json'};

  if (options.userAgent) common['User-Agent'] = options.userAgent;

  function get(accessToken: string, path: string, method = 'GET') {
    const request: HttpRequest = {
      method,
      url: `${environment.apiBaseUrl}${path}`,
      headers: {...common, Authorization: `Bearer ${accessToken}`},
      secrets: [accessToken],
    };

    return http.send(request);
  }

  /** A Platform API read, parsed into `T` when it succeeds. */
  async function read<T>(
    accessToken: string,
    path: string,
    parse: (json: unknown) => T,
  ) {
    return interpretApi(await get(accessToken, path), parse);
  }

  return {
    async requestToken({clientId, clientSecret}) {
      const basic = Buffer.from(`${clientId}:${clientSecret}`).toString(
        'base64',
      );
      const answer = await http.send({
        method: 'POST',
        url: `${environment.loginBaseUrl}/oauth/token`,
        headers: {
          ...common,
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
        secrets: [clientSecret, basic],
        isTokenRequest: true,
      });

      return interpretToken(answer);
    },
    getUsersMe: (accessToken) =>
      read(accessToken, '/api/v2/users/me', (json) => json),
    getTokenInfo: (accessToken) =>
      read(accessToken, '/api/v2/tokens/me', parseTokenInfo),
    getOrganization: (accessToken) =>
      read(accessToken, '/api/v2/organizations/me', parseOrganization),
    getUsersPage: (accessToken) =>
      read(accessToken, '/api/v2/users?pageSize=1', parseUsersPage),
    getIdentityProviders: (accessToken) =>
      read(accessToken, '/api/v2/identityproviders', parseIdentityProviders),
    async probe(accessToken, method, path) {
      const problem = probeProblem(method, path);

      // A programming error, not an answer: callers check probeProblem.
      if (problem) throw new TypeError(problem);

      const answer = await get(accessToken, path, method.toUpperCase());

      return interpretProbe(answer);
    },
    close: () => http.close(),
  };
}

/**
 * Why a probe cannot be sent, or null when it can. Only paths under
 * `/api/v2/` of the API host are probed, so the token goes nowhere else.
 */
export function probeProblem(method: string, path: string): string | null {
  if (!/^[A-Za-z]+$/.test(method)) return `${method} is not an HTTP method.`;

  // URLs decode %2e as a dot when they resolve `..`, so the resolved path
  // is checked too: a probe must not climb out of /api/v2/.
  if (
    !path.startsWith('/api/v2/') ||
    /\s|\/\/|\.\.|[#\\]/.test(path) ||
    !new URL(path, 'https://api.invalid').pathname.startsWith('/api/v2/')
  ) {
    return 'A probe path starts with /api/v2/, such as /api/v2/users.';
  }

  return null;
}
