import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The environment, parsed once. One zod model per concern; `loadConfig` reports every problem at once
 * so a misconfigured deployment is fixed in one round, not one variable at a time.
 */

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

const serverModel = z.object({
  ASKQL_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  ASKQL_DATA_DIR: z.string().min(1).default('.data'),
  ASKQL_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ASKQL_SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  ASKQL_WEB_DIR: z.string().optional(),
  ASKQL_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim().replace(/\/$/, ''))
        .filter(Boolean),
    ),
  ASKQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  ASKQL_TRUSTED_DOCUMENTS: z.enum(['any', 'only']).optional(),
  ASKQL_TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
});

/** The manifest `npm run codegen` writes: the operations of the web app, the CLI and the examples. */
export const DEFAULT_TRUSTED_DOCUMENTS_FILE = fileURLToPath(new URL('./gql/persisted-documents.json', import.meta.url));

const authModel = z.object({
  ASKQL_AUTH: z.enum(['development', 'firebase']).optional(),
  ASKQL_DEV_USER: z.string().min(1).default('demo'),
  FIREBASE_AUTH_EMULATOR_HOST: z.string().optional(),
  ASKQL_FIREBASE_API_KEY: z.string().min(1).optional(),
  ASKQL_FIREBASE_AUTH_DOMAIN: z.string().min(1).optional(),
});

const firestoreModel = z.object({
  GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
  FIRESTORE_EMULATOR_HOST: z.string().optional(),
  GOOGLE_APPLICATION_CREDENTIALS: z.string().optional(),
  FIRESTORE_EMULATOR_JAR: z.string().optional(),
  ASKQL_FIRESTORE_EMULATOR_HEAP_MB: positiveInt.default(512),
});

const warehouseModel = z.object({
  ASKQL_WAREHOUSE_URL: z
    .string()
    .refine((url) => /^(duckdb:|postgres(ql)?:\/\/)/.test(url), 'must start with duckdb: or postgres://')
    .optional(),
  ASKQL_ROW_CAP: positiveInt.default(1000),
  ASKQL_STATEMENT_TIMEOUT_MS: positiveInt.default(5000),
  ASKQL_SEED_SCALE: positiveInt.default(1),
});

const analystModel = z.object({
  ASKQL_MODEL: z
    .string()
    .regex(/^[a-z][a-z0-9-]*:.+$/, 'must look like provider:model, for example openai:gpt-4o-mini')
    .optional(),
  OPENAI_BASE_URL: z.url().optional(),
  ASKQL_SEND_ROWS_TO_MODEL: booleanFlag.default(true),
  ASKQL_SEMANTIC_LAYER: z.string().optional(),
  ASKQL_MODEL_TIMEOUT_MS: positiveInt.default(30_000),
  ASKQL_MODEL_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
});

const askModel = z.object({
  ASKQL_BUSY_POLICY: z.enum(['reject', 'enqueue', 'interrupt']).default('reject'),
  ASKQL_MAX_RUNS_PER_USER: positiveInt.default(3),
  ASKQL_RUNS_PER_MINUTE: positiveInt.default(30),
  ASKQL_RUN_TIMEOUT_MS: positiveInt.default(180_000),
  ASKQL_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  ASKQL_REDIS_PREFIX: z.string().min(1).default('askql:'),
  ASKQL_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt.default(10),
  ASKQL_WS_KEEPALIVE_MS: positiveInt.default(12_000),
});

export const configModel = serverModel
  .extend(authModel.shape)
  .extend(firestoreModel.shape)
  .extend(warehouseModel.shape)
  .extend(analystModel.shape)
  .extend(askModel.shape);

type RawConfig = z.infer<typeof configModel>;

export interface Config {
  env: RawConfig['ASKQL_ENV'];
  host: string;
  port: number;
  dataDir: string;
  logLevel: RawConfig['ASKQL_LOG_LEVEL'];
  shutdownTimeoutMs: number;
  /** Browser origins (besides the server's own) whose pages may call the API over HTTP and WebSocket. */
  allowedOrigins: readonly string[];
  /** Whether schema introspection is answered (off in production unless ASKQL_INTROSPECTION=true). */
  introspection: boolean;
  /**
   * Which operations run: `only` the manifest's (persisted operations, by hash; production's default) or
   * `any` document (development's default), over HTTP, SSE and graphql-ws alike.
   */
  trustedDocuments: { mode: 'any' | 'only'; file: string };
  /** Built web app to serve at `/`; unset means "serve examples/web/dist when it exists, in development". */
  webDir: string | undefined;
  auth: {
    /** `development`: requests without a token act as `devUser`. `firebase`: every request needs an ID token. */
    mode: 'development' | 'firebase';
    devUser: string;
    emulatorHost: string | undefined;
    /**
     * What the web app signs in with when tokens are required: the Firebase project's public Web API key and
     * auth domain (Firebase console → Project settings → Your apps). Not secrets: every browser gets them.
     */
    webApiKey: string | undefined;
    webAuthDomain: string | undefined;
  };
  firestore: {
    projectId: string;
    emulatorHost: string | undefined;
    credentialsFile: string | undefined;
    emulatorJar: string | undefined;
    emulatorHeapMb: number;
  };
  warehouse: {
    url: string;
    rowCap: number;
    statementTimeoutMs: number;
    seedScale: number;
  };
  analyst: {
    model: string | undefined;
    openaiBaseUrl: string | undefined;
    sendRowsToModel: boolean;
    semanticLayerFile: string | undefined;
    timeoutMs: number;
    maxRetries: number;
  };
  ask: {
    busyPolicy: RawConfig['ASKQL_BUSY_POLICY'];
    maxRunsPerUser: number;
    runsPerMinute: number;
    /** The longest a run may take, all steps together, before it fails with TIMEOUT. */
    runTimeoutMs: number;
    maxSubscriptionsPerConnection: number;
    keepAliveMs: number;
    /** Redis that every instance shares the run limits through; unset keeps them per instance. */
    redisUrl: string | undefined;
    /** Prefix of askql's Redis keys. */
    redisPrefix: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The environment variable holding each hosted provider's key (LangChain reads it from there). */
const MODEL_KEYS: Readonly<Record<string, string>> = {
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
  'google-genai': 'GOOGLE_API_KEY',
};

/**
 * Settings that parse but cannot work: the server would start, say it is ready, and fail every question with
 * "try again later". Each is one line naming the variable.
 */
function misconfigurations(raw: RawConfig, env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const provider = raw.ASKQL_MODEL?.split(':')[0];
  const key = provider === undefined ? undefined : MODEL_KEYS[provider];
  if (key !== undefined && env[key] === undefined) {
    problems.push(`${key}: required by ASKQL_MODEL=${raw.ASKQL_MODEL} (the provider refuses every call without it)`);
  }
  if (raw.ASKQL_ENV === 'production') {
    if (raw.GOOGLE_CLOUD_PROJECT === undefined && raw.FIRESTORE_EMULATOR_HOST === undefined) {
      problems.push(
        'GOOGLE_CLOUD_PROJECT: required in production (the Firebase project whose Firestore keeps the history)',
      );
    }
    if (raw.ASKQL_WAREHOUSE_URL === undefined) {
      problems.push('ASKQL_WAREHOUSE_URL: required in production (the embedded demo warehouse is for development)');
    }
  }
  return problems;
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configModel.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const raw = parsed.data;
  const production = raw.ASKQL_ENV === 'production';
  const problems = misconfigurations(raw, defined);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: raw.ASKQL_ENV,
    // Development acts as one user without a token: only this machine may reach it unless told otherwise.
    host: raw.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    allowedOrigins: raw.ASKQL_ALLOWED_ORIGINS,
    introspection: raw.ASKQL_INTROSPECTION === undefined ? !production : raw.ASKQL_INTROSPECTION === 'true',
    trustedDocuments: {
      mode: raw.ASKQL_TRUSTED_DOCUMENTS ?? (production ? 'only' : 'any'),
      file: raw.ASKQL_TRUSTED_DOCUMENTS_FILE ?? DEFAULT_TRUSTED_DOCUMENTS_FILE,
    },
    port: raw.PORT,
    dataDir: raw.ASKQL_DATA_DIR,
    logLevel: raw.ASKQL_LOG_LEVEL,
    shutdownTimeoutMs: raw.ASKQL_SHUTDOWN_TIMEOUT_MS,
    webDir: raw.ASKQL_WEB_DIR,
    auth: {
      mode: raw.ASKQL_AUTH ?? (production ? 'firebase' : 'development'),
      devUser: raw.ASKQL_DEV_USER,
      emulatorHost: raw.FIREBASE_AUTH_EMULATOR_HOST,
      webApiKey: raw.ASKQL_FIREBASE_API_KEY,
      webAuthDomain: raw.ASKQL_FIREBASE_AUTH_DOMAIN,
    },
    firestore: {
      projectId: raw.GOOGLE_CLOUD_PROJECT ?? 'askql-local',
      emulatorHost: raw.FIRESTORE_EMULATOR_HOST,
      credentialsFile: raw.GOOGLE_APPLICATION_CREDENTIALS,
      emulatorJar: raw.FIRESTORE_EMULATOR_JAR,
      emulatorHeapMb: raw.ASKQL_FIRESTORE_EMULATOR_HEAP_MB,
    },
    warehouse: {
      url: raw.ASKQL_WAREHOUSE_URL ?? `duckdb:${raw.ASKQL_DATA_DIR}/warehouse.duckdb`,
      rowCap: raw.ASKQL_ROW_CAP,
      statementTimeoutMs: raw.ASKQL_STATEMENT_TIMEOUT_MS,
      seedScale: raw.ASKQL_SEED_SCALE,
    },
    analyst: {
      model: raw.ASKQL_MODEL,
      openaiBaseUrl: raw.OPENAI_BASE_URL,
      sendRowsToModel: raw.ASKQL_SEND_ROWS_TO_MODEL,
      semanticLayerFile: raw.ASKQL_SEMANTIC_LAYER,
      timeoutMs: raw.ASKQL_MODEL_TIMEOUT_MS,
      maxRetries: raw.ASKQL_MODEL_MAX_RETRIES,
    },
    ask: {
      busyPolicy: raw.ASKQL_BUSY_POLICY,
      maxRunsPerUser: raw.ASKQL_MAX_RUNS_PER_USER,
      runsPerMinute: raw.ASKQL_RUNS_PER_MINUTE,
      runTimeoutMs: raw.ASKQL_RUN_TIMEOUT_MS,
      maxSubscriptionsPerConnection: raw.ASKQL_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      keepAliveMs: raw.ASKQL_WS_KEEPALIVE_MS,
      redisUrl: raw.ASKQL_REDIS_URL,
      redisPrefix: raw.ASKQL_REDIS_PREFIX,
    },
  };
}
