import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WarehouseError, type QueryResult } from '../../../src/warehouse/warehouse.js';
import { HOSTILE } from './hostile-queries.js';
import {
  cellsOf,
  FOREIGN_MARKERS,
  openTestDuckDb,
  openTestPostgres,
  type TestWarehouse,
} from '../../helpers/test-warehouse.js';

const ENGINES = [
  ['duckdb', () => openTestDuckDb({ timeoutMs: 1500 })],
  ['postgres', () => openTestPostgres({ timeoutMs: 1500 })],
] as const;

type Outcome = { kind: 'result'; result: QueryResult } | { kind: 'error'; error: WarehouseError };

async function attempt(target: TestWarehouse, sql: string, tenant = 'demo'): Promise<Outcome> {
  try {
    return { kind: 'result', result: await target.warehouse.run(sql, { tenant }) };
  } catch (error) {
    if (error instanceof WarehouseError) return { kind: 'error', error };
    throw error;
  }
}

function describeOutcome(sql: string, outcome: Outcome): string {
  return outcome.kind === 'error'
    ? `${sql.slice(0, 200)}\n→ ${outcome.error.code}: ${outcome.error.message}`
    : `${sql.slice(0, 200)}\n→ ${outcome.result.rowCount} rows: ${JSON.stringify(outcome.result.rows.slice(0, 3))}`;
}

test('the hostile suite has at least 40 queries', () => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
});

describe.each(ENGINES)('hostile SQL against %s', (_engine, open) => {
  let target: TestWarehouse;
  let before: string;

  beforeAll(async () => {
    target = await open();
    before = await target.fingerprint();
  });
  afterAll(async () => {
    await target?.cleanup();
  });

  test.each(HOSTILE)('%s', async (_name, sql, expectation) => {
    const outcome = await attempt(target, sql);
    const explain = describeOutcome(sql, outcome);
    if (outcome.kind === 'result') {
      expect(
        cellsOf(outcome.result).filter((cell) => FOREIGN_MARKERS.test(cell)),
        explain,
      ).toEqual([]);
      const userIds = outcome.result.columns.flatMap((column, index) =>
        column.name.startsWith('user_id') ? outcome.result.rows.map((row) => row[index]) : [],
      );
      expect(new Set(userIds.filter((id) => id !== 'demo')), explain).toEqual(new Set());
    }
    if (expectation === 'rejected') {
      expect(outcome.kind === 'error' && ['REJECTED', 'QUERY_FAILED'].includes(outcome.error.code), explain).toBe(true);
      if (outcome.kind === 'error') expect(outcome.error.message.length, explain).toBeGreaterThan(10);
    } else if (expectation === 'confined') {
      expect(outcome.kind, explain).toBe('result');
    } else {
      const stopped =
        (outcome.kind === 'error' && ['TIMEOUT', 'QUERY_FAILED'].includes(outcome.error.code)) ||
        (outcome.kind === 'result' && outcome.result.truncated);
      expect(stopped, explain).toBe(true);
    }
  });

  test('another tenant asking the same questions sees only its own rows', async () => {
    for (const sql of [
      'SELECT user_id, count(*) AS n FROM orders GROUP BY user_id',
      "SELECT user_id FROM customers WHERE user_id = 'demo' OR 1=1",
    ]) {
      const outcome = await attempt(target, sql, 'lumen');
      expect(outcome.kind, describeOutcome(sql, outcome)).toBe('result');
      if (outcome.kind === 'result') {
        expect(new Set(outcome.result.rows.map((row) => row[0]))).toEqual(new Set(['lumen']));
      }
    }
  });

  test('the database is unchanged afterwards', async () => {
    expect(await target.fingerprint()).toBe(before);
    await expect(target.warehouse.run('SELECT count(*) AS n FROM orders', { tenant: 'demo' })).resolves.toMatchObject({
      rowCount: 1,
    });
  });
});
