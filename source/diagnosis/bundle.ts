import {open} from 'node:fs/promises';
import os from 'node:os';
import {redact} from '../store/redact.js';
import {renderBundle} from './bundle-markdown.js';
import {proxySettings} from './proxy-settings.js';
import type {Report} from './types.js';

export interface BundleOptions {
  /** Values that must not appear, in any encoding: secrets and tokens. */
  secrets: string[];
  env: NodeJS.ProcessEnv;
}

/** The bundle's text, redacted again in case anything slipped through. */
export function bundleText(reports: Report[], options: BundleOptions): string {
  const markdown = renderBundle(
    reports,
    {
      node: process.version,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      writtenAt: new Date().toISOString(),
    },
    proxySettings(options.env),
  );

  return redact(markdown, options.secrets);
}

/**
 * Writes the Markdown support bundle, readable by its owner only: it names
 * hosts and client ids, which are nobody else's business.
 */
export async function writeBundle(
  file: string,
  reports: Report[],
  options: BundleOptions,
): Promise<void> {
  const text = bundleText(reports, options);
  const handle = await open(file, 'w', 0o600);
  try {
    // The mode above applies only to a new file; an old one is tightened.
    await handle.chmod(0o600);
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}
