import type { Analyst, PlanDecision, Turn } from '../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import type { QueryResult, Warehouse } from '../../src/warehouse/warehouse.js';
import { EVAL_TENANT, EVAL_TODAY } from './cases.js';
import type { Expectation } from './merchant-questions.js';
import { compareResults, gradeAgainstGold, type AskedAs } from './run-eval.js';
import { DEMO_SEMANTIC_LAYER } from '../../src/demo/semantic-layer.js';

/**
 * Grades the merchant questions the way a merchant would: an answer with the gold rows is right; an answer
 * with other rows is a wrong answer presented as right (the one outcome that must never happen); a
 * clarification or a decline is neither, unless the question expected it.
 */

/** A question graded this way: the merchant questions, and those of the example subscriptions layer. */
export interface GradedCase {
  readonly category: string;
  /** Earlier questions of the conversation, asked first. */
  readonly history?: readonly string[];
  readonly question: string;
  readonly expect: Expectation;
}

export type MerchantOutcome = 'correct' | 'wrong' | 'declined' | 'clarified' | 'error';

export interface MerchantResult {
  readonly case: GradedCase;
  readonly outcome: MerchantOutcome;
  readonly detail: string;
  readonly sql: string | null;
}

export interface MerchantFigures {
  readonly cases: number;
  /** Answerable questions and how they went. */
  readonly answerable: number;
  readonly answeredCorrectly: number;
  /** Answers with rows other than the gold's, and questions that must be declined or clarified but were answered. */
  readonly wrongPresentedAsRight: number;
  readonly declined: number;
  readonly clarified: number;
  readonly errors: number;
  /** Must-clarify questions that were clarified; must-decline questions that were declined (or clarified). */
  readonly mustClarify: number;
  readonly clarifiedWhenNeeded: number;
  readonly mustDecline: number;
  readonly declinedWhenNeeded: number;
}

/** What the analyst did with the question, as the user sees it. */
function outcomeOf(decision: PlanDecision): 'answered' | 'declined' | 'clarified' {
  if (decision.kind === 'query') return 'answered';
  if (decision.kind === 'clarify') return 'clarified';
  return 'declined';
}

function describe(decision: PlanDecision): string {
  if (decision.kind === 'query') return decision.summary;
  return decision.text;
}

async function planConversation(
  analyst: Analyst,
  warehouse: Warehouse,
  testCase: GradedCase,
  asked: AskedAs,
): Promise<PlanDecision> {
  const history: Turn[] = [];
  // As the planner does: the user's rows are looked up in their data when a question needs them (names, rows said as one).
  const lookup = (sql: string) => warehouse.run(sql, { tenant: asked.tenant });
  for (const question of testCase.history ?? []) {
    const decision = await analyst.plan({ question, history, today: asked.today, lookup, dialect: warehouse.dialect });
    history.push({ question, plan: decision.kind === 'query' ? decision.plan : null, answer: '' });
  }
  return analyst.plan({ question: testCase.question, history, today: asked.today, lookup, dialect: warehouse.dialect });
}

/**
 * Compares on the gold's columns: by name, and a gold column the result does not name by its values (a
 * share or a per-unit figure may be named differently, but its numbers must be the gold's).
 */
export function compareLoosely(actual: QueryResult, gold: QueryResult, ordered: boolean): string | null {
  const named = gold.columns.filter((column) => actual.columns.some((candidate) => candidate.name === column.name));
  const unnamed = gold.columns.filter((column) => !named.includes(column));
  const strict = compareResults(actual, gold, ordered);
  if (unnamed.length === 0 || strict === null) return strict;
  const spare = actual.columns.filter((column) => !gold.columns.some((other) => other.name === column.name));
  const tryAssign = (index: number, renamed: QueryResult): boolean => {
    if (index === unnamed.length) return compareResults(renamed, gold, ordered) === null;
    const wanted = unnamed[index]!.name;
    return spare.some((candidate) => {
      if (renamed.columns.some((column) => column.name === wanted)) return false;
      const columns = renamed.columns.map((column) =>
        column.name === candidate.name ? { ...column, name: wanted } : column,
      );
      return tryAssign(index + 1, { ...renamed, columns });
    });
  };
  return tryAssign(0, actual) ? null : strict;
}

async function gradeCase(
  analyst: Analyst,
  warehouse: Warehouse,
  testCase: GradedCase,
  asked: AskedAs,
): Promise<MerchantResult> {
  const decision = await planConversation(analyst, warehouse, testCase, asked);
  const did = outcomeOf(decision);
  const detail = describe(decision);
  const expect = testCase.expect;
  if (expect.kind !== 'answer') {
    if (did === 'answered') return { case: testCase, outcome: 'wrong', detail: `answered: ${detail}`, sql: null };
    const right = expect.kind === 'clarify' ? did === 'clarified' : true;
    return { case: testCase, outcome: right ? 'correct' : did, detail, sql: null };
  }
  if (decision.kind !== 'query')
    return { case: testCase, outcome: did === 'clarified' ? 'clarified' : 'declined', detail, sql: null };
  const graded = await gradeAgainstGold(
    analyst,
    warehouse,
    testCase.question,
    decision.plan,
    expect.gold,
    (actual, gold) => compareLoosely(actual, gold, expect.ordered ?? false),
    asked,
  );
  if ('error' in graded) return { case: testCase, outcome: 'error', detail: graded.error, sql: graded.sql };
  return graded.difference === null
    ? { case: testCase, outcome: 'correct', detail, sql: graded.sql }
    : { case: testCase, outcome: 'wrong', detail: `${detail}: ${graded.difference}`, sql: graded.sql };
}

/** Grades every case, one at a time (the warehouse is shared), asked as `asked` (the demo tenant by default). */
export async function runMerchantEval(
  warehouse: Warehouse,
  cases: readonly GradedCase[],
  analyst: Analyst = createOfflineAnalyst({ layer: DEMO_SEMANTIC_LAYER }),
  asked: AskedAs = { today: EVAL_TODAY, tenant: EVAL_TENANT },
): Promise<readonly MerchantResult[]> {
  const results: MerchantResult[] = [];
  for (const testCase of cases) results.push(await gradeCase(analyst, warehouse, testCase, asked));
  return results;
}

export function merchantFigures(results: readonly MerchantResult[]): MerchantFigures {
  const answerable = results.filter((result) => result.case.expect.kind === 'answer');
  const clarify = results.filter((result) => result.case.expect.kind === 'clarify');
  const decline = results.filter((result) => result.case.expect.kind === 'decline');
  const count = (list: readonly MerchantResult[], outcome: MerchantOutcome) =>
    list.filter((result) => result.outcome === outcome).length;
  return {
    cases: results.length,
    answerable: answerable.length,
    answeredCorrectly: count(answerable, 'correct'),
    wrongPresentedAsRight: count(results, 'wrong'),
    declined: count(answerable, 'declined'),
    clarified: count(answerable, 'clarified'),
    errors: count(results, 'error'),
    mustClarify: clarify.length,
    clarifiedWhenNeeded: count(clarify, 'correct'),
    mustDecline: decline.length,
    declinedWhenNeeded: count(decline, 'correct'),
  };
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** The figures of one set, as `npm run eval` prints them. */
export function formatMerchantFigures(name: string, figures: MerchantFigures): string {
  return [
    `${name} (${figures.cases} questions)`,
    `  answered correctly:        ${figures.answeredCorrectly} / ${figures.answerable} answerable (${percent(figures.answeredCorrectly, figures.answerable)})`,
    `  wrong presented as right:  ${figures.wrongPresentedAsRight}`,
    `  declined (answerable):     ${figures.declined}`,
    `  clarified (answerable):    ${figures.clarified}`,
    `  SQL errors:                ${figures.errors}`,
    `  must clarify, clarified:   ${figures.clarifiedWhenNeeded} / ${figures.mustClarify}`,
    `  must decline, declined:    ${figures.declinedWhenNeeded} / ${figures.mustDecline}`,
  ].join('\n');
}

/** Every result that was not right: for the tuning half only. */
export function formatMisses(results: readonly MerchantResult[]): string {
  return results
    .filter((result) => result.outcome !== 'correct')
    .map((result) => {
      const history = result.case.history ? `[${result.case.history.join(' → ')}] → ` : '';
      return `  ${result.outcome.toUpperCase()} ${result.case.category}: ${history}"${result.case.question}" — ${result.detail}`;
    })
    .join('\n');
}
