import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Authenticator } from './auth/viewer.js';
import type { Firestore } from 'firebase-admin/firestore';
import type { ConversationRepository } from './history/conversation-repository.js';
import type { Warehouse } from './warehouse/warehouse.js';
import type { Analyst } from './analyst/analyst.js';
import type { RunRegistry } from './ask/registry.js';
import type { Admission } from './ask/admission.js';

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
  /** The Firestore the history lives in (emulator or real project). Resolvers never use it directly. */
  readonly firestore: Firestore;
  /** Every Firestore read and write of conversation history. */
  readonly history: ConversationRepository;
  /** Where questions' SQL runs: DuckDB (seeded with the demo data on first start) or PostgreSQL. */
  readonly warehouse: Warehouse;
  /** Plans questions, writes their SQL and interprets results: offline, or a LangChain chat model when ASKQL_MODEL is set. */
  readonly analyst: Analyst;
  /** Every askQuery run: starts, streams, cancels and lets clients rejoin them (on any instance). */
  readonly runs: RunRegistry;
  /** Who may start a run: per instance, or shared by every instance through Redis (ASKQL_REDIS_URL). */
  readonly admission: Admission;
  /**
   * Benchmarks only: resolve every history field with its own Firestore read instead of batching
   * (shows what the loaders save). Default false.
   */
  readonly unbatchedHistoryReads?: boolean;
}
