import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
/** The CLI's source through tsx, so the tests exercise the code as it is; compiled.test.ts covers bin/askql.js. */
const CLI = ['--import', 'tsx', join(ROOT, 'src/main.ts')];

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a person at a terminal, minus anything that would colour or configure the output. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const dropped = new Set(['FORCE_COLOR', 'NO_COLOR', 'ASKQL_URL', 'ASKQL_TOKEN', 'VITEST', 'VITEST_WORKER_ID']);
  const inherited = Object.entries(process.env).filter(([name]) => !dropped.has(name));
  return { ...Object.fromEntries(inherited), ...extra };
}

/** Runs the `askql` command line with plain pipes (not a TTY), as a script or CI would. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: ROOT, env: cleanEnv(env), timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * The real command line in a pseudo-terminal: a private tmux server, one window of `columns`×`rows`.
 * `screen()` is what a person would see; `keys()` types; the exit code is printed by the shell when it ends.
 */
export interface Tty {
  screen(): string;
  keys(...keys: string[]): void;
  waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
  close(): void;
}

export function startInTty(args: string[], env: Record<string, string> = {}, size = { columns: 110, rows: 45 }): Tty {
  const socketDir = mkdtempSync(join(tmpdir(), 'askql-tmux-'));
  const socket = join(socketDir, 'socket');
  const quoted = [process.execPath, ...CLI, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const exports = Object.entries(env)
    .map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}';`)
    .join(' ');
  // Ctrl-C reaches the whole foreground process group; the shell only notes it, so it lives to print the exit code.
  const command = `trap 'true' INT; unset FORCE_COLOR NO_COLOR ASKQL_URL ASKQL_TOKEN; ${exports} cd '${ROOT}' && ${quoted}; echo "EXIT=$?"; sleep 600`;
  const tmux = (...tmuxArgs: string[]) => spawnSync('tmux', ['-S', socket, ...tmuxArgs], { encoding: 'utf8' });
  const started = tmux('new-session', '-d', '-x', String(size.columns), '-y', String(size.rows), 'sh', '-c', command);
  if (started.status !== 0) throw new Error(`tmux did not start: ${started.stderr}`);
  const tty: Tty = {
    screen: () => tmux('capture-pane', '-p', '-J').stdout,
    keys: (...keys) => void tmux('send-keys', ...keys),
    async waitFor(predicate, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      let screen = tty.screen();
      while (!predicate(screen)) {
        if (Date.now() > deadline) throw new Error(`the terminal never showed what was expected; it shows:\n${screen}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
        screen = tty.screen();
      }
      return screen;
    },
    close() {
      tmux('kill-server');
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
  return tty;
}
