// Offline analyst planning speed: parseQuestion (and, separately, parse + compile) over every evaluation
// question, follow-ups with their history. Prints median and p95 per question kind and overall.
// Usage: npx tsx bench/analyst.ts [--runs 200]
import { parseArgs } from 'node:util';
import type { Turn } from '../src/analyst/analyst.js';
import { compilePlan } from '../src/analyst/compiler.js';
import { parseQuestion } from '../src/analyst/offline/parser.js';
import { EVAL_CASES, EVAL_TODAY, type EvalCase } from '../test/eval/cases.js';
import { DEMO_SEMANTIC_LAYER } from '../src/demo/semantic-layer.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' } } });
const RUNS = Number(values.runs);

/** The turns a follow-up is asked after, planned once up front (their planning is not what is measured). */
function historyOf(testCase: EvalCase): Turn[] {
  const history: Turn[] = [];
  for (const question of testCase.history ?? []) {
    const decision = parseQuestion({ question, history, today: EVAL_TODAY, layer: DEMO_SEMANTIC_LAYER });
    history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return history;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

function figures(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) as number };
}

const cases = EVAL_CASES.map((testCase) => ({ testCase, history: historyOf(testCase) }));
// Warm-up: the vocabulary is built once per layer, and the JIT settles.
for (const { testCase, history } of cases)
  parseQuestion({ question: testCase.question, history, today: EVAL_TODAY, layer: DEMO_SEMANTIC_LAYER });

const parseSamples = new Map<string, number[]>();
const planSamples: number[] = [];
// Wall-clock percentiles suffer when other processes share the CPU; the mean CPU time per question does not.
const cpuStarted = process.cpuUsage();
for (let run = 0; run < RUNS; run += 1) {
  for (const { testCase, history } of cases) {
    const started = performance.now();
    const decision = parseQuestion({
      question: testCase.question,
      history,
      today: EVAL_TODAY,
      layer: DEMO_SEMANTIC_LAYER,
    });
    const parsed = performance.now();
    if (decision.kind === 'query')
      compilePlan(decision.plan, { dialect: 'duckdb', today: EVAL_TODAY, layer: DEMO_SEMANTIC_LAYER });
    const compiled = performance.now();
    const samples = parseSamples.get(testCase.category) ?? [];
    samples.push(parsed - started);
    parseSamples.set(testCase.category, samples);
    planSamples.push(compiled - started);
  }
}

const fmt = (ms: number) => `${(ms * 1000).toFixed(0).padStart(7)} µs`;
process.stdout.write(
  `offline analyst planning, ${cases.length} questions × ${RUNS} runs (Node ${process.version})\n\n`,
);
process.stdout.write(`${'kind'.padEnd(20)}${'median'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}\n`);
for (const [kind, samples] of parseSamples) {
  const { median, p95, max } = figures(samples);
  process.stdout.write(`${kind.padEnd(20)}${fmt(median)}${fmt(p95)}${fmt(max)}\n`);
}
const cpu = process.cpuUsage(cpuStarted);
const all = figures([...parseSamples.values()].flat());
const withSql = figures(planSamples);
process.stdout.write(`\n${'parseQuestion'.padEnd(20)}${fmt(all.median)}${fmt(all.p95)}${fmt(all.max)}\n`);
process.stdout.write(`${'parse + compile'.padEnd(20)}${fmt(withSql.median)}${fmt(withSql.p95)}${fmt(withSql.max)}\n`);
const cpuPerQuestion = (cpu.user + cpu.system) / 1000 / (RUNS * cases.length);
process.stdout.write(`${'mean CPU time'.padEnd(20)}${fmt(cpuPerQuestion)}  (parse + compile, per question)\n`);
process.stdout.write(`\ntarget: median under 2 ms — ${all.median < 2 ? 'met' : 'NOT met'}\n`);
