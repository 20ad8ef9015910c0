import type { Turn } from '../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import { DEMO_SEMANTIC_LAYER } from '../../src/demo/semantic-layer.js';
import { EVAL_TENANT, EVAL_TODAY } from './cases.js';
import { MERCHANT_TUNING } from './merchant-questions.js';
import { UNSEEN_CASES } from './unseen-questions.js';
import { openEvalWarehouse } from './run-eval.js';

/**
 * `npm run eval:audit [count] [offset] [set]`: answers a spread of a set's answerable questions in full (what
 * was understood, the answer text, the first rows) for a person to read sentence by sentence, as the trust
 * issue's audit asks. `set` is `tuning` (the merchant tuning half, the default) or `unseen` (the first unseen
 * set, read and tuned to since session 6). Never run on a set still held out: reading its answers would be
 * tuning to it.
 */
const count = Number(process.argv[2] ?? 25);
const offset = Number(process.argv[3] ?? 0);
const set = process.argv[4] ?? 'tuning';
if (set !== 'tuning' && set !== 'unseen') throw new Error(`set: tuning or unseen, not ${set}`);
const answerable = (set === 'tuning' ? MERCHANT_TUNING : UNSEEN_CASES).filter(
  (testCase) => testCase.expect.kind === 'answer',
);
const step = Math.max(1, Math.floor(answerable.length / count));
const picked = answerable.filter((_, index) => (index + offset) % step === 0).slice(0, count);

const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
const warehouse = await openEvalWarehouse();
try {
  for (const [index, testCase] of picked.entries()) {
    const history: Turn[] = [];
    for (const question of testCase.history ?? []) {
      const decision = await analyst.plan({ question, history, today: EVAL_TODAY });
      history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
    }
    const decision = await analyst.plan({ question: testCase.question, history, today: EVAL_TODAY });
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
    const result = await warehouse.run(sql, { tenant: EVAL_TENANT });
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
