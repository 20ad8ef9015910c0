import type { PlanDecision } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import { entityOfTable } from '../layer-words.js';
import { timeDetailOf, type LayerIndex } from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { orList } from './figure-choice.js';
import { countMetricFor, figuresFor } from './layer-figures.js';
import { unanswerable } from './replies.js';
import { has, read } from './slots.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * "Which invoice did we send most recently", "the newest product I added", "my 3 latest orders": the rows of a
 * thing ordered by their own time (the detail the layer shows as the thing's time), newest or oldest first. The
 * rest of the question, read on its own, says which rows (a region, a period).
 */

/** The word, and how many said beside it ("my 3 latest orders", "the latest 5 invoices"). */
const RECENCY = /\b(?:(\d{1,3}) )?(newest|latest|most recent(?:ly)?|oldest|earliest)(?: (\d{1,3})(?= [a-z]))?\b/i;

/** "My last post", "our last order": "last" before a thing that is no unit of time. */
const LAST_ONE =
  /\b(my|our|the) last (?!(?:\d+|week|weeks|wk|wks|month|months|year|years|yr|quarter|quarters|qtr|day|days|weekend|weekends|time|few|couple|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|hour|hours|period|fortnight|night|q[1-4]|holiday|season|summer|winter|spring|fall|autumn|christmas|black|cyber|sale|launch)\b)(?=[a-z]+\b)/i;

/** The verbs that only say the rows arrived ("I added", "we sent", "went"), which the rest never needs. */
const ARRIVAL =
  /\b(?:(?:did|have|has|had) )?(?:i|we) (?:added|add|created|create|sent|send|issued|issue|launched|launch|listed|list|got|get|received|receive|posted|post|published|publish|placed|billed|invoiced)\b|\b(?:went|came in|was (?:sent|issued|added|placed|created|published|posted|billed))\b/gi;

export function planRecency(
  question: string,
  context: { readonly today: string; readonly index: LayerIndex; readonly vocabulary: Vocabulary },
  readRest: (question: string) => PlanDecision,
): { readonly plan: QueryPlan } | { readonly decision: PlanDecision } | null {
  // "How many comments did my last post get": the most recent one, never "last" as a period.
  const said = question.replace(LAST_ONE, '$1 most recent ');
  const match = RECENCY.exec(said);
  if (!match) return null;
  const { index } = context;
  const rest = said.replace(match[0], ' ').replace(ARRIVAL, ' ').replace(/\s+/g, ' ').trim();
  // The thing: the first word naming one row of something whose time the layer shows.
  const slots = read(rest, context.today, context.vocabulary);
  let thing: { name: string; plural: boolean; position: number } | null = null;
  // "What did the earliest customer buy": the rows named right after the word, before any other named first.
  const rightAfter = (text: string) =>
    new RegExp(`\\b${match[2] ?? ''} (?:\\d+ )?${escapeRegExp(text)}\\b`, 'i').test(said);
  const items = [...slots.items].sort((a, b) => Number(rightAfter(b.text)) - Number(rightAfter(a.text)));
  for (const item of items) {
    for (const meaning of item.meanings) {
      // "Invoice", "orders": a count of a table's rows names its rows too.
      const counted = meaning.type === 'metric' ? index.metric(meaning.name) : undefined;
      const named =
        meaning.type === 'dimension'
          ? meaning.name
          : counted?.aggregation === 'count'
            ? entityOfTable(index.layer, counted.table)
            : null;
      const dimension = index.dimension(named ?? '');
      if (dimension && dimension.values.length === 0 && timeDetailOf(dimension, index.layer)) {
        thing ??= { name: dimension.name, plural: item.plural, position: item.position };
      }
    }
  }
  // "My latest reel": a kind of row, named by a value of the rows' own table, when nothing names the rows.
  for (const item of thing === null ? slots.items : []) {
    // Right after the word ("my latest reels"), never a value elsewhere ("the latest on Instagram engagement").
    if (!rightAfter(item.text)) continue;
    for (const meaning of item.meanings) {
      if (meaning.type !== 'value') continue;
      const dimension = index.dimension(
        entityOfTable(index.layer, index.dimension(meaning.dimension)?.table ?? '') ?? '',
      );
      if (dimension && timeDetailOf(dimension, index.layer))
        thing ??= { name: dimension.name, plural: item.plural, position: item.position };
    }
  }
  if (thing === null) return null;
  const dimension = index.dimension(thing.name);
  const detail = dimension ? timeDetailOf(dimension, index.layer) : undefined;
  const counted = countMetricFor(dimension?.table, index);
  if (!dimension || !detail || counted === null) return null;
  // Which rows: what the rest of the question says, read as it stands, or with the rows' count named when it
  // names no figure ("my latest instagram post").
  let picked: QueryPlan | null = null;
  let first: PlanDecision | null = null;
  for (const attempt of [rest, `${index.metric(counted)?.label ?? ''}: ${rest}`]) {
    const decision = readRest(attempt);
    first ??= decision;
    if (decision.kind === 'query') {
      picked = decision.plan;
      break;
    }
  }
  // "The oldest 2 products": nothing said but the thing, so every row of it.
  const thingOnly = slots.unknown.length === 0 && slots.time.length === 0 && slots.items.length === 1;
  // "What did my latest post earn": a figure the rest names, said beside the row (its usual figure names none,
  // unless the rest says it: "engagement: how did my latest post do").
  const named = (name: string) =>
    new RegExp(`\\b${escapeRegExp(index.metric(name)?.label ?? name)}\\b`, 'i').test(rest);
  let figure = picked?.metrics.find((name) => name !== counted && (name !== dimension.defaultMetric || named(name)));
  // "How did my latest post do": by which figure is the asker's to say, each option answerable as it stands; "how
  // did my latest reel perform", where only the layer's own word for performance answers, by that figure.
  if (figure === undefined && slots.items.some((item) => has(item, 'perform'))) {
    const figures = figuresFor(dimension, index).filter(
      (name) => readRest(`${index.metric(name)?.label ?? name}: ${rest}`).kind === 'query',
    );
    const options = figures.slice(0, 3).map((name) => {
      const label = index.metric(name)?.label ?? name;
      return { label, question: `${label}: ${question.trim().replace(/[?.!\s]+$/, '')}` };
    });
    if (figures.length === 1) figure = figures[0];
    else if (options.length > 0)
      return {
        decision: {
          kind: 'clarify',
          text: `Which figure do you mean: ${orList(options.map((option) => option.label.toLowerCase()))}?`,
          word: null,
          options,
        },
      };
  }
  if (picked === null && figure === undefined && !thingOnly && first !== null) return { decision: first };
  // "What did the earliest customer buy": the rest asks about other rows (products) of that one, which one query of
  // the earliest rows cannot answer; never the earliest products instead.
  const others = (picked?.dimensions ?? []).filter((name) => name !== dimension.name);
  if (others.length > 0 && rightAfter(slots.items.find((item) => item.position === thing.position)?.text ?? ''))
    return {
      decision: unanswerable(
        `I can't answer that about the ${match[0].toLowerCase()} ${dimension.label.toLowerCase()} by ${orList(others.map((name) => index.dimension(name)?.label.toLowerCase() ?? name))} yet: ask which ${dimension.label.toLowerCase()} is the ${match[0].toLowerCase()}, then ask about that one by name`,
        index.layer,
      ),
    };
  const asked = Number(match[1] ?? match[3] ?? 0);
  const limit = asked > 0 ? Math.min(asked, 100) : thing.plural ? 10 : 1;
  return {
    plan: {
      kind: 'query',
      metrics: [figure ?? counted],
      dimensions: [dimension.name],
      filters: (picked?.filters ?? []).filter((filter) => filter.dimension !== dimension.name),
      timeRange: picked?.timeRange ?? { kind: 'all' },
      ...(picked?.conditions ? { conditions: picked.conditions } : {}),
      grain: null,
      sort: { by: detail.name, direction: /oldest|earliest/i.test(match[2] ?? '') ? 'asc' : 'desc' },
      limit,
      comparison: null,
    },
  };
}
