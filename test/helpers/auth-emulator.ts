import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from '../../src/firestore-emulator/free-ports.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIREBASE_CLI = join(REPO, 'node_modules/firebase-tools/lib/bin/firebase.js');

/** The Firebase Auth emulator from firebase-tools, running as a child process. */
export interface AuthEmulator {
  /** `127.0.0.1:<port>`, the value of FIREBASE_AUTH_EMULATOR_HOST. */
  readonly host: string;
  readonly projectId: string;
  /** Creates an email/password user and signs them in: their uid and a fresh ID token. */
  createUser(email: string, password?: string): Promise<{ uid: string; idToken: string }>;
  stop(): Promise<void>;
}

class PortTakenError extends Error {}

async function startOnce(projectId: string, authPort: number, hubPort: number, loggingPort: number): Promise<Started> {
  const dir = await mkdtemp(join(tmpdir(), 'askql-auth-emulator-'));
  const config = JSON.parse(await readFile(join(REPO, 'firebase.json'), 'utf8')) as {
    emulators: Record<string, unknown>;
  };
  config.emulators = {
    ...config.emulators,
    auth: { host: '127.0.0.1', port: authPort },
    hub: { host: '127.0.0.1', port: hubPort },
    logging: { host: '127.0.0.1', port: loggingPort },
  };
  delete config.emulators.firestore;
  await writeFile(join(dir, 'firebase.json'), JSON.stringify(config));
  const child = spawn(
    process.execPath,
    [FIREBASE_CLI, 'emulators:start', '--only', 'auth', '--project', projectId, '--config', join(dir, 'firebase.json')],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FIREBASE_AUTH_EMULATOR_HOST: '', FIRESTORE_EMULATOR_HOST: '' },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const host = `127.0.0.1:${authPort}`;
  const deadline = Date.now() + 110_000;
  for (;;) {
    if (child.exitCode !== null) {
      await rm(dir, { recursive: true, force: true });
      const message = `the Auth emulator exited:\n${output}`;
      throw PORT_TAKEN.test(output) ? new PortTakenError(message) : new Error(message);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the Auth emulator did not answer on ${host}:\n${output}`);
    }
    // Bounded: whatever else holds the port may accept and never answer.
    const ready = await fetch(`http://${host}/`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready && child.exitCode === null) return { child, exited, host, dir };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A start that failed because a port it was given was taken meanwhile: worth trying again on fresh ones. */
const PORT_TAKEN = /port \d+ is not open|could not start .* emulator|EADDRINUSE|address already in use/i;

interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  readonly host: string;
  readonly dir: string;
}

export interface AuthEmulatorOptions {
  /** The auth, hub and logging ports of each attempt; default: three free ones. */
  readonly choosePorts?: () => Promise<readonly number[]>;
}

/**
 * Starts `firebase emulators:start --only auth` with the repository's firebase.json (UI off), its ports
 * moved to free ones so parallel runs never collide. A `demo-` project id keeps firebase-tools offline. A port
 * found free can be taken before firebase-tools binds it: such a start is tried again on fresh ports, three
 * times at most, then fails with the emulator's own output.
 */
export async function startAuthEmulator(
  projectId = 'demo-askql',
  options: AuthEmulatorOptions = {},
): Promise<AuthEmulator & { readonly attempts: number }> {
  let attempts = 0;
  let started: Started | null = null;
  while (started === null) {
    attempts += 1;
    const [authPort, hubPort, loggingPort] = await (options.choosePorts ?? (() => freePorts(3)))();
    try {
      started = await startOnce(projectId, authPort as number, hubPort as number, loggingPort as number);
    } catch (error) {
      if (attempts >= 3 || !(error instanceof PortTakenError)) throw error;
    }
  }
  const { child, exited, host, dir } = started;
  const api = `http://${host}/identitytoolkit.googleapis.com/v1`;
  async function call(path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${api}/${path}?key=fake-api-key`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  return {
    host,
    projectId,
    attempts,
    async createUser(email, password = 'correct horse battery staple') {
      await call('accounts:signUp', { email, password, returnSecureToken: true });
      const signedIn = await call('accounts:signInWithPassword', { email, password, returnSecureToken: true });
      return { uid: String(signedIn.localId), idToken: String(signedIn.idToken) };
    },
    async stop() {
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      if (!stopped) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
