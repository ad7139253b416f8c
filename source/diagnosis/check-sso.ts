import type {GenesysClient, IdentityProvider} from '../genesys/types.js';
import type {CheckKit, CheckVerdict} from './check-kit.js';
import {failedRequest, reportRecords} from './check-kit.js';
import {diagnose} from './rules.js';

const path = '/api/v2/identityproviders';

/** Said whatever the providers: the question admins ask before SSO. */
export const ssoNote =
  'Single sign-on (SAML) changes how people log in; it does not apply to ' +
  'the client credentials grant, whose token request carries no user.';

function providerWords(provider: IdentityProvider): string {
  const name = provider.name ?? provider.id;
  const type =
    provider.type && provider.type !== name ? ` (${provider.type})` : '';
  const disabled = provider.disabled ? ', disabled' : '';

  return `${name}${type}${disabled}`;
}

/** Lists the identity providers when the OAuth client may see them. */
export async function checkSso(
  client: GenesysClient,
  token: string,
  kit: CheckKit,
  /** Settles once tokens/me has named the OAuth client, if it can. */
  clientName: Promise<string | null>,
): Promise<CheckVerdict> {
  const outcome = await kit.guard(client.getIdentityProviders(token));
  reportRecords('sso', outcome.records, kit);
  const requests = outcome.records;

  if (outcome.ok) {
    const providers = outcome.value;
    const active = providers.filter((provider) => !provider.disabled);

    return {
      status: 'pass',
      summary:
        providers.length === 0
          ? 'no identity provider configured'
          : `${active.length} of ${providers.length} identity ` +
            'provider(s) enabled',
      details: [
        ...providers.map((provider) => `Provider: ${providerWords(provider)}`),
        ssoNote,
      ],
      requests,
      diagnosis: null,
    };
  }

  const url = kit.request.environment.apiBaseUrl + path;
  const request = failedRequest(outcome, {method: 'GET', url});
  const diagnosis = diagnose(
    outcome.failure,
    kit.ruleContext('sso', request, await clientName),
  );
  const isHidden = diagnosis.code === 'sso-not-visible';

  // The providers are optional knowledge: nothing here fails the report.
  return {
    status: isHidden ? 'skip' : 'warn',
    summary: isHidden
      ? 'identity providers not visible (needs sso:provider:view); optional'
      : `identity providers not read: ${diagnosis.title}`,
    details: [ssoNote],
    requests,
    diagnosis,
  };
}
