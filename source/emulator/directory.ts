import {homeDivision} from './organization.js';

const people = [
  ['Ada Lovelace', 'Engineering'],
  ['Grace Hopper', 'Engineering'],
  ['Alan Turing', 'Research'],
  ['Katherine Johnson', 'Research'],
  ['Edsger Dijkstra', 'Engineering'],
  ['Barbara Liskov', 'Architecture'],
  ['Donald Knuth', 'Documentation'],
  ['Margaret Hamilton', 'Operations'],
  ['Frances Allen', 'Support'],
  ['John Backus', 'Support'],
  ['Radia Perlman', 'Networks'],
  ['Ken Thompson', 'Operations'],
] as const;

function entityId(prefix: string, index: number): string {
  return `${prefix}-0000-4000-a000-${String(index + 1).padStart(12, '0')}`;
}

/** The organisation's people, as GET /api/v2/users lists them. */
export const users = people.map(([name, department], index) => {
  const id = entityId('05e70000', index);
  const username = `${name.toLowerCase().replace(' ', '.')}@example.com`;

  return {
    id,
    name,
    division: homeDivision,
    chat: {jabberId: `${id}@emulated-org.orgspan.com`},
    department,
    email: username,
    primaryContactInfo: [
      {address: username, mediaType: 'EMAIL', type: 'PRIMARY'},
    ],
    addresses: [],
    state: 'active',
    username,
    version: 3,
    acdAutoAnswer: false,
    selfUri: `/api/v2/users/${id}`,
  };
});

/** The routing queues, as GET /api/v2/routing/queues lists them. */
export const queues = ['Sales', 'Support', 'Billing'].map((name, index) => {
  const id = entityId('0a7e0000', index);

  return {
    id,
    name,
    division: homeDivision,
    description: `${name} enquiries`,
    dateCreated: '2024-03-01T09:00:00.000Z',
    dateModified: '2025-01-15T10:30:00.000Z',
    memberCount: 4,
    userMemberCount: 4,
    joinedMemberCount: 3,
    skillEvaluationMethod: 'ALL',
    autoAnswerOnly: false,
    enableTranscription: false,
    selfUri: `/api/v2/routing/queues/${id}`,
  };
});

/** The configured SAML identity providers. */
export const identityProviders = [
  {
    id: 'okta',
    name: 'Okta',
    disabled: false,
    issuerURI: 'http://www.okta.com/exk1emulated0000',
    ssoTargetURI:
      'https://emulated.okta.example/app/genesys/exk1emulated/sso/saml',
    relyingPartyIdentifier: 'urn:gc:emulated-org',
    certificates: ['MIIC...emulated-okta-certificate'],
    ssoBinding: 'HTTP Redirect',
    nameIdentifierFormat:
      'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    displayOnLogin: true,
    selfUri: '/api/v2/identityproviders/okta',
  },
  {
    id: 'adfs',
    name: 'ADFS',
    disabled: true,
    issuerURI: 'http://adfs.emulated.example/adfs/services/trust',
    ssoTargetURI: 'https://adfs.emulated.example/adfs/ls/',
    relyingPartyIdentifier: 'urn:gc:emulated-org',
    certificates: ['MIIC...emulated-adfs-certificate'],
    ssoBinding: 'HTTP Post',
    displayOnLogin: false,
    selfUri: '/api/v2/identityproviders/adfs',
  },
];
