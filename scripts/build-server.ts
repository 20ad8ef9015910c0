// Compiles src/ to dist/ for `npm start` and the `askql` binary (`npm run build:server`); production runs
// JavaScript, tsx stays for development and the tests.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');

/** Files the server reads next to its own modules at run time; tsc emits only what it compiles. */
const RUNTIME_FILES = ['gql/persisted-documents.json', 'firestore-emulator/supervisor.mjs'];

// A clean directory, so a module deleted from src/ cannot linger in dist/ and still be imported.
rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
for (const file of RUNTIME_FILES) {
  mkdirSync(path.dirname(path.join(DIST, file)), { recursive: true });
  copyFileSync(path.join(ROOT, 'src', file), path.join(DIST, file));
}
