import type { QueryPlan } from '../plan.js';
import type { LayerIndex } from '../semantic-layer.js';
import type { EntityName } from './names.js';
import { scanTime } from './time-expressions.js';
import { stem, words, type Meaning, type Vocabulary } from './vocabulary.js';

/**
 * The last check of an answer's plan: every value of the layer the question names ("canadian", "refunded",
 * "tiktok") is in the plan somewhere: a filter, a comparison, a breakdown by its dimension, or the built-in
 * condition of a figure ("paid orders" are what the order count counts). A value read nowhere would be an answer to
 * another question, presented as this one's; it is named instead. Returns the word dropped, or null.
 */

type ValueMeaning = Extract<Meaning, { type: 'value' }>;

/** Words before a value that say its rows are left out ("revenue after refunds"). */
const LEFT_OUT = /\b(?:after|excluding|excl|without|minus|less|net of|not counting|other than|except)\s*$/;

/**
 * The phrases of `question` that mean values of the layer and nothing else, longest first, as said, with what
 * comes before each; periods ("since monday", "black friday") and the names of rows ("the Organic Hoodie") are
 * read elsewhere and left out.
 */
function valuePhrases(
  question: string,
  vocabulary: Vocabulary,
  context: { readonly today: string; readonly names: readonly EntityName[] },
): { said: string; before: string; values: ValueMeaning[] }[] {
  let text = scanTime(question.toLowerCase().replace(/['’]s\b/g, ''), context.today).rest;
  for (const name of context.names) text = text.replaceAll(name.label.toLowerCase(), ' ');
  // "Us" is the asker, unless typed as the country's code ("US").
  const typed = question.replace(/['’]s\b/g, '');
  const said = words(text);
  const typedWords = typed.split(/[^A-Za-z0-9_]+/).filter((word) => word !== '');
  const stems = said.map(stem);
  const found: { said: string; before: string; values: ValueMeaning[] }[] = [];
  let at = 0;
  while (at < stems.length) {
    let matched = 0;
    for (let length = Math.min(vocabulary.longestPhrase, stems.length - at); length > 0; length -= 1) {
      const meanings = vocabulary.phrases.get(stems.slice(at, at + length).join(' '));
      if (!meanings || meanings.length === 0) continue;
      matched = length;
      // A phrase that also names a figure, a breakdown or a keyword is read as those too: not checked here.
      const phrase = said.slice(at, at + length).join(' ');
      const pronoun = phrase === 'us' && !typedWords.includes('US');
      if (!pronoun && meanings.every((meaning) => meaning.type === 'value'))
        found.push({ said: phrase, before: said.slice(0, at).join(' '), values: meanings as ValueMeaning[] });
      break;
    }
    at += Math.max(matched, 1);
  }
  return found;
}

/** Whether a value the plan picks is said with `said` ("instagram" of the Instagram Shop, read in context). */
function picksSaid(said: string, plan: QueryPlan, index: LayerIndex): boolean {
  const picked = [
    ...plan.filters.map((filter) => ({ dimension: filter.dimension, values: filter.values })),
    ...(plan.comparison?.kind === 'values' ? [plan.comparison] : []),
  ];
  return picked.some(({ dimension, values }) =>
    values.some((value) => {
      const label = index.dimension(dimension)?.values.find((known) => known.value === value)?.label ?? value;
      return new RegExp(`\\b${said}\\b`).test(`${label} ${value.replaceAll('_', ' ')}`.toLowerCase());
    }),
  );
}

/** Words before a value that say what the rows are not ("haven't been paid yet"). */
const SAID_NOT =
  /\b(?:not|never|(?:hasn|haven|isn|aren|wasn|weren|didn|don|doesn) t)(?: (?:been|be|being|yet|ever|got|gotten|get))*$/;

function accountedFor(
  value: ValueMeaning,
  said: { readonly leftOut: boolean; readonly not: boolean },
  plan: QueryPlan,
  index: LayerIndex,
): boolean {
  if (plan.filters.some((filter) => filter.values.includes(value.value))) return true;
  // "Haven't been paid yet, still open ones": what they are not, beside the value they are.
  if (said.not && plan.filters.some((filter) => filter.dimension === value.dimension && filter.operator === 'eq'))
    return true;
  if (plan.comparison?.kind === 'values' && plan.comparison.values.includes(value.value)) return true;
  if (plan.dimensions.includes(value.dimension) || plan.share?.dimension === value.dimension) return true;
  const dimension = index.dimension(value.dimension);
  const literal = `'${value.value.replaceAll("'", "''")}'`;
  // "Paid orders": the figure counts only those already (or the figure a condition counts: "customers with at least
  // five paid orders").
  return [...plan.metrics, ...(plan.conditions ?? []).map((condition) => condition.metric)].some((name) => {
    const metric = index.metric(name);
    if (!metric) return false;
    const sql = [metric.expression, ...metric.filters.map((filter) => filter.sql)].join(' ');
    const onDimension = dimension === undefined || sql.includes(dimension.expression);
    // "Revenue after refunds": a figure that keeps to other values of the dimension leaves these out already.
    return onDimension && (sql.includes(literal) || said.leftOut);
  });
}

/**
 * "Which product sold the most": the thing asked for ("which <noun>") is a breakdown, filter or condition of the plan;
 * a total of the figure would name no product. The noun, when the plan has none of its dimensions.
 */
function droppedThing(question: string, plan: QueryPlan, vocabulary: Vocabulary): string | null {
  const asked = /\b(?:which|what) ([a-z]+)\b/i.exec(question);
  if (!asked) return null;
  const noun = (asked[1] as string).toLowerCase();
  const meanings = vocabulary.phrases.get(stem(noun)) ?? [];
  const dimensions = meanings.flatMap((meaning) => (meaning.type === 'dimension' ? [meaning.name] : []));
  if (dimensions.length === 0 || meanings.some((meaning) => meaning.type !== 'dimension')) return null;
  const used = new Set([
    ...plan.dimensions,
    ...plan.filters.map((filter) => filter.dimension),
    ...(plan.conditions ?? []).map((condition) => condition.dimension),
    ...(plan.comparison?.kind === 'values' ? [plan.comparison.dimension] : []),
    ...(plan.share ? [plan.share.dimension] : []),
  ]);
  return dimensions.some((name) => used.has(name)) ? null : noun;
}

export function droppedValue(
  question: string,
  plan: QueryPlan,
  context: {
    readonly vocabulary: Vocabulary;
    readonly index: LayerIndex;
    readonly today: string;
    readonly names: readonly EntityName[];
  },
): string | null {
  const thing = droppedThing(question, plan, context.vocabulary);
  if (thing !== null) return thing;
  for (const phrase of valuePhrases(question, context.vocabulary, context)) {
    const said = { leftOut: LEFT_OUT.test(phrase.before), not: SAID_NOT.test(phrase.before) };
    if (picksSaid(phrase.said, plan, context.index)) continue;
    if (!phrase.values.some((value) => accountedFor(value, said, plan, context.index))) return phrase.said;
  }
  return null;
}

/**
 * "Orders broken down by shop", "new customers by what brought them in": a grouping the question asks for, where the
 * plan groups, splits, ranks and compares nothing. The total alone would answer another question; the words after
 * "by" are named instead. Null when the plan groups somehow, the question asks for no grouping, or the words after
 * "by" name values ("revenue driven by the instagram shop": where it came from, a filter).
 */
export function droppedGrouping(
  question: string,
  plan: QueryPlan,
  context: { readonly vocabulary: Vocabulary; readonly today: string; readonly names: readonly EntityName[] },
): string | null {
  const grouped =
    plan.dimensions.length > 0 ||
    plan.grain !== null ||
    plan.comparison !== null ||
    plan.sort !== null ||
    (plan.share ?? null) !== null ||
    (plan.perRow ?? null) !== null ||
    (plan.per ?? null) !== null;
  if (grouped) return null;
  const asked =
    /\b((?:broken|break|breaking|broke|split|splitting|grouped|group|grouping|segmented|bucketed) (?:(?:it|that|this|them|those) )?(?:(?:down|out|up) )?by|divided (?:(?:it|that|this|them|those) )?(?:down|out|up) by|(?<!\bdivided )by (?:the|their|each|which|what|how|where)(?! (?:end|start|beginning|close|middle|time|way|far|much|many|then|same)\b)) ((?:(?!(?:last|this|in|on|during|for|over|since|from|ytd|mtd|qtd|so|and|or|vs|please|pls)\b)[a-z]+ ?){1,5})/i.exec(
      question,
    );
  if (!asked) return null;
  const said = `${asked[1]} ${asked[2]}`.trim();
  return valuePhrases(said, context.vocabulary, context).length > 0 ? null : said;
}
