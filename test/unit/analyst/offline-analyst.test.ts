import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlanDecision, Turn } from '../../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';
import type { QueryResult, SchemaDescription } from '../../../src/warehouse/warehouse.js';
import { openTestDuckDb, TEST_DEMO, type TestWarehouse } from '../../helpers/test-warehouse.js';

/**
 * The offline analyst end to end on the real demo warehouse (DuckDB, seeded with the demo generator):
 * question → plan → SQL → rows → cited insights that pass the grounding check, a summary, a chart and
 * follow-up suggestions the parser understands.
 */

const TODAY = '2026-07-01';
const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
let test_: TestWarehouse;
let schema: SchemaDescription;

beforeAll(async () => {
  expect(TEST_DEMO.endDate).toBe('2026-06-30');
  test_ = await openTestDuckDb();
  schema = await test_.warehouse.describe({ tenant: 'demo' });
});
afterAll(async () => {
  await test_?.cleanup();
});

async function ask(
  question: string,
  history: Turn[] = [],
): Promise<{ decision: Extract<PlanDecision, { kind: 'query' }>; result: QueryResult; sql: string }> {
  const decision = await analyst.plan({ question, history, today: TODAY });
  if (decision.kind !== 'query') throw new Error(`"${question}" was declined: ${decision.text}`);
  const sql = await analyst.writeSql({
    question,
    plan: decision.plan,
    today: TODAY,
    dialect: 'duckdb',
    schema,
    failures: [],
  });
  const result = await test_.warehouse.run(sql, { tenant: 'demo' });
  return { decision, result, sql };
}

const QUESTIONS: [question: string, chart: string | null][] = [
  ['What was my revenue last month?', null],
  ['revenue by sales channel last quarter', 'arc'],
  ['revenue by month over the last 12 months', 'line'],
  ['top 5 products by revenue', 'bar'],
  ['which posts got the most engagement?', 'bar'],
  ['engagement rate by media type', 'bar'],
  ['instagram vs tiktok engagement last 90 days', 'bar'],
  ['how many new customers by acquisition channel this year', 'bar'],
  ['refund rate by month this year', 'line'],
  ['revenue last month compared to the month before', null],
  ['average order value by country', 'bar'],
  ['weekly orders by sales channel over the last 8 weeks', 'line'],
  ['gross profit by category', 'arc'],
];

describe('the offline analyst on the demo warehouse', () => {
  test.each(QUESTIONS)(
    '"%s": grounded, cited insight; summary; %s chart; answerable suggestions',
    async (question, chartMark) => {
      const { decision, result } = await ask(question);
      expect(result.rowCount).toBeGreaterThan(0);
      const deltas: string[] = [];
      const interpretation = await analyst.interpret({
        question,
        plan: decision.plan,
        change: decision.change,
        result,
        feedback: null,
        onDelta: (delta) => deltas.push(delta),
      });
      expect(deltas.join('')).toBe(interpretation.text);
      expect(interpretation.text).toMatch(/\d/);
      expect(interpretation.citations.length).toBeGreaterThan(0);
      for (const citation of interpretation.citations)
        expect(interpretation.text.slice(citation.start, citation.end)).toBe(citation.text);
      expect(analyst.checkInterpretation(interpretation, result, decision.plan), interpretation.text).toEqual({
        ok: true,
      });

      const summary = analyst.summarize(decision.plan, result);
      expect(analyst.checkInterpretation(summary, result, decision.plan), summary.text).toEqual({ ok: true });

      const chart = analyst.chart(decision.plan, result);
      expect((chart?.mark as { type?: string } | undefined)?.type ?? null).toBe(chartMark);

      const suggestions = analyst.suggestions(decision.plan, result);
      expect(suggestions.length).toBeGreaterThanOrEqual(2);
      for (const suggestion of suggestions) {
        expect(
          parseQuestion({ question: suggestion, history: [], today: TODAY, layer: DEMO_SEMANTIC_LAYER }).kind,
          suggestion,
        ).toBe('query');
      }
    },
  );

  test('a follow-up answer starts with what changed, and still passes the grounding check', async () => {
    const first = await ask('instagram engagement last month');
    const history: Turn[] = [{ question: 'instagram engagement last month', plan: first.decision.plan, answer: '' }];
    const { decision, result } = await ask('what about tiktok?', history);
    expect(decision.change).toMatch(/TikTok instead of Instagram/);
    const interpretation = await analyst.interpret({
      question: 'what about tiktok?',
      plan: decision.plan,
      change: decision.change,
      result,
      feedback: null,
      onDelta: () => {},
    });
    expect(interpretation.text.startsWith(decision.change!)).toBe(true);
    expect(analyst.checkInterpretation(interpretation, result, decision.plan)).toEqual({ ok: true });
  });

  test('a follow-up whose carried filters match nothing says which filters met, for no rows and for a total of 0', async () => {
    const answerTo = async (first: string, next: string) => {
      const before = await ask(first);
      const history: Turn[] = [{ question: first, plan: before.decision.plan, answer: '' }];
      const { decision, result } = await ask(next, history);
      const interpretation = await analyst.interpret({
        question: next,
        plan: decision.plan,
        change: decision.change,
        result,
        feedback: null,
        onDelta: () => {},
      });
      expect(analyst.checkInterpretation(interpretation, result, decision.plan)).toEqual({ ok: true });
      return interpretation.text;
    };
    // TikTok has no reels (they are Instagram's): the total is 0, which may also be rows of 0.
    expect(await answerTo('tiktok engagement last month', 'and reels only')).toMatch(
      /was 0\. Nothing, or only rows of 0, matched all of these at once: Platform TikTok, Media type Reel \(filters from earlier questions still apply\)/,
    );
    // A breakdown with no rows at all says nothing matched.
    expect(await answerTo('tiktok engagement by week last month', 'and reels only')).toMatch(
      /Nothing matched all of these at once: Platform TikTok, Media type Reel/,
    );
  });

  test('a new question whose own filters match nothing says so too, never a bare 0 (was "was 0." alone)', async () => {
    const question = 'tiktok reels engagement last month';
    const { decision, result } = await ask(question);
    const interpretation = await analyst.interpret({
      question,
      plan: decision.plan,
      change: decision.change,
      result,
      feedback: null,
      onDelta: () => {},
    });
    expect(analyst.checkInterpretation(interpretation, result, decision.plan)).toEqual({ ok: true });
    expect(interpretation.text).toBe(
      'Engagement for platform TikTok and media type Reel last month was 0. Nothing, or only rows of 0, matched all of these at once: Platform TikTok, Media type Reel. Ask again without one of them to see more.',
    );
  });

  test('after a rejection the deterministic compiler writes the same SQL again', async () => {
    const { decision, sql } = await ask('revenue by sales channel last quarter');
    const again = await analyst.writeSql({
      question: 'q',
      plan: decision.plan,
      today: TODAY,
      dialect: 'duckdb',
      schema,
      failures: [{ sql, reason: 'statement timeout' }],
    });
    expect(again).toBe(sql);
  });

  test('told its figures did not check, the interpreter answers with the plain summary', async () => {
    const { decision, result } = await ask('revenue by sales channel last quarter');
    const interpretation = await analyst.interpret({
      question: 'q',
      plan: decision.plan,
      change: null,
      result,
      feedback: '"$1.00" is not in the result',
      onDelta: () => {},
    });
    expect(interpretation).toEqual(analyst.summarize(decision.plan, result));
  });
});

describe('names, conditions, extremes and shares on the demo warehouse', () => {
  async function answer(question: string, lookup?: (sql: string) => Promise<QueryResult>) {
    const decision = await analyst.plan({ question, history: [], today: TODAY, lookup });
    if (decision.kind !== 'query') throw new Error(`"${question}" was not answered: ${decision.text}`);
    const sql = await analyst.writeSql({
      question,
      plan: decision.plan,
      today: TODAY,
      dialect: 'duckdb',
      schema,
      failures: [],
    });
    const result = await test_.warehouse.run(sql, { tenant: 'demo' });
    const interpretation = await analyst.interpret({
      question,
      plan: decision.plan,
      change: null,
      result,
      feedback: null,
      onDelta: () => {},
    });
    expect(analyst.checkInterpretation(interpretation, result, decision.plan), interpretation.text).toEqual({
      ok: true,
    });
    return { decision, result, interpretation };
  }

  test('"how many <product> went through the <channel>" is the units of that product there, not its orders', async () => {
    const [[id, title]] = (
      await test_.warehouse.run('SELECT product_id, title FROM products ORDER BY product_id LIMIT 1', {
        tenant: 'demo',
      })
    ).rows as [[string, string]];
    const { decision, result } = await answer(`how many ${title} went through the tiktok shop last month`, (sql) =>
      test_.warehouse.run(sql, { tenant: 'demo' }),
    );
    expect(decision.plan).toMatchObject({
      metrics: ['units_sold'],
      filters: expect.arrayContaining([
        { dimension: 'sales_channel', operator: 'eq', values: ['tiktok_shop'] },
        expect.objectContaining({ dimension: 'product', values: [id] }),
      ]),
    });
    const gold = await test_.warehouse.run(
      `SELECT COALESCE(SUM(i.quantity), 0) FROM order_items i JOIN orders o ON o.order_id = i.order_id
       WHERE o.status = 'paid' AND o.sales_channel = 'tiktok_shop' AND i.product_id = '${id}'
       AND o.ordered_at >= TIMESTAMP '2026-06-01' AND o.ordered_at < TIMESTAMP '2026-07-01'`,
      { tenant: 'demo' },
    );
    expect(Number(result.rows[0]?.[0] ?? 0)).toBe(Number(gold.rows[0]?.[0]));
  });

  test("a product named by its title is looked up in the user's own data and filtered by its id", async () => {
    const [[id, title]] = (
      await test_.warehouse.run('SELECT product_id, title FROM products ORDER BY product_id LIMIT 1', {
        tenant: 'demo',
      })
    ).rows as [[string, string]];
    const question = `how many ${title} did we sell this year`;
    expect(
      (await analyst.plan({ question, history: [], today: TODAY })).kind,
      'without a lookup the name is unknown',
    ).toBe('reply');
    const lookups: string[] = [];
    const { decision, result } = await answer(question, (sql) => {
      lookups.push(sql);
      return test_.warehouse.run(sql, { tenant: 'demo' });
    });
    expect(lookups.length).toBe(1);
    expect(decision.plan).toMatchObject({
      metrics: ['units_sold'],
      filters: [{ dimension: 'product', operator: 'eq', values: [id], labels: [title] }],
    });
    expect(decision.summary).toContain(title);
    expect(analyst.interpretation(decision.plan, TODAY).filters[0]?.text).toBe(`Product: ${title}`);
    expect(result.rowCount).toBe(1);
  });

  test('a customer named by their id ("cus_…") is looked up in the user\'s own data and filtered by it', async () => {
    const [[id]] = (
      await test_.warehouse.run(
        "SELECT customer_id FROM orders WHERE status = 'paid' AND ordered_at >= TIMESTAMP '2025-01-01' AND ordered_at < TIMESTAMP '2026-01-01' ORDER BY customer_id LIMIT 1",
        { tenant: 'demo' },
      )
    ).rows as [[string]];
    const question = `how much did ${id} spend in 2025`;
    const lookups: string[] = [];
    const { decision, result, interpretation } = await answer(question, (sql) => {
      lookups.push(sql);
      return test_.warehouse.run(sql, { tenant: 'demo' });
    });
    // The id is asked about as a literal, never spliced into SQL as typed.
    expect(lookups.some((sql) => sql.includes(`IN ('${id}')`))).toBe(true);
    expect(decision.plan).toMatchObject({
      metrics: ['revenue'],
      filters: [{ dimension: 'customer', operator: 'eq', values: [id] }],
    });
    const gold = await test_.warehouse.run(
      `SELECT SUM(total) FROM orders WHERE status = 'paid' AND customer_id = '${id}'
       AND ordered_at >= TIMESTAMP '2025-01-01' AND ordered_at < TIMESTAMP '2026-01-01'`,
      { tenant: 'demo' },
    );
    expect(Number(result.rows[0]?.[0])).toBeCloseTo(Number(gold.rows[0]?.[0]), 2);
    expect(interpretation.text).toContain(id);
    // A key nobody has is no row: the question is declined, never answered for everyone.
    const unknown = await analyst.plan({
      question: 'how much did cus_zz_999999 spend in 2025',
      history: [],
      today: TODAY,
      lookup: (sql) => test_.warehouse.run(sql, { tenant: 'demo' }),
    });
    expect(unknown.kind).toBe('reply');
  });

  test('"how much is the <product>" is its price, never how many of it sold', async () => {
    const [[id, title, price]] = (
      await test_.warehouse.run('SELECT product_id, title, price FROM products ORDER BY product_id LIMIT 1', {
        tenant: 'demo',
      })
    ).rows as [[string, string, number]];
    const lookup = (sql: string) => test_.warehouse.run(sql, { tenant: 'demo' });
    for (const question of [`how much is the ${title.toLowerCase()}`, `what do i charge for the ${title}?`]) {
      const { decision, result } = await answer(question, lookup);
      expect(decision.plan).toMatchObject({
        metrics: ['price'],
        filters: [expect.objectContaining({ dimension: 'product', values: [id] })],
      });
      expect(Number(result.rows[0]?.[0])).toBe(price);
    }
    // Asked how many, it is still the units sold.
    const units = await answer(`how many ${title} did i sell`, lookup);
    expect(units.decision.plan.metrics).toEqual(['units_sold']);
  });

  test('a question of known words looks names up at most once (a name may be everyday words), and reads the same', async () => {
    let looked = 0;
    const decision = await analyst.plan({
      question: 'revenue last month',
      history: [],
      today: TODAY,
      lookup: async (sql) => ((looked += 1), test_.warehouse.run(sql, { tenant: 'demo' })),
    });
    expect(looked).toBeLessThanOrEqual(1);
    expect(decision).toMatchObject({ kind: 'query', plan: { metrics: ['revenue'], filters: [] } });
  });

  test('a condition on rows is said in the answer, with its figure cited from the question', async () => {
    const { interpretation, decision } = await answer('how many orders over $150 last month');
    expect(interpretation.text).toContain('orders whose revenue is over $150.00');
    expect(analyst.interpretation(decision.plan, TODAY).notes.join(' ')).toContain(
      'orders whose revenue is over $150.00',
    );
  });

  test('the biggest order is one order with its total; a share comes with the whole it divides', async () => {
    const biggest = await answer('biggest order last month');
    expect(biggest.result.rowCount).toBe(1);
    expect(biggest.result.columns.map((column) => column.name)).toContain('order_total');
    const share = await answer('what share of revenue came from the tiktok shop last quarter');
    expect(share.result.columns.map((column) => column.name)).toEqual(['revenue', 'revenue_share']);
    const value = Number(share.result.rows[0]?.[1]);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });
});
