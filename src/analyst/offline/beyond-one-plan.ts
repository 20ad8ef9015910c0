import type { PlanDecision } from '../analyst.js';
import { holdsPeople } from '../layer-words.js';
import type { QueryPlan } from '../plan.js';
import { alwaysCounts, indexLayer, type LayerIndex, type SemanticLayer } from '../semantic-layer.js';
import { unanswerable } from './replies.js';
import type { Slots } from './slots.js';
import { stem, vocabularyOf } from './vocabulary.js';

/**
 * Questions whose words ask for more than one plan can hold: both ends of a ranking, a part beside "the rest", a
 * status added to the one a figure usually counts, a value on one side of a comparison only, two things the same
 * people did at different times, one figure as a share of another row by row. Each is declined, naming the words,
 * never answered as the part of it a plan can hold.
 */

/** The first of the checks below that the question fails; `typed` is the question as typed, before any respelling. */
export function beyondOnePlan(
  question: string,
  typed: string,
  plan: QueryPlan,
  layer: SemanticLayer,
): PlanDecision | null {
  const index = indexLayer(layer);
  return (
    timeTaken(question, plan, index) ??
    bothEnds(question, plan, layer) ??
    partAndRest(question, plan, layer) ??
    addedStatus(typed, plan, index) ??
    oneSidedFilter(question, plan, layer) ??
    crossedSides(question, plan, layer) ??
    figureTakenOff(typed, plan, index) ??
    twoEvents(question, index)
  );
}

/**
 * "What did I make after discounts", "gross profit minus shipping", "revenue net of cogs": one figure taken off
 * another, which a plan cannot do (it holds figures side by side, never their difference). Declined, naming both,
 * never answered with the figure taken off alone. ("Revenue after refunds" names a status, left out as rows.)
 */
function figureTakenOff(typed: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const vocabulary = vocabularyOf(index.layer);
  for (const match of typed
    .toLowerCase()
    .matchAll(
      /\b(after|net of|minus|less|excluding|excl|without|not counting|deducting|subtracting|take away|taking away|taking off|once you take off) ((?:the |any |all |our |my )?)([a-z]+(?: [a-z]+)?)/g,
    )) {
    // ("Revenue from orders without any discount": the rows that had none, a condition, not an amount taken off.)
    const before = typed
      .toLowerCase()
      .slice(0, match.index)
      .match(/([a-z]+)\s*$/)?.[1];
    if (match[2] === 'any ' || (before !== undefined && vocabulary.rowNouns.has(stem(before)))) continue;
    const words = (match[3] as string).split(' ');
    // The longer phrase first ("gross profit"), then its first word ("discounts").
    for (const said of [words.join(' '), words[0] as string]) {
      const meanings = vocabulary.phrases.get(said.split(' ').map(stem).join(' ')) ?? [];
      const figure = meanings.find((meaning) => meaning.type === 'metric');
      if (figure?.type !== 'metric' || meanings.some((meaning) => meaning.type !== 'metric')) continue;
      const taken = index.metric(figure.name);
      const asked = plan.metrics.map((name) => index.metric(name)).find((metric) => metric?.name !== figure.name);
      if (!taken) continue;
      // ("Orders without discounts": orders that had none, rows of a count, not an amount taken off.)
      if (asked !== undefined && asked.format !== 'currency') continue;
      const from = asked ? ` off ${asked.label.toLowerCase()}` : '';
      return unanswerable(
        `I can't take ${taken.label.toLowerCase()}${from} yet ("${match[1] as string} ${match[2] as string}${said}"): ask for each and I'll show them side by side`,
        index.layer,
      );
    }
  }
  return null;
}

/**
 * "As a share of that channel's sales" after refunds by channel: one figure over another figure, row by row, which
 * no plan holds (it has one figure and shares of its own total).
 */
export function shareOfOtherFigure(
  typed: string,
  base: QueryPlan,
  slots: Slots,
  layer: SemanticLayer,
): PlanDecision | null {
  const said =
    /^\s*(?:(?:and|so|now|ok)[, ]+)?(?:(?:as|in) )?(?:a |an )?(?:share|%|percent|percentage|proportion|fraction|ratio) of (?:that|its|their|each|the|this) (?:(?!total\b|whole\b|all\b)[a-z]+(?:'s|s')? )?(?!total\b|whole\b|all\b)([a-z]+)\s*[?.!]*$/i.exec(
      typed,
    );
  const figure = said
    ? slots.items.flatMap((item) => item.meanings).find((meaning) => meaning.type === 'metric')
    : undefined;
  if (!said || base.dimensions.length === 0 || figure === undefined) return null;
  return unanswerable(
    `I can't take one figure as a share of another, row by row, yet ("${said[0].trim()}"): ask for a rate the data defines, or for each figure by itself`,
    layer,
  );
}

/** "Best and worst day for engagement rate": both ends of a ranking at once. */
function bothEnds(question: string, plan: QueryPlan, layer: SemanticLayer): PlanDecision | null {
  const said =
    /\b(?:best|top|highest|most|biggest|largest) (?:and|&|\/|or|vs|versus) (?:the )?(?:worst|bottom|lowest|least|fewest|smallest)\b|\b(?:worst|bottom|lowest|least|fewest|smallest) (?:and|&|\/|or|vs|versus) (?:the )?(?:best|top|highest|most|biggest|largest)\b/i.exec(
      question,
    );
  if (!said || plan.sort === null || plan.limit === null) return null;
  return unanswerable(
    `I can't give both ends of a ranking at once ("${said[0]}") yet: ask for one end, then the other`,
    layer,
  );
}

/**
 * "Posts mentioning 'off' vs the rest", "top 3 and the rest": the rest beside a part. ("And the rest?" alone, after
 * a top 5, widens it to every row, as a follow-up does.)
 */
function partAndRest(question: string, plan: QueryPlan, layer: SemanticLayer): PlanDecision | null {
  const said =
    /\b(?:vs\.?|versus|against|compared (?:to|with)|and|plus|then) (?:all )?(?:the rest|everything else|everyone else|all (?:the )?others?|the others|the remainder|all other [a-z]+s)\b/i.exec(
      question,
    );
  const widens = said !== null && said.index === question.search(/\S/);
  if (!said || widens || (plan.comparison !== null && plan.limit === null)) return null;
  return unanswerable(
    `I can't set a part beside "${said[0].replace(/^\S+\s+/, '')}" in one answer yet: ask for the part, then for the whole`,
    layer,
  );
}

/**
 * "Orders this month, cancelled included", "revenue counting refunds": a status added to the one the figure usually
 * counts, which a plan can only put in its place (cancelled orders alone). ("What share ended up refunded": a share's
 * part is one status; "orders including it": the ones with the thing named.)
 */
function addedStatus(typed: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const said =
    /\b(?:including(?! (?:it|them|this|that)\b)|included|incl|inclusive of|counting(?! (?:every|all|each)\b)|plus|as well as|along with|together with|too|also)\b/i.exec(
      typed,
    );
  // ("Revenue before refunds": the refunded orders put back, said with the word for them.)
  const before = /\b(?:before|gross of|prior to|pre) (?:any |the |all )?([a-z]{4,})/i.exec(typed);
  if ((!said && !before) || plan.share) return null;
  const metric = index.metric(plan.metrics[0] ?? '');
  const narrowed = plan.filters.find(
    (filter) =>
      filter.operator === 'eq' &&
      filter.values.length === 1 &&
      metric?.filters.some((own) => own.overriddenBy === filter.dimension) === true &&
      !alwaysCounts(metric, filter),
  );
  if (!metric || !narrowed) return null;
  const dimension = index.dimension(narrowed.dimension);
  const name = dimension?.label.toLowerCase() ?? narrowed.dimension;
  const value = dimension?.values.find((known) => known.value === narrowed.values[0])?.label ?? narrowed.values[0];
  const putBack =
    before !== null &&
    (value ?? '').toLowerCase().slice(0, 5) === (before[1] as string).toLowerCase().slice(0, 5) &&
    before[0];
  const words = said?.[0] ?? (putBack || null);
  if (words === null) return null;
  return unanswerable(
    `I can't add ${name} ${value} to what ${metric.label.toLowerCase()} usually counts ("${words}") yet: ask for each, or for every ${name} ("all statuses included")`,
    index.layer,
  );
}

/** "Avg likes per reel vs per tiktok video": a value said beside one side of a comparison only (TikTok, of the videos). */
function oneSidedFilter(question: string, plan: QueryPlan, layer: SemanticLayer): PlanDecision | null {
  const compared = plan.comparison?.kind === 'values' ? plan.comparison : null;
  if (!compared || plan.filters.length === 0) return null;
  const vocabulary = vocabularyOf(layer);
  const valueOf = (word: string) => vocabulary.phrases.get(stem(word))?.find((meaning) => meaning.type === 'value');
  for (const match of question
    .toLowerCase()
    .matchAll(
      /\b(?:vs\.?|versus|against|compared (?:to|with)|or|and) (?:per |the |my |our |a |an )?([a-z]+) ([a-z]+)\b/g,
    )) {
    const qualifier = valueOf(match[1] as string);
    const side = valueOf(match[2] as string);
    if (
      qualifier?.type === 'value' &&
      side?.type === 'value' &&
      qualifier.dimension !== compared.dimension &&
      side.dimension === compared.dimension &&
      plan.filters.some((filter) => filter.dimension === qualifier.dimension)
    )
      return unanswerable(
        `I can't put "${match[1] as string}" on one side of a comparison only ("${match[0].trim()}") yet: ask about each side on its own`,
        layer,
      );
  }
  return null;
}

/**
 * "Likes on my tiktoks vs my reels": the two sides are values of different things (a platform, a media type), which
 * a comparison of one thing's values cannot set side by side; read as both at once they would answer for TikTok
 * reels alone. Declined, naming both, where the plan holds them as filters together.
 */
function crossedSides(question: string, plan: QueryPlan, layer: SemanticLayer): PlanDecision | null {
  const vocabulary = vocabularyOf(layer);
  const dimensionsOf = (word: string) =>
    new Set(
      (vocabulary.phrases.get(stem(word)) ?? []).flatMap((meaning) =>
        meaning.type === 'value' ? [meaning.dimension] : [],
      ),
    );
  // ("Customers who came from tiktok vs tiktok shop orders": the longest phrase on each side that names a value.)
  const found =
    /\b((?:[a-z]+ ){0,2}[a-z]+) (?:vs\.?|versus|against|compared (?:to|with)) (?:the |my |our |all )?([a-z]+(?: [a-z]+){0,2})\b/i.exec(
      question,
    );
  if (!found) return null;
  const longest = (words: string[], fromEnd: boolean) => {
    for (let length = words.length; length >= 1; length -= 1) {
      const phrase = (fromEnd ? words.slice(-length) : words.slice(0, length)).join(' ');
      if (dimensionsOf(phrase).size > 0) return phrase;
    }
    return words.at(fromEnd ? -1 : 0) ?? '';
  };
  const match = [
    found[0],
    longest((found[1] as string).split(' '), true),
    longest((found[2] as string).split(' '), false),
  ] as const;
  const left = dimensionsOf(match[1]);
  const right = dimensionsOf(match[2]);
  if (left.size === 0 || right.size === 0 || [...left].some((dimension) => right.has(dimension))) return null;
  const filtered = (dimensions: Set<string>) => plan.filters.some((filter) => dimensions.has(filter.dimension));
  if (!filtered(left) || !filtered(right)) return null;
  return unanswerable(
    `I can't set "${match[1]}" against "${match[2]}" yet: they are values of different things, so read together they would be one set of rows (ask about each on its own)`,
    layer,
  );
}

/**
 * "Average days from order to delivery", "how long does shipping take", "time to first purchase": how long passed
 * between two things, which no figure measures unless the layer defines one ("days to ship" as a metric of its own).
 * Declined, naming the words, never answered with whatever figure the other words name.
 */
function timeTaken(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const said =
    /\b(?:(?:average|avg|mean|median|typical|usual)\s+(?:number of\s+)?(?:days|hours|weeks|minutes|time|wait|lead time|turnaround)\s+(?:from|between|to|until|till|before|it takes?)\b|how (?:long|many (?:days|hours|weeks|minutes) (?:does it|did it|do they|did they|it) take)\b|(?:days|hours|weeks|time) (?:to|until|till) (?:ship|deliver|arrive|fulfil|fulfill|dispatch|convert|first|get paid|pay)\b|(?:delivery|shipping|fulfil+ment|dispatch|lead|turnaround|processing|response|waiting|wait) times?\b)[^.?!]*/i.exec(
      question,
    );
  if (!said) return null;
  const measured = plan.metrics.some((name) => {
    const metric = index.layer.metrics.find((candidate) => candidate.name === name);
    return (
      metric &&
      /\b(?:days?|hours?|weeks?|minutes?|time|duration|long)\b/i.test([metric.label, ...metric.synonyms].join(' '))
    );
  });
  if (measured) return null;
  return unanswerable(
    `I can't measure how long something took yet ("${said[0].trim()}"): ask how many or how much over a period instead`,
    index.layer,
  );
}

/**
 * "Customers who signed up in 2025 and eventually bought", "subscribers who joined in may and then paid": two things
 * the same people did, each in its own time; "subscribers who have paid every month since signing up": a condition
 * on each period of each one's own span.
 */
function twoEvents(question: string, index: LayerIndex): PlanDecision | null {
  const everyPeriod =
    /\b(?:every|each) (?:single )?(?:day|week|month|quarter|year) (?:since|after|from) (?:signing|sign(?:ing)? up|they|their|joining|joined|signed|registration|registering|first|the day they)\b[^.?!]*/i.exec(
      question,
    );
  if (everyPeriod)
    return unanswerable(
      `I can't pick rows by what happened in every period of their own ("${everyPeriod[0].trim()}") yet: ask for the figure by period instead`,
      index.layer,
    );
  const said =
    /\b(?:signed up|sign up|signed on|joined|registered|created (?:an |their )?accounts?)\b.*?\band (?:then |later |eventually |also |actually |went on to |have since |since )?(?:bought|buy|ordered|order|purchased|paid|pay|spent|placed (?:an |a )?orders?|made (?:a )?purchases?|came back)\b/i.exec(
      question,
    );
  if (!said) return null;
  const people = index.layer.tables.find((table) => holdsPeople(table))?.name.replaceAll('_', ' ') ?? 'people';
  return unanswerable(
    `I can't pick ${people} by two things they did at different times yet ("${said[0].trim()}"): ask about each one on its own`,
    index.layer,
  );
}
