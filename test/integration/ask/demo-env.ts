import os from 'node:os';
import path from 'node:path';
import { createRunRegistry } from '../../../src/ask/create-runs.js';
import type { TestServerOptions } from '../../helpers/server.js';

/**
 * The environment of every askQuery test server: the DuckDB demo warehouse that test/agent seeds once per
 * machine (its data ends 2026-06-14, so the questions here ask about all time, never "last month").
 */
export const DEMO_WAREHOUSE_FILE = path.join(os.tmpdir(), 'askql-agent-test-2026-06-14.duckdb');

export const DEMO_ENV: Record<string, string> = {
  ASKQL_WAREHOUSE_URL: `duckdb:${DEMO_WAREHOUSE_FILE}`,
};

export const TOP_POSTS = 'Show me my top 5 Instagram posts by engagement';

/** Seeds the shared demo warehouse file when this machine has none yet (the first run takes seconds). */
export async function ensureDemoWarehouse(): Promise<void> {
  const { openDemoWarehouse } = await import('../../helpers/demo-warehouse.js');
  await (await openDemoWarehouse()).close();
}

/** The demo server's options when its askers' "today" is fixed (`now`), for `serverTest` or `startTestServer`. */
export function demoServerAt(now: string): { env: Record<string, string>; customize: TestServerOptions['customize'] } {
  return {
    env: DEMO_ENV,
    customize: (services) => ({
      ...services,
      runs: createRunRegistry({ ...services, clock: { now: () => new Date(now) } }),
    }),
  };
}
