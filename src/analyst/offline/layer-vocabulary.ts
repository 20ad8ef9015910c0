import type { Dimension, LayerIndex, SemanticLayer } from '../semantic-layer.js';
import { holdsPeople, singular } from '../layer-words.js';

/**
 * Words a layer implies beyond the names and synonyms it lists, so a user's own layer is understood without
 * repeating every form of every word:
 * - the verb of a metric named by its participle ("billed", "invoiced"): "how much did we bill";
 * - the nouns of a table's rows (its name, its entity, its `synonyms`): "EMEA customers" is a value of the
 *   rows' region, the noun adding nothing; "how many subscribers" counts the table's rows;
 * - the event a time column records (`issued_at`: "issued", "issue"): "invoices we issued in July" says
 *   when, which the metric's time already means; a creation (`created_at`) also as "signed up", "joined";
 * - "money" for the layer's one amount metric, when it has exactly one, else the one its dimensions name as usual.
 */

export interface LayerWords {
  /** Verb form → the metric it names ("bill" → billed). */
  readonly verbs: ReadonlyMap<string, string>;
  /** Noun phrase → the table whose rows it names. */
  readonly tableNouns: ReadonlyMap<string, string>;
  /** Words that add nothing to a question on this layer. */
  readonly fillers: ReadonlySet<string>;
  /** The metric "money" means, when the layer has one amount metric. */
  readonly money: string | null;
  /** What people spend: the layer's first amount metric ("top customers by spend"). */
  readonly spending: string | null;
  /** The plural noun "people" means, when one table's rows are people ("customers", "subscribers"). */
  readonly people: string | null;
}

/** Words for the creation of a row (a person arriving, a ticket raised), when a time column records it (`created_at`). */
const CREATION_WORDS = [
  'signed',
  'sign',
  'signup',
  'joined',
  'join',
  'joining',
  'registered',
  'register',
  'registering',
  'signing',
  'subscribed',
  'signs',
  'onboarded',
  'onboarding',
  'aboard',
  'launched',
  'launch',
  'released',
  'introduced',
  // ("Which customer raised the most tickets", "tickets logged last week": a row of other things coming in.)
  // (Not "opened": people open a newsletter.)
  'raised',
  'filed',
  'submitted',
  'logged',
  'created',
  'added',
];

/** Base forms of a participle that are real words: "billed" → bill, "invoiced" → invoice, "shipped" → ship. */
function baseForms(participle: string, isWord: (word: string) => boolean): string[] {
  if (!/ed$/.test(participle) || participle.length < 5) return [];
  const stripped = participle.slice(0, -2);
  const candidates = [stripped, participle.slice(0, -1)];
  if (/([b-df-hj-np-tv-z])\1$/.test(stripped)) candidates.push(stripped.slice(0, -1));
  if (/i$/.test(stripped)) candidates.push(`${stripped.slice(0, -1)}y`);
  return candidates.filter((candidate) => candidate.length >= 3 && isWord(candidate));
}

/** The words a layer implies; `isWord` tells a real English word from a fragment. */
/**
 * Of several amount metrics (net sales, tips, refunds), the one the layer's dimensions name as their usual figure
 * most often, when one does: what "money" and "made" mean there. Null when none is anyone's usual figure.
 */
function usualAmount(layer: SemanticLayer, amounts: readonly SemanticLayer['metrics'][number][]): string | null {
  const usual = amounts
    .map((metric) => ({
      name: metric.name,
      count: layer.dimensions.filter((dimension) => dimension.defaultMetric === metric.name).length,
    }))
    .sort((a, b) => b.count - a.count);
  const [first, second] = usual;
  return first !== undefined && first.count > 0 && (second === undefined || second.count < first.count)
    ? first.name
    : null;
}

export function layerWords(layer: SemanticLayer, isEnglish: (word: string) => boolean): LayerWords {
  // A word the layer itself uses is a real word too ("invoice", from the invoices table), common or not.
  const own = new Set(
    [
      ...layer.tables.flatMap((table) => [table.name, singular(table.name), ...table.synonyms]),
      ...layer.metrics.flatMap((metric) => [metric.name, metric.label, ...metric.synonyms]),
    ].flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/)),
  );
  const isWord = (word: string) => isEnglish(word) || own.has(word);
  const verbs = new Map<string, string>();
  for (const metric of layer.metrics) {
    for (const phrase of [metric.name, metric.label, ...metric.synonyms]) {
      const word = phrase.toLowerCase();
      if (!/^[a-z]+$/.test(word)) continue;
      for (const base of baseForms(word, isWord)) if (!verbs.has(base)) verbs.set(base, metric.name);
    }
  }
  // "Items sold", "units sold": a quantity named by what happened to it, so "how many did we sell", "what sells best".
  for (const metric of layer.metrics) {
    if (metric.format !== 'number' || metric.aggregation !== 'sum') continue;
    const said = [metric.label, ...metric.synonyms].some((phrase) => /^[a-z]+ sold$/i.test(phrase.trim()));
    if (!said) continue;
    for (const verb of ['sell', 'sells', 'sold', 'selling']) if (!verbs.has(verb)) verbs.set(verb, metric.name);
  }
  // "Products added" counted by their creation: "which products did I add" names the same event.
  for (const metric of layer.metrics) {
    if (!/^created/.test(metric.time.column)) continue;
    for (const phrase of [metric.label, ...metric.synonyms]) {
      const last = phrase.toLowerCase().split(' ').at(-1) ?? '';
      if (!phrase.includes(' ') || !/^[a-z]+$/.test(last)) continue;
      for (const base of baseForms(last, isWord)) if (!verbs.has(base)) verbs.set(base, metric.name);
    }
  }
  const tableNouns = new Map<string, string>();
  for (const table of layer.tables) {
    const name = table.name.replaceAll('_', ' ');
    for (const noun of [
      name,
      singular(name),
      ...(table.entity ? [table.entity.replaceAll('_', ' ')] : []),
      ...table.synonyms,
    ]) {
      if (!tableNouns.has(noun.toLowerCase())) tableNouns.set(noun.toLowerCase(), table.name);
    }
  }
  const fillers = new Set<string>();
  for (const metric of layer.metrics) {
    // ("signed_up_at": the event said in words, "signed up".)
    const event = /^([a-z]+(?:_[a-z]+)?)_(?:at|on|date|time)$/.exec(metric.time.column)?.[1];
    if (event === undefined) continue;
    const said = event.split('_');
    for (const word of said) fillers.add(word);
    for (const base of baseForms(said[0] as string, isWord)) fillers.add(base);
    // A row's creation is how people say a customer or a subscriber arrived: "signed up", "joined", "registered".
    if (/^(?:created|signed_up|joined|registered|subscribed)$/.test(event))
      for (const word of CREATION_WORDS) fillers.add(word);
  }
  const amounts = layer.metrics.filter((metric) => metric.format === 'currency' && metric.aggregation === 'sum');
  const peopleTables = layer.tables.filter((table) => holdsPeople(table));
  const onlyPeople = peopleTables.length === 1 ? peopleTables[0] : undefined;
  return {
    verbs,
    tableNouns,
    fillers,
    money: amounts.length === 1 ? (amounts[0]?.name ?? null) : usualAmount(layer, amounts),
    spending: amounts[0]?.name ?? null,
    people: onlyPeople ? onlyPeople.name.replaceAll('_', ' ') : null,
  };
}

/** The meanings of a phrase typed as a metric's verb ("bill"), that metric first ("bills" stays a count). */
export function verbFirst<M extends { readonly type: string; readonly name?: string }>(
  meanings: readonly M[],
  typed: string,
  verbs: ReadonlyMap<string, string>,
): readonly M[] {
  const metric = verbs.get(typed);
  if (metric === undefined) return meanings;
  const verb = meanings.filter((meaning) => meaning.type === 'metric' && meaning.name === metric);
  return [...verb, ...meanings.filter((meaning) => !verb.includes(meaning))];
}

/** The table whose rows a noun of the question names ("customers"), if any. */
export function tableNounOf(
  items: readonly { readonly meanings: readonly { readonly type: string; readonly name?: string }[] }[],
): string | null {
  for (const item of items) {
    const noun = item.meanings.find((meaning) => meaning.type === 'table');
    if (noun?.name !== undefined) return noun.name;
  }
  return null;
}

/** How many count metrics a dimension can filter. */
export function countsReaching(dimension: Dimension, index: LayerIndex): number {
  return index.layer.metrics.filter((metric) => metric.aggregation === 'count' && index.reachable(metric, dimension))
    .length;
}
