import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Analyst, PlanDecision, Turn } from '../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import { DEFAULT_DEMO_SEED } from '../../src/demo/generator.js';
import { openDemoDuckDbWarehouse } from '../../src/demo/warehouse.js';
import type { Cell, QueryResult, Warehouse } from '../../src/warehouse/warehouse.js';
import { EVAL_CASES, EVAL_END_DATE, EVAL_TENANT, EVAL_TODAY, type EvalCase, type EvalCategory } from './cases.js';
import { DEMO_SEMANTIC_LAYER } from '../../src/demo/semantic-layer.js';

/**
 * Runs the evaluation through the path askQuery takes — the offline analyst's plan (parseQuestion) and
 * writeSql (compilePlan), then warehouse.run as the demo tenant on DuckDB — and grades each case against its
 * gold SQL run on the same warehouse.
 */

export type Outcome =
  /** In scope, answered with the gold result; or out of scope and declined. */
  | 'correct'
  /** In scope but declined: a miss, not a wrong answer. */
  | 'declined'
  /** Answered, but not with the gold result (or an out-of-scope question answered): a wrong answer. */
  | 'wrong'
  /** The compiled SQL failed to run. */
  | 'error';

export interface CaseResult {
  readonly case: EvalCase;
  readonly outcome: Outcome;
  readonly detail: string;
  readonly sql: string | null;
}

export interface CategoryFigures {
  readonly category: EvalCategory;
  readonly cases: number;
  readonly correct: number;
  readonly wrong: number;
}

export interface EvalReport {
  readonly results: readonly CaseResult[];
  readonly categories: readonly CategoryFigures[];
  /** Correct in-scope answers / in-scope cases. */
  readonly accuracy: number;
  /** Declined out-of-scope questions / out-of-scope questions. */
  readonly declineRate: number;
  /** Answers presented that do not match the gold result (in scope) or should not exist (out of scope). */
  readonly wrongAnswers: number;
}

/** The demo warehouse the evaluation runs on: seeded once into a cached file, opened read-only. */
export async function openEvalWarehouse(): Promise<Warehouse> {
  const file = path.join(tmpdir(), 'askql-eval', `demo-${EVAL_END_DATE}-${DEFAULT_DEMO_SEED}-scale1.duckdb`);
  return openDemoDuckDbWarehouse({
    file,
    rowCap: 1000,
    statementTimeoutMs: 10_000,
    logger: pino({ level: 'silent' }),
    demo: { scale: 1, endDate: EVAL_END_DATE, seed: DEFAULT_DEMO_SEED },
  });
}

const TOLERANCE = 1e-6;

function sameCell(left: Cell, right: Cell): boolean {
  if (typeof left === 'number' && typeof right === 'number') {
    return Math.abs(left - right) <= TOLERANCE * Math.max(1, Math.abs(left), Math.abs(right));
  }
  return left === right;
}

function sortKey(row: readonly Cell[]): string {
  return JSON.stringify(row.map((cell) => (typeof cell === 'number' ? Number(cell.toPrecision(8)) : cell)));
}

/** Compares the analyst's result with the gold result on the gold's columns; null when they match. */
export function compareResults(actual: QueryResult, gold: QueryResult, ordered: boolean): string | null {
  const positions = gold.columns.map((column) =>
    actual.columns.findIndex((candidate) => candidate.name === column.name),
  );
  const missing = gold.columns.filter((_, index) => positions[index] === -1).map((column) => column.name);
  if (missing.length > 0) {
    return `missing column(s) ${missing.join(', ')}; got ${actual.columns.map((column) => column.name).join(', ')}`;
  }
  if (actual.rows.length !== gold.rows.length) return `${actual.rows.length} rows, expected ${gold.rows.length}`;
  let actualRows = actual.rows.map((row) => positions.map((position) => row[position] as Cell));
  let goldRows = gold.rows.map((row) => [...row]);
  if (!ordered) {
    actualRows = [...actualRows].sort((left, right) => sortKey(left).localeCompare(sortKey(right)));
    goldRows = [...goldRows].sort((left, right) => sortKey(left).localeCompare(sortKey(right)));
  }
  for (const [index, row] of goldRows.entries()) {
    const other = actualRows[index] as Cell[];
    if (!row.every((cell, column) => sameCell(cell, other[column] as Cell))) {
      return `row ${index}: got ${JSON.stringify(other)}, expected ${JSON.stringify(row)}`;
    }
  }
  return null;
}

/** Who asks an evaluation's questions, and on which day. */
export interface AskedAs {
  readonly today: string;
  readonly tenant: string;
}

/**
 * Writes the SQL of a planned question, runs it and the gold query as the eval tenant, and compares them: the
 * difference (null when none), or the error the written SQL ran into.
 */
export async function gradeAgainstGold(
  analyst: Analyst,
  warehouse: Warehouse,
  question: string,
  plan: Extract<PlanDecision, { kind: 'query' }>['plan'],
  goldSql: string,
  compare: (actual: QueryResult, gold: QueryResult) => string | null,
  asked: AskedAs = { today: EVAL_TODAY, tenant: EVAL_TENANT },
): Promise<{ sql: string; difference: string | null } | { sql: string; error: string }> {
  const sql = await analyst.writeSql({
    question,
    plan,
    today: asked.today,
    dialect: warehouse.dialect,
    schema: await warehouse.describe({ tenant: asked.tenant }),
    failures: [],
  });
  const gold = await warehouse.run(goldSql, { tenant: asked.tenant });
  let actual: QueryResult;
  try {
    actual = await warehouse.run(sql, { tenant: asked.tenant });
  } catch (error) {
    return { sql, error: error instanceof Error ? error.message : String(error) };
  }
  return { sql, difference: compare(actual, gold) };
}

/** Plans a case's conversation, then its question, as askQuery would. */
export async function planCase(
  analyst: Analyst,
  testCase: EvalCase,
  today: string = EVAL_TODAY,
): Promise<PlanDecision> {
  const history: Turn[] = [];
  for (const question of testCase.history ?? []) {
    const decision = await analyst.plan({ question, history, today });
    history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return analyst.plan({ question: testCase.question, history, today });
}

async function runCase(analyst: Analyst, warehouse: Warehouse, testCase: EvalCase): Promise<CaseResult> {
  const decision = await planCase(analyst, testCase);
  if (testCase.gold === null) {
    return decision.kind !== 'query'
      ? { case: testCase, outcome: 'correct', detail: 'declined', sql: null }
      : { case: testCase, outcome: 'wrong', detail: `answered: ${decision.summary}`, sql: null };
  }
  if (decision.kind !== 'query') return { case: testCase, outcome: 'declined', detail: decision.text, sql: null };
  const graded = await gradeAgainstGold(
    analyst,
    warehouse,
    testCase.question,
    decision.plan,
    testCase.gold,
    (actual, gold) => compareResults(actual, gold, testCase.ordered ?? false),
  );
  if ('error' in graded) return { case: testCase, outcome: 'error', detail: graded.error, sql: graded.sql };
  return graded.difference === null
    ? { case: testCase, outcome: 'correct', detail: decision.summary, sql: graded.sql }
    : { case: testCase, outcome: 'wrong', detail: `${decision.summary}: ${graded.difference}`, sql: graded.sql };
}

/** Runs every case (one at a time: the warehouse is shared) and computes the figures. */
export async function runEval(warehouse: Warehouse, cases: readonly EvalCase[] = EVAL_CASES): Promise<EvalReport> {
  const analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER });
  const results: CaseResult[] = [];
  for (const testCase of cases) results.push(await runCase(analyst, warehouse, testCase));
  const categories = [...new Set(cases.map((testCase) => testCase.category))].map((category) => {
    const mine = results.filter((result) => result.case.category === category);
    return {
      category,
      cases: mine.length,
      correct: mine.filter((result) => result.outcome === 'correct').length,
      wrong: mine.filter((result) => result.outcome === 'wrong' || result.outcome === 'error').length,
    };
  });
  const inScope = results.filter((result) => result.case.gold !== null);
  const outOfScope = results.filter((result) => result.case.gold === null);
  return {
    results,
    categories,
    accuracy: inScope.filter((result) => result.outcome === 'correct').length / Math.max(1, inScope.length),
    declineRate: outOfScope.filter((result) => result.outcome === 'correct').length / Math.max(1, outOfScope.length),
    wrongAnswers: results.filter((result) => result.outcome === 'wrong').length,
  };
}

/** The report as the table `npm run eval` prints. */
export function formatReport(report: EvalReport): string {
  const lines = ['category            cases  correct  wrong  score'];
  for (const figures of report.categories) {
    const score = `${((100 * figures.correct) / figures.cases).toFixed(1)}%`;
    lines.push(
      `${figures.category.padEnd(20)}${String(figures.cases).padStart(5)}${String(figures.correct).padStart(9)}${String(figures.wrong).padStart(7)}  ${score.padStart(6)}`,
    );
  }
  const inScope = report.results.filter((result) => result.case.gold !== null).length;
  lines.push('');
  lines.push(`execution accuracy (in scope, ${inScope} cases): ${(100 * report.accuracy).toFixed(1)}%`);
  lines.push(
    `decline rate (out of scope, ${report.results.length - inScope} cases): ${(100 * report.declineRate).toFixed(1)}%`,
  );
  lines.push(`wrong answers presented: ${report.wrongAnswers}`);
  const misses = report.results.filter((result) => result.outcome !== 'correct');
  if (misses.length > 0) {
    lines.push('', 'misses:');
    for (const miss of misses) {
      const history = miss.case.history ? `[${miss.case.history.join(' → ')}] → ` : '';
      lines.push(
        `  ${miss.outcome.toUpperCase()} ${miss.case.category}: ${history}"${miss.case.question}" — ${miss.detail}`,
      );
    }
  }
  return lines.join('\n');
}
