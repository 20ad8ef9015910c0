import { once } from 'node:events';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { AppServices, ReadinessCheck } from './services.js';
import { developmentAuthenticator } from './auth/development.js';
import { firebaseAuthenticator } from './auth/firebase.js';
import { startHistory } from './history/start-history.js';
import { createWarehouse, duckDbFile } from './warehouse/create-warehouse.js';
import type { Warehouse } from './warehouse/warehouse.js';
import { createAnalyst } from './analyst/index.js';
import { createRunRegistry } from './ask/create-runs.js';
import { memoryAdmission, redisAdmission, type Admission } from './ask/admission.js';
import { loadSemanticLayer, type SemanticLayer } from './analyst/semantic-layer.js';
import { DEFAULT_DEMO_SEED, defaultEndDate } from './demo/generator.js';
import { seedDemoDuckDbWhenEmpty } from './demo/load-duckdb.js';
import { DEMO_SEMANTIC_LAYER } from './demo/semantic-layer.js';
import { DEMO_LAYER_SOURCE } from './demo/warehouse.js';

/** The run limits: shared through Redis when ASKQL_REDIS_URL is set, this instance's own otherwise. */
async function createAdmission(
  config: Config,
  logger: Logger,
  closers: Array<() => Promise<void>>,
): Promise<{ admission: Admission; readiness: ReadinessCheck | null }> {
  const limits = { ...config.ask, runTimeoutMs: config.ask.runTimeoutMs };
  if (!config.ask.redisUrl) return { admission: memoryAdmission(limits), readiness: null };
  const { Redis } = await import('ioredis');
  // Commands fail fast while Redis is away (a refused question is better than one that hangs).
  const redis = new Redis(config.ask.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
  });
  redis.on('error', (error) => logger.warn({ err: error }, 'Redis connection failed'));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`ASKQL_REDIS_URL: Redis at ${config.ask.redisUrl} cannot be reached: ${(error as Error).message}`, {
      cause: error,
    });
  }
  closers.push(async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  logger.info('run limits shared through Redis');
  // Without Redis no question can be admitted: an instance that cannot reach it is not ready for traffic.
  const readiness: ReadinessCheck = {
    name: 'redis',
    check: async (signal) => {
      signal.throwIfAborted();
      await Promise.race([redis.ping(), once(signal, 'abort').then(() => signal.throwIfAborted())]);
    },
  };
  return { admission: redisAdmission(redis, limits, config.ask.redisPrefix), readiness };
}

/** The services and how to release them, in reverse order of acquisition. */
export interface RunningServices {
  readonly services: AppServices;
  close(): Promise<void>;
}

/**
 * The configured layer, or the demo's when none is: then an embedded warehouse with no data is seeded with
 * the demo dataset first, so `npm start` answers questions on a fresh machine.
 */
async function chooseLayer(config: Config, logger: Logger): Promise<{ layer: SemanticLayer; layerSource: string }> {
  const file = config.analyst.semanticLayerFile;
  if (file !== undefined) return { layer: await loadSemanticLayer(file), layerSource: file };
  if (config.warehouse.url.startsWith('duckdb:')) {
    const demo = { scale: config.warehouse.seedScale, endDate: defaultEndDate(), seed: DEFAULT_DEMO_SEED };
    await seedDemoDuckDbWhenEmpty(duckDbFile(config.warehouse.url, config.dataDir), demo, logger);
  }
  return { layer: DEMO_SEMANTIC_LAYER, layerSource: DEMO_LAYER_SOURCE };
}

/**
 * Builds the real services from the configuration: the one place that decides which Firestore, which
 * warehouse and which analyst the server runs with. `main.ts`, the tests and the benchmarks all call it.
 */
export async function startServices(config: Config, logger: Logger): Promise<RunningServices> {
  const closers: Array<() => Promise<void>> = [];
  const history = await startHistory(config, logger);
  closers.push(() => history.close());
  let layer: SemanticLayer;
  let warehouse: Warehouse;
  try {
    const chosen = await chooseLayer(config, logger);
    layer = chosen.layer;
    warehouse = await createWarehouse(config.warehouse, { dataDir: config.dataDir, logger, ...chosen });
  } catch (error) {
    // A layer that does not match the database stops start-up; the history must not outlive it.
    await history.close();
    throw error;
  }
  closers.push(() => warehouse.close());
  const { analyst, name: analystName } = await createAnalyst(config.analyst, { layer, logger });
  logger.info(
    { analyst: analystName, semanticLayer: layer.name },
    analystName === 'offline'
      ? 'analyst: offline (no model; set ASKQL_MODEL=provider:model to use one)'
      : `analyst: ${analystName}`,
  );
  const { admission, readiness: admissionReadiness } = await createAdmission(config, logger, closers);
  const firebase = firebaseAuthenticator(history.client.app);
  const authenticator =
    config.auth.mode === 'firebase' ? firebase : developmentAuthenticator(config.auth.devUser, firebase);
  if (config.auth.mode === 'development') {
    logger.warn(
      `DEVELOPMENT AUTH: requests without a token act as the user "${config.auth.devUser}". Set ASKQL_AUTH=firebase to require Firebase ID tokens.`,
    );
  }
  const services: AppServices = {
    config,
    logger,
    authenticator,
    readiness: [
      history.readiness,
      { name: 'warehouse', check: (signal) => warehouse.ping(signal) },
      ...(admissionReadiness ? [admissionReadiness] : []),
    ],
    firestore: history.client.firestore,
    history: history.history,
    warehouse,
    analyst,
    admission,
    runs: createRunRegistry({
      config,
      logger,
      firestore: history.client.firestore,
      history: history.history,
      analyst,
      warehouse,
      admission,
    }),
  };
  return {
    services,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
