import { capitalize } from '../sentence-case.js';
import type { PlanDecision } from '../analyst.js';
import { describePlan } from '../describe-plan.js';
import type { QueryPlan } from '../plan.js';
import type { SemanticLayer } from '../semantic-layer.js';
import { checkPlan } from '../compiler.js';
import { unanswerable } from './replies.js';
import { spelledOut } from './spelled-out.js';
import { scanTime } from './time-expressions.js';

/**
 * "How many posts did I put out last week and how many likes did they get", "refund count and refund amount",
 * "which country had the most orders and which had the highest AOV": two things asked at once. The plan read from
 * the whole question must answer both; when it does not, the two are answered together if one plan holds both
 * (the same rows, period and breakdown, each figure beside the other), or the asker picks which to ask first.
 * Never one of them answered as if it were all that was asked.
 */
const SECOND_ASK =
  /^\s*(.+?)(?:\s*,\s*|\s+)and\s+((?:(?:then|also) )?(?:how many|how much|what (?:was|were|is|are|did|do)|which|who|by how much)\b.*?)\s*[?.!]*\s*$/i;
/** "Refund count and refund amount": a count and an amount of the same thing, said as two figures. */
const COUNT_AND_AMOUNT =
  /^\s*(.*?)\b([a-z]+) (count|number) and (?:the |their |its )?\2 (amount|value|total|dollars|money)\b(.*)$/i;
/** "Number of refunds and refunded amount", "count of invoices and the invoiced total": the same, said the long way. */
const NUMBER_OF_AND_AMOUNT =
  /^\s*(.*?)\b(?:the )?(?:number|count|#) of ([a-z]+?)s and (?:the |their |its |total )?\2(?:(?:ed|d) (amount|value|total|dollars|money|sum)|s? (amount|dollars|money|sum))\b(.*)$/i;

/** "Refunds as a count and as dollars, Q3 2025": how many, and how much. */
const AS_COUNT_AND_AMOUNT =
  /^\s*(.*?)\s*\b(?:as|in) (?:a )?(?:count|number)(?: of them)?,? and (?:as |in )?(?:a |an )?(?:dollars?|amount|money|value|\$|dollar amount|dollar value)\b(.*)$/i;

export function secondAsk(
  question: string,
  decision: PlanDecision,
  parseAlone: (question: string) => PlanDecision,
  today: string,
  layer: SemanticLayer,
): PlanDecision | null {
  if (decision.kind !== 'query') return null;
  // ("Invoice count and average invoice" read as the average twice: two figures asked, one read for both.)
  const twice = new Set(decision.plan.metrics).size < decision.plan.metrics.length;
  const clauses = twoClauses(question) ?? (twice ? splitAtAnd(question) : null);
  // ("How many invoices did Basic get and how many did Pro get": one figure of two values, which the spelling says as
  // one question, "… vs Pro".)
  if (clauses === null || (!twice && twoClauses(spelledOut(question)) === null)) return null;
  const asked = decision.plan;
  // "Which plan brought in more, and by how much": the one ahead and the next, with the gap between them.
  if (/^by how much\b/i.test(clauses[1]) && asked.limit === 1 && asked.sort !== null) {
    const two: QueryPlan = { ...asked, limit: 2 };
    return { kind: 'query', plan: two, summary: describePlan(two, layer), change: decision.change };
  }
  const [first, second] = sharedPeriods(withSubject(clauses), today);
  const a = parseAlone(first);
  const b = withRowsOf(parseAlone(second), a, second);
  if (a.kind !== 'query' || b.kind !== 'query') {
    // ("By how much", "which had the highest AOV": a second question the plan cannot say it answered.)
    // (A second clause that reads as nothing on its own, "and how much each", may be what the whole question's
    // plan already holds: only a ranking, or a plan without the first clause's figure, is known to leave it out.)
    // ("How many signed up in jan and how many bought": a second question of its own, saying more than "each".)
    const more = clauses[1]
      .replace(/^(?:(?:then|also) )?(?:how many|how much|what (?:was|were|is|are|did|do)|which|who)\s*/i, '')
      .replace(/\b(?:each|per|one|in total|total|altogether|overall|of them|of those|them|those|it|that)\b/gi, '')
      .trim();
    // ("The largest order last week, which one and how much": a ranking shows each row with its figure, so a bare
    // "how much" after "which one" is asked already.)
    const howMuchOfRanked =
      /^how much$/i.test(clauses[1].trim()) && /\bwhich one\s*$/i.test(clauses[0]) && asked.sort !== null;
    if (howMuchOfRanked) return null;
    if (a.kind === 'query' && (asked.limit !== null || !covers(asked, [a.plan]) || /[a-z]{3,}/i.test(more)))
      return unanswerable(
        `I answer one question at a time, and "${clauses[1]}" asks a second one I can't work out on its own: ask it as a question of its own`,
        layer,
      );
    return null;
  }
  if (covers(asked, [a.plan, b.plan]) && asked.limit === null) return null;
  const together = bothInOne(a.plan, b.plan, layer);
  if (together)
    return { kind: 'query', plan: together, summary: describePlan(together, layer), change: decision.change };
  return {
    kind: 'clarify',
    text: 'That asks two things at once, and I answer one question at a time. Which would you like first?',
    word: null,
    options: [
      { label: capitalize(first), question: first },
      { label: capitalize(second), question: second },
    ],
  };
}

/** "Which country had the most orders and which had the highest AOV": the second "which" asks about countries too. */
function withSubject([first, second]: [string, string]): [string, string] {
  const subject =
    /^\s*(?:which|what) ((?:[a-z]+ ){0,2}?[a-z]+) (?=(?:had|has|have|got|gets|was|were|is|are|did|does|do|made|brought|sold|earned)\b)/i.exec(
      first,
    );
  const bare = /^\s*(which|what) (?=(?:had|has|have|got|gets|was|were|is|are|did|does|do|made|brought|sold|earned)\b)/i;
  return subject && bare.test(second) ? [first, second.replace(bare, `$1 ${subject[1] as string} `)] : [first, second];
}

/**
 * "… and what was their average reach": "their" points back at the first clause's rows, so its filters (and its
 * breakdown, when the second names none) are the second's too.
 */
function withRowsOf(b: PlanDecision, a: PlanDecision, second: string): PlanDecision {
  if (b.kind !== 'query' || a.kind !== 'query' || !/\b(?:their|they|them|those|its|it)\b/i.test(second)) return b;
  const own = new Set(b.plan.filters.map((filter) => filter.dimension));
  const plan: QueryPlan = {
    ...b.plan,
    filters: [...b.plan.filters, ...a.plan.filters.filter((filter) => !own.has(filter.dimension))],
    dimensions: b.plan.dimensions.length > 0 ? b.plan.dimensions : a.plan.dimensions,
  };
  return { ...b, plan };
}

function twoClauses(question: string): [string, string] | null {
  const asAmount = AS_COUNT_AND_AMOUNT.exec(question);
  if (asAmount) {
    const [, before, after] = asAmount as unknown as [string, string, string];
    return [`${before}${after}`.trim(), `${before} in dollars${after}`.trim()];
  }
  const amount = COUNT_AND_AMOUNT.exec(question);
  if (amount) {
    const [, before, thing, count, money, after] = amount as unknown as string[];
    return [`${before}${thing} ${count}${after}`.trim(), `${before}${thing} ${money}${after}`.trim()];
  }
  const numberOf = NUMBER_OF_AND_AMOUNT.exec(question);
  if (numberOf) {
    const [, before, thing, money, plainMoney, after] = numberOf as unknown as string[];
    return [`${before}${thing} count${after}`.trim(), `${before}${thing} ${money ?? plainMoney}${after}`.trim()];
  }
  const match = SECOND_ASK.exec(question);
  return match ? [(match[1] as string).trim(), (match[2] as string).trim()] : null;
}

/** "Invoice count and average invoice this quarter": the words each side of the first "and". */
function splitAtAnd(question: string): [string, string] | null {
  const match = /^\s*(.+?)\s+and\s+(.+?)\s*[?.!]*\s*$/i.exec(question);
  return match ? [match[1] as string, match[2] as string] : null;
}

/** A period said in one clause only ("… last week and how many likes did they get") is the other's too. */
function sharedPeriods([first, second]: [string, string], today: string): [string, string] {
  const said = (text: string) =>
    scanTime(text.toLowerCase(), today)
      .mentions.map((mention) => mention.text.trim())
      .join(' ');
  const [inFirst, inSecond] = [said(first), said(second)];
  if (inFirst !== '' && inSecond === '') return [first, `${second} ${inFirst}`];
  if (inFirst === '' && inSecond !== '') return [`${first} ${inSecond}`, second];
  return [first, second];
}

/** Whether the plan read from the whole question holds every figure of both clauses' plans. */
function covers(asked: QueryPlan, plans: readonly QueryPlan[]): boolean {
  return plans.every((plan) => plan.metrics.every((metric) => asked.metrics.includes(metric)));
}

/** One plan answering both: the same rows, period, breakdown and conditions, each figure beside the other. */
function bothInOne(a: QueryPlan, b: QueryPlan, layer: SemanticLayer): QueryPlan | null {
  const rest = (plan: QueryPlan) => JSON.stringify({ ...plan, metrics: [] });
  if (rest(a) !== rest(b) || a.limit !== null || a.sort !== null || a.comparison !== null) return null;
  const plan: QueryPlan = { ...a, metrics: [...new Set([...a.metrics, ...b.metrics])] };
  return checkPlan(plan, layer) === null ? plan : null;
}
