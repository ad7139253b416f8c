// An emulator that knows many working OAuth clients, as an organisation
// with many integrations has: the built-in one copied under new ids and
// secrets. Prints the same first JSON line as `genesys-auth emulator`.
// Usage: node --import tsx bench/emulator-fleet.ts <clients> <latency ms>
import {demoClients, startEmulator} from '../source/emulator/index.js';
import type {EmulatorClient} from '../source/emulator/index.js';

function fleet(count: number): EmulatorClient[] {
  const [template] = demoClients();
  if (!template) throw new Error('the emulator has no built-in client');

  return Array.from({length: count}, (_, i) => ({
    ...template,
    id: `c1e00000-0000-4000-b000-${String(i + 1).padStart(12, '0')}`,
    secret: `fleet-secret-${i + 1}`,
    name: `Integration ${i + 1}`,
  }));
}

const [count = '100', latency = '0'] = process.argv.slice(2);
const clients = fleet(Number(count));
const emulator = await startEmulator({clients, latencyMs: Number(latency)});
process.stdout.write(
  `${JSON.stringify({
    url: emulator.url,
    latencyMs: Number(latency),
    defaultClientId: clients[0]?.id,
    clients: emulator.clients,
  })}\n`,
);
const stop = () => void emulator.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
