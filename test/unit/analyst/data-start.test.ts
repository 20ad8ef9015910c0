import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentGraph } from '../../../src/agent/graph.js';
import { runAgent } from '../../../src/agent/run-agent.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import type { SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { EVAL_TENANT, EVAL_TODAY } from '../../eval/cases.js';
import { openEvalWarehouse } from '../../eval/run-eval.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from '../../eval/subscriptions-eval.js';

/**
 * Where the data begins: the demo shop's orders start on Mar 15, 2024 and acme's invoices on Feb 18, 2025. A period
 * reaching back before that is not a period of zeros; the answer and its interpretation say where the data begins,
 * and a monthly series starts with the month of the first row. Asked through the agent graph, on the real DuckDB.
 */

let demo: Warehouse;
let acme: Warehouse;
let acmeLayer: SemanticLayer;

beforeAll(async () => {
  demo = await openEvalWarehouse();
  acmeLayer = await loadSubscriptionsLayer();
  acme = await openSubscriptionsWarehouse(acmeLayer);
});

afterAll(async () => {
  await demo.close();
  await acme.close();
});

async function ask(question: string, on: 'demo' | 'acme' = 'demo') {
  const [layer, warehouse, today, tenant] =
    on === 'demo' ? [DEMO_SEMANTIC_LAYER, demo, EVAL_TODAY, EVAL_TENANT] : [acmeLayer, acme, '2025-09-16', 'acme'];
  const graph = createAgentGraph({
    analyst: createOfflineAnalyst({ layer }),
    warehouse,
    clock: { now: () => new Date(`${today}T12:00:00Z`) },
  });
  const outcome = await runAgent(
    graph,
    { question, tenant, history: [] },
    { signal: new AbortController().signal, onEvent: () => {} },
  );
  if (outcome.kind !== 'answer' || outcome.answer.outcome.kind !== 'answer')
    throw new Error(`"${question}" was not answered`);
  return { ...outcome, interpretation: outcome.answer.outcome.interpretation };
}

describe('where the data begins', () => {
  it('"how many orders in 2023" says the orders begin in March 2024, not only "0"', async () => {
    const { answer, interpretation } = await ask('how many orders in 2023');
    expect(answer.text).toMatch(/^Your orders begin on Mar 15, 2024: there are none before then\. /);
    expect(answer.fallback).toBe(false);
    expect(interpretation.sentence).toContain('data from Mar 15, 2024');
    expect(interpretation.notes).toContain('Your orders begin on Mar 15, 2024: there are none before then.');
  });

  it('"revenue by month in 2024" starts with March, said to be only in part (was "from $0.00 in January")', async () => {
    const { answer, result } = await ask('revenue by month in 2024');
    expect(answer.text).toMatch(/^Your orders begin on Mar 15, 2024: .*March 2024 only in part/);
    expect(answer.text).toContain('across 10 months');
    expect(answer.text).not.toContain('$0.00');
    expect(result?.rows[0]?.[0]).toMatch(/^2024-03-01/);
  });

  it('a comparison with a year the data only partly covers says so', async () => {
    const { answer } = await ask('compare revenue 2025 vs 2024');
    expect(answer.text).toMatch(/^Your orders begin on Mar 15, 2024, so the period compared with holds only its days/);
  });

  it('a period the data covers in full has no note', async () => {
    const { answer, interpretation } = await ask('revenue last month');
    expect(answer.text).toMatch(/^Revenue last month was/);
    expect(interpretation.sentence).not.toContain('data from');
  });

  it('on the example layer: billing against a year with no invoices at all', async () => {
    const { answer } = await ask('billed this year vs last year', 'acme');
    expect(answer.text).toMatch(
      /^Your invoices begin on Feb 18, 2025, so the period compared with has none to count\./,
    );
  });
});

describe('a cohort is said in the answer', () => {
  it('"revenue from customers who joined in january" leads with whom it counts', async () => {
    const { answer, interpretation } = await ask('revenue from customers who joined in january');
    expect(answer.text).toMatch(/^Counting only customers who joined in January 2026: Revenue was \$/);
    expect(answer.fallback).toBe(false);
    expect(interpretation.notes).toContain('Only customers who joined in January 2026.');
  });
});

describe('an average per unit of time counts only the units the data holds', () => {
  it('"average monthly revenue in 2024" is the year\'s revenue over its 9.55 months of orders, not 12', async () => {
    const { answer, interpretation, result } = await ask('average monthly revenue in 2024');
    const total = await ask('revenue in 2024');
    const perMonth = Number(result?.rows[0]?.[0]);
    const year = Number(total.result?.rows[0]?.[0]);
    // Mar 15–31 is 17 of March's 31 days, then nine whole months.
    expect(perMonth).toBeCloseTo(year / (9 + 17 / 31), 2);
    expect(answer.text).toMatch(/^Your orders begin on Mar 15, 2024/);
    expect(interpretation.notes.join(' ')).toContain('divided by its 9.55 months of data');
  });
});

describe('a ranking of periods starts where the data does', () => {
  it('"worst month for orders in 2024" is April, the first whole month of orders (was an empty January at 0)', async () => {
    const { answer, result } = await ask('worst month for orders in 2024');
    expect(result?.rows[0]?.[0]).toMatch(/^2024-04-01/);
    expect(answer.text).toContain('April 2024 had the fewest orders in 2024 with 503.');
  });
});

describe('a first bucket the data only partly covers is not a trend end', () => {
  it('"revenue by month in 2024" measures its trend from April, and says March 2024 holds only part of the month', async () => {
    const { answer } = await ask('revenue by month in 2024');
    expect(answer.text).toContain('from $55,680.77 in April 2024');
    // (March lies wholly in 2024: it is the data that begins in it.)
    expect(answer.text).toContain('March 2024 holds only the days with data: $23,949.22.');
  });
});

describe('the interpretation says each span once', () => {
  it('"revenue in the first 6 months of 2025" is "Revenue, Jan 1 – Jun 30, 2025." (was the dates twice)', async () => {
    const { interpretation } = await ask('revenue in the first 6 months of 2025');
    expect(interpretation.sentence).toBe('Revenue, Jan 1 – Jun 30, 2025.');
  });
});
