export type {
  Emulator,
  EmulatorClient,
  EmulatorOptions,
  RequestLimit,
  ScenarioName,
} from './types.js';
export {scenarios, isScenarioName} from './scenarios.js';
export {demoClients} from './clients.js';
export {isLoopbackHost} from './loopback.js';
export {startEmulator} from './server.js';
