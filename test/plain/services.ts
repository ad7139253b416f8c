import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {runChecks} from '../../source/diagnosis/run.js';
import type {Emulator, ScenarioName} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {createMemorySecretStore} from '../../source/store/secrets.js';
import {connectServices} from '../../source/services/connect.js';
import type {AppServices} from '../../source/services/services.js';
import {saveSupportBundle} from '../../source/services/write-bundle.js';
import {scenarioControl} from '../../source/services/demo-services.js';

/** Real services on loopback: the emulator, a memory keychain, a temp dir. */
export interface TestWorld {
  services: AppServices;
  emulator: Emulator;
  configDir: string;
  close(): Promise<void>;
}

/**
 * Everything the plain front end touches, real but private to one test:
 * answers default to the emulator's working client, as in the demo.
 */
export async function openWorld(
  options: {scenario?: ScenarioName; withDefaults?: boolean} = {},
): Promise<TestWorld> {
  const emulator = await startEmulator({scenario: options.scenario});
  const configDir = await mkdtemp(path.join(os.tmpdir(), 'plain-test-'));
  const env = {...process.env, GENESYS_AUTH_CONFIG_DIR: configDir};
  const secrets = createMemorySecretStore();
  const client = emulator.defaultClient;
  const services = connectServices({
    env,
    secrets,
    runChecks: (target, runOptions) => runChecks({...target, env}, runOptions),
    saveBundle: (report, target) =>
      saveSupportBundle(report, target, configDir, env),
    defaults:
      options.withDefaults === false
        ? undefined
        : {
            region: emulator.url,
            clientId: client.id,
            clientSecret: client.secret,
            profileName: 'demo',
          },
    scenarios: scenarioControl(emulator),
  });

  return {
    services,
    emulator,
    configDir,
    async close() {
      await emulator.close();
      await rm(configDir, {recursive: true, force: true});
    },
  };
}
