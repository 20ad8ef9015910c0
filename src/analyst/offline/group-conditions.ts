import type { PlanDecision } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import { countsCreations, countsRowsOf, type Dimension, type LayerIndex, type Metric } from '../semantic-layer.js';
import { entityOfTable } from '../layer-words.js';
import { unanswerable } from './replies.js';

/**
 * A condition said of groups or of people, read onto each row: "countries with revenue over 50k" (each country's
 * total, not each order), "plans that billed over $500", "customers with an average order over $200" (each
 * customer's average). The condition moves to the groups or people named before it; where it cannot be put on
 * them (an average per row of each group), the question is declined, never answered on each row.
 */

const COMPARATOR =
  '(?:more than|over|above|at least|under|less than|below|fewer than|at most|greater than|higher than|lower than|topped|exceeded|exceeding)';

const JOINER = '(?:with|that|which|whose|where|having|who)';

/** "Countries with …", "plans that billed …", "regions where …": the noun said before the condition, and where. */
function nounBeforeCondition(question: string): { noun: string; fewer: boolean } | null {
  const said = new RegExp(
    // (A "where" read out of the question leaves its spaces: "regions   the average invoice is over $50".)
    `\\b((?!${JOINER}\\b)[a-z]+(?: (?!${JOINER}\\b)[a-z]+)?)(?: (?:with|that|which|whose|where|having|who)\\b| {2,}| (?=(?:[a-z]+ed|spent|paid|bought|sold|made|got)\\b))[^.?!,]{0,40}?\\b(${COMPARATOR})\\b`,
    'i',
  ).exec(question);
  if (!said) return null;
  return { noun: (said[1] as string).toLowerCase(), fewer: /^fewer/i.test(said[2] as string) };
}

/** The dimension a plural noun names ("sales channels", "countries", "customers"), by its plural or label. */
function dimensionNamed(noun: string, index: LayerIndex): Dimension | undefined {
  const last = noun.split(' ').at(-1) as string;
  // (Or by a synonym, as a reading re-asked says it: "social network" for the platform.)
  const named =
    index.layer.dimensions.find((dimension) =>
      [dimension.plural.toLowerCase(), `${dimension.label.toLowerCase()}s`].some(
        (name) => name === noun || name === last,
      ),
    ) ??
    index.layer.dimensions.find((dimension) =>
      [dimension.label, ...dimension.synonyms].some((synonym) => {
        const said = synonym.toLowerCase();
        return said === noun || `${said}s` === noun;
      }),
    );
  if (named) return named;
  // ("Customers" where the layer calls its subscribers so: the table's own rows.)
  const table = index.layer.tables.find((candidate) =>
    candidate.synonyms.some((synonym) => [noun, last].includes(synonym.toLowerCase())),
  );
  return table ? index.dimension(entityOfTable(index.layer, table.name) ?? '') : undefined;
}

/** The count of the people a dimension names, on the figure's table ("customers who bought"). */
function countOf(dimension: Dimension, metric: Metric, index: LayerIndex): Metric | undefined {
  return index.layer.metrics.find(
    (candidate) =>
      candidate.table === metric.table &&
      candidate.aggregation === 'count_distinct' &&
      countsRowsOf(candidate, dimension),
  );
}

export function groupCondition(
  question: string,
  plan: QueryPlan,
  index: LayerIndex,
  howMany: boolean,
): { plan: QueryPlan } | { decision: PlanDecision } | null {
  const condition = plan.conditions?.[0];
  if (!condition || plan.conditions?.length !== 1 || plan.dimensions.length > 1) return null;
  // "What % of customers spent over $500": a share of the people passing is counted like "how many" of them.
  howMany ||= plan.share?.conditions === true;
  // "Plans with more than 10 invoices": each plan by its invoices, never by a count of the plan's own rows.
  const own = index.metric(plan.metrics[0] ?? '');
  const group = index.dimension(condition.dimension);
  if (
    plan.dimensions[0] === condition.dimension &&
    plan.metrics.length === 1 &&
    own?.aggregation.startsWith('count') &&
    group?.values.length &&
    own.table === group.table &&
    own.name !== condition.metric
  )
    return { plan: { ...plan, metrics: [condition.metric] } };
  // "Customers with more than 3 orders last year": the people by that figure, or how many of them (those behind the
  // figure's rows), never a count of the people dated by when they joined.
  const figure = index.metric(condition.metric);
  if (
    plan.dimensions.length === 0 &&
    plan.metrics.length === 1 &&
    own !== undefined &&
    countsCreations(own) &&
    group !== undefined &&
    group.values.length === 0 &&
    own.table === group.table &&
    figure !== undefined &&
    figure.table !== group.table &&
    // ("New customers with more than 3 orders" are the ones who joined then: a reading of its own.)
    !/\bnew\b/i.test(question)
  ) {
    // (Over all time every one of them counts as they are; over a period, only those behind its rows can pass.)
    const count = countOf(group, figure, index);
    // ("Number of products with more than 500 units sold": how many of them, when no figure counts those behind
    // the rows; the products are counted whenever they were added.)
    const numberOf =
      count === undefined &&
      /^\s*(?:(?:what|whats|what's) (?:is |was )?the )?(?:total )?(?:number|count|no\.?|#) of\b/i.test(question);
    if (!howMany && !numberOf)
      return { plan: { ...plan, metrics: [condition.metric], dimensions: [group.name], sort: null } };
    const reached = condition.operator === 'gt' || condition.operator === 'gte';
    if (count && reached && plan.timeRange.kind !== 'all') return { plan: { ...plan, metrics: [count.name] } };
  }
  const said = nounBeforeCondition(question);
  // "Refund rate above 5% by country": a rate said of nothing but the groups is each group's (a rate of one order is
  // no rate), when no rows are named before it.
  const rate = index.metric(condition.metric);
  const [split] = plan.dimensions;
  if (
    !said &&
    rate?.aggregation === 'ratio' &&
    split !== undefined &&
    plan.dimensions.length === 1 &&
    condition.dimension !== split &&
    index.dimension(split)?.values.length
  )
    return {
      plan: {
        ...plan,
        metrics: [condition.metric],
        conditions: [{ ...condition, dimension: split }],
        sort: plan.sort ? { ...plan.sort, by: condition.metric } : null,
      },
    };
  if (!said) return null;
  const metric = index.metric(condition.metric);
  if (!metric) return null;
  // "Products with fewer than 5 sales": "fewer" counts things, never an amount of money.
  if (said.fewer && (metric.format === 'currency' || metric.format === 'percent'))
    return {
      decision: unanswerable(
        `I can't tell what "fewer than ${condition.value}" counts for ${metric.label.toLowerCase()} (a number of orders, of units, or an amount)`,
        index.layer,
      ),
    };
  const dimension = dimensionNamed(said.noun, index);
  const rows = index.dimension(condition.dimension)?.table;
  // "Subscribers billed over $100 in total": people the layer names no column for; the condition is on theirs.
  const table = index.layer.tables.find(
    (candidate) => candidate.name === said.noun || candidate.synonyms.includes(said.noun),
  );
  if (!dimension && table && rows !== table.name)
    return {
      decision: unanswerable(
        `I can't pick ${said.noun} by their ${metric.label.toLowerCase()} in all: the semantic layer describes nothing that names one of them apart from another`,
        index.layer,
      ),
    };
  // "Customers who paid less than $100 in total": the people themselves, with the figure, when none are split by.
  if (
    dimension &&
    condition.dimension === dimension.name &&
    plan.dimensions.length === 0 &&
    plan.metrics.length === 1 &&
    plan.metrics[0] === condition.metric
  ) {
    if (!howMany) return { plan: { ...plan, dimensions: [dimension.name], sort: null } };
    // "What % of customers spent over $500": how many of them, as a share of all of them, never of their money.
    const count = plan.share?.conditions ? countOf(dimension, metric, index) : undefined;
    if (count) return { plan: { ...plan, metrics: [count.name] } };
  }
  if (!dimension || condition.dimension === dimension.name) return null;
  if (!index.reachable(metric, dimension)) return null;
  const grouped = plan.dimensions[0];
  // Only the groups the plan splits by, or people named with no split ("customers with an average order over $200").
  if (grouped !== undefined ? grouped !== dimension.name : dimension.values.length > 0) return null;
  // "Regions where the average invoice is over $50": an average per row of each group is no condition a plan holds.
  if (plan.perRow || plan.per)
    return {
      decision: unanswerable(
        `I can't put the condition on each ${dimension.label.toLowerCase()}'s average per row yet (ask for ${metric.label.toLowerCase()} per row by ${dimension.label.toLowerCase()})`,
        index.layer,
      ),
    };
  const moved = [{ ...condition, dimension: dimension.name }];
  if (grouped !== undefined)
    return {
      plan: {
        ...plan,
        metrics: [condition.metric],
        conditions: moved,
        sort: plan.sort ? { ...plan.sort, by: condition.metric } : null,
      },
    };
  // People named with no split: how many of them, or the people themselves with the figure.
  if (howMany) {
    const count = countOf(dimension, metric, index);
    return count ? { plan: { ...plan, metrics: [count.name], conditions: moved } } : null;
  }
  return {
    plan: { ...plan, metrics: [condition.metric], dimensions: [dimension.name], conditions: moved, sort: null },
  };
}
