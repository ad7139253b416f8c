import {UsageError} from './context.js';

/**
 * Reads the client secret piped into standard input, dropping the one
 * trailing newline that `echo` or a here-string adds.
 */
export async function readSecretFromStdin(
  stdin: NodeJS.ReadableStream & {isTTY?: boolean},
): Promise<string> {
  if (stdin.isTTY) {
    throw new UsageError(
      '--client-secret-stdin reads the secret from a pipe, but standard ' +
        'input is a terminal here. Pipe it in, for example\n' +
        '  printf %s "$SECRET" | genesys-auth ... --client-secret-stdin\n' +
        "or run 'genesys-auth setup' on a terminal to type it hidden.",
    );
  }

  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }

  const secret = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (secret.length === 0) {
    throw new UsageError(
      'Standard input was empty: --client-secret-stdin expects the client ' +
        'secret there.',
    );
  }

  return secret;
}
