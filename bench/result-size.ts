// Server memory for a result of runaway size: ten rows of a five-megabyte string (`lpad` is an allowed function),
// read five times from each engine, as a jailbroken model could make the server do. Prints RSS before and after.
//   npx tsx bench/result-size.ts
import { setTimeout as sleep } from 'node:timers/promises';
import { openTestDuckDb, openTestPostgres } from '../test/helpers/test-warehouse.js';

const SQL = "SELECT order_id, lpad('x', 5000000, 'x') AS big FROM orders ORDER BY order_id LIMIT 10";
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

for (const [name, open] of [
  ['duckdb', openTestDuckDb],
  ['postgres', openTestPostgres],
] as const) {
  const target = await open({ timeoutMs: 60_000 });
  global.gc?.();
  const before = process.memoryUsage().rss;
  let kept = 0;
  for (let index = 0; index < 5; index += 1) {
    const result = await target.warehouse.run(SQL, { tenant: 'demo' });
    kept = JSON.stringify(result.rows).length;
  }
  const peak = process.memoryUsage().rss;
  global.gc?.();
  await sleep(500);
  const after = process.memoryUsage().rss;
  console.log(
    `${name.padEnd(9)} RSS before ${mb(before)}, after 5 reads ${mb(peak)}, after GC ${mb(after)}; result JSON ${kept.toLocaleString('en-US')} characters`,
  );
  await target.cleanup();
}
