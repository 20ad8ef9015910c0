import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePorts } from './free-ports.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** Chooses the emulator's port and its WebSocket server's, per attempt. Default: two free ones. */
  readonly choosePorts?: () => Promise<readonly number[]>;
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
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(output ? `${message}\n${output}` : message);
    this.name = 'EmulatorStartError';
  }
}

export function exportMetadataFile(dataDir: string): string {
  return join(resolve(dataDir), 'firestore', EXPORT_NAME, `${EXPORT_NAME}.overall_export_metadata`);
}

/** Deletes every document of `projectId` in the emulator at `host`. */
export async function clearEmulator(host: string, projectId: string): Promise<void> {
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`, {
    method: 'DELETE',
  });
  if (!response.ok)
    throw new Error(`clearing the Firestore emulator failed: ${response.status} ${await response.text()}`);
}

/**
 * Starts Google's Cloud Firestore emulator as a child process on a free port and waits until it answers.
 * The data directory's export, when present, seeds it; it is exported and stopped however this process ends.
 */
export async function startFirestoreEmulator(options: FirestoreEmulatorOptions): Promise<FirestoreEmulator> {
  const { logger, projectId } = options;
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const seed = dataDir && existsSync(exportMetadataFile(dataDir)) ? exportMetadataFile(dataDir) : undefined;
  if (seed) logger?.info({ dataDir }, 'Firestore emulator: importing saved history');

  // A free port is only free until someone binds it: another process, or the emulator's own WebSocket server,
  // which binds an ephemeral port of its own choosing unless told one (it once took the very port just chosen
  // for the emulator, which then failed with "Address already in use"). Both ports are chosen here, and a start
  // that lost either race is tried again on fresh ones.
  for (let attempt = 1; ; attempt++) {
    const [port, websocketPort] = await (options.choosePorts ?? (() => freePorts(2)))();
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
      '--websocket_port',
      String(websocketPort),
      ...(seed ? ['--seed_from_export', seed] : []),
    ];
    const supervised = supervise(args, host, projectId, dataDir, logger);
    try {
      await waitUntilReady(host, supervised.child, supervised.exited, options.startTimeoutMs ?? 60_000);
    } catch (error) {
      killGroup(supervised.child, 'SIGKILL');
      await supervised.exited;
      const output = supervised.output.join('\n');
      if (attempt < START_ATTEMPTS && output.includes('Address already in use')) {
        logger?.warn({ host, websocketPort, attempt }, 'Firestore emulator: a port was taken meanwhile, trying others');
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new EmulatorStartError(`the Firestore emulator (${options.jar}) did not start: ${message}`, output);
    }
    logger?.info({ host, jar: options.jar, heapMb: options.heapMb }, 'Firestore emulator started');
    return running(supervised, host, projectId, dataDir, options.exportIntervalMs ?? 60_000, logger);
  }
}

/** How many times a start that lost a port to someone else is tried. */
const START_ATTEMPTS = 3;

interface Supervised {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** The last lines the supervisor and the JVM printed. */
  readonly output: string[];
  readonly javaPid: () => number | undefined;
  readonly pendingExports: Map<number, { resolve: () => void; reject: (error: Error) => void }>;
}

/**
 * The JVM under a supervisor in a process group of its own (see supervisor.mjs): a Ctrl-C or a SIGKILL of the
 * server never takes the history with it, and the JVM never outlives the server for long.
 */
function supervise(
  javaArgs: string[],
  host: string,
  projectId: string,
  dataDir: string | undefined,
  logger: Logger | undefined,
): Supervised {
  const child = spawn(
    process.execPath,
    [SUPERVISOR, JSON.stringify({ javaArgs, host, projectId, dataDir: dataDir ?? null, exportName: EXPORT_NAME })],
    {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
    },
  );
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
  let javaPid: number | undefined;
  const pendingExports: Supervised['pendingExports'] = new Map();
  child.on('message', (message: SupervisorMessage) => {
    if (message.type === 'java') javaPid = message.pid;
    if (message.type !== 'exported') return;
    const pending = pendingExports.get(message.id);
    pendingExports.delete(message.id);
    if (message.error) pending?.reject(new Error(message.error));
    else pending?.resolve();
  });
  void exited.then(() => {
    for (const pending of pendingExports.values()) pending.reject(new Error('the Firestore emulator has stopped'));
    pendingExports.clear();
  });
  return { child, exited, output, javaPid: () => javaPid, pendingExports };
}

/** The handle on an emulator that answered: exports, clearing, and the stop that exports first. */
function running(
  { child, exited, javaPid, pendingExports }: Supervised,
  host: string,
  projectId: string,
  dataDir: string | undefined,
  interval: number,
  logger: Logger | undefined,
): FirestoreEmulator {
  let nextExportId = 0;
  const exportData = (): Promise<void> => {
    if (!dataDir) return Promise.resolve();
    if (!child.connected) return Promise.reject(new Error('the Firestore emulator has stopped'));
    const id = ++nextExportId;
    return new Promise<void>((resolveExport, rejectExport) => {
      pendingExports.set(id, { resolve: resolveExport, reject: rejectExport });
      child.send({ type: 'export', id });
    });
  };
  const timer =
    dataDir && interval > 0
      ? setInterval(() => {
          exportData().catch((error: unknown) =>
            logger?.warn({ err: error }, 'Firestore emulator: periodic export failed'),
          );
        }, interval)
      : undefined;
  timer?.unref();

  let stopping: Promise<void> | undefined;
  return {
    host,
    projectId,
    get pid() {
      return javaPid();
    },
    exportData,
    clear: () => clearEmulator(host, projectId),
    stop() {
      stopping ??= (async () => {
        if (timer) clearInterval(timer);
        // Closing the channel is the supervisor's cue: it exports (when there is a data directory), then stops the JVM.
        if (child.connected) child.disconnect();
        const stopped = await Promise.race([
          exited.then(() => true),
          sleep(STOP_TIMEOUT_MS, undefined, { ref: false }).then(() => false),
        ]);
        if (!stopped) {
          logger?.error({ timeoutMs: STOP_TIMEOUT_MS }, 'Firestore emulator: did not stop in time, killed');
          killGroup(child, 'SIGKILL');
          await exited;
        } else if (dataDir) {
          logger?.info({ dataDir }, 'Firestore emulator: history exported');
        }
      })();
      return stopping;
    },
  };
}

/** How long the supervisor may take to export and stop the JVM before both are killed. */
const STOP_TIMEOUT_MS = 30_000;

const SUPERVISOR = fileURLToPath(new URL('./supervisor.mjs', import.meta.url));

type SupervisorMessage = { type: 'java'; pid: number } | { type: 'exported'; id: number; error?: string };

/** Signals the supervisor's whole process group (it and the JVM). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntilReady(
  host: string,
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Set when the process exits, while this loop waits.
  let gone = false as boolean;
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
