import type {
  ErrorBody,
  IdentityProvider,
  NamedEntity,
  Organization,
  TokenInfo,
} from './types.js';

// Genesys adds fields over time and a proxy may mangle a body: every reader
// here keeps what has the expected type and ignores the rest.

type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function namedEntity(value: unknown): NamedEntity | null {
  const fields = fieldsOf(value);
  const id = text(fields.id);

  if (id === null) return null;

  const name = text(fields.name);

  return name === null ? {id} : {id, name};
}

/** Whether a parsed body is a JSON object. */
export function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `ErrorBody`, keeping only fields of the documented types. */
export function parseErrorBody(value: unknown): ErrorBody {
  const fields = fieldsOf(value);
  const body: ErrorBody = {};

  for (const key of [
    'message',
    'code',
    'messageWithParams',
    'contextId',
    'entityId',
    'entityName',
  ] as const) {
    const found = text(fields[key]);

    if (found !== null) body[key] = found;
  }

  if (typeof fields.status === 'number') body.status = fields.status;

  if (Array.isArray(fields.details)) body.details = fields.details;

  if (Array.isArray(fields.errors)) body.errors = fields.errors;

  const params = fieldsOf(fields.messageParams);

  if (Object.keys(params).length > 0) {
    body.messageParams = Object.fromEntries(
      Object.entries(params).map(([key, param]) => [key, String(param)]),
    );
  }

  return body;
}

/** `TokenInfo`; Genesys spells its client `OAuthClient`, capital O. */
export function parseTokenInfo(value: unknown): TokenInfo {
  const fields = fieldsOf(value);

  return {
    organization: namedEntity(fields.organization),
    homeOrganization: namedEntity(fields.homeOrganization),
    authorizedScope: list(fields.authorizedScope).filter(
      (scope): scope is string => typeof scope === 'string',
    ),
    oauthClient: parseOAuthClient(fields.OAuthClient ?? fields.oauthClient),
  };
}

function parseOAuthClient(value: unknown): TokenInfo['oauthClient'] {
  const fields = fieldsOf(value);
  const id = text(fields.id);

  if (id === null) return null;

  return {
    id,
    name: text(fields.name),
    authorizedGrantType: text(fields.authorizedGrantType),
    state: text(fields.state),
    roleDivisions: list(fields.roleDivisions).flatMap((entry) => {
      const pair = fieldsOf(entry);
      const roleId = text(pair.roleId);
      const divisionId = text(pair.divisionId);

      return roleId !== null && divisionId !== null
        ? [{roleId, divisionId}]
        : [];
    }),
  };
}

/** `GET /api/v2/organizations/me`. */
export function parseOrganization(value: unknown): Organization {
  const fields = fieldsOf(value);

  return {
    id: text(fields.id) ?? '',
    name: text(fields.name),
    thirdPartyOrgName: text(fields.thirdPartyOrgName),
    domain: text(fields.domain),
    state: text(fields.state),
  };
}

/** The total of a users page, when Genesys states it. */
export function parseUsersPage(value: unknown): {total: number | null} {
  const {total} = fieldsOf(value);

  return {total: typeof total === 'number' ? total : null};
}

/** Identity providers, from a listing's `entities` or a bare array. */
export function parseIdentityProviders(value: unknown): IdentityProvider[] {
  const entries = Array.isArray(value) ? value : list(fieldsOf(value).entities);

  return entries.flatMap((entry) => {
    const fields = fieldsOf(entry);
    const id = text(fields.id);

    if (id === null) return [];

    return [
      {
        id,
        name: text(fields.name),
        type: text(fields.type) ?? text(fields.providerType),
        disabled: flag(fields.disabled),
      },
    ];
  });
}
