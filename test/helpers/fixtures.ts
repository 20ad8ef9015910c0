import { test } from 'vitest';
import { graphqlApi, type ApiOptions, type GraphQLApi } from './api.js';
import { startTestServer, type TestServer, type TestServerOptions } from './server.js';

export interface ServerTestOptions extends TestServerOptions {
  /** Runs before the server starts (seeding the warehouse it will read, for example). */
  readonly prepare?: () => Promise<void>;
  /** How `api` talks to the server (a token, persisted operations). */
  readonly api?: ApiOptions;
}

/**
 * `test` with a real server for the file (started on first use, stopped after the file's last test) and a typed
 * client of it for each test:
 *
 * ```ts
 * const it = serverTest({ env: DEMO_ENV });
 * it('answers', async ({ api }) => {
 *   expect((await api.execute(VIEWER)).viewer).toBe('demo');
 * });
 * ```
 */
export function serverTest(options: ServerTestOptions = {}) {
  const { prepare, api: apiOptions, ...serverOptions } = options;
  return (
    test
      // Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring, even an empty one.
      // eslint-disable-next-line no-empty-pattern
      .extend('server', { scope: 'file' }, async ({}, { onCleanup }): Promise<TestServer> => {
        await prepare?.();
        const server = await startTestServer(serverOptions);
        onCleanup(() => server.stop());
        return server;
      })
      .extend('api', ({ server }, { onCleanup }): GraphQLApi => {
        const api = graphqlApi(server, apiOptions);
        onCleanup(() => api.close());
        return api;
      })
  );
}
