import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';

/** One place a secret turned up. */
export interface Leak {
  where: string;
  needle: string;
  form: string;
}

/** Every form a value travels in: as is, base64 (padded or not), URL. */
export function wireForms(value: string): Array<[string, string]> {
  const base64 = Buffer.from(value, 'utf8').toString('base64');

  return [
    ['raw', value],
    ['base64', base64],
    ['base64, unpadded', base64.replace(/=+$/, '')],
    ['base64url', Buffer.from(value, 'utf8').toString('base64url')],
    ['url-encoded', encodeURIComponent(value)],
  ];
}

/**
 * The secrets of a run and their wire forms, including the Basic header's
 * `clientId:secret`, each labelled for the failure message.
 */
export function needlesFor(options: {
  clientId: string;
  secret: string;
  tokens: string[];
}): Array<{needle: string; form: string; text: string}> {
  const values: Array<[string, string]> = [
    ['client secret', options.secret],
    ['Basic credentials', `${options.clientId}:${options.secret}`],
    ...options.tokens.map((token, index): [string, string] => [
      `access token ${index + 1}`,
      token,
    ]),
  ];

  return values.flatMap(([needle, value]) =>
    wireForms(value)
      .filter(([, text]) => text.length >= 8)
      .map(([form, text]) => ({needle, form, text})),
  );
}

/** Every file under a directory, as text, keyed by its path. */
export async function filesUnder(
  directory: string,
): Promise<Array<{where: string; text: string}>> {
  const entries = await readdir(directory, {
    recursive: true,
    withFileTypes: true,
  });
  const files = entries.filter((entry) => entry.isFile());

  return Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);

      return {where: file, text: await readFile(file, 'utf8')};
    }),
  );
}

/** Where any needle shows up in any of the texts. */
export function findLeaks(
  texts: Array<{where: string; text: string}>,
  needles: Array<{needle: string; form: string; text: string}>,
): Leak[] {
  return texts.flatMap(({where, text}) =>
    needles
      .filter((needle) => text.includes(needle.text))
      .map(({needle, form}) => ({where, needle, form})),
  );
}
