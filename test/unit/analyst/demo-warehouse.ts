import { afterAll, beforeAll, expect } from 'vitest';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import type { QueryPlan } from '../../../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { QueryResult, Warehouse } from '../../../src/warehouse/warehouse.js';
import { EVAL_TENANT, EVAL_TODAY } from '../../eval/cases.js';
import { openEvalWarehouse } from '../../eval/run-eval.js';

/**
 * The demo DuckDB warehouse of the evaluation (data through 2026-03-14, asked on 2026-03-15 as the demo tenant),
 * opened for a test file, with the steps its tests take: plan a question offline, compile and run it, and write
 * the answer the user reads (checked against the result before it is returned).
 */
export function useDemoWarehouse() {
  let warehouse: Warehouse;
  beforeAll(async () => {
    warehouse = await openEvalWarehouse();
  });
  afterAll(async () => {
    await warehouse.close();
  });

  const planOf = (question: string): QueryPlan => {
    const decision = parseQuestion({ question, history: [], today: EVAL_TODAY, layer: DEMO_SEMANTIC_LAYER });
    if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
    return decision.plan;
  };
  const run = (sql: string) => warehouse.run(sql, { tenant: EVAL_TENANT });
  const compiled = (plan: QueryPlan) =>
    compilePlan(plan, { layer: DEMO_SEMANTIC_LAYER, today: EVAL_TODAY, dialect: 'duckdb' });

  /** The answer's text for `question` over `result` (its plan's result unless given), checked against it. */
  const answer = async (question: string, given?: { plan: QueryPlan; result: QueryResult }): Promise<string> => {
    const plan = given?.plan ?? planOf(question);
    const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
    // As the agent does: the result completed (empty buckets, every value of a breakdown) before it is written.
    const raw = given?.result ?? (await run(compiled(plan)));
    // (The asker's own values of a breakdown, asked as the agent asks them.)
    const valuesSql = analyst.valuesSql?.(plan, EVAL_TODAY) ?? null;
    const values =
      valuesSql === null
        ? null
        : (await run(valuesSql)).rows.flatMap((row) => (row[0] == null ? [] : [String(row[0])]));
    const result = given?.result ?? analyst.complete?.(plan, raw, EVAL_TODAY, undefined, values) ?? raw;
    const written = await analyst.interpret({
      question,
      plan,
      change: null,
      result,
      feedback: null,
      today: EVAL_TODAY,
      onDelta: () => {},
    });
    expect(analyst.checkInterpretation(written, result, plan, { today: EVAL_TODAY }), written.text).toEqual({
      ok: true,
    });
    return written.text;
  };

  return { planOf, run, compiled, answer };
}
