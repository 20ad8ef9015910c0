import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import type { Warehouse } from '../../src/warehouse/warehouse.js';
import { formatMisses, runMerchantEval, type MerchantResult } from './merchant-eval.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from './subscriptions-eval.js';
import {
  SUBSCRIPTIONS_CASES,
  SUBSCRIPTIONS_HELD_OUT,
  SUBSCRIPTIONS_TENANT,
  SUBSCRIPTIONS_TODAY,
  SUBSCRIPTIONS_TUNING,
} from './subscriptions-questions.js';

/**
 * The offline analyst on a layer that is not the demo's: the example subscriptions layer over a DuckDB
 * warehouse loaded from examples/subscriptions.sql, asked as the account acme, graded against gold SQL.
 */
describe('the offline analyst on the example subscriptions layer', () => {
  let warehouse: Warehouse;
  let results: readonly MerchantResult[];
  beforeAll(async () => {
    const layer = await loadSubscriptionsLayer();
    warehouse = await openSubscriptionsWarehouse(layer);
    results = await runMerchantEval(warehouse, SUBSCRIPTIONS_CASES, createOfflineAnalyst({ layer }), {
      today: SUBSCRIPTIONS_TODAY,
      tenant: SUBSCRIPTIONS_TENANT,
    });
  }, 120_000);
  afterAll(async () => {
    await warehouse?.close();
  });

  it('has at least 40 questions, with must-clarify and must-decline ones, split into a tuning and a held-out half', () => {
    expect(SUBSCRIPTIONS_CASES.length).toBeGreaterThanOrEqual(40);
    expect(SUBSCRIPTIONS_TUNING.length).toBeGreaterThanOrEqual(20);
    expect(SUBSCRIPTIONS_HELD_OUT.length).toBeGreaterThanOrEqual(20);
    expect(SUBSCRIPTIONS_CASES.some((testCase) => testCase.expect.kind === 'clarify')).toBe(true);
    expect(SUBSCRIPTIONS_CASES.some((testCase) => testCase.expect.kind === 'decline')).toBe(true);
  });

  it('gets at least 90% of the questions right (answers with the gold rows, clarifications and declines where due)', () => {
    const right = results.filter((result) => result.outcome === 'correct').length;
    expect(right / results.length, formatMisses(results)).toBeGreaterThanOrEqual(0.9);
  });

  it('never presents a wrong answer as right', () => {
    expect(
      results.filter((result) => result.outcome === 'wrong' || result.outcome === 'error'),
      formatMisses(results),
    ).toEqual([]);
  });
});
