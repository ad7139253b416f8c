import {resolveEnvironment, listRegions} from '../genesys/regions.js';
import type {ProfileStore} from '../store/profiles.js';
import {openProfileStore} from '../store/profiles.js';
import {validateProfileName} from '../store/profile-name.js';
import {fingerprint} from '../store/redact.js';
import {saveProfile} from '../store/save.js';
import {keychainService} from '../store/secrets.js';
import type {SecretStore} from '../store/types.js';
import type {
  Answers,
  SaveOptions,
  SetupInput,
  SetupStore,
} from '../wizard/index.js';
import {diagnosisCodes} from './check-each.js';
import type {AppServices, ScenarioControl} from './services.js';

export interface ConnectOptions {
  env: NodeJS.ProcessEnv;
  secrets: SecretStore;
  /** Where `secrets` keeps them, in words; the OS keychain by default. */
  keychain?: string;
  /** The diagnosis' `runChecks`. */
  runChecks: AppServices['runChecks'];
  /** Writes the support bundle for a report; resolves to its path. */
  saveBundle: AppServices['saveBundle'];
  defaults?: Answers;
  scenarios?: ScenarioControl;
  /** Opens the profile file; by default, on first use. */
  openProfiles?: () => Promise<ProfileStore>;
}

function profileFrom(input: SetupInput, createdAt?: string) {
  return {
    name: input.name,
    regionInput: input.regionInput,
    region: input.environment.region,
    domain: input.environment.domain,
    clientId: input.clientId,
    createdAt: createdAt ?? new Date().toISOString(),
    lastCheck: null,
  };
}

/**
 * Saves as `setup --yes` does: a token request with the new credentials
 * first, so a wrong new secret never replaces a working one.
 */
function setupStore(
  options: ConnectOptions,
  profiles: () => Promise<ProfileStore>,
): SetupStore {
  const {secrets, env} = options;

  return {
    secrets,
    keychain: options.keychain ?? `the keychain (service ${keychainService})`,
    async saveProfile(input: SetupInput, save: SaveOptions = {}) {
      // The HTTP client loads with the first save, not with the app.
      const {tokenVerifier} = await import('./token-verifier.js');
      const verifier = tokenVerifier(input.environment, {
        env,
        signal: save.signal,
      });
      const store = await profiles();
      const result = await saveProfile({
        profiles: store,
        secrets,
        profile: profileFrom(input, store.get(input.name)?.createdAt),
        secret: input.clientSecret,
        async verify(credentials) {
          save.onStage?.('token');
          const verdict = await verifier(credentials);
          // A person who left while the token came back wants nothing kept.
          if (verdict.ok && save.signal?.aborted) {
            return {ok: false, message: 'Stopped before saving.'};
          }

          if (verdict.ok) save.onStage?.('write');

          return verdict;
        },
      });

      return result.ok ? {saved: true} : {saved: false, reason: result.message};
    },
  };
}

/**
 * The real services behind the screens. The profile file is opened on
 * first use, after the first frame is on screen.
 */
export function connectServices(options: ConnectOptions): AppServices {
  let opened: Promise<ProfileStore> | undefined;
  const open =
    options.openProfiles ?? (() => openProfileStore({env: options.env}));
  const profiles = () => (opened ??= open());
  const {secrets} = options;

  return {
    wizard: {
      resolveEnvironment,
      listRegions,
      validateProfileName,
      profileNames: [],
      defaults: options.defaults,
    },
    store: setupStore(options, profiles),
    profiles: {
      list: async () => (await profiles()).list(),
      async remove(name) {
        (await profiles()).remove(name);
        await secrets.delete(name);
      },
      async recordCheck(name, report) {
        (await profiles()).recordCheck(name, {
          at: report.startedAt,
          ok: report.ok,
          codes: diagnosisCodes(report),
        });
      },
    },
    runChecks: options.runChecks,
    saveBundle: options.saveBundle,
    fingerprint,
    scenarios: options.scenarios,
  };
}
