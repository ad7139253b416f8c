import {homeDivisionId} from './clients.js';

/** The emulated organisation. */
export const organization = {
  id: '0e600000-0000-4000-a000-000000000001',
  name: 'Emulated Organization',
  shortName: 'emulated-org',
};

export const organizationRef = {
  id: organization.id,
  name: organization.name,
  selfUri: `/api/v2/organizations/${organization.id}`,
};

export const homeDivision = {
  id: homeDivisionId,
  name: 'Home',
  selfUri: `/api/v2/authorization/divisions/${homeDivisionId}`,
};

/** The body of GET /api/v2/organizations/me. */
export const organizationMe = {
  id: organization.id,
  name: organization.name,
  defaultLanguage: 'en-us',
  defaultCountryCode: 'US',
  thirdPartyOrgName: organization.shortName,
  thirdPartyURI: '',
  domain: organization.shortName,
  version: 7,
  state: 'active',
  defaultSiteId: '5173e000-0000-4000-a000-000000000001',
  supportURI: '',
  voicemailEnabled: true,
  productPlatform: 'PureCloud',
  features: {directory: true, purecloud: true, chat: true},
  selfUri: organizationRef.selfUri,
};
