// Runs the plain demo on this process's terminal, as `genesys-auth demo
// --plain` does once the command chooses the front end.
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {runPlainDemo} from '../../source/plain/demo.js';
import {plainIo} from '../../source/plain/io.js';
import {startDemo} from '../../source/services/demo-services.js';

const controller = new AbortController();
process.once('SIGTERM', () => controller.abort(new Error('terminated')));
const configDir = await mkdtemp(path.join(os.tmpdir(), 'genesys-auth-demo-'));
const demo = await startDemo({...process.env}, configDir);
try {
  const context = {
    stdin: process.stdin,
    stdout: process.stdout,
    env: process.env,
    signal: controller.signal,
  };
  process.exitCode = await runPlainDemo({
    io: plainIo(context, process.argv.slice(2)),
    services: demo.services,
  });
} finally {
  await demo.close();
  await rm(configDir, {recursive: true, force: true});
  process.stdout.write(`[config dir removed: ${configDir}]\n`);
}
