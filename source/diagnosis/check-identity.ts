import type {
  GenesysClient,
  Organization,
  Outcome,
  TokenInfo,
} from '../genesys/types.js';
import type {CheckKit, CheckVerdict} from './check-kit.js';
import {failedRequest, failureWords, reportRecords} from './check-kit.js';
import {diagnose, noUserContext} from './rules.js';
import type {Identity} from './types.js';

/** The identity check's verdict and who the token belongs to. */
export interface IdentityVerdict {
  verdict: CheckVerdict;
  identity: Identity | null;
}

const paths = {
  usersMe: '/api/v2/users/me',
  tokensMe: '/api/v2/tokens/me',
  organization: '/api/v2/organizations/me',
};

function toIdentity(
  info: TokenInfo,
  organization: Organization | null,
): Identity {
  const client = info.oauthClient;
  const fromToken = info.organization;

  return {
    oauthClient: client && {
      id: client.id,
      name: client.name,
      grantType: client.authorizedGrantType,
      roleDivisions: client.roleDivisions,
    },
    organization: organization
      ? {
          id: organization.id,
          name: organization.name,
          shortName: organization.thirdPartyOrgName,
        }
      : fromToken && {
          id: fromToken.id,
          name: fromToken.name ?? null,
          shortName: null,
        },
  };
}

function identityDetails(identity: Identity, info: TokenInfo): string[] {
  const client = identity.oauthClient;
  const organization = identity.organization;
  const lines: string[] = [];
  if (client) {
    lines.push(
      `OAuth client: ${client.name ?? '(no name)'} (${client.id}), grant ` +
        `${client.grantType ?? 'unknown'}, ` +
        `state ${info.oauthClient?.state ?? 'unknown'}`,
      `Roles: ${client.roleDivisions.length} role and division pair(s)`,
      ...client.roleDivisions.map(
        (pair) => `  role ${pair.roleId} in division ${pair.divisionId}`,
      ),
    );
  }

  if (organization) {
    lines.push(
      `Organization: ${organization.name ?? '(no name)'}` +
        (organization.shortName
          ? ` (short name ${organization.shortName})`
          : '') +
        `, id ${organization.id}`,
    );
  }

  return lines;
}

function summaryOf(identity: Identity): string {
  const client = identity.oauthClient?.name ?? identity.oauthClient?.id;
  const organization = identity.organization?.name;
  const who = client ? `OAuth client "${client}"` : 'a token with no client';

  return organization ? `${who} in organization "${organization}"` : who;
}

/**
 * users/me as the tutorials call it, then tokens/me and organizations/me,
 * which are what a client-credentials token can answer.
 */
export async function checkIdentity(
  client: GenesysClient,
  token: string,
  kit: CheckKit,
): Promise<IdentityVerdict> {
  const [usersMe, tokensMe, organization] = await kit.guard(
    Promise.all([
      client.getUsersMe(token),
      client.getTokenInfo(token),
      client.getOrganization(token),
    ]),
  );
  const outcomes: Array<Outcome<unknown>> = [usersMe, tokensMe, organization];
  const requests = outcomes.flatMap((outcome) => outcome.records);
  reportRecords('identity', requests, kit);
  const context = (
    outcome: Outcome<unknown>,
    path: string,
    name?: string | null,
  ) =>
    kit.ruleContext(
      'identity',
      failedRequest(outcome, {
        method: 'GET',
        url: kit.request.environment.apiBaseUrl + path,
      }),
      name,
    );

  if (!tokensMe.ok) {
    const diagnosis = diagnose(
      tokensMe.failure,
      context(tokensMe, paths.tokensMe),
    );

    return {
      verdict: {
        status: 'fail',
        summary: `tokens/me refused the token: ${diagnosis.title}`,
        details: [],
        requests,
        diagnosis,
      },
      identity: null,
    };
  }

  const info = tokensMe.value;
  const identity = toIdentity(
    info,
    organization.ok ? organization.value : null,
  );
  const clientName = identity.oauthClient?.name;
  const details = identityDetails(identity, info);
  if (usersMe.ok) {
    details.push('users/me answered: this token has a user behind it.');
  } else {
    details.push(
      `users/me answered ${failureWords(usersMe.failure)}, as expected ` +
        'for a client-credentials token; identity comes from tokens/me.',
    );
  }

  const diagnosis = !organization.ok
    ? diagnose(
        organization.failure,
        context(organization, paths.organization, clientName),
      )
    : usersMe.ok
      ? null
      : noUserContext(
          usersMe.failure,
          context(usersMe, paths.usersMe, clientName),
        );

  return {
    verdict: {
      status: diagnosis ? 'warn' : 'pass',
      summary: summaryOf(identity),
      details,
      requests,
      diagnosis,
    },
    identity,
  };
}
