import os from 'node:os';
import {scenarios, startEmulator} from '../emulator/index.js';
import type {Emulator, ScenarioName} from '../emulator/index.js';
import {createMemorySecretStore} from '../store/secrets.js';
import {runChecks} from '../diagnosis/run.js';
import {connectServices} from './connect.js';
import type {AppServices, ScenarioControl} from './services.js';
import {saveSupportBundle} from './write-bundle.js';

/** A demo's services and how to stop its emulator. */
export interface Demo {
  services: AppServices;
  close(): Promise<void>;
}

/**
 * Starts the emulator on loopback and wires the screens to it, to a
 * memory keychain and to a throwaway profile directory.
 */
export async function startDemo(
  env: NodeJS.ProcessEnv,
  configDir: string,
): Promise<Demo> {
  // A short Retry-After keeps the rate-limit scenario's countdown brief.
  const emulator = await startEmulator({retryAfterSeconds: 5});
  const client = emulator.defaultClient;
  const services = connectServices({
    env: {...env, GENESYS_AUTH_CONFIG_DIR: configDir},
    secrets: createMemorySecretStore(),
    keychain: "the demo's keychain, in memory",
    runChecks,
    saveBundle: (report, target) =>
      saveSupportBundle(report, target, os.tmpdir(), env),
    defaults: {
      region: emulator.url,
      clientId: client.id,
      clientSecret: client.secret,
      profileName: 'demo',
    },
    scenarios: scenarioControl(emulator),
  });

  return {services, close: () => emulator.close()};
}

/** The emulator's scenarios as the demo's picker lists and switches them. */
export function scenarioControl(emulator: Emulator): ScenarioControl {
  return {
    list: Object.entries(scenarios).map(([name, about]) => ({
      name,
      ...about,
    })),
    select: (name) => emulator.setScenario(name as ScenarioName),
  };
}
