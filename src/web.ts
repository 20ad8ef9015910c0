import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Config } from './config.js';

/**
 * What the web app reads at start (`/web-config.json`): whether it must sign in, and with which Firebase
 * project. `signIn` is null when the server needs no token (development) or the project's Web API key is not
 * configured (then the page says so instead of failing every request).
 */
export interface WebConfig {
  readonly auth: Config['auth']['mode'];
  readonly signIn: {
    readonly apiKey: string;
    readonly authDomain: string;
    readonly projectId: string;
    /** `http://host:port` of the Firebase Auth emulator, when the server verifies tokens against it. */
    readonly emulatorUrl: string | null;
  } | null;
}

export function webConfigOf(config: Config): WebConfig {
  const { auth, firestore } = config;
  if (auth.mode !== 'firebase') return { auth: auth.mode, signIn: null };
  // The emulator takes any key; a real project needs its own.
  const apiKey = auth.webApiKey ?? (auth.emulatorHost ? 'emulator-api-key' : undefined);
  if (!apiKey) return { auth: auth.mode, signIn: null };
  return {
    auth: auth.mode,
    signIn: {
      apiKey,
      authDomain: auth.webAuthDomain ?? `${firestore.projectId}.firebaseapp.com`,
      projectId: firestore.projectId,
      emulatorUrl: auth.emulatorHost ? `http://${auth.emulatorHost}` : null,
    },
  };
}

/** Where `npm run build:web` writes the chat page. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../examples/web/dist/', import.meta.url));

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The built web app, served at `/`: from `ASKQL_WEB_DIR` when set, otherwise from examples/web/dist in
 * development once it has been built. Undefined when there is nothing to serve (then `/` leads to GraphiQL).
 */
export function webAppHandler(config: Config): StaticHandler | undefined {
  const dir = config.webDir ?? (config.env === 'development' ? DEFAULT_WEB_DIR : undefined);
  if (!dir || !existsSync(join(dir, 'index.html'))) return undefined;
  // Outside production the files are looked up per request, so a rebuild shows without a restart.
  return sirv(dir, { dev: config.env !== 'production', etag: true, single: false });
}
