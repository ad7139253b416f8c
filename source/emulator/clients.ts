import type {EmulatorClient} from './types.js';

/** The emulated organisation's home division. */
export const homeDivisionId = 'd1c00000-0000-4000-a000-000000000001';

const roles = {
  directoryReader: {
    id: 'a0100000-0000-4000-a000-000000000001',
    name: 'Directory Reader',
    divisionId: homeDivisionId,
  },
  queueReader: {
    id: 'a0100000-0000-4000-a000-000000000002',
    name: 'Queue Reader',
    divisionId: homeDivisionId,
  },
  ssoAuditor: {
    id: 'a0100000-0000-4000-a000-000000000003',
    name: 'SSO Auditor',
    divisionId: homeDivisionId,
  },
  integrationAdmin: {
    id: 'a0100000-0000-4000-a000-000000000004',
    name: 'Integration Admin',
    divisionId: homeDivisionId,
  },
};

const day = 86_400;

/** The built-in clients; made up, safe to print. */
export function demoClients(): EmulatorClient[] {
  return [
    {
      id: 'c1e00000-0000-4000-a000-000000000001',
      secret: 'emulator-secret-works',
      name: 'Reporting integration',
      purpose: 'works: may read users and queues, not SSO providers',
      state: 'active',
      permissions: ['directory:user:view', 'routing:queue:view'],
      roles: [roles.directoryReader, roles.queueReader],
      tokenLifetimeSeconds: day,
    },
    {
      id: 'c1e00000-0000-4000-a000-000000000002',
      secret: 'emulator-secret-admin',
      name: 'Admin integration',
      purpose: 'works: may read users, queues, SSO providers, OAuth clients',
      state: 'active',
      permissions: [
        'directory:user:view',
        'routing:queue:view',
        'sso:provider:view',
        'oauth:client:view',
      ],
      roles: [roles.directoryReader, roles.ssoAuditor, roles.integrationAdmin],
      tokenLifetimeSeconds: day,
    },
    {
      id: 'c1e00000-0000-4000-a000-000000000003',
      secret: 'emulator-secret-no-users',
      name: 'Queue monitor',
      purpose: 'gets a token, but lacks directory:user:view (403)',
      state: 'active',
      permissions: ['routing:queue:view'],
      roles: [roles.queueReader],
      tokenLifetimeSeconds: day,
    },
    {
      id: 'c1e00000-0000-4000-a000-000000000004',
      secret: 'emulator-secret-disabled',
      name: 'Retired integration',
      purpose: 'disabled: gets no token',
      state: 'disabled',
      permissions: ['directory:user:view'],
      roles: [roles.directoryReader],
      tokenLifetimeSeconds: day,
    },
    {
      id: 'c1e00000-0000-4000-a000-000000000005',
      secret: 'emulator-secret-inactive',
      name: 'Deleted integration',
      purpose: 'inactive (pending deletion): gets no token',
      state: 'inactive',
      permissions: ['directory:user:view'],
      roles: [roles.directoryReader],
      tokenLifetimeSeconds: day,
    },
  ];
}
