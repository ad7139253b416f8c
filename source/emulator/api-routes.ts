import {organizationMe, organizationRef} from './organization.js';
import {identityProviders, queues, users} from './directory.js';
import {paginate} from './listing.js';
import {sendError, sendJson} from './replies.js';
import type {Exchange} from './replies.js';
import type {EmulatorState} from './state.js';
import type {EmulatorClient} from './types.js';

/** What a route's handler gets for one authenticated call. */
export interface ApiCall {
  exchange: Exchange;
  state: EmulatorState;
  client: EmulatorClient;
  path: string;
  query: URLSearchParams;
  /** Path segments matched by the route's pattern */
  params: string[];
}

/** One GET endpoint of the emulated Platform API. */
export interface Route {
  pattern: string | RegExp;
  /** Needed, through the client's roles, to call it */
  permission?: string;
  answer(call: ApiCall): void;
}

function sendPage(call: ApiCall, entities: readonly unknown[]): void {
  const page = paginate(entities, call.query, call.path);
  if (!page.ok) {
    return sendError(call.exchange, 400, 'bad.request', page.message);
  }

  sendJson(call.exchange, 200, page.body);
}

function oauthClientBody(client: EmulatorClient) {
  return {
    id: client.id,
    name: client.name,
    description: client.purpose,
    dateCreated: '2024-06-03T08:15:00.000Z',
    accessTokenValiditySeconds: client.tokenLifetimeSeconds,
    authorizedGrantType: 'CLIENT_CREDENTIALS',
    scope: [],
    roleDivisions: client.roles.map((role) => ({
      roleId: role.id,
      divisionId: role.divisionId,
    })),
    state: client.state,
    organization: organizationRef,
  };
}

function tokenInfo(client: EmulatorClient) {
  const {
    description: _description,
    accessTokenValiditySeconds: _life,
    ...rest
  } = oauthClientBody(client);

  return {
    organization: organizationRef,
    homeOrganization: organizationRef,
    authorizedScope: [],
    OAuthClient: rest,
  };
}

const userContextMessage =
  'This request requires a user context. ' +
  'Client credentials cannot be used for requests to this resource.';

/** The endpoints, matched in order; strings match the whole path. */
export const routes: Route[] = [
  {
    pattern: '/api/v2/tokens/me',
    answer: (call) => sendJson(call.exchange, 200, tokenInfo(call.client)),
  },
  {
    pattern: '/api/v2/organizations/me',
    answer: (call) => sendJson(call.exchange, 200, organizationMe),
  },
  {
    pattern: '/api/v2/users/me',
    answer: (call) =>
      sendError(call.exchange, 400, 'bad.request', userContextMessage),
  },
  {
    pattern: '/api/v2/users',
    permission: 'directory:user:view',
    answer: (call) => sendPage(call, users),
  },
  {
    pattern: '/api/v2/identityproviders',
    permission: 'sso:provider:view',
    answer: (call) => sendPage(call, identityProviders),
  },
  {
    pattern: /^\/api\/v2\/identityproviders\/([a-z]+)$/,
    permission: 'sso:provider:view',
    answer: (call) => {
      const provider = identityProviders.find((p) => p.id === call.params[0]);
      if (provider) return sendJson(call.exchange, 200, provider);
      sendError(call.exchange, 404, 'not.found', 'Identity provider not found');
    },
  },
  {
    pattern: '/api/v2/routing/queues',
    permission: 'routing:queue:view',
    answer: (call) => sendPage(call, queues),
  },
  {
    pattern: /^\/api\/v2\/oauth\/clients\/([^/]+)$/,
    permission: 'oauth:client:view',
    answer: (call) => {
      const client = call.state.clients.get(call.params[0] ?? '');
      if (client) return sendJson(call.exchange, 200, oauthClientBody(client));
      sendError(
        call.exchange,
        404,
        'not.found',
        'The requested OAuth client was not found',
      );
    },
  },
];

/** The route for a path and its captured segments, if any matches. */
export function findRoute(
  path: string,
): {route: Route; params: string[]} | undefined {
  for (const route of routes) {
    if (typeof route.pattern === 'string') {
      if (route.pattern === path) return {route, params: []};
      continue;
    }

    const match = route.pattern.exec(path);
    if (match) return {route, params: match.slice(1)};
  }

  return undefined;
}
