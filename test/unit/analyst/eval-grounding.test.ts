import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Turn } from '../../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../../src/analyst/offline/offline-analyst.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import type { Warehouse } from '../../../src/warehouse/warehouse.js';
import { EVAL_CASES, EVAL_TENANT, EVAL_TODAY } from '../../eval/cases.js';
import { openEvalWarehouse } from '../../eval/run-eval.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

/**
 * Every in-scope evaluation question, answered by the offline analyst over the demo warehouse: the insight it
 * writes and its fallback summary both pass the grounding check, with every citation pointing at its own text,
 * and its follow-up suggestions are questions the parser understands.
 */

const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
let warehouse: Warehouse;
beforeAll(async () => {
  warehouse = await openEvalWarehouse();
});
afterAll(async () => {
  await warehouse?.close();
});

test('every in-scope evaluation answer is grounded, cited and followed by answerable suggestions', async () => {
  const schema = await warehouse.describe({ tenant: 'demo' });
  const problems: string[] = [];
  let answered = 0;
  for (const entry of EVAL_CASES.filter((candidate) => candidate.gold !== null)) {
    const history: Turn[] = [];
    for (const earlier of entry.history ?? []) {
      const decision = await analyst.plan({ question: earlier, history, today: EVAL_TODAY });
      history.push({ question: earlier, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
    }
    const decision = await analyst.plan({ question: entry.question, history, today: EVAL_TODAY });
    if (decision.kind !== 'query') continue;
    const sql = await analyst.writeSql({
      question: entry.question,
      plan: decision.plan,
      today: EVAL_TODAY,
      dialect: 'duckdb',
      schema,
      failures: [],
    });
    const result = await warehouse.run(sql, { tenant: EVAL_TENANT });
    const interpretation = await analyst.interpret({
      question: entry.question,
      plan: decision.plan,
      change: decision.change,
      result,
      feedback: null,
      onDelta: () => {},
    });
    answered += 1;
    const verdict = analyst.checkInterpretation(interpretation, result, decision.plan);
    if (!verdict.ok) problems.push(`${entry.question}: ${verdict.reason}\n  ${interpretation.text}`);
    const summary = analyst.summarize(decision.plan, result);
    const summaryVerdict = analyst.checkInterpretation(summary, result, decision.plan);
    if (!summaryVerdict.ok) problems.push(`${entry.question} (summary): ${summaryVerdict.reason}\n  ${summary.text}`);
    for (const citation of interpretation.citations) {
      if (interpretation.text.slice(citation.start, citation.end) !== citation.text)
        problems.push(`${entry.question}: citation ${JSON.stringify(citation)} does not match its span`);
    }
    const suggestions = analyst.suggestions(decision.plan, result);
    if (suggestions.length < 2) problems.push(`${entry.question}: only ${suggestions.length} suggestions`);
    for (const suggestion of suggestions) {
      if (
        parseQuestion({ question: suggestion, history: [], today: EVAL_TODAY, layer: DEMO_SEMANTIC_LAYER }).kind !==
        'query'
      )
        problems.push(`${entry.question}: suggestion "${suggestion}" is not understood`);
    }
  }
  expect(answered).toBeGreaterThan(100);
  expect(problems).toEqual([]);
}, 120_000);
