import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIREBASE_CLI = join(REPO, 'node_modules/firebase-tools/lib/bin/firebase.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The Firebase Auth emulator from firebase-tools, running as a child process. */
export interface AuthEmulator {
  /** `127.0.0.1:<port>`, the value of FIREBASE_AUTH_EMULATOR_HOST. */
  readonly host: string;
  readonly projectId: string;
  /** Creates an email/password user and signs them in: their uid and a fresh ID token. */
  createUser(email: string, password?: string): Promise<{ uid: string; idToken: string }>;
  stop(): Promise<void>;
}

/**
 * Starts `firebase emulators:start --only auth` with the repository's firebase.json (UI off), its ports
 * moved to free ones so parallel runs never collide. A `demo-` project id keeps firebase-tools offline.
 */
export async function startAuthEmulator(projectId = 'demo-askql'): Promise<AuthEmulator> {
  const [authPort, hubPort, loggingPort] = [await freePort(), await freePort(), await freePort()];
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
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const host = `127.0.0.1:${authPort}`;
  const deadline = Date.now() + 110_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Auth emulator exited:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the Auth emulator did not answer on ${host}:\n${output}`);
    }
    const ready = await fetch(`http://${host}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

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
