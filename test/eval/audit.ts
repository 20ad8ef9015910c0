import type { Turn } from '../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import { DEMO_SEMANTIC_LAYER } from '../../src/demo/semantic-layer.js';
import { EVAL_TENANT, EVAL_TODAY } from './cases.js';
import { ELEVENTH_FRESH_CASES } from './eleventh-fresh-questions.js';
import { MERCHANT_TUNING } from './merchant-questions.js';
import { NINTH_FRESH_CASES } from './ninth-fresh-questions.js';
import { TENTH_FRESH_CASES } from './tenth-fresh-questions.js';
import { UNSEEN_CASES } from './unseen-questions.js';
import { openEvalWarehouse } from './run-eval.js';

/**
 * `npm run eval:audit [count] [offset] [set]`: answers a spread of a set's answerable questions in full (what was
 * understood, the answer text, the first rows) for a person to read sentence by sentence, as the trust issue's audit
 * asks. `set` is `tuning` (the merchant tuning half, the default), `unseen` (the first unseen set, read and tuned to
 * since session 6), `ninth` (the ninth fresh set, whose misses were read at session 13's start), `tenth` (the tenth
 * fresh set, read since the eleventh was written) or `eleventh` (the eleventh fresh set, whose misses were read at
 * session 15's start). A follow-up is asked after its history. Each question is asked as the app asks it: planned with
 * a lookup of the demo tenant's rows (so a product named by its title is found), and its result completed (empty
 * buckets of a series as zeros) before it is interpreted. Never run on a set still held out: reading its answers would
 * be tuning to it.
 */
const count = Number(process.argv[2] ?? 25);
const offset = Number(process.argv[3] ?? 0);
const set = process.argv[4] ?? 'tuning';
const SETS = {
  tuning: MERCHANT_TUNING,
  unseen: UNSEEN_CASES,
  ninth: NINTH_FRESH_CASES,
  tenth: TENTH_FRESH_CASES,
  eleventh: ELEVENTH_FRESH_CASES,
} as const;
if (!(set in SETS)) throw new Error(`set: ${Object.keys(SETS).join(', ')}, not ${set}`);
const answerable = SETS[set as keyof typeof SETS].filter((testCase) => testCase.expect.kind === 'answer');
const step = Math.max(1, Math.floor(answerable.length / count));
const picked = answerable.filter((_, index) => (index + offset) % step === 0).slice(0, count);

const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
const warehouse = await openEvalWarehouse();
// As the planner does: the user's rows are looked up in their data when a question needs them (names, rows said as one).
const lookup = (sql: string) => warehouse.run(sql, { tenant: EVAL_TENANT });
try {
  for (const [index, testCase] of picked.entries()) {
    const history: Turn[] = [];
    for (const question of testCase.history ?? []) {
      const decision = await analyst.plan({ question, history, today: EVAL_TODAY, lookup, dialect: warehouse.dialect });
      history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
    }
    const decision = await analyst.plan({
      question: testCase.question,
      history,
      today: EVAL_TODAY,
      lookup,
      dialect: warehouse.dialect,
    });
    const out = [
      `\n#${index + 1} (${testCase.asker}, ${testCase.category}${testCase.history ? `, after "${testCase.history.join(`", "`)}"` : ``}): ${testCase.question}`,
    ];
    if (decision.kind !== 'query') {
      out.push(`  (${decision.kind}) ${decision.text}`);
      process.stdout.write(`${out.join('\n')}\n`);
      continue;
    }
    const sql = await analyst.writeSql({
      question: testCase.question,
      plan: decision.plan,
      today: EVAL_TODAY,
      dialect: 'duckdb',
      schema: await warehouse.describe({ tenant: EVAL_TENANT }),
      failures: [],
    });
    // As the app's SQL step does: a series of sums or counts covers every bucket of its period, empty ones as zeros.
    const ran = await warehouse.run(sql, { tenant: EVAL_TENANT });
    const result = analyst.complete ? analyst.complete(decision.plan, ran, EVAL_TODAY) : ran;
    const interpretation = await analyst.interpret({
      question: testCase.question,
      plan: decision.plan,
      change: decision.change,
      result,
      feedback: null,
      today: EVAL_TODAY,
      onDelta: () => {},
    });
    const check = analyst.checkInterpretation(interpretation, result, decision.plan);
    out.push(`  understood: ${analyst.interpretation(decision.plan, EVAL_TODAY).sentence}`);
    out.push(`  answer: ${interpretation.text}`);
    if (!check.ok) out.push(`  CHECK FAILED: ${check.reason}`);
    out.push(`  columns: ${result.columns.map((column) => column.name).join(' | ')}`);
    for (const row of result.rows.slice(0, 6))
      out.push(`    ${row.map((cell) => (typeof cell === 'number' ? Number(cell.toFixed(4)) : cell)).join(' | ')}`);
    if (result.rows.length > 6) out.push(`    … ${result.rows.length} rows`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
} finally {
  await warehouse.close();
}
