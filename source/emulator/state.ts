import type {RateWindow} from './rate-window.js';
import type {TokenStore} from './token-store.js';
import type {EmulatorClient, ScenarioName} from './types.js';

/** What one running emulator knows and how it is switched. */
export interface EmulatorState {
  scenario: ScenarioName;
  latencyMs: number;
  clients: Map<string, EmulatorClient>;
  tokens: TokenStore;
  /** Token requests per client id */
  tokenRequests: RateWindow;
  /** API requests per access token */
  apiRequests: RateWindow;
  retryAfterSeconds: number;
  expiringTokenSeconds: number;
  tokenErrorStatus: 400 | 401;
}
