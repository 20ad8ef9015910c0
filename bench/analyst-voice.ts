// Analyst "voice" cost: for representative questions over the demo warehouse, how long the offline analyst takes
// to write cited insights, run the grounding check, summarize, chart and suggest follow-ups. Prints median and p95
// per step, plus the grounding check on a 1,000-row result (the row cap) as the worst case.
// Usage: npx tsx bench/analyst-voice.ts [--runs 200] [--scale 1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createOfflineAnalyst } from '../src/analyst/offline/offline-analyst.js';
import { writeInsights } from '../src/analyst/answer/insights.js';
import { presentationFromLayer } from '../src/analyst/answer/result-shape.js';
import { queryPlanModel } from '../src/analyst/plan.js';
import { DEMO_SEMANTIC_LAYER } from '../src/demo/semantic-layer.js';
import { openDemoDuckDbWarehouse } from '../src/demo/warehouse.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, scale: { type: 'string', default: '1' } },
});
const RUNS = Number(values.runs);
const END_DATE = '2026-06-30';
const TODAY = '2026-07-01';
const QUESTIONS = [
  'revenue last month compared to the month before',
  'revenue by sales channel last quarter',
  'revenue by month over the last 12 months',
  'top 10 products by revenue',
  'which posts got the most engagement?',
  'engagement by platform and media type',
  'weekly orders by sales channel over the last 8 weeks',
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

function time(fn: () => unknown): { median: number; p95: number } {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const fmt = (ms: number) => ms.toFixed(3).padStart(8);
const dir = mkdtempSync(path.join(tmpdir(), 'askql-voice-bench-'));
const warehouse = await openDemoDuckDbWarehouse({
  file: path.join(dir, 'warehouse.duckdb'),
  rowCap: 1000,
  statementTimeoutMs: 10_000,
  logger: pino({ level: 'silent' }),
  demo: { scale: Number(values.scale), endDate: END_DATE, seed: 'askql' },
});
try {
  const schema = await warehouse.describe({ tenant: 'demo' });
  const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
  const presentation = presentationFromLayer(DEMO_SEMANTIC_LAYER);
  console.log(`analyst voice, ${RUNS} runs each, ms (median / p95)`);
  console.log(
    `${'question'.padEnd(54)} ${'rows'.padStart(5)}  ${'insights'.padStart(17)}  ${'grounding'.padStart(17)}  ${'summary'.padStart(17)}  ${'chart'.padStart(17)}  ${'suggestions'.padStart(17)}`,
  );
  const cases: { label: string; plan: ReturnType<typeof queryPlanModel.parse>; sql: string }[] = [];
  for (const question of QUESTIONS) {
    const decision = await analyst.plan({ question, history: [], today: TODAY });
    if (decision.kind !== 'query') throw new Error(`declined: ${question}`);
    cases.push({
      label: question,
      plan: decision.plan,
      sql: await analyst.writeSql({
        question,
        plan: decision.plan,
        today: TODAY,
        dialect: 'duckdb',
        schema,
        failures: [],
      }),
    });
  }
  cases.push({
    label: 'worst case: 1,000 customers by revenue (row cap)',
    plan: queryPlanModel.parse({
      kind: 'query',
      metrics: ['revenue'],
      dimensions: ['customer'],
      sort: { by: 'revenue', direction: 'desc' },
    }),
    sql: "SELECT customer_id AS customer, SUM(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 2 DESC LIMIT 1000",
  });
  for (const entry of cases) {
    const result = await warehouse.run(entry.sql, { tenant: 'demo' });
    const insight = writeInsights(entry.plan, result, { presentation });
    const verdict = analyst.checkInterpretation(insight, result, entry.plan);
    if (!verdict.ok) throw new Error(`${entry.label}: ${verdict.reason}`);
    const steps = [
      time(() => writeInsights(entry.plan, result, { presentation })),
      time(() => analyst.checkInterpretation(insight, result, entry.plan)),
      time(() => analyst.summarize(entry.plan, result)),
      time(() => analyst.chart(entry.plan, result)),
      time(() => analyst.suggestions(entry.plan, result)),
    ];
    console.log(
      `${entry.label.padEnd(54)} ${String(result.rowCount).padStart(5)}  ${steps.map((step) => `${fmt(step.median)} /${fmt(step.p95)}`).join('  ')}`,
    );
  }
} finally {
  await warehouse.close();
  rmSync(dir, { recursive: true, force: true });
}
