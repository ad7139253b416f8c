import type {Environment} from '../genesys/types.js';
import type {CheckVerdict} from './check-kit.js';
import {describeEnvironment} from './render-text.js';
import {unknownRegion} from './rules-context.js';

function hostOf(url: string): string {
  return new URL(url).host;
}

/** The region resolves to a login host and an API host. */
export function checkEnvironment(environment: Environment): CheckVerdict {
  const login = hostOf(environment.loginBaseUrl);
  const api = hostOf(environment.apiBaseUrl);
  const hosts = login === api ? login : `${login} and ${api}`;
  const details = [
    `Token endpoint: ${environment.loginBaseUrl}/oauth/token`,
    `Platform API: ${environment.apiBaseUrl}/api/v2`,
  ];

  if (!environment.isKnown && !environment.isLocal) {
    return {
      status: 'warn',
      summary: `${environment.domain} is not a listed region; using ${hosts}`,
      details,
      requests: [],
      diagnosis: unknownRegion(environment),
    };
  }

  return {
    status: 'pass',
    summary: environment.isLocal
      ? `${describeEnvironment(environment)}, serving login and API`
      : `${describeEnvironment(environment)}: ${hosts}`,
    details,
    requests: [],
    diagnosis: null,
  };
}
