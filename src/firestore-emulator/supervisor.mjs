// The Firestore emulator's supervisor: plain JavaScript with Node's own modules only, because it runs under a bare
// `node` in its own process group and outlives the server that started it (by seconds).
//
// Why a process of its own: the server cannot save the history after it is gone. Started in the server's process
// group, the JVM died with a Ctrl-C (or `kill -- -PGID`, or systemd's default) before the final export; a server
// killed with SIGKILL left it orphaned, holding its port, with everything since the last export lost. The
// supervisor is in a group of its own, so signals meant for the server do not reach it, and it watches the IPC
// channel to the server: whenever that closes (a clean stop, a crash, SIGKILL, the OOM killer), it exports the
// data and then stops the JVM, so nothing committed is lost and nothing is left behind.
//
// argv[2]: JSON { javaArgs, host, projectId, dataDir | null, exportName }
// IPC in:  { type: 'export', id }            out: { type: 'exported', id, error? }
// IPC out: { type: 'java', pid }             once the JVM is spawned
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const { javaArgs, host, projectId, dataDir, exportName } = JSON.parse(process.argv[2]);

// Once the server is gone its end of the output pipes is closed: a write then fails, and must not end this
// process before it has saved the data and stopped the JVM.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

const java = spawn('java', javaArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
const javaExited = new Promise((resolve) => {
  java.once('exit', resolve);
  java.once('error', resolve);
});
process.send?.({ type: 'java', pid: java.pid });

/** Exports into a fresh directory next to the previous export, then swaps it in, so a crash mid-export loses nothing. */
async function exportTo() {
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
        export_name: exportName,
      }),
      signal: AbortSignal.timeout(60_000),
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

// Exports run one at a time: a periodic one must never race the final one.
let exporting = Promise.resolve();
function exportData() {
  exporting = exporting.catch(() => undefined).then(() => (dataDir ? exportTo() : undefined));
  return exporting;
}

process.on('message', (message) => {
  if (message?.type !== 'export') return;
  exportData().then(
    () => process.send?.({ type: 'exported', id: message.id }),
    (error) => process.send?.({ type: 'exported', id: message.id, error: String(error?.message ?? error) }),
  );
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (java.exitCode === null && dataDir) {
    try {
      await exportData();
    } catch (error) {
      // Nobody is left to log to but the inherited stderr (the server's log, when it still reads it).
      console.error(`Firestore emulator supervisor: final export failed: ${error?.message ?? error}`);
    }
  }
  java.kill('SIGTERM');
  const stopped = await Promise.race([
    javaExited.then(() => true),
    sleep(5000, undefined, { ref: false }).then(() => false),
  ]);
  if (!stopped) java.kill('SIGKILL');
  process.exit(0);
}

// The channel closes when the server stops it on purpose or dies in any way: either way, save and stop.
process.on('disconnect', () => void stop());
// Signals sent to this group on purpose (an operator's kill) stop the emulator the same careful way.
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGHUP', () => void stop());
// A JVM that dies on its own leaves nothing to supervise.
void javaExited.then(() => {
  if (!stopping) process.exit(1);
});
