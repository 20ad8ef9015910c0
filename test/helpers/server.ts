import { buildApp } from '../../src/app.js';
import { startServices } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { pino } from 'pino';
import type { AppServices } from '../../src/services.js';

export interface TestServer {
  /** http://127.0.0.1:PORT/graphql */
  readonly url: string;
  /** ws://127.0.0.1:PORT/graphql */
  readonly wsUrl: string;
  readonly services: AppServices;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Extra environment, as a deployment would set it. */
  readonly env?: Record<string, string>;
  /** Replace services after they are built (for example an analyst that fails first, through its interface). */
  readonly customize?: (services: AppServices) => AppServices;
}

/** The real server, on a free port, built exactly as `askql serve` builds it. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = loadConfig({
    ...process.env,
    ASKQL_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    ASKQL_LOG_LEVEL: process.env.ASKQL_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const logger = pino({ level: config.logLevel });
  const running = await startServices(config, logger);
  const services = options.customize ? options.customize(running.services) : running.services;
  const app = buildApp(services);
  const url = (await app.start()).replace('localhost', '127.0.0.1');
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    services,
    async stop() {
      await app.stop();
      await running.close();
    },
  };
}
