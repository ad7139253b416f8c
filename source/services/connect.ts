import {resolveEnvironment, listRegions} from '../genesys/regions.js';
import type {ProfileStore} from '../store/profiles.js';
import {openProfileStore} from '../store/profiles.js';
import {validateProfileName} from '../store/profile-name.js';
import {fingerprint} from '../store/redact.js';
import {saveProfile} from '../store/save.js';
import type {SecretStore} from '../store/types.js';
import type {Answers, SetupInput} from '../wizard/index.js';
import type {AppServices, ScenarioControl} from './services.js';

export interface ConnectOptions {
  env: NodeJS.ProcessEnv;
  secrets: SecretStore;
  /** The diagnosis' `runChecks`. */
  runChecks: AppServices['runChecks'];
  /** Writes the support bundle for a report; resolves to its path. */
  saveBundle: AppServices['saveBundle'];
  defaults?: Answers;
  scenarios?: ScenarioControl;
}

function profileFrom(input: SetupInput) {
  return {
    name: input.name,
    regionInput: input.regionInput,
    region: input.environment.region,
    domain: input.environment.domain,
    clientId: input.clientId,
    createdAt: new Date().toISOString(),
    lastCheck: null,
  };
}

/**
 * The real services behind the screens. The profile file is opened on
 * first use, after the first frame is on screen.
 */
export function connectServices(options: ConnectOptions): AppServices {
  let opened: Promise<ProfileStore> | undefined;
  const profiles = () => (opened ??= openProfileStore({env: options.env}));
  const {secrets} = options;

  return {
    wizard: {
      resolveEnvironment,
      listRegions,
      validateProfileName,
      profileNames: [],
      defaults: options.defaults,
    },
    store: {
      secrets,
      async saveProfile(input) {
        // The checks run right after saving and say what is wrong, so the
        // save does not prove the credentials a second time.
        await saveProfile({
          profiles: await profiles(),
          secrets,
          profile: profileFrom(input),
          secret: input.clientSecret,
          verify: null,
        });
      },
    },
    profiles: {
      list: async () => (await profiles()).list(),
      async remove(name) {
        (await profiles()).remove(name);
        await secrets.delete(name);
      },
      async recordCheck(name, report) {
        const codes = report.checks.flatMap((check) =>
          check.diagnosis ? [check.diagnosis.code] : [],
        );
        (await profiles()).recordCheck(name, {
          at: report.startedAt,
          ok: report.ok,
          codes,
        });
      },
    },
    runChecks: options.runChecks,
    saveBundle: options.saveBundle,
    fingerprint,
    scenarios: options.scenarios,
  };
}
