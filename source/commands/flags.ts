import {parseArgs, type ParseArgsConfig} from 'node:util';
import {validateProfileName} from '../store/profile-name.js';
import {UsageError} from './context.js';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

type StrictConfig<T extends FlagOptions> = {
  args: string[];
  options: T;
  strict: true;
  allowPositionals: false;
};

/** The parsed flag values, typed from the definitions. */
export type FlagValues<T extends FlagOptions> = ReturnType<
  typeof parseArgs<StrictConfig<T>>
>['values'];

/** `--help` / `-h`, which every command takes. */
export const helpFlag = {help: {type: 'boolean', short: 'h'}} as const;

/** `--profile NAME`. */
export const profileFlag = {profile: {type: 'string'}} as const;

/** `--json`. */
export const jsonFlag = {json: {type: 'boolean'}} as const;

/** The flags that give credentials for one run; never the secret itself. */
export const credentialFlags = {
  region: {type: 'string'},
  'client-id': {type: 'string'},
  'client-secret-stdin': {type: 'boolean'},
} as const;

/** One line of help per flag, shared so commands describe them alike. */
export const flagHelp = {
  profile: ['--profile NAME', 'the saved profile to use'],
  region: [
    '--region REGION',
    'a region name, a domain, or a URL from the browser',
  ],
  clientId: ['--client-id ID', 'the OAuth client id'],
  clientSecretStdin: [
    '--client-secret-stdin',
    'read the client secret from standard input',
  ],
  json: ['--json', 'print JSON instead of text'],
  help: ['--help', 'show this help'],
} as const satisfies Record<string, readonly [string, string]>;

/** A command's `--help` text. */
export function formatHelp(
  usage: string,
  summary: string,
  flags: ReadonlyArray<readonly [string, string]>,
): string {
  const width = Math.max(...flags.map(([flag]) => flag.length));
  const lines = flags.map(
    ([flag, description]) => `  ${flag.padEnd(width)}  ${description}`,
  );

  return `Usage: ${usage}\n${summary}\n\nFlags:\n${lines.join('\n')}\n`;
}

const secretFlag = /^--?(client[-_]?)?secret(=|$)/i;

/**
 * Refuses a secret on the command line without repeating it: argv is
 * visible to every user in `ps` and stays in shell history.
 */
function refuseSecretOnArgv(args: string[]): void {
  if (!args.some((arg) => secretFlag.test(arg))) return;

  throw new UsageError(
    'A client secret is never taken as a command-line argument: other ' +
      'users can see it in `ps`, and it stays in your shell history.\n' +
      'Pipe it in with --client-secret-stdin, for example\n' +
      '  printf %s "$SECRET" | genesys-auth <command> --client-secret-stdin\n' +
      'or set GENESYSCLOUD_OAUTHCLIENT_SECRET.',
  );
}

function looksLikeFlag(flag: string): boolean {
  return /^--?[A-Za-z][A-Za-z-]{0,30}$/.test(flag);
}

function explainParseError(error: unknown, help: string): string {
  const code = (error as {code?: string}).code;
  const message = error instanceof Error ? error.message : String(error);
  const hint = `Run '${help}' for the flags it takes.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    // The value itself is not repeated: it may be a pasted secret.
    return `Unexpected argument (not shown, in case it is a secret). ${hint}`;
  }

  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^'=]+)/.exec(message)?.[1] ?? '';

    // A real flag is a few words; anything else may be a pasted secret.
    return looksLikeFlag(flag)
      ? `Unknown flag '${flag}'. ${hint}`
      : `Unknown flag (not shown, in case it is a secret). ${hint}`;
  }

  return `${message.replace(/\.$/, '')}. ${hint}`;
}

/**
 * Parses flags strictly. Any mistake becomes a UsageError that names the
 * flag and points at `--help`, never echoing a value.
 */
export function parseFlags<T extends FlagOptions>(
  command: string,
  args: string[],
  options: T,
): FlagValues<T> {
  refuseSecretOnArgv(args);
  try {
    const config: StrictConfig<T> = {
      args,
      options,
      strict: true,
      allowPositionals: false,
    };

    return parseArgs(config).values;
  } catch (error) {
    throw new UsageError(
      explainParseError(error, `genesys-auth ${command} --help`),
    );
  }
}

/** The --profile value, checked; `whenMissing` says how to give one. */
export function requireProfileName(
  value: string | undefined,
  whenMissing: string,
): string {
  if (value === undefined) throw new UsageError(whenMissing);

  const problem = validateProfileName(value);
  if (problem) throw new UsageError(problem);

  return value;
}
