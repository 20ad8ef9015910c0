import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { DEFAULT_DEMO_SEED } from '../../src/demo/generator.js';
import { openDemoDuckDbWarehouse } from '../../src/demo/warehouse.js';
import type { Warehouse } from '../../src/warehouse/warehouse.js';

/** The demo data ends the day before this "today", so relative dates in agent tests never drift. */
export const AGENT_TEST_TODAY = new Date('2026-06-15T12:00:00Z');
const END_DATE = '2026-06-14';

/**
 * The real DuckDB warehouse with the demo dataset, seeded once per machine into the temp directory
 * (seeding takes seconds; the same arguments always give the same data).
 */
export function openDemoWarehouse(): Promise<Warehouse> {
  return openDemoDuckDbWarehouse({
    file: path.join(os.tmpdir(), `askql-agent-test-${END_DATE}.duckdb`),
    rowCap: 1000,
    statementTimeoutMs: 5000,
    logger: pino({ level: 'silent' }),
    demo: { scale: 1, endDate: END_DATE, seed: DEFAULT_DEMO_SEED },
  });
}
