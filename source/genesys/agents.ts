import http from 'node:http';
import type {RequestOptions} from 'node:https';
import {isLoopback} from './loopback.js';

/** How requests to one origin travel: their agent and proxy, if any. */
export interface Route {
  agent: http.Agent;
  proxy: URL | null;
  /** `request` of node:http or node:https, as the origin's scheme needs. */
  request: (url: URL, options: RequestOptions) => http.ClientRequest;
}

/** Keep-alive agents, one per origin, created on first use. */
export interface AgentPool {
  /** Rejects only when the proxy settings cannot be used. */
  routeFor(url: URL): Promise<Route>;
  /** Destroys every agent and its sockets. */
  close(): void;
}

/** Creates the pool; `env` supplies HTTPS_PROXY and NO_PROXY. */
export function createAgentPool(env: NodeJS.ProcessEnv): AgentPool {
  const routes = new Map<string, Promise<Route>>();

  return {
    routeFor(url) {
      let route = routes.get(url.origin);

      if (!route) {
        route = createRoute(url, env);
        routes.set(url.origin, route);
        // A bad proxy setting must not stick: the next call tries again.
        route.catch(() => routes.delete(url.origin));
      }

      return route;
    },
    close() {
      for (const route of routes.values()) {
        route.then(
          ({agent}) => agent.destroy(),
          () => undefined,
        );
      }

      routes.clear();
    },
  };
}

async function createRoute(url: URL, env: NodeJS.ProcessEnv): Promise<Route> {
  if (url.protocol === 'http:') {
    const agent = new http.Agent({keepAlive: true});

    return {agent, proxy: null, request: http.request};
  }

  // TLS loads with the first https origin: the emulator, on plain http
  // over loopback, never needs it.
  const https = await import('node:https');
  const proxyUrl = await proxyFor(url, env);

  if (proxyUrl === '') {
    const agent = new https.Agent({keepAlive: true});

    return {agent, proxy: null, request: https.request};
  }

  // Loaded only now: most runs have no proxy, and start-up time matters.
  const {HttpsProxyAgent} = await import('https-proxy-agent');
  const proxy = new URL(proxyUrl);
  const agent = new HttpsProxyAgent(proxy, {keepAlive: true});

  return {agent, proxy, request: https.request};
}

async function proxyFor(url: URL, env: NodeJS.ProcessEnv): Promise<string> {
  if (isLoopback(url.hostname)) return '';

  const names = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'];
  const setting = names.map((name) => env[name]).find(Boolean);

  if (!setting) return '';

  const {getProxyForUrl} = await import('proxy-from-env');
  const proxy = withProcessEnv(env, () => getProxyForUrl(url.href));

  // proxy-from-env gives a bare `host:port` the target's scheme, https;
  // proxies are almost always plain http, as curl assumes.
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(setting)
    ? proxy
    : proxy.replace(/^https:/, 'http:');
}

// proxy-from-env reads process.env and takes no environment of its own;
// lend it the caller's for one synchronous call.
function withProcessEnv<T>(env: NodeJS.ProcessEnv, run: () => T): T {
  if (env === process.env) return run();

  const saved = process.env;
  process.env = env;
  try {
    return run();
  } finally {
    process.env = saved;
  }
}
