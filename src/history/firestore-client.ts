import { randomUUID } from 'node:crypto';
import { cert, deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

export interface FirestoreClientOptions {
  readonly projectId: string;
  /** `host:port` of an emulator; unset means the real Firestore of `projectId`. */
  readonly emulatorHost?: string;
  /** A service account key file; unset means Google's application default credentials. */
  readonly credentialsFile?: string;
}

/** A Firestore handle and the Firebase app that owns it (auth shares the app). */
export interface FirestoreClient {
  readonly app: App;
  readonly firestore: Firestore;
  /** Waits for pending writes and closes the connections. */
  close(): Promise<void>;
}

/**
 * Creates a firebase-admin app of its own (a unique name, so tests and the server can hold several) and
 * its Firestore. For an emulator the host is passed as a setting rather than through FIRESTORE_EMULATOR_HOST,
 * so nothing here depends on the process environment.
 */
export function createFirestoreClient(options: FirestoreClientOptions): FirestoreClient {
  const app = initializeApp(
    {
      projectId: options.projectId,
      ...(options.credentialsFile ? { credential: cert(options.credentialsFile) } : {}),
    },
    `askql-${randomUUID()}`,
  );
  const firestore = getFirestore(app);
  if (options.emulatorHost) {
    // firebase-admin only reads the emulator host from the environment; the client's own settings take it too.
    firestore.settings({
      host: options.emulatorHost,
      ssl: false,
      // The emulator's admin identity; without it the emulator would apply security rules to every call.
      customHeaders: { Authorization: 'Bearer owner' },
    });
  }
  return {
    app,
    firestore,
    async close() {
      await firestore.terminate();
      await deleteApp(app);
    },
  };
}
