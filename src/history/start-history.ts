import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ReadinessCheck } from '../services.js';
import { findEmulatorJar } from '../firestore-emulator/find-jar.js';
import { startFirestoreEmulator, type FirestoreEmulator } from '../firestore-emulator/emulator.js';
import { createFirestoreClient, type FirestoreClient } from './firestore-client.js';
import { ConversationRepository } from './conversation-repository.js';

/** Firestore as the server runs it: the client, the repository, its readiness check and how to release it. */
export interface RunningHistory {
  readonly client: FirestoreClient;
  readonly history: ConversationRepository;
  /** The emulator this process started, when it started one. */
  readonly emulator: FirestoreEmulator | undefined;
  readonly readiness: ReadinessCheck;
  /** Flushes and closes the client, then stops (and exports) the emulator this process started. */
  close(): Promise<void>;
}

/**
 * Picks the Firestore to use: the emulator at FIRESTORE_EMULATOR_HOST; else the real project when a key
 * file is configured or in production (application default credentials); else an emulator started here
 * over `<dataDir>/firestore`. Fails with instructions when no emulator can be found.
 */
export async function startHistory(config: Config, logger: Logger): Promise<RunningHistory> {
  const { projectId } = config.firestore;
  let emulator: FirestoreEmulator | undefined;
  let emulatorHost = config.firestore.emulatorHost;
  // In production the server never starts an emulator: without a key file it uses Google's application
  // default credentials (the service account of Cloud Run, GKE, a VM…).
  if (!emulatorHost && !config.firestore.credentialsFile && config.env !== 'production') {
    const jar = findEmulatorJar(config.firestore.emulatorJar);
    emulator = await startFirestoreEmulator({
      jar,
      projectId,
      heapMb: config.firestore.emulatorHeapMb,
      dataDir: config.dataDir,
      logger,
    });
    emulatorHost = emulator.host;
  }
  const client = createFirestoreClient({ projectId, emulatorHost, credentialsFile: config.firestore.credentialsFile });
  const history = new ConversationRepository(client.firestore);
  logger.info(
    { projectId, emulatorHost: emulatorHost ?? null },
    emulatorHost ? 'conversation history on the Firestore emulator' : 'conversation history on Firestore',
  );
  return {
    client,
    history,
    emulator,
    readiness: { name: 'firestore', check: (signal) => history.ping(signal) },
    async close() {
      try {
        await client.close();
      } finally {
        await emulator?.stop();
      }
    },
  };
}
