import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { addDays, startOfUnit } from '../../../src/analyst/plan.js';
import type { SemanticLayer } from '../../../src/analyst/semantic-layer.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from '../../eval/subscriptions-eval.js';

/**
 * "The worst week for billing", "the worst month this year": every period of the range ranks, a period with nothing
 * at zero (never a stub the range cuts short; for the lowest, never the period still running), and a tie the limit
 * hides is said with how many share the value. Checked on the example layer's sparse
 * invoices (DuckDB), against the weeks counted by hand from the invoice dates.
 */

const TODAY = '2025-09-16';
let layer: SemanticLayer;
let warehouse: Warehouse;

beforeAll(async () => {
  layer = await loadSubscriptionsLayer();
  warehouse = await openSubscriptionsWarehouse(layer);
});
afterAll(async () => {
  await warehouse.close();
});

async function answer(question: string, history: readonly Turn[] = []) {
  const analyst = createOfflineAnalyst({ layer });
  const decision = parseQuestion({ question, history, today: TODAY, layer });
  if (decision.kind !== 'query') throw new Error(`not answered: ${question}`);
  const sql = await analyst.writeSql({
    question,
    plan: decision.plan,
    today: TODAY,
    dialect: 'duckdb',
    schema: await warehouse.describe({ tenant: 'acme' }),
    failures: [],
  });
  const result = analyst.complete?.(decision.plan, await warehouse.run(sql, { tenant: 'acme' }), TODAY);
  if (!result) throw new Error('the offline analyst completes its results');
  const interpretation = await analyst.interpret({
    question,
    plan: decision.plan,
    change: null,
    result,
    feedback: null,
    today: TODAY,
    onDelta: () => {},
  });
  expect(analyst.checkInterpretation(interpretation, result, decision.plan)).toEqual({ ok: true });
  return { result, text: interpretation.text };
}

describe('a place in a ranking', () => {
  it('"top customers by billing" >> "the second one": tied for the second highest (was "tied for the highest")', async () => {
    const top = parseQuestion({ question: 'top customers by billing', history: [], today: TODAY, layer });
    const history: Turn[] = [
      { question: 'top customers by billing', plan: top.kind === 'query' ? top.plan : null, answer: '' },
    ];
    const { text } = await answer('the second one', history);
    expect(text).toContain('sub_ac_01 is one of 2 subscribers tied for the second highest amount billed: $198.00.');
  });
});

describe('rankings of periods', () => {
  it('"worst week for billing ever" is one of the weeks with nothing billed, and says how many there are', async () => {
    const issued = await warehouse.run(
      `SELECT DISTINCT CAST(issued_at AS DATE) AS day FROM invoices WHERE status <> 'void' ORDER BY 1`,
      { tenant: 'acme' },
    );
    const weeks = new Set(issued.rows.map((row) => startOfUnit(String(row[0]).slice(0, 10), 'week')));
    const first = [...weeks].sort()[0] as string;
    let empty = 0;
    // The week still running (Sep 15, 2025: one day of data, nothing billed) is no whole week: it does not rank.
    for (let week = first; week < startOfUnit(addDays(TODAY, -1), 'week'); week = addDays(week, 7)) {
      if (!weeks.has(week)) empty += 1;
    }
    expect(empty).toBeGreaterThan(1);
    const { result, text } = await answer('worst week for billing ever');
    expect(result.rows).toHaveLength(1);
    expect(Number(result.rows[0]?.[1])).toBe(0);
    expect(text).toContain(`is one of ${empty} weeks tied for the lowest amount billed at $0.00`);
  });

  it('"worst month for billing this year" counts a month with nothing billed (January), not the lowest month found', async () => {
    const { text } = await answer('worst month for billing this year');
    expect(text).toBe('January 2025 had the lowest amount billed this year so far with $0.00.');
  });

  it('the best month is unchanged: the highest found', async () => {
    const { text } = await answer('best month for billing this year');
    expect(text).toBe('June 2025 had the highest amount billed this year so far with $413.00.');
  });
});

describe('values compared, one with nothing', () => {
  it('"basic vs pro billing last month" names Pro at $0.00 (Pro billed nothing), never Basic alone', async () => {
    const { result, text } = await answer('basic vs pro billing last month');
    expect(result.rows).toEqual([
      ['basic', 87],
      ['pro', 0],
    ]);
    expect(text).toContain('Pro has $0.00');
  });
});

describe('the check accepts what the series answer computes', () => {
  it('"7.1× the median of $58.00" over the months before the one still running passes the check', async () => {
    const { text } = await answer('billing by month this year');
    expect(text).toContain('7.1× the median of $58.00');
  });
});
