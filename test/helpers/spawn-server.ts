import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `askql serve` as its own process, as a developer or a deployment starts it. */
export interface SpawnedServer {
  readonly url: string;
  readonly wsUrl: string;
  readonly process: ChildProcess;
  /** Its data directory (the warehouse copy, and the local emulator's export when it starts one). */
  readonly dir: string;
  /** Every line it logged so far (JSON, one event per line). */
  readonly log: string[];
  /** Resolves with the exit code (or the signal's name) once it exits. */
  readonly exited: Promise<number | string>;
}

export interface SpawnOptions {
  /** Extra environment; `undefined` removes a variable the tests set (FIRESTORE_EMULATOR_HOST, to start its own emulator). */
  readonly env?: Record<string, string | undefined>;
  /** A data directory to reuse (a restart); a fresh one with a copy of `warehouseFile` otherwise. */
  readonly dir?: string;
  /** The seeded DuckDB file the server answers from (copied into a fresh data directory). */
  readonly warehouseFile?: string;
  /** Its own process group, as a terminal starts it: `process.kill(-pid, 'SIGINT')` is then a Ctrl-C. */
  readonly processGroup?: boolean;
  /** Run the compiled `bin/askql.js` (as `npm start` does; build it first) instead of src/main.ts through tsx. */
  readonly compiled?: boolean;
}

export async function spawnServer(options: SpawnOptions = {}): Promise<SpawnedServer> {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'askql-instance-'));
  if (!options.dir && options.warehouseFile) copyFileSync(options.warehouseFile, path.join(dir, 'warehouse.duckdb'));
  const merged: Record<string, string | undefined> = {
    ...process.env,
    ASKQL_ENV: 'test',
    ASKQL_AUTH: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    ASKQL_LOG_LEVEL: 'info',
    ASKQL_DATA_DIR: dir,
    ASKQL_WAREHOUSE_URL: `duckdb:${path.join(dir, 'warehouse.duckdb')}`,
    ...options.env,
  };
  const env = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  const entry = options.compiled ? ['bin/askql.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, [...entry, 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: options.processGroup ?? false,
  });
  const log: string[] = [];
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`askql serve did not start in time\n${log.join('\n')}`)), 90_000);
    void exited.then((code) => reject(new Error(`askql serve exited with ${code}\n${log.join('\n')}`)));
    lines.on('line', (line) => {
      log.push(line);
      const match = /"url":"([^"]+)"/.exec(line);
      if (match && line.includes('listening')) {
        clearTimeout(timer);
        resolve(match[1]!.replace('localhost', '127.0.0.1'));
      }
    });
  });
  return { url, wsUrl: url.replace(/^http/, 'ws'), process: child, dir, log, exited };
}
