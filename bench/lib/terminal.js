// First-frame timing in a real terminal: a private tmux server with one
// 100x30 pane. Each run respawns the pane with a bash script that notes the
// launch time and execs the command; `tmux pipe-pane` feeds the pane's
// output to frame-watch.js, which notes when the marker first shows.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

const watcher = path.join(import.meta.dirname, 'frame-watch.js');

function shellQuote(value) {
  return `'${String(value).replaceAll("'", `'\\''`)}'`;
}

async function poll(condition, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

function readOr(file, fallback) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/** Opens a private tmux server with one pane of `columns` x `rows`. */
export function openTerminal({columns = 100, rows = 30} = {}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-tty-'));
  const socket = path.join(scratch, 'tmux.sock');
  const {CI: _ci, TMUX: _tmux, ...env} = process.env;
  const tmux = (...args) =>
    execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], {
      env: {...env, TERM: 'xterm-256color'},
      encoding: 'utf8',
    });
  tmux(
    'new-session',
    '-d',
    '-s',
    'bench',
    '-x',
    String(columns),
    '-y',
    String(rows),
    'sleep 1000000',
  );
  tmux('set-option', '-g', 'remain-on-exit', 'on');
  tmux('set-option', '-g', 'status', 'off');
  let count = 0;

  return {
    tmux,
    /**
     * Runs `command` (argv) with `env` in the pane; resolves with the
     * milliseconds from launch to the first output containing `marker`
     * (or, given `markers`, an array: one time for each). `finish` runs
     * after that (e.g. sends a key) and the pane is then waited on until
     * its command exits.
     */
    async firstFrame(command, {marker, markers, env: extra = {}, finish}) {
      const wanted = markers ?? [marker];
      count += 1;
      const start = path.join(scratch, `start-${count}`);
      const result = path.join(scratch, `frame-${count}`);
      const script = path.join(scratch, `run-${count}.sh`);
      const exports = Object.entries(extra)
        .map(([key, value]) => `export ${key}=${shellQuote(value)}`)
        .join('\n');
      writeFileSync(
        script,
        `${exports}\nclear\nprintf '%s' "$EPOCHREALTIME" > ${shellQuote(start)}\n` +
          `exec ${command.map(shellQuote).join(' ')}\n`,
      );
      tmux('respawn-pane', '-k', '-t', 'bench', 'sleep 1000000');
      tmux(
        'pipe-pane',
        '-t',
        'bench',
        `exec ${shellQuote(process.execPath)} ${shellQuote(watcher)} ` +
          [result, ...wanted].map(shellQuote).join(' '),
      );
      await poll(() => readOr(result, '') === 'ready\n', 'the watcher');
      tmux('respawn-pane', '-k', '-t', 'bench', `bash ${shellQuote(script)}`);
      const shown = await poll(
        () => {
          const text = readOr(result, 'ready\n');

          return text === 'ready\n' ? null : text.trim().split('\n');
        },
        `'${wanted.join("', '")}' on screen`,
      );
      const launched = Number(readFileSync(start, 'utf8')) * 1000;
      if (finish) await finish(tmux);
      await poll(
        () =>
          tmux('display', '-p', '-t', 'bench', '#{pane_dead}').trim() === '1',
        'the command to exit',
      );

      const times = shown.map((at) => Number(at) - launched);

      return markers ? times : times[0];
    },
    screen() {
      return tmux('capture-pane', '-p', '-t', 'bench');
    },
    close() {
      try {
        tmux('kill-server');
      } catch {
        // Already gone.
      }

      rmSync(scratch, {recursive: true, force: true});
    },
  };
}
