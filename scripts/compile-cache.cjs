// Loads the command files of the bundle with V8's code cache, kept in the
// user's cache directory: the second and later runs of a command skip
// parsing and compiling it (~4 ms of `check --json`'s ~35 ms). Node 22 and
// later have this built in (module.enableCompileCache), for ES modules
// too; Node 20 does not, so there the bundle does it itself for its
// CommonJS command files. Any trouble with the cache (no home directory, a
// read-only disk, a file from another build) means compiling as usual.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

/** GENESYS_AUTH_CACHE_DIR, else the platform's cache directory. */
function cacheDirectory() {
  const {env} = process;
  if (env.GENESYS_AUTH_CACHE_DIR) return env.GENESYS_AUTH_CACHE_DIR;
  const base =
    process.platform === 'darwin'
      ? path.join(os.homedir(), 'Library', 'Caches')
      : process.platform === 'win32'
        ? env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local')
        : env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');

  return path.join(base, 'genesys-auth');
}

const directory = cacheDirectory();
const builtIn = Module.enableCompileCache?.(directory);

function readCache(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written once the command is done, so it never delays its work; the
 * caches of earlier builds of the same file go.
 */
function writeCacheAtExit(file, script, stale) {
  process.once('exit', () => {
    try {
      fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
      const temporary = `${file}.${process.pid}`;
      fs.writeFileSync(temporary, script.createCachedData(), {mode: 0o600});
      fs.renameSync(temporary, file);
      for (const name of fs.readdirSync(path.dirname(file))) {
        const other = path.join(path.dirname(file), name);
        if (name.startsWith(stale) && other !== file) fs.rmSync(other);
      }
    } catch {
      // A cache that cannot be written is only a slower next start.
    }
  });
}

/** `require(file)`, for a CommonJS file of the bundle. */
function load(file) {
  if (builtIn || require.cache[file]) return require(file);
  const source = fs.readFileSync(file, 'utf8');
  // V8 checks a cache against the source's length only: the key is the
  // content, so a rebuilt file never runs another build's code.
  const key = crypto
    .createHash('sha256')
    .update(`${process.version}\0${process.arch}\0${source}`)
    .digest('hex')
    .slice(0, 32);
  const prefix = `${path.basename(file)}-`;
  const cacheFile = path.join(directory, `${prefix}${key}`);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
  });
  if (!cachedData || script.cachedDataRejected) {
    writeCacheAtExit(cacheFile, script, prefix);
  }

  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  loaded.loaded = true;
  // Listed as any required file is: a second load answers this one.
  require.cache[file] = loaded;
  script
    .runInThisContext()
    .call(
      loaded.exports,
      loaded.exports,
      Module.createRequire(file),
      loaded,
      file,
      path.dirname(file),
    );

  return loaded.exports;
}

module.exports = load;
