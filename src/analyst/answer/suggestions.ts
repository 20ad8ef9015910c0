import { capitalize } from '../sentence-case.js';
import type { QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { parseQuestion } from '../offline/parser.js';
import { indexLayer, type Dimension, type Metric, type SemanticLayer } from '../semantic-layer.js';
import { describeRange } from '../describe-plan.js';
import { entityDimensions } from '../layer-words.js';

/**
 * Follow-up questions worth asking next: another breakdown, the trend over time, the leader on its own,
 * the previous period. Each candidate is read back by the offline parser and kept only when it parses
 * into the plan it was written for, so every suggestion is one the analyst can answer.
 */

export interface SuggestionOptions {
  /** The layer the plan was made on: suggestions use its words. */
  readonly layer: SemanticLayer;
  /** How many to return; two or three read well under an answer. */
  readonly count?: number;
}

/** Parsing only checks that a question is understood; relative dates resolve the same way on any day. */
const REFERENCE_TODAY = '2026-01-15';

interface Candidate {
  readonly question: string;
  /** What the parsed plan must contain for the suggestion to mean what it says. */
  readonly expect: (plan: QueryPlan) => boolean;
}

function lower(label: string): string {
  return /^[A-Z]{2,}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function samePlan(a: QueryPlan, b: QueryPlan): boolean {
  return (
    JSON.stringify({ ...a, timeRange: null }) === JSON.stringify({ ...b, timeRange: null }) &&
    JSON.stringify(a.timeRange) === JSON.stringify(b.timeRange)
  );
}

function rangeWords(plan: QueryPlan): string {
  if (plan.timeRange.kind !== 'relative') return '';
  return ` ${describeRange(plan.timeRange).replace(' to date', '')}`;
}

function candidates(plan: QueryPlan, result: QueryResult, layer: SemanticLayer): Candidate[] {
  const index = indexLayer(layer);
  const metric: Metric | undefined = index.metric(plan.metrics[0] ?? '');
  if (metric === undefined) return [];
  const name = lower(metric.label);
  const period = rangeWords(plan);
  const hasMetric = (target: QueryPlan) => target.metrics.includes(metric.name);
  // Dimensions of the metric's own table first: "revenue by sales channel" before "revenue by platform".
  const distance = (dimension: Dimension) =>
    index.joinPath(metric.table, [dimension.table ?? metric.table])?.length ?? Infinity;
  const breakdowns = layer.dimensions
    .filter(
      (dimension: Dimension) =>
        index.reachable(metric, dimension) &&
        dimension.values.length > 0 &&
        dimension.table !== undefined &&
        !plan.dimensions.includes(dimension.name) &&
        !plan.filters.some((filter) => filter.dimension === dimension.name) &&
        !metric.filters.some((filter) => filter.overriddenBy === dimension.name),
    )
    .sort((a, b) => distance(a) - distance(b));
  const list: Candidate[] = [];

  for (const dimension of breakdowns.slice(0, 3)) {
    list.push({
      question: `${name} by ${lower(dimension.label)}${period}`,
      expect: (target) => hasMetric(target) && target.dimensions.includes(dimension.name),
    });
  }
  if (plan.grain === null) {
    list.splice(1, 0, {
      question: `${name} by month over the last 12 months`,
      expect: (target) => hasMetric(target) && target.grain === 'month',
    });
  } else if (plan.comparison === null && plan.timeRange.kind === 'relative') {
    list.unshift({
      question: `${name} last month compared with the month before`,
      expect: (target) => hasMetric(target) && target.comparison?.kind === 'previous_period',
    });
  }

  // The leader of a breakdown on its own, over time.
  const dimensionName = plan.dimensions[0];
  const dimension = dimensionName === undefined ? undefined : index.dimension(dimensionName);
  const column = result.columns.findIndex((entry) => entry.name === dimensionName);
  const values = result.rows.map((row) => row[result.columns.findIndex((entry) => entry.name === metric.name)]);
  const top = values.reduce<number>(
    (best, value, row) => (typeof value === 'number' && (best === -1 || value > Number(values[best])) ? row : best),
    -1,
  );
  const leader = column === -1 || top === -1 ? undefined : result.rows[top]?.[column];
  const leaderValue = dimension?.values.find((value) => value.value === String(leader));
  if (dimension !== undefined && leaderValue !== undefined && plan.grain === null) {
    list.unshift({
      question: `${leaderValue.label} ${name} by month`,
      expect: (target) =>
        hasMetric(target) &&
        target.grain === 'month' &&
        target.filters.some((filter) => filter.values.includes(leaderValue.value)),
    });
  }

  // Entity dimensions (the things a table's rows are about) make long tables; they are suggested only as a top 5.
  const entities = entityDimensions(layer);
  for (const entity of layer.dimensions.filter(
    (candidate) => entities.has(candidate.name) && index.reachable(metric, candidate),
  )) {
    if (plan.dimensions.includes(entity.name)) continue;
    list.push({
      question: `top 5 ${entity.plural} by ${name}${period}`,
      expect: (target) => hasMetric(target) && target.dimensions.includes(entity.name) && target.limit === 5,
    });
  }
  // Fallbacks that suit any metric, for plans whose breakdowns are all used up.
  if (plan.comparison === null && plan.grain === null) {
    list.push({
      question: `${name} last month compared with the month before`,
      expect: (target) => hasMetric(target) && target.comparison?.kind === 'previous_period',
    });
  }
  list.push({
    question: `${name} by week this year`,
    expect: (target) => hasMetric(target) && target.grain === 'week',
  });
  return list;
}

/** Two or three follow-up questions the offline parser can answer, most relevant first. */
export function suggestFollowUps(plan: QueryPlan, result: QueryResult, options: SuggestionOptions): string[] {
  const layer = options.layer;
  const count = options.count ?? 3;
  const chosen: string[] = [];
  for (const candidate of candidates(plan, result, layer)) {
    if (chosen.length >= count) break;
    const question = capitalize(candidate.question);
    const decision = parseQuestion({ question, history: [], today: REFERENCE_TODAY, layer });
    if (decision.kind !== 'query' || !candidate.expect(decision.plan) || samePlan(decision.plan, plan)) continue;
    if (!chosen.includes(question)) chosen.push(question);
  }
  return chosen;
}
