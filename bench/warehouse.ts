// Warehouse latency: a dozen representative analytics queries on DuckDB and PostgreSQL at scale 1 and 40
// (40 gives the demo tenant about a million orders), plus the guard's own cost. Prints median and p95.
// Usage: npx tsx bench/warehouse.ts [--scales 1,40] [--runs 15] [--engines duckdb,postgres] [--keep-data DIR]
//        [--parts guard,queries,cold,custom] [--custom-invoices 1000000]
// cold: catalog introspection at start-up, and each demo tenant's first question after a restart, with the
// memory its private database holds. custom: the example subscriptions layer over generated data.
// Data is generated into a temporary directory / PostgreSQL schema and removed afterwards; with --keep-data it
// goes to DIR/scale-N.duckdb and schema askql_bench_sN instead, is kept, and is reused by the next run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { openDemoDuckDbWarehouse, DEMO_LAYER_SOURCE } from '../src/demo/warehouse.js';
import { DEMO_SEMANTIC_LAYER } from '../src/demo/semantic-layer.js';
import { DEMO_CATALOG } from '../src/demo/catalog.js';
import { seedPostgres } from '../src/demo/load-postgres.js';
import { DuckDBInstance } from '@duckdb/node-api';
import { compilePlan } from '../src/analyst/compiler.js';
import { queryPlanModel } from '../src/analyst/plan.js';
import { indexLayer, loadSemanticLayer, type SemanticLayer } from '../src/analyst/semantic-layer.js';
import { openDuckDbWarehouse } from '../src/warehouse/duckdb.js';
import { setUpPostgres } from '../src/warehouse/postgres-setup.js';
import { setUpDuckDb } from '../src/warehouse/duckdb-setup.js';
import { createSqlGuard } from '../src/warehouse/guard.js';
import { openPostgresWarehouse } from '../src/warehouse/postgres.js';
import type { Warehouse } from '../src/warehouse/warehouse.js';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,40' },
    runs: { type: 'string', default: '15' },
    engines: { type: 'string', default: 'duckdb,postgres' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
    'keep-data': { type: 'string' },
    /** Which parts run: the guard, the demo queries, cold tenants (and catalog introspection), the custom layer. */
    parts: { type: 'string', default: 'guard,queries,cold,custom' },
    /** Accounts and invoices of the generated subscriptions data for the custom-layer run. */
    'custom-invoices': { type: 'string', default: '1000000' },
  },
});
const PARTS = new Set(values.parts.split(','));
const RUNS = Number(values.runs);
const END_DATE = '2026-06-30';

const QUERIES: Record<string, string> = {
  'top posts by engagement': `SELECT post_id, platform, likes + comments + shares + saves AS engagement FROM social_posts ORDER BY engagement DESC LIMIT 10`,
  'engagement rate by media type': `SELECT media_type, sum(likes + comments + shares + saves)::DOUBLE PRECISION / nullif(sum(reach), 0) AS rate FROM social_posts GROUP BY media_type ORDER BY rate DESC`,
  'revenue by month': `SELECT date_trunc('month', ordered_at) AS month, sum(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 1`,
  'revenue last month': `SELECT sum(total) AS revenue FROM orders WHERE status = 'paid' AND ordered_at >= DATE '2026-05-01' AND ordered_at < DATE '2026-06-01'`,
  'top products by revenue': `SELECT p.title, sum(oi.quantity * oi.unit_price) AS revenue FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id WHERE o.status = 'paid' GROUP BY p.title ORDER BY revenue DESC LIMIT 10`,
  'AOV by sales channel': `SELECT sales_channel, avg(total) AS aov, count(*) AS orders FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY aov DESC`,
  'refund rate by month': `SELECT date_trunc('month', ordered_at) AS month, count(*) FILTER (WHERE status = 'refunded')::DOUBLE PRECISION / nullif(count(*) FILTER (WHERE status IN ('paid', 'refunded')), 0) AS refund_rate FROM orders GROUP BY 1 ORDER BY 1`,
  'new customers by channel': `SELECT acquisition_channel, count(*) AS customers FROM customers WHERE created_at >= DATE '2026-01-01' GROUP BY 1 ORDER BY 2 DESC`,
  'gross profit by category': `SELECT p.category, sum((oi.unit_price - p.cost) * oi.quantity) AS gross_profit FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id WHERE o.status = 'paid' GROUP BY 1 ORDER BY 2 DESC`,
  'attributed revenue by post': `SELECT s.post_id, s.platform, sum(o.total) AS revenue FROM orders o JOIN social_posts s ON s.post_id = o.attributed_post_id WHERE o.status = 'paid' GROUP BY 1, 2 ORDER BY revenue DESC LIMIT 10`,
  'revenue by weekday': `SELECT extract(isodow FROM ordered_at) AS weekday, sum(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY 1 ORDER BY 1`,
  'repeat customers': `SELECT count(*) FILTER (WHERE n > 1)::DOUBLE PRECISION / count(*) AS repeat_share FROM (SELECT customer_id, count(*) AS n FROM orders WHERE status = 'paid' GROUP BY customer_id) per_customer`,
  'revenue by country, last 30 days': `SELECT c.country, sum(o.total) AS revenue FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.status = 'paid' AND o.ordered_at >= DATE '2026-05-31' GROUP BY 1 ORDER BY 2 DESC`,
};

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1).padStart(8);

async function time(fn: () => Promise<unknown>, runs: number): Promise<{ median: number; p95: number; cpu: number }> {
  await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    await fn();
    samples.push(performance.now() - started);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), cpu: quantile(cpu, 0.5) };
}

/**
 * Wall-clock median and p95, and for DuckDB (which computes in this process) the median CPU time across
 * its threads: on a busy shared machine wall time mostly measures the queue for a core, CPU time the work.
 */
async function benchWarehouse(label: string, warehouse: Warehouse, inProcess: boolean): Promise<void> {
  console.log(`\n${label.padEnd(38)} median ms   p95 ms  ${inProcess ? 'cpu ms' : '      '}   rows`);
  for (const [name, sql] of Object.entries(QUERIES)) {
    const result = await warehouse.run(sql, { tenant: 'demo', timeoutMs: 60_000 });
    const { median, p95, cpu } = await time(() => warehouse.run(sql, { tenant: 'demo', timeoutMs: 60_000 }), RUNS);
    console.log(
      `  ${name.padEnd(36)} ${fmt(median)} ${fmt(p95)} ${inProcess ? fmt(cpu) : '        '} ${String(result.rowCount).padStart(6)}`,
    );
  }
}

const logger = pino({ level: 'silent' });
/** The warehouse logs how long checking the layer against the database took; this logger keeps that figure. */
let catalogMs: number | undefined;
const catalogLogger = pino(
  { level: 'info' },
  {
    write(line: string) {
      const entry = JSON.parse(line) as { msg?: string; ms?: number };
      if (entry.msg === 'catalog checked against the warehouse') catalogMs = entry.ms;
    },
  },
);

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

/**
 * A restart: the warehouse opened on data already there (the catalog is introspected and checked), then each
 * tenant's first question (on DuckDB its private copy is made then) and its second, with the process memory
 * each open tenant adds.
 */
async function coldTenants(
  label: string,
  open: () => Promise<Warehouse>,
  tenants = ['demo', 'northwind', 'lumen'],
  sql = 'SELECT count(*) AS n FROM orders',
): Promise<void> {
  // Set by the log listener while the warehouse opens.
  catalogMs = undefined as number | undefined;
  const started = performance.now();
  const warehouse = await open();
  console.log(
    `\n${label}: opened in ${Math.round(performance.now() - started)} ms, of which catalog introspection and check ${catalogMs ?? '?'} ms`,
  );
  console.log(`  ${'tenant'.padEnd(12)} first question ms   second ms   rows   memory added MB`);
  try {
    for (const tenant of tenants) {
      global.gc?.();
      const before = rssMb();
      const first = performance.now();
      const result = await warehouse.run(sql, { tenant, timeoutMs: 120_000 });
      const firstMs = performance.now() - first;
      const second = performance.now();
      await warehouse.run(sql, { tenant, timeoutMs: 120_000 });
      const secondMs = performance.now() - second;
      console.log(
        `  ${tenant.padEnd(12)} ${fmt(firstMs).padStart(18)} ${fmt(secondMs).padStart(11)} ${String(result.rows[0]?.[0]).padStart(6)} ${(rssMb() - before).toFixed(0).padStart(17)}`,
      );
    }
  } finally {
    await warehouse.close();
  }
}
console.log(`askql warehouse bench: ${RUNS} runs per query after one warm-up; tenant demo; end date ${END_DATE}.`);
console.log('Note: the machine is shared (2 cores) with other work, so absolute figures are noisy.');

if (PARTS.has('guard')) {
  const guard = await createSqlGuard(DEMO_CATALOG);
  console.log('\nguard per query (parse + checks)      uncached median   p95 | cached median   p95   (ms)');
  for (const [name, sql] of Object.entries(QUERIES)) {
    // A different trailing comment each time defeats the verdict cache: the uncached cost is the real parse.
    let run = 0;
    const cold = await time(() => guard.check(`${sql}\n-- ${(run += 1)}`), 200);
    const warm = await time(() => guard.check(sql), 200);
    console.log(`  ${name.padEnd(36)} ${fmt(cold.median)} ${fmt(cold.p95)} | ${fmt(warm.median)} ${fmt(warm.p95)}`);
  }
  guard.close();
}

for (const scale of values.scales.split(',').map(Number)) {
  const demo = { scale, endDate: END_DATE, seed: 'askql' };
  if (values.engines.includes('duckdb')) {
    const keep = values['keep-data'];
    const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'askql-bench-'));
    const started = performance.now();
    const warehouse = await openDemoDuckDbWarehouse({
      file: path.join(dir, `scale-${scale}.duckdb`),
      rowCap: 1000,
      statementTimeoutMs: 60_000,
      logger,
      demo,
    });
    console.log(
      `\n[duckdb scale ${scale}] opened (generated and loaded unless kept) in ${Math.round(performance.now() - started)} ms`,
    );
    if (PARTS.has('queries')) await benchWarehouse(`duckdb, scale ${scale}`, warehouse, true);
    await warehouse.close();
    if (PARTS.has('cold'))
      await coldTenants(`duckdb, scale ${scale}`, () =>
        openDemoDuckDbWarehouse({
          file: path.join(dir, `scale-${scale}.duckdb`),
          rowCap: 1000,
          statementTimeoutMs: 60_000,
          logger: catalogLogger,
          demo,
        }),
      );
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  if (values.engines.includes('postgres')) {
    const keep = values['keep-data'] !== undefined;
    const schema = keep ? `askql_bench_s${scale}` : `askql_bench_${process.pid}`;
    const url = `${values.postgres}?schema=${schema}`;
    const started = performance.now();
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    const existing = await admin.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [
      schema,
      'orders',
    ]);
    if (!keep || existing.rowCount === 0) await seedPostgres(url, demo);
    const warehouse = await openPostgresWarehouse({
      url,
      layer: DEMO_SEMANTIC_LAYER,
      layerSource: DEMO_LAYER_SOURCE,
      rowCap: 1000,
      statementTimeoutMs: 60_000,
      logger,
    });
    console.log(
      `\n[postgres scale ${scale}] opened (generated and loaded unless kept) in ${Math.round(performance.now() - started)} ms`,
    );
    try {
      if (PARTS.has('queries')) await benchWarehouse(`postgres, scale ${scale}`, warehouse, false);
      if (PARTS.has('cold')) {
        await coldTenants(`postgres, scale ${scale}`, () =>
          openPostgresWarehouse({
            url,
            layer: DEMO_SEMANTIC_LAYER,
            layerSource: DEMO_LAYER_SOURCE,
            rowCap: 1000,
            statementTimeoutMs: 60_000,
            logger: catalogLogger,
          }),
        );
      }
    } finally {
      await warehouse.close();
      if (!keep) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  }
}

/** The subscriptions data of examples/subscriptions.sql at scale: account acct_00 holds half the rows, 49 others the rest. */
function subscriptionsSql(invoices: number, series: (n: number) => string): string[] {
  const subscribers = Math.max(1, Math.round(invoices / 10));
  return [
    `CREATE TABLE subscribers AS SELECT 'sub_' || i AS subscriber_id,
       CASE WHEN i % 2 = 0 THEN 'acct_00' ELSE 'acct_' || lpad(CAST(i % 49 + 1 AS TEXT), 2, '0') END AS account_id,
       CASE WHEN i % 3 = 0 THEN 'pro' ELSE 'basic' END AS plan, CASE WHEN i % 5 < 2 THEN 'emea' ELSE 'amer' END AS region,
       TIMESTAMP '2024-01-01 00:00:00' + (i % 700) * INTERVAL '1 day' AS created_at FROM ${series(subscribers)}`,
    `CREATE TABLE invoices AS SELECT 'inv_' || i AS invoice_id, s.account_id, s.subscriber_id,
       s.created_at + (i % 300) * INTERVAL '1 day' AS issued_at, CAST(CASE WHEN s.plan = 'pro' THEN 99 ELSE 29 END AS NUMERIC(10,2)) AS amount,
       CASE WHEN i % 10 = 0 THEN 'void' WHEN i % 10 = 1 THEN 'open' ELSE 'paid' END AS status
       FROM ${series(invoices)} JOIN subscribers s ON s.subscriber_id = 'sub_' || (i % ${subscribers})`,
  ];
}

/** Every metric alone and by every dimension of the example layer, compiled as the offline analyst would. */
function customQueries(layer: SemanticLayer, dialect: 'duckdb' | 'postgres'): Record<string, string> {
  const index = indexLayer(layer);
  const queries: Record<string, string> = {};
  for (const metric of layer.metrics) {
    const plans = [
      [],
      ...layer.dimensions
        .filter((dimension) => index.reachable(metric, dimension))
        .map((dimension) => [dimension.name]),
    ];
    for (const dimensions of plans) {
      const plan = queryPlanModel.parse({ kind: 'query', metrics: [metric.name], dimensions });
      queries[[metric.name, ...dimensions].join(' by ')] = compilePlan(plan, { dialect, today: END_DATE, layer });
    }
  }
  return queries;
}

async function benchCustom(
  label: string,
  warehouse: Warehouse,
  layer: SemanticLayer,
  inProcess: boolean,
): Promise<void> {
  console.log(`\n${label.padEnd(38)} median ms   p95 ms  ${inProcess ? 'cpu ms' : '      '}   rows   (tenant acct_00)`);
  for (const [name, sql] of Object.entries(customQueries(layer, warehouse.dialect))) {
    const result = await warehouse.run(sql, { tenant: 'acct_00', timeoutMs: 60_000 });
    const { median, p95, cpu } = await time(() => warehouse.run(sql, { tenant: 'acct_00', timeoutMs: 60_000 }), RUNS);
    console.log(
      `  ${name.padEnd(36)} ${fmt(median)} ${fmt(p95)} ${inProcess ? fmt(cpu) : '        '} ${String(result.rowCount).padStart(6)}`,
    );
  }
}

if (PARTS.has('custom')) {
  const invoices = Number(values['custom-invoices']);
  const layerFile = new URL('../examples/semantic-layer.yaml', import.meta.url).pathname;
  const layer = await loadSemanticLayer(layerFile);
  const coldSql = 'SELECT count(*) AS n FROM invoices';
  console.log(`\n[custom layer] examples/semantic-layer.yaml over ${invoices} generated invoices (acct_00 holds half)`);
  if (values.engines.includes('duckdb')) {
    const dir = mkdtempSync(path.join(tmpdir(), 'askql-bench-custom-'));
    const file = path.join(dir, 'subscriptions.duckdb');
    const started = performance.now();
    const instance = await DuckDBInstance.create(file);
    const connection = await instance.connect();
    for (const statement of subscriptionsSql(invoices, (n) => `range(${n}) AS t(i)`)) await connection.run(statement);
    connection.closeSync();
    instance.closeSync();
    console.log(`  duckdb data generated in ${Math.round(performance.now() - started)} ms`);
    const open = () =>
      openDuckDbWarehouse({
        file,
        layer,
        layerSource: layerFile,
        rowCap: 1000,
        statementTimeoutMs: 60_000,
        logger: catalogLogger,
      });
    await coldTenants('duckdb, custom layer, rows copied', open, ['acct_00', 'acct_07'], coldSql);
    const written = await setUpDuckDb(file, layer, layerFile);
    console.log(`  askql warehouse setup: ${written.join('; ')}`);
    await coldTenants('duckdb, custom layer, tenant partitions', open, ['acct_00', 'acct_07'], coldSql);
    const warehouse = await open();
    try {
      await benchCustom('duckdb, custom layer', warehouse, layer, true);
    } finally {
      await warehouse.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (values.engines.includes('postgres')) {
    const schema = `askql_bench_custom_${process.pid}`;
    const url = `${values.postgres}?schema=${schema}`;
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    try {
      const started = performance.now();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.query(`SET search_path = ${schema}`);
      for (const statement of subscriptionsSql(invoices, (n) => `generate_series(0, ${n - 1}) AS t(i)`))
        await admin.query(statement);
      await admin.query('CREATE INDEX ON invoices (account_id, issued_at)');
      await admin.query('CREATE INDEX ON subscribers (account_id)');
      await admin.query('ANALYZE');
      await setUpPostgres(url, layer, { layerSource: layerFile });
      console.log(`  postgres data generated and set up in ${Math.round(performance.now() - started)} ms`);
      const open = () =>
        openPostgresWarehouse({
          url,
          layer,
          layerSource: layerFile,
          rowCap: 1000,
          statementTimeoutMs: 60_000,
          logger: catalogLogger,
        });
      await coldTenants('postgres, custom layer', open, ['acct_00', 'acct_07'], coldSql);
      const warehouse = await open();
      try {
        await benchCustom('postgres, custom layer', warehouse, layer, false);
      } finally {
        await warehouse.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  }
}
