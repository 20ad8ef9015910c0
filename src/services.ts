import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Authenticator } from './auth/viewer.js';

/** A dependency that `/readyz` asks before saying the server can take traffic. */
export interface ReadinessCheck {
  readonly name: string;
  check(signal: AbortSignal): Promise<void>;
}

/**
 * Everything the server is built from. `main.ts` creates the real ones; tests create the same ones
 * against the emulator, DuckDB and PostgreSQL. Each domain adds its own member here.
 */
export interface AppServices {
  readonly config: Config;
  readonly logger: Logger;
  readonly authenticator: Authenticator;
  readonly readiness: readonly ReadinessCheck[];
}
