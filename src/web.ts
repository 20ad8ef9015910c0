import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { Config } from './config.js';

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
