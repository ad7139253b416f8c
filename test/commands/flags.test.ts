import assert from 'node:assert/strict';
import {test} from 'node:test';
import {UsageError} from '../../source/commands/context.js';
import {
  credentialFlags,
  formatHelp,
  parseFlags,
  profileFlag,
} from '../../source/commands/flags.js';

const options = {...profileFlag, ...credentialFlags};

function usageError(args: string[]): UsageError {
  try {
    parseFlags('check', args, options);
  } catch (error) {
    assert.ok(error instanceof UsageError);

    return error;
  }

  assert.fail('expected a UsageError');
}

test('parses the credential flags', () => {
  const values = parseFlags('check', ['--profile', 'p', '--region=r'], options);

  assert.deepEqual({...values}, {profile: 'p', region: 'r'});
});

test('a secret on the command line is refused without echoing it', () => {
  for (const args of [
    ['--client-secret', 'Sup3r-S3cret'],
    ['--client-secret=Sup3r-S3cret'],
    ['--secret=Sup3r-S3cret'],
  ]) {
    const error = usageError(args);

    assert.match(error.message, /--client-secret-stdin/);
    assert.match(error.message, /GENESYSCLOUD_OAUTHCLIENT_SECRET/);
    assert.doesNotMatch(error.message, /Sup3r-S3cret/);
  }
});

test('a stray argument is not repeated back', () => {
  const error = usageError(['--client-secret-stdin', 'Sup3r-S3cret']);

  assert.match(error.message, /Unexpected argument/);
  assert.doesNotMatch(error.message, /Sup3r-S3cret/);
});

test('an unknown flag is named, without its value', () => {
  const error = usageError(['--colour=Sup3r-S3cret']);

  assert.match(error.message, /Unknown flag '--colour'/);
  assert.match(error.message, /genesys-auth check --help/);
  assert.doesNotMatch(error.message, /Sup3r-S3cret/);
});

test('help lines up the flags', () => {
  const help = formatHelp('x [flags]', 'Does x.', [
    ['--a', 'first'],
    ['--long NAME', 'second'],
  ]);

  assert.equal(
    help,
    'Usage: x [flags]\nDoes x.\n\nFlags:\n' +
      '  --a          first\n  --long NAME  second\n',
  );
});
