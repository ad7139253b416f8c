import path from 'node:path';
import {writeBundle} from '../diagnosis/bundle.js';
import {secretsOf} from '../diagnosis/run.js';
import type {Report} from '../diagnosis/types.js';
import type {CheckTarget} from './services.js';

/**
 * Writes the Markdown support bundle for one report into `directory`,
 * with the secret of the checked credentials redacted; answers its path.
 */
export async function saveSupportBundle(
  report: Report,
  target: CheckTarget,
  directory: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const stamp = report.startedAt.replaceAll(/[:.]/g, '-');
  const file = path.join(directory, `genesys-auth-support-${stamp}.md`);
  await writeBundle(file, [report], {secrets: secretsOf(target), env});

  return file;
}
