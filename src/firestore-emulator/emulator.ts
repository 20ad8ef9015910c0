import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Logger } from '../logger.js';

/** The class the emulator jar runs, as the Google Cloud CLI's `cloud_firestore_emulator` script starts it. */
const MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
/** The export's name inside the data directory (firebase-tools uses the same layout). */
const EXPORT_NAME = 'firestore_export';

export interface FirestoreEmulatorOptions {
  /** The emulator jar (see findEmulatorJar). */
  readonly jar: string;
  /** Project id the server and the export use. */
  readonly projectId: string;
  /** Maximum Java heap; the JVM's default is a quarter of the machine's memory. */
  readonly heapMb: number;
  /**
   * Where the data persists: imported from `<dataDir>/firestore` at start, exported there on stop and
   * every `exportIntervalMs`. Unset keeps the data in memory only (tests).
   */
  readonly dataDir?: string;
  /** How often to export while running. Default 60 s; 0 disables periodic export. */
  readonly exportIntervalMs?: number;
  /** How long to wait for the emulator to answer. Default 60 s. */
  readonly startTimeoutMs?: number;
  readonly logger?: Logger;
}

/** A running emulator. */
export interface FirestoreEmulator {
  /** `127.0.0.1:<port>`, the value FIRESTORE_EMULATOR_HOST takes. */
  readonly host: string;
  readonly projectId: string;
  /** The Java process's id (benchmarks read its CPU time). */
  readonly pid: number | undefined;
  /** Writes the current data to `<dataDir>/firestore`, replacing the previous export only once the new one is complete. */
  exportData(): Promise<void>;
  /** Deletes every document of the project (between tests). */
  clear(): Promise<void>;
  /** Exports (when there is a data directory), then stops the Java process. */
  stop(): Promise<void>;
}

export class EmulatorStartError extends Error {
  constructor(message: string, readonly output: string) {
    super(output ? `${message}\n${output}` : message);
    this.name = 'EmulatorStartError';
  }
}

/** A port nobody listens on right now; the emulator binds it a moment later. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export function exportMetadataFile(dataDir: string): string {
  return join(resolve(dataDir), 'firestore', EXPORT_NAME, `${EXPORT_NAME}.overall_export_metadata`);
}

/** Deletes every document of `projectId` in the emulator at `host`. */
export async function clearEmulator(host: string, projectId: string): Promise<void> {
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`, {
    method: 'DELETE',
  });
  if (!response.ok) throw new Error(`clearing the Firestore emulator failed: ${response.status} ${await response.text()}`);
}

/**
 * Starts Google's Cloud Firestore emulator as a child process on a free port and waits until it answers.
 * The data directory's export, when present, seeds it; the child is killed if this process exits first.
 */
export async function startFirestoreEmulator(options: FirestoreEmulatorOptions): Promise<FirestoreEmulator> {
  const { logger, projectId } = options;
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const args = [
    `-Xmx${options.heapMb}m`,
    // A local emulator wants to be quick to start, not peak throughput: the client compiler alone and the
    // single-threaded collector halved its start-up and first-request time on a busy 2-core machine here.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-Duser.language=en',
    '-cp',
    options.jar,
    MAIN_CLASS,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
  ];
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir && existsSync(exportMetadataFile(dataDir))) {
    args.push('--seed_from_export', exportMetadataFile(dataDir));
    logger?.info({ dataDir }, 'Firestore emulator: importing saved history');
  }

  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 40) output.shift();
      logger?.debug({ emulator: 'firestore' }, line);
    }
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
    child.once('error', (error) => {
      output.push(error.message);
      resolveExit(null);
    });
  });
  // A JVM left behind by a crashed server would hold its port and memory until someone noticed.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  try {
    await waitUntilReady(host, child, exited, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    process.off('exit', killOnExit);
    child.kill('SIGKILL');
    const message = error instanceof Error ? error.message : String(error);
    throw new EmulatorStartError(`the Firestore emulator (${options.jar}) did not start: ${message}`, output.join('\n'));
  }
  logger?.info({ host, jar: options.jar, heapMb: options.heapMb }, 'Firestore emulator started');

  // Exports run one at a time: a periodic one must never race the final one.
  let exporting: Promise<void> = Promise.resolve();
  const exportData = () => {
    exporting = exporting.catch(() => undefined).then(() => (dataDir ? exportTo(host, projectId, dataDir) : undefined));
    return exporting;
  };
  const interval = options.exportIntervalMs ?? 60_000;
  const timer =
    dataDir && interval > 0
      ? setInterval(() => {
          exportData().catch((error: unknown) => logger?.warn({ err: error }, 'Firestore emulator: periodic export failed'));
        }, interval)
      : undefined;
  timer?.unref();

  let stopping: Promise<void> | undefined;
  return {
    host,
    projectId,
    pid: child.pid,
    exportData,
    clear: () => clearEmulator(host, projectId),
    stop() {
      stopping ??= (async () => {
        if (timer) clearInterval(timer);
        if (dataDir) {
          try {
            await exportData();
            logger?.info({ dataDir }, 'Firestore emulator: history exported');
          } catch (error) {
            logger?.error({ err: error }, 'Firestore emulator: final export failed');
          }
        }
        child.kill('SIGTERM');
        const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
        if (!stopped) {
          child.kill('SIGKILL');
          await exited;
        }
        process.off('exit', killOnExit);
      })();
      return stopping;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

async function waitUntilReady(host: string, child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone || child.exitCode !== null) throw new Error(`java exited with code ${child.exitCode ?? 'unknown'}`);
    try {
      const response = await fetch(`http://${host}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`no answer on ${host} within ${timeoutMs} ms`);
}

/** Exports into a fresh directory next to the previous export, then swaps it in, so a crash mid-export loses nothing. */
async function exportTo(host: string, projectId: string, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, 'firestore');
  const fresh = await mkdtemp(join(dataDir, 'firestore-export-'));
  try {
    const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}:export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        database: `projects/${projectId}/databases/(default)`,
        export_directory: fresh,
        export_name: EXPORT_NAME,
      }),
    });
    if (!response.ok) throw new Error(`export failed: ${response.status} ${await response.text()}`);
    const previous = `${target}.previous`;
    await rm(previous, { recursive: true, force: true });
    if (existsSync(target)) await rename(target, previous);
    await rename(fresh, target);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
}
