import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { AppServices } from './services.js';
import { developmentAuthenticator } from './auth/development.js';
import { firebaseAuthenticator } from './auth/firebase.js';
import { startHistory } from './history/start-history.js';
import { createWarehouse } from './warehouse/create-warehouse.js';
import { createAnalyst } from './analyst/index.js';
import { createRunRegistry } from './runs/create-runs.js';
import { loadSemanticLayer } from './analyst/semantic-layer.js';

/** The services and how to release them, in reverse order of acquisition. */
export interface RunningServices {
  readonly services: AppServices;
  close(): Promise<void>;
}

/**
 * Builds the real services from the configuration: the one place that decides which Firestore, which
 * warehouse and which analyst the server runs with. `main.ts`, the tests and the benchmarks all call it.
 */
export async function startServices(config: Config, logger: Logger): Promise<RunningServices> {
  const closers: Array<() => Promise<void>> = [];
  const history = await startHistory(config, logger);
  closers.push(() => history.close());
  const warehouse = await createWarehouse(config.warehouse, { dataDir: config.dataDir, logger });
  closers.push(() => warehouse.close());
  const layer = await loadSemanticLayer(config.analyst.semanticLayerFile);
  const { analyst, name: analystName } = await createAnalyst(config.analyst, { layer, logger });
  logger.info({ analyst: analystName, semanticLayer: layer.name }, analystName === 'offline' ? 'analyst: offline (no model; set ASKQL_MODEL=provider:model to use one)' : `analyst: ${analystName}`);
  const firebase = firebaseAuthenticator(history.client.app);
  const authenticator =
    config.auth.mode === 'firebase' ? firebase : developmentAuthenticator(config.auth.devUser, firebase);
  if (config.auth.mode === 'development') {
    logger.warn(`DEVELOPMENT AUTH: requests without a token act as the user "${config.auth.devUser}". Set ASKQL_AUTH=firebase to require Firebase ID tokens.`);
  }
  const services: AppServices = {
    config,
    logger,
    authenticator,
    readiness: [history.readiness, { name: 'warehouse', check: (signal) => warehouse.ping(signal) }],
    firestore: history.client.firestore,
    history: history.history,
    warehouse,
    analyst,
    runs: createRunRegistry({ config, logger, firestore: history.client.firestore, history: history.history, analyst, warehouse }),
  };
  return {
    services,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
