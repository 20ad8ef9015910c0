import { numberedValueSaid } from './numbered-values.js';
import { layerForPlan } from '../plan-labels.js';
import { describeJoined, describePlan } from '../describe-plan.js';
import { keyedRowState } from './row-state.js';
import { citedDataStart, dataStartDay, dataStartNote, dataStartSql } from '../answer/data-start.js';
import type { Analyst, Interpretation, InterpretRequest, PlanDecision, PlanRequest, SqlRequest } from '../analyst.js';
import { addDays, addMonths, daysBetween, mentioning, type QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { spelledOut } from './spelled-out.js';
import { optionPicked, parseQuestion, timeColumnOf } from './parser.js';
import { longDate, NAMED_DAYS, speaksOfTimeAhead } from './time-expressions.js';
import { capitalize } from '../sentence-case.js';
import { MONTH_NAMES } from './calendar.js';
import { compilePlan } from '../compiler.js';
import { COMPUTATION, CitedText, citedFigures } from '../answer/cited-text.js';
import { writeInsights } from '../answer/insights.js';
import { streamText } from '../answer/stream-text.js';
import { checkInterpretation } from '../answer/grounding.js';
import { summarize } from '../answer/summary.js';
import { chartFor } from '../answer/chart.js';
import { suggestFollowUps } from '../answer/suggestions.js';
import { presentationFromLayer } from '../answer/result-shape.js';
import { interpretPlan } from '../interpret-plan.js';
import { presentColumns } from '../answer/column-presentation.js';
import type { SemanticLayer } from '../semantic-layer.js';
import { describeConditions, passesWithNone } from '../row-conditions.js';
import { firstNameSaid, keysTyped, loadNames, namePattern, namesQueries, type EntityName } from './names.js';
import { textPhrases } from './mentions.js';
import { askedByKey, MONEY_OF_ONE, oneRowSaid, rowsFound, rowsPlan, tooManyRows, whichRow } from './which-row.js';
import { unanswerable } from './replies.js';
import { knownWord, vocabularyOf, words } from './vocabulary.js';
import { indexLayer } from '../semantic-layer.js';
import { withComparedValues, withEmptyBuckets, everyValueSql, withEveryValue } from '../answer/empty-buckets.js';
import { withoutIdleTies } from '../answer/tied-rows.js';

/**
 * The offline analyst: no model, no network. It parses the question into a plan, compiles the plan to SQL,
 * writes deterministic insights with every figure cited, and checks them like any other interpretation.
 */

export interface OfflineAnalystOptions {
  /** The semantic layer questions are asked against. */
  readonly layer: SemanticLayer;
}

/**
 * The follow-up's "what changed" sentence as cited text: its figures (a limit, a date) come from the previous
 * and current plans, not from the result, so they are cited as such and the grounding check accepts them
 * while their text is unchanged.
 */
export function citedChange(change: string): Interpretation {
  const sentence = citedFigures(change, COMPUTATION.followUp);
  return /[.!?]$/.test(sentence.text) ? sentence : { ...sentence, text: `${sentence.text}.` };
}

/**
 * "Counting only orders whose revenue is over $250.00: …": a condition on rows is said before the first sentence
 * that names the figure (read alone, "Revenue last month was $23,846.40" would be the month's revenue), its
 * figure cited; after it, where the answer says it already ("had no product revenue").
 */
function citedConditions(
  plan: QueryPlan,
  layer: SemanticLayer,
): { lead: Interpretation | null; after: Interpretation | null } {
  const index = indexLayer(layer);
  // ("Counting only subscribers who joined in May 2025: …": the people a cohort keeps are a condition too.)
  const conditions = [...describeConditions(plan, index), ...(plan.joined ? [describeJoined(plan.joined)] : [])];
  if (conditions.length === 0) return { lead: null, after: null };
  // "6 products had no product revenue last week: …": rows with none of a figure are said so by the answer itself;
  // the condition only follows it.
  const none =
    (plan.conditions ?? []).length > 0 &&
    (plan.conditions ?? []).every((condition) => {
      const metric = index.metric(condition.metric);
      return metric !== undefined && passesWithNone(condition, metric);
    });
  if (none) return { lead: null, after: citedFigures(`This counts ${conditions.join(' and ')}.`, COMPUTATION.plan) };
  return { lead: citedFigures(`Counting ${conditions.join(' and ')}: `, COMPUTATION.plan), after: null };
}

/** True when the result holds no value at all: no rows, or only empty figures. */
function emptyResult(result: QueryResult, plan: QueryPlan): boolean {
  if (result.rowCount === 0) return true;
  const columns = metricColumns(result, plan);
  return columns.length > 0 && result.rows.every((row) => columns.every((index) => row[index] === null));
}

function metricColumns(result: QueryResult, plan: QueryPlan): number[] {
  return plan.metrics
    .map((name) => result.columns.findIndex((column) => column.name === name))
    .filter((index) => index >= 0);
}

/** One total of 0 ("engagement of TikTok reels": no such posts, or posts with none): a sum that found nothing. */
function zeroTotal(result: QueryResult, plan: QueryPlan): boolean {
  const columns = metricColumns(result, plan);
  // ("And for pro only" after a month against the one before: $0 now, but $99 then matched.)
  const compared = result.columns.flatMap((column, index) =>
    plan.metrics.some((name) => column.name === `${name}_previous`) ? [index] : [],
  );
  return (
    result.rowCount === 1 &&
    columns.length > 0 &&
    [...columns, ...compared].every((index) => result.rows[0]?.[index] === 0 || result.rows[0]?.[index] === null)
  );
}

/**
 * A question that found nothing under two filters or more ("tiktok reels engagement"; "what about carousels" after
 * TikTok likes, the filters carried over from earlier questions): says which filters were combined, never just "no
 * data" or a bare 0.
 */
function carriedFiltersNote(plan: QueryPlan, layer: SemanticLayer, zero: boolean, earlier: boolean): string | null {
  if (plan.filters.length < 2) return null;
  const index = indexLayer(layer);
  const labels = plan.filters.map((filter) => {
    const dimension = index.dimension(filter.dimension);
    const values = filter.values.map(
      (value) => dimension?.values.find((known) => known.value === value)?.label ?? value,
    );
    if (filter.operator === 'mentions') return `${dimension?.plural ?? filter.dimension} ${mentioning(filter.values)}`;
    return `${dimension?.label ?? filter.dimension} ${filter.operator === 'neq' ? 'not ' : ''}${values.join(' or ')}`;
  });
  // A total of 0 may be rows of 0 as well as no rows: said as either.
  const matched = zero ? 'Nothing, or only rows of 0, matched' : 'Nothing matched';
  const still = earlier ? ' (filters from earlier questions still apply)' : '';
  return ` ${matched} all of these at once: ${labels.join(', ')}${still}. Ask again without one of them to see more.`;
}

/**
 * True when the question has a word of four letters or more that the layer's words do not hold as typed ("the
 * velvet hoodie"), or one of three said as a thing ("the rug"; never shorthand such as "rev ytd", which would cost
 * every such question a lookup of the user's names).
 */
function strangeWords(question: string, layer: SemanticLayer): boolean {
  const vocabulary = vocabularyOf(layer);
  const typed = words(question.toLowerCase());
  return typed.some(
    (word, at) =>
      (word.length >= 4 ||
        (word.length === 3 && /^(?:the|a|an|my|our|that|this|each|every)$/.test(typed[at - 1] ?? ''))) &&
      !/\d/.test(word) &&
      !knownWord(vocabulary, word) &&
      !vocabulary.fillers.has(word),
  );
}

/** A named day said without its year ("new year's eve", "christmas"), as spelled out. */
const NAMED_DAY_UNDATED = new RegExp(
  `\\b(?:${NAMED_DAYS})\\b(?!\\s*(?:\\d{4}|'\\d\\d|last year|this year|next year))`,
  'i',
);

/** A month said without its year or a day ("scheduled invoices in january"), as spelled out. */
const MONTH_UNDATED = new RegExp(
  `\\b(?:${MONTH_NAMES})\\b(?!\\s*(?:,\\s*)?(?:\\d|'\\d\\d|last year|this year|next year))`,
  'i',
);

/** A whole calendar month, `from` to `to` (exclusive). */
const wholeMonth = (from: string, to: string) => from.endsWith('-01') && addMonths(from, 1) === to;

/** The last day the figure's own rows hold (its conditions and the plan's values), looked up; null when unknown. */
async function lastDayHeld(
  plan: QueryPlan,
  layer: SemanticLayer,
  lookup: NonNullable<PlanRequest['lookup']>,
): Promise<string | null> {
  const sql = dataStartSql(plan, layer);
  if (sql === null) return null;
  return lookup(sql).then(
    (result) => dataStartDay(result.rows[0]?.[1]),
    () => null,
  );
}

/**
 * The time columns (`orders.delivery_date`) whose rows run on past today (events by the day they happen, bookings by
 * their date) → the last day they hold, as the asking user; a table whose lookup fails is taken to hold none.
 */
async function timesAhead(
  layer: SemanticLayer,
  lookup: NonNullable<PlanRequest['lookup']>,
  today: string,
): Promise<ReadonlyMap<string, string>> {
  // (One table may date its rows twice: orders by when they were placed and by when they are delivered.)
  const timed = new Map(layer.metrics.map(({ time }) => [timeColumnOf(time), time]));
  const ahead = new Map<string, string>();
  for (const [key, { table, column }] of timed) {
    const last = await lookup(`SELECT MAX(${table}.${column}) AS data_end FROM ${table}`).then(
      (result) => dataStartDay(result.rows[0]?.[0]),
      () => null,
    );
    if (last !== null && last > today) ahead.set(key, last);
  }
  return ahead;
}

/** Builds the offline analyst over a semantic layer. */
export function createOfflineAnalyst(options: OfflineAnalystOptions): Analyst {
  const layer = options.layer;
  const presentation = presentationFromLayer(layer);
  // Refunded orders' money is their order value, not revenue: the layer's own words for it, per plan.
  const presentationOf = (plan: QueryPlan) => {
    const shown = layerForPlan(layer, plan);
    return shown === layer ? presentation : presentationFromLayer(shown);
  };

  const index = indexLayer(layer);
  const vocabulary = vocabularyOf(layer);
  // "Who was the $99 june invoice sent to": when the data holds two or three such rows, which one (see which-row.ts).
  const withRowAsked = async (
    decision: PlanDecision,
    request: PlanRequest,
    reask: (question: string) => Promise<PlanDecision>,
  ): Promise<PlanDecision> => {
    const { lookup, dialect } = request;
    if (decision.kind !== 'query' || !lookup || !dialect) return decision;
    // (As typed, or else as spelled out: "ninety-nine dollar invoice from july, whose is it" is "whose is the $99
    // invoice from july".)
    const typed = oneRowSaid(request.question, decision.plan, vocabulary, index);
    const question = typed ? request.question : spelledOut(request.question);
    const said = typed ?? oneRowSaid(question, decision.plan, vocabulary, index);
    if (!said) return decision;
    let sql: string;
    try {
      sql = compilePlan(rowsPlan(decision.plan, said, layer), {
        dialect,
        today: request.today,
        layer,
        dataStart: null,
      });
    } catch {
      return decision;
    }
    const found = await lookup(sql).catch(() => null);
    request.signal?.throwIfAborted();
    const keys = found ? rowsFound(said, found) : [];
    const asked = whichRow(question, said, keys, found ?? undefined);
    if (asked) return { kind: 'clarify', ...asked };
    const many = found ? tooManyRows(question, said, found, keys) : null;
    if (many) return unanswerable(many, layer);
    // "How much was the order from the australian customer yesterday": one order, so its money, asked of it by key.
    const [only] = keys;
    const counted = index.metric(decision.plan.metrics[0] ?? '');
    if (
      keys.length === 1 &&
      only !== undefined &&
      MONEY_OF_ONE.test(question) &&
      counted?.aggregation.startsWith('count') &&
      counted.table === said.entity.table
    ) {
      const byKey = await reask(askedByKey(question, said, only));
      if (byKey.kind === 'query') return byKey;
    }
    // "The open invoice from june", said alone, and one fits: that row, shown by its key (never a total of one row).
    if (keys.length === 1 && only !== undefined && said.start === question.search(/\S/)) {
      const shown = await reask(`show me ${askedByKey(question, said, only)}`);
      if (shown.kind === 'query') return shown;
    }
    return decision;
  };

  /** Plans a question, reading time ahead over the tables in `ahead` (see `ParseRequest.ahead`). */
  const planWith = async (
    request: PlanRequest,
    ahead: ReadonlyMap<string, string> | undefined,
  ): Promise<PlanDecision> => {
    const { lookup } = request;
    const asked = { question: request.question, history: request.history, today: request.today, layer, ahead };
    // The user's names of rows (products' titles), looked up in their data once per question, only when needed.
    let names: readonly EntityName[] | null = null;
    const namesOnce = async () => {
      // (A reply to a question asked back is read with that question, whose keys it needs too.)
      const last = request.history.at(-1);
      const typed = last?.plan === null ? `${last.question} ${request.question}` : request.question;
      names ??=
        lookup && (namesQueries(layer).length > 0 || keysTyped(typed).length > 0)
          ? await loadNames(layer, lookup, typed)
          : [];
      request.signal?.throwIfAborted();
      return names;
    };
    // "inv_ac_008", "the second one": a reply picking a row asked about from the data (which the parser alone
    // cannot ask again), read as that option's question.
    const last = request.history.at(-1);
    if (last !== undefined && last.plan === null && / match "/.test(last.answer)) {
      const before = await analyst.plan({
        ...request,
        question: last.question,
        history: request.history.slice(0, -1),
      });
      const picked = before.kind === 'clarify' ? optionPicked(request.question, before.options) : null;
      if (picked !== null) return analyst.plan({ ...request, question: picked, history: request.history.slice(0, -1) });
    }
    // A reply to a clarification ("units") is read with the question it answers, which may name rows by name.
    if (request.history.length > 0 && request.history.at(-1)?.plan === null) {
      const known = await namesOnce();
      if (known.length > 0) {
        const named = parseQuestion({ ...asked, names: known });
        if (named.kind === 'query' || named.kind === 'clarify') return named;
      }
    }
    const decision = await withRowAsked(parseQuestion(asked), request, (question) =>
      analyst.plan({ ...request, question }),
    );
    // "Average rating of Getting Started": a name of the user's rows made of everyday words holds no word the layer
    // does not know, so it would be read past; a name of two words or more, typed as it is stored, is read too.
    const nameTyped = async () =>
      lookup !== undefined &&
      namesQueries(layer).length > 0 &&
      ((await namesOnce()).some(
        (name) =>
          /\s/.test(name.label.trim()) &&
          new RegExp(`(?<![\\w])${namePattern(name.label)}`, 'i').test(request.question),
      ) ||
        firstNameSaid(request.question, await namesOnce()));
    // "How many scarves did we sell": a word the layer does not know, which a typo correction would read as one it
    // does ("shares"), may name a kind of the user's rows ("Velvet Scarf"): their names win when they filter on it.
    const strange =
      decision.kind === 'query' && namesQueries(layer).length > 0 && strangeWords(request.question, layer);
    // ("3 bedroom homes": a number with a word of a dimension whose values only the data holds.)
    const typedName = decision.kind === 'query' && (numberedValueSaid(request.question, layer) || (await nameTyped()));
    if (decision.kind === 'query' && (strange || typedName)) {
      const known = await namesOnce();
      const named = known.length > 0 ? parseQuestion({ ...asked, names: known }) : decision;
      const byName = new Set(namesQueries(layer).map((query) => query.dimension));
      const filtersOnNames = (plan: QueryPlan) => plan.filters.filter((filter) => byName.has(filter.dimension)).length;
      if (named.kind === 'query' && filtersOnNames(named.plan) > filtersOnNames(decision.plan))
        return withRowAsked(named, request, (question) => analyst.plan({ ...request, question }));
      // ("Matcha sales" where three names begin "Matcha": which is asked, never the word read as a slip of a month.)
      if (strange && named.kind === 'clarify')
        return withRowAsked(named, request, (question) => analyst.plan({ ...request, question }));
      // ("How many people enrolled in Getting Started": a name typed whole that the question cannot be read with is
      // said, never read past.)
      if (typedName && named.kind !== 'query')
        return withRowAsked(named, request, (question) => analyst.plan({ ...request, question }));
    }
    // A word the layer does not know may name one of the user's rows (a product's title): read it again with them.
    if (decision.kind === 'reply' && decision.reason === 'unanswerable') {
      const known =
        decision.word || numberedValueSaid(request.question, layer) || (await nameTyped()) ? await namesOnce() : [];
      const named = known.length > 0 ? parseQuestion({ ...asked, names: known }) : decision;
      // (Read with the names, one row may still be taken for granted: "likes on the velvet scarf post".)
      if (named.kind !== 'reply' || named.reason !== 'unanswerable' || !lookup)
        return withRowAsked(named, request, (question) => analyst.plan({ ...request, question }));
      // Or words of their own text ("the behind the scenes posts"), when some row's text holds them.
      for (const candidate of textPhrases(layer, request.question)) {
        const held = await lookup(candidate.sql).then(
          (result) => Number(result.rows[0]?.[0] ?? 0) > 0,
          () => false,
        );
        request.signal?.throwIfAborted();
        if (!held) continue;
        const quoted = parseQuestion({ ...asked, question: candidate.question, names: known });
        // ("The 'packing orders all day' post": one post said by its words, asked which when several hold them.)
        if (quoted.kind !== 'reply')
          return withRowAsked(quoted, request, (question) => analyst.plan({ ...request, question }));
      }
      return named;
    }
    return decision;
  };

  /**
   * "Appointments next week", "what's booked for december" (on December 1st), "upcoming events": a question read
   * as the future or as a period with no day of data yet is read again over the tables whose rows run on past
   * today, and that reading stands when the figure's own rows do (its conditions and values, as the asking user):
   * "revenue next week", counting only visits that took place, is still a forecast. Only a question naming a period
   * that reaches today or after it pays for the lookups.
   */
  const planAhead = async (request: PlanRequest, first: PlanDecision): Promise<PlanDecision> => {
    const { lookup } = request;
    // ("Viewings next week" >> "by agent": a follow-up carries the period ahead asked before.)
    const carried = request.history.at(-1)?.plan?.timeRange;
    const aheadBefore = carried?.kind === 'absolute' && carried.ahead === true;
    if (!lookup || first.kind === 'query' || !(aheadBefore || speaksOfTimeAhead(request.question, request.today)))
      return first;
    const ahead = await timesAhead(layer, lookup, request.today);
    request.signal?.throwIfAborted();
    if (ahead.size === 0) return first;
    const again = await planWith(request, ahead);
    if (again.kind !== 'query' || again.plan.timeRange.kind !== 'absolute' || again.plan.timeRange.ahead !== true)
      return first;
    const last = await lastDayHeld(again.plan, layer, lookup);
    request.signal?.throwIfAborted();
    return last !== null && last > request.today ? again : first;
  };

  /**
   * "Bookings for new year's eve", "what's booked for xmas", "scheduled invoices in january" on December 1st: a named
   * day or a month said without its year is the last one passed, but where the figure's rows run on past the coming
   * one (stays, events booked ahead, invoices scheduled), the asker may mean that one. Both are offered by their
   * dates, never one taken for granted.
   */
  const namedDayAhead = async (request: PlanRequest, first: PlanDecision): Promise<PlanDecision> => {
    const { lookup } = request;
    if (!lookup || first.kind !== 'query') return first;
    const range = first.plan.timeRange;
    if (range.kind !== 'absolute' || range.from === null || range.to === null || range.to > request.today) return first;
    // ("New year's eve": its apostrophe dropped, as the named days are listed.)
    const spelled = spelledOut(request.question).replace(/(\w)['’](s)\b/g, '$1$2');
    const month = wholeMonth(range.from, range.to) ? MONTH_UNDATED.exec(spelled) : null;
    const day = NAMED_DAY_UNDATED.exec(spelled) ?? month;
    if (!day || /\b(?:upcoming|coming|next|last|this|previous|past)\s+$/i.test(spelled.slice(0, day.index)))
      return first;
    const ahead = await timesAhead(layer, lookup, request.today);
    request.signal?.throwIfAborted();
    if (ahead.size === 0) return first;
    const coming = `${spelled.slice(0, day.index)}upcoming ${spelled.slice(day.index)}`;
    const again = await planWith({ ...request, question: coming }, ahead);
    if (again.kind !== 'query') return first;
    const next = again.plan.timeRange;
    if (next.kind !== 'absolute' || next.ahead !== true || next.from === null || next.to === null) return first;
    // (A month just ended is the one meant, "invoices in november" on December 1st: only a month nearer ahead than
    // behind is asked about.)
    if (day === month && daysBetween(request.today, next.from) >= daysBetween(range.to, request.today)) return first;
    const last = await lastDayHeld(again.plan, layer, lookup);
    request.signal?.throwIfAborted();
    if (last === null || last < next.from) return first;
    const dates = (from: string, to: string) => {
      const end = addDays(to, -1);
      return end === from ? longDate(from) : `${longDate(from)} – ${longDate(end)}`;
    };
    const pastYear = range.from.slice(0, 4);
    const named = day[0];
    const past = `${spelled.slice(0, day.index + named.length)} ${pastYear}${spelled.slice(day.index + named.length)}`;
    return {
      kind: 'clarify',
      text: `Which ${day === month ? capitalize(named.toLowerCase()) : named} do you mean: the coming one (${dates(next.from, next.to)}), with what is booked so far, or the last one (${dates(range.from, range.to)})?`,
      word: named,
      options: [
        { label: `The coming one, ${dates(next.from, next.to)}`, question: coming },
        { label: `The last one, ${dates(range.from, range.to)}`, question: past },
      ],
    };
  };

  const analyst: Analyst = {
    async plan(request: PlanRequest): Promise<PlanDecision> {
      request.signal?.throwIfAborted();
      const decision = await namedDayAhead(request, await planAhead(request, await planWith(request, undefined)));
      if (decision.kind !== 'query' || !request.lookup) return decision;
      const plan = await keyedRowState(decision.plan, index, request.lookup);
      request.signal?.throwIfAborted();
      return plan === decision.plan ? decision : { ...decision, plan, summary: describePlan(plan, layer) };
    },

    interpretation(plan: QueryPlan, today: string, dataStart?: string | null) {
      return interpretPlan(plan, layer, today, dataStart ?? null);
    },

    // async so that an abort or a compile error rejects the promise rather than throwing at the call.
    // eslint-disable-next-line @typescript-eslint/require-await
    async writeSql(request: SqlRequest): Promise<string> {
      request.signal?.throwIfAborted();
      // The compiler is deterministic, so a retry after `failures` yields the same SQL: the retry loop exists
      // for the LLM analyst, and here it simply ends with the same rejection, reported to the user.
      return compilePlan(request.plan, {
        dialect: request.dialect,
        today: request.today,
        layer,
        dataStart: request.dataStart ?? null,
      });
    },

    async interpret(request: InterpretRequest): Promise<Interpretation> {
      // Told its figures did not check, the deterministic interpreter has nothing better than the plain summary.
      const body =
        request.feedback === null
          ? writeInsights(request.plan, request.result, {
              presentation: presentationOf(request.plan),
              today: request.today,
              dataStart: request.dataStart ?? null,
              question: request.question,
            })
          : summarize(request.plan, request.result, { presentation: presentationOf(request.plan) });
      const out = new CitedText();
      if (request.change !== null && request.change.trim() !== '')
        out.append(citedChange(request.change.trim())).text(' ');
      // (Said in the plan's own words: a refunded order's money is its order value.)
      const conditions = citedConditions(request.plan, layerForPlan(layer, request.plan));
      if (conditions.lead !== null) out.append(conditions.lead);
      out.append(body);
      // (A new question's filters are its own: "tiktok reels engagement" names both, and TikTok has no reels.)
      const earlier = request.change !== null;
      const carried = emptyResult(request.result, request.plan)
        ? carriedFiltersNote(request.plan, layer, false, earlier)
        : zeroTotal(request.result, request.plan)
          ? carriedFiltersNote(request.plan, layer, true, earlier)
          : null;
      if (carried !== null) out.text(carried);
      if (conditions.after !== null) out.text(' ').append(conditions.after);
      const interpretation = out.build();
      await streamText(interpretation.text, request.onDelta, request.signal);
      return interpretation;
    },

    checkInterpretation(interpretation, result, plan, asked) {
      return checkInterpretation(interpretation, result, plan, { ...asked, presentation: presentationOf(plan) });
    },

    summarize(plan: QueryPlan, result: QueryResult): Interpretation {
      // (The plain summary, used when a written answer fails its checks, still says every condition on the rows.)
      const body = summarize(plan, result, { presentation: presentationOf(plan) });
      const conditions = citedConditions(plan, layerForPlan(layer, plan));
      if (conditions.lead === null && conditions.after === null) return body;
      const out = new CitedText();
      if (conditions.lead !== null) out.append(conditions.lead);
      out.append(body);
      if (conditions.after !== null) out.text(' ').append(conditions.after);
      return out.build();
    },

    chart(plan: QueryPlan, result: QueryResult) {
      return chartFor(plan, result, { presentation: presentationOf(plan) });
    },

    columns(plan: QueryPlan, result: QueryResult) {
      return presentColumns(plan, result, { presentation: presentationOf(plan), currency: layer.currency });
    },

    suggestions(plan: QueryPlan, result: QueryResult): readonly string[] {
      return suggestFollowUps(plan, result, { layer });
    },

    complete(
      plan: QueryPlan,
      result: QueryResult,
      today: string,
      dataStart?: string | null,
      values?: readonly string[] | null,
    ): QueryResult {
      const completed = withEveryValue(
        withEmptyBuckets(result, plan, { layer, today, dataStart }),
        plan,
        layer,
        values,
      );
      return withoutIdleTies(withComparedValues(completed, plan, layer), plan);
    },

    dataStartSql(plan: QueryPlan): string | null {
      return dataStartSql(plan, layer);
    },

    valuesSql(plan: QueryPlan, today?: string): string | null {
      return everyValueSql(plan, layer, today);
    },

    dataStartNote(
      plan: QueryPlan,
      today: string,
      dataStart: string | null,
      result?: QueryResult,
    ): Interpretation | null {
      const note = dataStartNote(plan, layer, today, dataStart, result);
      return note === null ? null : citedDataStart(note);
    },
  };
  return analyst;
}
