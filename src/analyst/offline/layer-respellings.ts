import { entityOfTable, holdsPeople, PEOPLE_WORDS, singular } from '../layer-words.js';
import { creationColumn, rowNoun, type LayerIndex, type SemanticLayer } from '../semantic-layer.js';
import { escapeRegExp } from './ambiguity.js';
import { expandAbbreviation } from './abbreviations.js';
import { SMALL_NUMBERS } from '../sentence-case.js';
import { GRAIN_ADJECTIVES, knownWord, onlyValues, stem, vocabularyOf, words, type Vocabulary } from './vocabulary.js';
import { read } from './slots.js';
import { phrasesSpellingsRewrite, spelledOut } from './spelled-out.js';

/** Rewrites applied in order: a pattern and what it becomes (a replacement string or function). */
type Rewrite = readonly [RegExp, string | ((whole: string, ...groups: string[]) => string)];

/** The layer's people said in other words, each rewrite in order; none when the layer has no one table of people. */
function peopleRewrites(people: string, vocabulary: Vocabulary): readonly Rewrite[] {
  return [
    // "What does a canadian buyer spend on average": one of the layer's people, never the count of those who bought.
    [
      /\b(a|an|each|every|per|average|typical) ((?:[a-z]+ )?)(?:buyer|shopper|client|purchaser)\b(?! (?:count|number)\b)/g,
      `$1 $2${singular(people)}`,
    ],
    // "Of everyone who signed up in H2", "everybody who bought": the layer's people who did, never other stores' users.
    [/\b(?:everyone|everybody|all the people|all those people) (?=who\b)/g, `the ${people} `],
    // "Sign-ups by where they came from": the layer's words for where its people came from, when it has them
    // ("where did my buyers come from", asked, may be their country as well).
    [
      /\bwhere (?:they|people|folks|(?:the|our|my|those|these) [a-z]+|[a-z]+s) (?:came|found us|found|heard of us|heard about us)(?: from)?\b/g,
      (whole) =>
        vocabulary.phrases.has(['where', ...`${people} came from`.split(' ')].map(stem).join(' '))
          ? `where ${people} came from`
          : whole,
    ],
    // "Who created an account yesterday", "who signed up in may": which of the layer's people did ("who signed up
    // more, pro or basic" compares values instead).
    [
      /^\s*who (?=(?:signed up|joined|registered|subscribed|created an account|opened an account|made an account|unsubscribed|unsubbed|cancell?ed|churned|upgraded|downgraded|renewed|lapsed)\b(?!.*\b(?:more|most|less|fewer|or|vs|versus|first|earliest|last|latest|recently)\b))/,
      `which ${people} `,
    ],
    // "Top payers last 90 days", "our biggest spenders": the people ranked by what they spent.
    [
      /^\s*(?:who are )?(?:my |our |the )?(?:top|biggest|best|largest|highest) (?:spenders|payers|paying (?:customers|clients))\b/,
      `top ${people} by spend`,
    ],
    // "How are all our subscribers spread across region": the people, every one of them, as "subscribers" says.
    [new RegExp(`\\ball (?:of )?(?:our |my |the )?(?=${people}\\b)`, 'g'), ''],
    // "Pro plan customers' invoices" (normalized, without the apostrophe), "subscriber invoices from june": the rows of
    // another table, each of them a person's (never "new customer orders", the new people's).
    [
      new RegExp(
        `(?<!\\b(?:new|returning|repeat|first[- ]time|loyal|lapsed|churned|existing|old) )\\b(?:${singular(people)}|customer|client|buyer)(?: ?s)?\\s+(?=([a-z]+)s\\b)`,
        'g',
      ),
      (whole, noun: string) =>
        vocabulary.rowNouns.has(stem(noun)) && stem(noun) !== stem(singular(people)) ? '' : whole,
    ],
    // "Pro vs basic headcount in Europe": how many of the layer's people there are.
    // ("Headcount of buyers with a paid order": the people it is said of.)
    [/\bhead ?counts? of\b/g, 'number of'],
    [/\bhead ?counts?\b/g, `number of ${people}`],
  ];
}

/**
 * "Avg stars for repairs vs rentals" where the layer names "average stars for repairs" and "average stars for
 * rentals": the same figure of the other rows, said in full, never the rows' own count ("rentals") beside it.
 */
export function figureForBoth(asked: string, vocabulary: Vocabulary): string {
  const known = (phrase: string) =>
    (vocabulary.phrases.get(words(phrase).map(stem).join(' ')) ?? []).some((meaning) => meaning.type === 'metric');
  return asked.replace(
    /\b((?:[a-z]+ ){0,2}[a-z]+) (for|of|on|from) ([a-z]+) (vs\.?|versus|against|compared (?:to|with)|or|and) ([a-z]+)\b/gi,
    (whole, figure: string, by: string, one: string, joined: string, other: string) => {
      // (The longest figure said before "for": "avg stars", never "how many avg stars".)
      const said = figure.split(' ');
      const start = said.findIndex((_word, at) => known(`${said.slice(at).join(' ')} ${by} ${one}`));
      if (start < 0) return whole;
      const named = said.slice(start).join(' ');
      if (!known(`${named} ${by} ${other}`)) return whole;
      return `${figure} ${by} ${one} ${joined} ${named} ${by} ${other}`;
    },
  );
}

/**
 * "Jul billed basic/pro", "revenue ig/tiktok": two values of one dimension either side of a slash are compared,
 * never one per the other (a slash between figures, "likes/post", stays "per").
 */
export function valuesSlashed(asked: string, vocabulary: Vocabulary): string {
  const dimensionsOf = (phrase: string): Set<string> =>
    new Set(
      (vocabulary.phrases.get(phrase.split(' ').map(stem).join(' ')) ?? []).flatMap((meaning) =>
        meaning.type === 'value' ? [meaning.dimension] : [],
      ),
    );
  // ("fb/ig/tiktok posts": again until nothing changes, so a third value joins the comparison too.)
  const once = (text: string) =>
    text.replace(/\b((?:[a-z]+ )?[a-z]+) ?\/ ?([a-z]+(?: [a-z]+)?)\b/gi, (whole, left: string, right: string) => {
      const lefts = [left.toLowerCase(), left.toLowerCase().split(' ').at(-1) ?? ''];
      // ("apparel/home/beauty/acc": a value cut short, when it starts one value alone of the dimension before it.)
      const cut = right.toLowerCase().split(' ')[0] ?? '';
      const known = new Set(lefts.flatMap((before) => [...dimensionsOf(before)]));
      const started =
        cut.length >= 3 && dimensionsOf(cut).size === 0
          ? [...vocabulary.phrases.entries()].filter(
              ([phrase, meanings]) =>
                !phrase.includes(' ') &&
                phrase.startsWith(cut) &&
                meanings.some((meaning) => meaning.type === 'value' && known.has(meaning.dimension)),
            )
          : [];
      const values = new Set(
        started.flatMap(([, meanings]) =>
          meanings.flatMap((meaning) => (meaning.type === 'value' ? [`${meaning.dimension}:${meaning.value}`] : [])),
        ),
      );
      const spelled = values.size === 1 ? (started[0]?.[0] ?? cut) : cut;
      const rights = [right.toLowerCase(), spelled];
      for (const before of lefts)
        for (const after of rights) {
          const shared = [...dimensionsOf(before)].some((dimension) => dimensionsOf(after).has(dimension));
          if (!shared) continue;
          const at = left.length - before.length;
          return `${left.slice(0, at)}${before} vs ${after}${after === spelled && spelled !== cut ? right.slice(cut.length) : right.slice(after.length)}`;
        }
      return whole;
    });
  let text = asked;
  for (let turn = 0; turn < 4; turn += 1) {
    const next = once(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * "Who paid us more than $150", "people who spent over $1,000", "which people spent the most": the layer's people, when
 * it has one table of them, said before the question is read, so a condition on them finds them.
 */
export function peopleNamed(asked: string, vocabulary: Vocabulary): string {
  const people = vocabulary.people;
  if (people === null) return asked;
  return (
    asked
      .replace(
        /^(\s*)who (?=(?:spent|spends|paid|pays|(?:was|were|got) (?:billed|charged|invoiced))\b.*\b(?:over|under|more than|less than|above|below|at least|at most|between)\b)/i,
        `$1which ${people} `,
      )
      // ("How many distinct people placed at least one paid order": the people, however many of their rows.)
      .replace(
        /\b(?:(?:distinct|unique|different|individual|separate) )?(?:people|folks|persons) (?=who\b|(?:spent|paid|bought|ordered|placed|made|have|had|with)\b)/gi,
        `${people} `,
      )
      .replace(/\b(which|what) (?:people|folks)\b/gi, `$1 ${people}`)
      // "How many paid orders did each buyer place": each of the people, however they are called.
      .replace(/\b(each|every|per) (?:buyer|shopper|purchaser|client|person)\b/gi, `$1 ${people.replace(/s$/, '')}`)
  );
}

/** What people spend said as what they bring in: "which plan brings in the most per subscriber". */
function spendingRewrites(spending: string): readonly Rewrite[] {
  return [
    [
      /\b(?:brings? in|brought in|bringing in|makes?|made|earns?|earned|generates?|generated|pulls? in|pulled in) (?:us |me )?(?:the )?(most|least|more|less)(?: money| cash| dollars)? per\b/g,
      `has the $1 ${spending.replaceAll('_', ' ')} per`,
    ],
  ];
}

function applied(text: string, rewrites: readonly Rewrite[]): string {
  return rewrites.reduce(
    (current, [pattern, replacement]) =>
      typeof replacement === 'string' ? current.replace(pattern, replacement) : current.replace(pattern, replacement),
    text,
  );
}

/**
 * Things said in the layer's own words before the question is read word by word: one of its people ("a canadian
 * buyer"), the size of one of its rows ("invoice size"), a value between "new" and the people ("new pro
 * customers"), the people behind the rows ("per invoiced subscriber"), and a figure per thing said with a value
 * inside ("per canadian customer", "likes per video"), and all of its rows after a total ("across every
 * subscriber"). Each needs the layer's vocabulary, so none is a fixed respelling.
 */
/** Words a definition says that name no part of it ("the total of", "divided by", "only"). */
const DEFINITION_FILLER = new Set([
  'over',
  'divided',
  'by',
  'out',
  'of',
  'plus',
  'and',
  'the',
  'total',
  'number',
  'only',
]);

/**
 * "Refund rate for Q4, refunded over paid plus refunded", "markup (profit over cost)": a ratio the layer has, named,
 * and spelled out in the question as its description defines it ("Refunded orders / (paid + refunded orders)"). The
 * spelling only confirms the figure, so it is read past (it is no comparison of "refunded" with "paid"). Each side
 * may say only words of the description (the rows it is over, after "over", belong to both sides) and must say
 * every value of the layer's that its side picks rows by ("paid", "refunded"); any other spelling ("refunded over
 * all orders", "refunded over paid") stays, and is declined.
 */
export function definitionAsSaid(asked: string, layer: SemanticLayer): string {
  const named = ratiosNamed(asked, layer);
  return (
    asked
      .replace(DEFINITION, (whole: string, top: string, bottom: string) =>
        definedAs(top, bottom, named, layer) === true ? ' '.repeat(whole.length) : whole,
      )
      // "Discount rate …, as a percentage of subtotal": only what the ratio is over, said as the layer has it.
      .replace(OVER_SAID, (whole: string, bottom: string) =>
        named.some((metric) => definedAs(metric.description.split('/')[0] ?? '', bottom, [metric], layer) === true)
          ? ' '.repeat(whole.length)
          : whole,
      )
  );
}

/** What a ratio is over, said after it: "as a percentage of subtotal", "as a share of all orders". */
const OVER_SAID =
  /,?\s*(?:as|in|expressed as) (?:a |an )?(?:percentage|percent|%|share|fraction|proportion|ratio) of (?:the |their |its |all )?([a-z][a-z ]*?)(?=\s*(?:[,.;)?!]|$))/gi;

/**
 * "Total engagement (likes+comments+shares+saves)", "engagement, i.e. likes plus comments plus shares plus saves": a
 * sum the layer has, named, and spelled out right after it as its description adds it up ("Likes + comments + shares
 * + saves"): the same parts, none left out and none added, only confirm the figure, so they are read past. Any
 * other list stays (and is read, or declined, as typed).
 */
export function sumAsSaid(asked: string, layer: SemanticLayer): string {
  return asked.replace(SUM_SPELLED, (whole: string, parts: string, offset: number) => {
    const said = new Set(words(parts.toLowerCase().replace(/\+|\bplus\b/g, ' ')).map(stem));
    const before = asked.slice(0, offset);
    const confirms = layer.metrics.some((metric) => {
      if (!metric.description.includes('+') || metric.description.includes('/')) return false;
      const named = [metric.label, ...metric.synonyms].some((name) =>
        new RegExp(`\\b${escapeRegExp(name)}\\s*$`, 'i').test(before),
      );
      const defined = new Set(words(metric.description.toLowerCase().replace(/\+/g, ' ')).map(stem));
      return named && defined.size === said.size && [...said].every((word) => defined.has(word));
    });
    return confirms ? ' '.repeat(whole.length) : whole;
  });
}

/** Parts added up, in brackets or after a comma or colon: "(likes+comments+shares+saves)", ": likes plus saves". */
const SUM_SPELLED =
  /\s*[(,:]\s*(?:i\.?e\.?,?\s*|meaning\s+|defined as\s+|so\s+)?((?:[a-z]+\s*(?:\+|\bplus\b)\s*)+[a-z]+)\s*\)?/gi;

/**
 * "What was left after product costs in jan", "how much is left over once costs are paid": money less a cost, said as
 * the layer's one sum of money defined as a difference whose subtracted part names that cost ("Σ (unit price − unit
 * cost) × quantity …"). Where none (or more than one) does, it stays, and is declined naming "left".
 */
export function leftAfterCost(asked: string, layer: SemanticLayer): string {
  if (asked.search(LEFT_AFTER) === -1) return asked;
  // Each sum of money defined as a difference, with the words of what it takes away ("unit cost").
  const differences = layer.metrics.flatMap((metric) => {
    const taken = /[−–]|\bminus\b|\bless\b/.exec(metric.description);
    if (!taken || metric.format !== 'currency' || metric.aggregation !== 'sum') return [];
    const subtracted = /^[^)]*/.exec(metric.description.slice(taken.index + taken[0].length))?.[0] ?? '';
    return [{ metric, taken: new Set(words(subtracted.toLowerCase()).map(stem)) }];
  });
  return asked.replace(LEFT_AFTER, (whole: string, opening: string, after: string) => {
    const said = after.split(' ');
    for (let end = said.length; end > 0; end -= 1) {
      const cost = stem((said[end - 1] as string).toLowerCase());
      const fits = differences.filter((difference) => difference.taken.has(cost));
      if (fits.length === 1)
        return `${opening}${(fits[0] as (typeof fits)[number]).metric.label.toLowerCase()}${after.slice(said.slice(0, end).join(' ').length)}`;
    }
    return whole;
  });
}

/** "What was left after …", "what's left over once …": up to three words of what was taken out, then the rest. */
const LEFT_AFTER =
  /\b((?:what|how much)(?:'s|’s|s| is| was| were| do we have| did we have| have we got| did i have)? )(?:left|left over|leftover|remaining)(?: over)? (?:after|once|when) (?:paying |paying for |covering |taking out |deducting |subtracting )?(?:the |our |my )?((?:[a-z]+ ){0,2}[a-z]+)/gi;

/**
 * "Cancellation rate, cancelled over paid": a ratio the layer has, named, and spelled out otherwise than the layer
 * defines it. The spelling as typed and the figure it differs from, so that it is declined, never answered with the
 * layer's own figure (or read as a comparison of the words in it).
 */
export function definitionDiffers(
  asked: string,
  layer: SemanticLayer,
): { readonly typed: string; readonly metric: SemanticLayer['metrics'][number] } | null {
  const named = ratiosNamed(asked, layer);
  for (const match of asked.matchAll(DEFINITION)) {
    const differs = definedAs(match[1] as string, match[2] as string, named, layer);
    if (differs !== true && differs !== null) return { typed: match[0].trim(), metric: differs };
  }
  return null;
}

/** A clause spelling a ratio: what is over what ("refunded over paid plus refunded", "likes divided by reach"). */
const DEFINITION =
  /(?<=[,;:(])\s*(?:i\.?e\.?,?|meaning|defined as|calculated as|computed as|so)?\s*([a-z][a-z ]*?) (?:over|divided by|\/|out of) (?!(?:the )?(?:last|past|previous|prior|this|next)\b)([a-z][a-z +]*?)(?=\s*(?:[,.;)?!]|$))/gi;

/** The layer's ratios named in the question, each with a description that says what is over what. */
function ratiosNamed(asked: string, layer: SemanticLayer): SemanticLayer['metrics'] {
  return layer.metrics.filter(
    (metric) =>
      metric.aggregation === 'ratio' &&
      metric.description.includes('/') &&
      [metric.label, ...metric.synonyms].some((said) => new RegExp(`\\b${escapeRegExp(said)}\\b`, 'i').test(asked)),
  );
}

/**
 * True when a named ratio is defined as said; else the named ratio whose parts it speaks of (defined otherwise);
 * null when it speaks of none.
 */
function definedAs(
  top: string,
  bottom: string,
  named: SemanticLayer['metrics'],
  layer: SemanticLayer,
): true | SemanticLayer['metrics'][number] | null {
  const content = (text: string) =>
    words(text.toLowerCase())
      .filter((word) => !DEFINITION_FILLER.has(word))
      .map(stem);
  const values = new Set(
    layer.dimensions.flatMap((dimension) =>
      dimension.values.flatMap((value) => [...content(value.value), ...content(value.label)]),
    ),
  );
  // ("Buyers" for "customers who bought": a word the layer reads as a figure or rows the side names in full.)
  const vocabulary = vocabularyOf(layer);
  const namedIn = (word: string, side: readonly string[]) =>
    (vocabulary.phrases.get(word) ?? []).some((meaning) => {
      const found =
        meaning.type === 'metric'
          ? layer.metrics.find((metric) => metric.name === meaning.name)?.label
          : meaning.type === 'table'
            ? meaning.name
            : undefined;
      return found !== undefined && content(found).every((part) => side.includes(part));
    });
  // Every word said is in the side or the rows it is over; every value of the side is said.
  const sameRows = (said: readonly string[], side: string, over: readonly string[]) =>
    said.every((word) => content(side).includes(word) || over.includes(word) || namedIn(word, content(side))) &&
    content(side).every((word) => !values.has(word) || said.includes(word));
  const confirms = named.some((metric) => {
    const [above = '', below = ''] = metric.description.split('/');
    const over = /\bover\b(.*)$/i.exec(below)?.[1] ?? '';
    return (
      sameRows(content(top), above, content(over)) &&
      sameRows(content(bottom.replaceAll('+', ' ')), below.replace(/\bover\b.*$/i, ''), content(over))
    );
  });
  if (confirms) return true;
  // ("Engagement rate, instagram over tiktok": no word of any figure's parts, so no definition of one.)
  return (
    named.find((metric) =>
      [...content(top), ...content(bottom)].some((word) => content(metric.description).includes(word)),
    ) ?? null
  );
}

/**
 * "Members on monthly", "monthly vs annual members", "annual members who cancelled": on a layer with a value named
 * like a series' step (a plan called "Monthly"), that value where it names rows ("on monthly", before the rows'
 * noun, set against another value of its dimension); said with its dimension ("monthly plan") so it is read so.
 * Elsewhere ("revenue monthly") it is still the step.
 */
export function grainWordAsValue(asked: string, layer: SemanticLayer): string {
  let text = asked;
  // (The rows' nouns, once for every dimension.)
  const nouns = new Set(
    layer.tables.flatMap((table) =>
      [table.name, ...table.synonyms, table.entity ?? ''].map((noun) => noun.toLowerCase().replaceAll('_', ' ')),
    ),
  );
  for (const dimension of layer.dimensions) {
    const names = dimension.values.map((value) =>
      [value.value, value.label, ...value.synonyms].map((name) => name.toLowerCase()),
    );
    const said = dimension.label.toLowerCase();
    for (const [index, own] of names.entries()) {
      for (const word of own.filter((name) => GRAIN_ADJECTIVES.test(name))) {
        const others = names
          .filter((_, other) => other !== index)
          .flat()
          .map(escapeRegExp)
          .join('|');
        text = text.replace(
          new RegExp(`\\b${word}\\b(?! ${escapeRegExp(said)}\\b)`, 'gi'),
          (found: string, at: number, whole: string) => {
            const before = whole.slice(0, at);
            const after = whole.slice(at + found.length);
            const next = /^\s+([a-z]+(?: [a-z]+)?)/i.exec(after)?.[1]?.toLowerCase() ?? '';
            const rows = nouns.has(next) || nouns.has(next.split(' ')[0] ?? '');
            const onIt = /\b(?:on|the|an?)\s+$/i.test(before);
            const setAgainst =
              others !== '' &&
              (new RegExp(`^\\s+(?:vs\\.?|versus|or|and|&)\\s+(?:${others})\\b`, 'i').test(after) ||
                new RegExp(`\\b(?:${others})\\s+(?:vs\\.?|versus|or|and|&)\\s+$`, 'i').test(before));
            return rows || onIt || setAgainst ? `${found} ${said}` : found;
          },
        );
      }
    }
  }
  return text;
}

/**
 * "% solved within 24h last month", "% refunded": a "%" said first. Before a figure of the layer's that is a
 * percentage already, it only says so; before one word of rows ("refunded"), it asks their rate ("refunded rate").
 */
export function percentSaidFirst(asked: string, layer: SemanticLayer): string {
  // ("% of last month's orders" is a share, read as one.)
  const said = /^\s*%(?!\s*of\b)\s*(.+)$/i.exec(asked);
  if (!said) return asked;
  const rest = said[1] as string;
  const percentFigure = layer.metrics.some(
    (metric) =>
      metric.format === 'percent' &&
      [metric.label, ...metric.synonyms].some((name) => rest.toLowerCase().startsWith(name.toLowerCase())),
  );
  if (percentFigure) return rest;
  // (Said as typed, so "refunded rate" is read as the refund rate.)
  return spelledOut(rest.replace(/^([a-z]+)\b/i, '$1 rate'));
}

/**
 * "Gross vs net revenue", "new or returning customers": two words set against each other before one noun, where
 * each with the noun is a figure of the layer ("gross revenue", "net revenue"): both said in full.
 */
export function nounSaidOnce(asked: string, vocabulary: Vocabulary): string {
  return asked.replace(
    /\b([a-z]+) (vs\.?|versus|or|and|against|compared (?:to|with)) ([a-z]+) ([a-z]+)((?: [a-z]+)?)\b/gi,
    (whole: string, first: string, joint: string, second: string, noun: string, more: string) => {
      const figure = (phrase: string) =>
        (vocabulary.phrases.get(words(phrase).map(stem).join(' ')) ?? []).some((meaning) => meaning.type === 'metric');
      if (figure(first)) return whole;
      // (The longer noun first: "gross vs net order value", then "gross vs net revenue last".)
      for (const [said, rest] of [
        [`${noun}${more}`, ''],
        [noun, more],
      ] as const)
        if (figure(`${first} ${said}`) && figure(`${second} ${said}`))
          return `${first} ${said} ${joint} ${second} ${said}${rest}`;
      return whole;
    },
  );
}

/**
 * "Members who came from Instagram" on a layer where "came" is a value ("attended" bookings): "came from" says where
 * they are from, never that value. Only where the layer gives the verb a meaning of its own.
 */
export function cameFromAsOrigin(asked: string, vocabulary: Vocabulary): string {
  return asked.replace(/\b(?:who |that )?(came|come|comes|coming) from\b/gi, (whole: string, verb: string) =>
    (vocabulary.phrases.get(stem(verb.toLowerCase())) ?? []).some((meaning) => meaning.type === 'value')
      ? 'from'
      : whole,
  );
}

/**
 * "Impressions our facebook page racked up", "my ig account", "our tiktok profile": a value followed by the word for
 * someone's presence there is that value. Only where the layer gives the noun no meaning of its own.
 */
export function valuesPresence(asked: string, vocabulary: Vocabulary): string {
  return asked.replace(
    /\b([a-z]+(?: [a-z]+)?) (pages?|accounts?|profiles?|handles?|feeds?|channels?)\b/gi,
    (whole: string, before: string, noun: string) => {
      if (knownWord(vocabulary, noun.toLowerCase())) return whole;
      const last = before.split(' ').at(-1) as string;
      const value = [before, last].find((phrase) =>
        (vocabulary.phrases.get(words(phrase.toLowerCase()).map(stem).join(' ')) ?? []).some(
          (meaning) => meaning.type === 'value',
        ),
      );
      return value === undefined ? whole : before;
    },
  );
}

/**
 * "Subscribers acquired by plan": the new ones, by that dimension; "customers acquired by email" are those who came
 * through that value, and stay as said.
 */
export function acquiredByDimension(asked: string, vocabulary: Vocabulary): string {
  return asked.replace(
    /\b(?<!new )(customers|subscribers|buyers|shoppers|clients|users|members) (?:acquired|gained|won|onboarded) by ([a-z]+(?: [a-z]+)?)\b/gi,
    (whole: string, people: string, by: string) => {
      const said = [by, by.split(' ')[0] as string].map((phrase) =>
        vocabulary.phrases.get(words(phrase).map(stem).join(' ')),
      );
      const meanings = said.find((found) => found !== undefined) ?? [];
      const grouping = meanings.some((meaning) => meaning.type === 'dimension');
      return grouping && !meanings.some((meaning) => meaning.type === 'value') ? `new ${people} by ${by}` : whole;
    },
  );
}

/** The value named first in words said after a preposition ("paid search ads", "EMEA subscribers"), if any. */
function leadingValue(said: string, vocabulary: Vocabulary): string | undefined {
  const spoken = said.toLowerCase().split(' ');
  return [spoken.join(' '), spoken.slice(0, 2).join(' '), spoken[0] as string].find((phrase) =>
    onlyValues(vocabulary, phrase),
  );
}

/** People said just before ("customers who were …", "subscribers …"): the layer's own "customers acquired" reads. */
const PEOPLE_BEFORE = new RegExp(
  `\\b${PEOPLE_WORDS} (?:(?:who|that) )?(?:(?:are|is|were|was|get|gets|got|being|have|had|been) )*$`,
  'i',
);

/** "Acquired through", "brought in via", "won by": how rows came, said before what they came through. */
const ACQUIRED =
  /\b(?:(?:that |who |which )?(?:we |i )?(?:have |had |were |was |got |get |been )*)(?:acquired|gained|won|onboarded|brought in|picked up) (?:through|via|thru|by way of|from|by|with|using) (?:the |an? )?([a-z]+(?: [a-z]+){0,2})\b/gi;

/**
 * "The ones acquired through paid search", "customers acquired by email": the rows that came from that value, when the
 * words after name one of the layer's values; "split by the channel that acquired them": by that dimension.
 */
export function acquiredThrough(asked: string, vocabulary: Vocabulary): string {
  return asked
    .replace(ACQUIRED, (whole: string, said: string, offset: number) => {
      if (PEOPLE_BEFORE.test(asked.slice(0, offset))) return whole;
      return leadingValue(said, vocabulary) === undefined ? whole : `from ${whole.slice(whole.length - said.length)}`;
    })
    .replace(
      /\bthe ([a-z]+) (?:that|which) (?:acquired|brought in|won|gained|found|referred|sent) (?:them|those|these|it|each one|us them)\b/gi,
      (whole: string, noun: string) =>
        vocabulary.phrases.get(stem(noun.toLowerCase()))?.some((meaning) => meaning.type === 'dimension')
          ? `the ${noun}`
          : whole,
    );
}

/** "Of everyone who has subscribed", "among all who ordered": people said by what they did. */
const PEOPLE_WHO_DID =
  /\b(of|among|across) (?:everyone |everybody |all (?:the )?(?:people |those )?|anyone )?(?:who|that) (?:has |have |had |ever |already )*([a-z]+?)(?:ed|d)\b/gi;

/**
 * "Out of everyone who has subscribed, what percent…": the people a table of the layer's holds, when its name grows
 * from the verb ("subscribers" from "subscribed"); never a guess at other verbs ("who ordered"). Those who did it
 * are the new ones of the period said (of all time, when none is).
 */
export function peopleByTheirVerb(asked: string, layer: SemanticLayer): string {
  return asked.replace(PEOPLE_WHO_DID, (whole: string, of: string, verb: string) => {
    const stemmed = verb.toLowerCase();
    if (stemmed.length < 5) return whole;
    const table = layer.tables.find(
      (candidate) =>
        holdsPeople(candidate) &&
        [candidate.name, ...candidate.synonyms].some((noun) => noun.toLowerCase().startsWith(stemmed)),
    );
    if (!table) return whole;
    // (Everyone who ever did it: the new ones of all time, or of the period said, where the layer counts them.)
    return `${of} ${creationColumn(layer, table.name) === null ? '' : 'new '}${table.name.replaceAll('_', ' ')}`;
  });
}

/** "Billed in EMEA", "based in Canada": a verb, then a value said after a word of place or way. */
const VERB_BEFORE_VALUE = /\b([a-z]+ed) (?:in|from|at|via|through|out of) ([a-z]+(?: [a-z]+){0,2})\b/gi;

/** Who the verb is said of: people ("subscribers billed in …") or a share of them ("what percent is billed in …"). */
const PEOPLE_OR_SHARE_BEFORE = new RegExp(
  `(?:\\b${PEOPLE_WORDS} (?:(?:who|that) )?(?:(?:are|is|were|was|get|gets|got|being) )?|\\b(?:percent|percentage|share|proportion|fraction|pct|%) (?:of them )?(?:are|is|were|was|get|gets|got) )$`,
  'i',
);

/**
 * "Subscribers billed in EMEA" where the layer says region is "where they are billed": said of people (or a share of
 * them), the verb is how the layer describes the value's dimension (its column's description), so the words name the
 * value, never the figure the verb also names ("amount billed"). "Total billed to EMEA" is that figure.
 */
export function verbOfDimension(asked: string, vocabulary: Vocabulary, index: LayerIndex): string {
  return asked.replace(VERB_BEFORE_VALUE, (whole: string, verb: string, said: string, offset: number) => {
    if (!PEOPLE_OR_SHARE_BEFORE.test(asked.slice(0, offset))) return whole;
    const phrase = leadingValue(said, vocabulary);
    const meanings = phrase === undefined ? [] : (vocabulary.phrases.get(words(phrase).map(stem).join(' ')) ?? []);
    const described = meanings.some((meaning) => {
      const dimension = meaning.type === 'value' ? index.dimension(meaning.dimension) : undefined;
      const column = dimension ? /^(\w+)\.(\w+)$/.exec(dimension.expression.trim()) : null;
      const table = index.layer.tables.find((candidate) => candidate.name === column?.[1]);
      const description = table?.columns?.find((entry) => entry.name === column?.[2])?.description ?? '';
      return words(description.toLowerCase()).includes(verb.toLowerCase());
    });
    return described ? whole.slice(verb.length + 1) : whole;
  });
}

/**
 * "Total eyeballs (reach)", "ppl (customers)": a word glossed in brackets with a figure or a dimension of the layer's.
 * The gloss is what is meant, where the word is unknown or names a figure itself (the asker's gloss says which);
 * never where the word names rows or a value ("posts (reach)" are still the posts).
 */
export function glossedInBrackets(asked: string, vocabulary: Vocabulary): string {
  return asked.replace(/\b([a-z]+) \(([a-z][a-z ]*[a-z])\)/gi, (whole: string, word: string, gloss: string) => {
    const meanings = vocabulary.phrases.get(words(gloss).map(stem).join(' ')) ?? [];
    if (!meanings.some((meaning) => meaning.type === 'metric' || meaning.type === 'dimension')) return whole;
    const own = vocabulary.phrases.get(stem(word.toLowerCase()));
    const figureOnly = own !== undefined && own.every((meaning) => meaning.type === 'metric');
    return figureOnly || !knownWord(vocabulary, word.toLowerCase()) ? gloss : whole;
  });
}

/** "Discounts as a % of subtotal", "engagement over reach": the layer's ratio of those two parts, by its label. */
export function ratioByItsParts(asked: string, vocabulary: Vocabulary): string {
  return vocabulary.ratios.reduce(
    (text, ratio) =>
      text.replace(ratio.pattern, (_whole, between: string | undefined) => `${ratio.label}${between ?? ''}`),
    asked,
  );
}

/**
 * The value a layer names money collected by ("collected": an invoice's "paid" status), where it names money collected
 * apart from money billed; null elsewhere.
 */
export function collectedValue(vocabulary: Vocabulary): { dimension: string; value: string } | null {
  const meaning = vocabulary.phrases.get(stem('collected'))?.find((candidate) => candidate.type === 'value');
  return meaning?.type === 'value' ? { dimension: meaning.dimension, value: meaning.value } : null;
}

/**
 * Every form of the verb "spend", for a layer phrase said in another form ("spent on bikes", "spend on bikes"). (Not
 * "pay": "paid customers" is no "paying customers".)
 */
const SPEND_FORMS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:spend|spent|spending|spends)\b/g, '(?:spend|spent|spending|spends)'],
];

const spendingCache = new WeakMap<SemanticLayer, readonly { phrase: string; pattern: RegExp }[]>();

/** The layer's phrases with a verb of spending in them, each with a pattern matching it in any form of the verb. */
function spendingPhrases(layer: SemanticLayer): readonly { phrase: string; pattern: RegExp }[] {
  const known = spendingCache.get(layer);
  if (known) return known;
  const built = layer.metrics.flatMap((metric) =>
    [metric.label, ...metric.synonyms].flatMap((said) => {
      const phrase = said.toLowerCase();
      const escaped = escapeRegExp(phrase);
      const any = SPEND_FORMS.reduce((text, [form, forms]) => text.replace(form, forms), escaped);
      return any === escaped ? [] : [{ phrase, pattern: new RegExp(`\\b${any}\\b`, 'gi') }];
    }),
  );
  spendingCache.set(layer, built);
  return built;
}

/** True when the layer names what the question spends as a figure of its own ("spent on bikes": a purchase cost). */
export function spendingNamed(question: string, layer: SemanticLayer): boolean {
  return spendingPhrases(layer).some(({ pattern }) => new RegExp(pattern.source, 'i').test(question));
}

/** "What did shoppers pay for delivery": what they paid in that figure, when the word names one of the layer's. */
export function paidForFigure(question: string, vocabulary: Vocabulary): string {
  return question.replace(
    /\b((?:what|how much) (?:did|do|does|have|has) (?:[a-z]+ ){1,3}?)(pay|paid) for (?:the |their )?([a-z]+)\b/gi,
    (whole, asked: string, verb: string, said: string) =>
      vocabulary.phrases.get(stem(said.toLowerCase()))?.every((meaning) => meaning.type === 'metric')
        ? `${asked}${verb} in ${said}`
        : whole,
  );
}

/** "How much did we spend on bikes" where the layer says "spent on bikes": the phrase as the layer says it. */
export function spendingAsLayerSays(question: string, layer: SemanticLayer): string {
  return spendingPhrases(layer).reduce((text, { phrase, pattern }) => text.replace(pattern, phrase), question);
}

export function respellWithLayer(asked: string, vocabulary: Vocabulary): string {
  const people = vocabulary.people === null ? [] : peopleRewrites(vocabulary.people, vocabulary);
  const spending = vocabulary.spending === null ? [] : spendingRewrites(vocabulary.spending);
  // "How much money came in in June": what was collected, where the layer names money collected apart from money
  // billed (an invoice's "paid" status); elsewhere the money is the figure's own.
  const collects = collectedValue(vocabulary) !== null;
  // "Where does the uk sit in revenue ranking", "what rank is canada by orders": the whole ranking of the value's
  // dimension, where its place is seen (never the value's figure alone).
  // "Revenue across all sales channels, countries and categories", "billed for all plans and regions": every value
  // of two or more dimensions listed, the whole total (never a breakdown by all of them at once); only where each
  // thing listed is one of the layer's dimensions ("for all paid orders and refunds" names figures, and stays).
  const everywhere = asked.replace(
    /\b(?:across|over|for|in|on) all (?:of )?(?:our |my |the )?((?:[a-z]+ )?[a-z]+s(?: (?:and )?(?:[a-z]+ )?[a-z]+s)* and (?:[a-z]+ )?[a-z]+s)\b/g,
    (whole, listed: string) =>
      listed
        .split(' and ')
        .every((part) =>
          vocabulary.phrases
            .get(part.trim().split(' ').map(stem).join(' '))
            ?.some((meaning) => meaning.type === 'dimension'),
        )
        ? ' '
        : whole,
  );
  const placed = everywhere.replace(
    /^\s*(?:where|what rank|which place|what place|what position) (?:does|do|did|is|are|was) (?:the |my |our )?([a-z0-9 ]+?) (?:sit|sits|rank|ranks|ranked|stand|stands|place|placed|come|comes|land|lands|fall|falls)?\s*(?:in|on|by|for) (?:the |my |our |terms of )?([a-z0-9 ]+?)(?: ranking| rankings| league table| table| standings| leaderboard| list)?(?= this| last| in | since| during|\s*[?.!]*$)/,
    (whole, value: string, figure: string) => {
      const meanings = vocabulary.phrases.get(value.split(' ').map(stem).join(' ')) ?? [];
      const dimensions = new Set(meanings.flatMap((meaning) => (meaning.type === 'value' ? [meaning.dimension] : [])));
      const [dimension] = dimensions;
      return dimensions.size === 1 && dimension !== undefined
        ? `${figure} by ${dimension.replaceAll('_', ' ')} ranked`
        : whole;
    },
  );
  // "Plan breakdown of our subscribers", "the category mix of my orders", "status tally for every order": the rows
  // (or the figure) by the dimension said first, never a breakdown by the rows themselves (nor their total).
  // "Plan mix: subscriber numbers per plan": a heading that the question says again after it.
  const headed = placed.replace(
    /^\s*((?:[a-z]+ )?[a-z]+) (?:breakdown|mix|split)\b\W*(.*\b(?:per|by|for each|in each) (?:the )?\1\b.*)$/,
    '$2',
  );
  const split = headed.replace(
    /\b((?:[a-z]+ )?[a-z]+) (?:breakdown|mix|split|count|counts) (?:of|for) (?:the |our |my |every |each |all (?:of )?(?:our |my |the )?)?([a-z]+(?: [a-z]+)?)\b/g,
    (whole, dimension: string, rows: string) => {
      const said = (phrase: string) =>
        vocabulary.phrases.get(phrase.split(' ').map(stem).join(' '))?.map((meaning) => meaning.type) ?? [];
      const last = dimension.split(' ').at(-1) ?? '';
      const by = said(dimension).includes('dimension') ? dimension : said(last).includes('dimension') ? last : null;
      // ("Status count for every order in January": the rows are the first word when the two say nothing together.)
      const [firstRow = rows] = rows.split(' ');
      const named = said(rows).length > 0 ? rows : firstRow;
      const rest = rows.slice(named.length);
      const kinds = said(named);
      if (by === null || !kinds.some((kind) => kind === 'table' || kind === 'metric' || kind === 'dimension'))
        return whole;
      // ("Subscriber count for each region": a count of the rows a noun names, said per the dimension after it.)
      if (/count/.test(whole) && vocabulary.rowNouns.has(stem(by))) return whole;
      return `${dimension.slice(0, dimension.length - by.length)}${named} by ${by}${rest}`;
    },
  );
  // "Order status tally last month", "invoice status count": how many rows of each value, as "count by status" is;
  // only for a dimension that names nothing else (never "product count", "order count").
  const tallied = split.replace(
    /\b((?:[a-z]+ )?[a-z]+) (?:count|counts)\b(?! (?:of|for|per|by|in each|across)\b)/g,
    (whole, dimension: string) => {
      const said = (phrase: string) =>
        vocabulary.phrases.get(phrase.split(' ').map(stem).join(' '))?.map((meaning) => meaning.type) ?? [];
      const only = (phrase: string) => {
        const kinds = said(phrase);
        return (
          kinds.length > 0 && kinds.every((kind) => kind === 'dimension') && !vocabulary.rowNouns.has(stem(phrase))
        );
      };
      const last = dimension.split(' ').at(-1) ?? '';
      const by = only(dimension) ? dimension : only(last) ? last : null;
      return by === null ? whole : `${dimension.slice(0, dimension.length - by.length)}count by ${by}`;
    },
  );
  // "Subscriber numbers per plan", "order numbers by country": how many of the rows, split (never their ids).
  const numbers = tallied.replace(
    /\b([a-z]+) numbers(?= (?:per|by|for each|in each|across)\b)/g,
    (whole, noun: string) => (vocabulary.rowNouns.has(stem(noun)) ? `${noun} count` : whole),
  );
  // "Dollars per customer who actually purchased", "how much per order per country" (dollars read as an amount
  // before): money per each of them, as "money per order" is.
  const money = numbers.replace(
    /(^\s*|\b(?:and|the|total|average|avg|mean) |[,:;]\s*)(?:amount|how much) per\b/g,
    '$1money per',
  );
  const counted = applied(money, [...people, ...spending])
    // "How much have emea basic customers paid us", "how much the european customer paid to us", "how much have pro
    // subscribers in europe paid": what was collected from them, where the layer names money collected apart from
    // money billed.
    .replace(
      /\bhow much (?:money |cash )?(?:(?:have|has|had|did|do|does) )?((?:the |our |my |all (?:of )?(?:our |my |the )?)?(?:[a-z]+ ){0,3}?(?:customers?|buyers?|shoppers?|clients?|subscribers?|members?|users?)(?: (?:in|from) (?:the )?[a-z]+)?) (?:actually |really |ever |already )?(?:paid|pay|pays|paying)(?: (?:to )?(?:us|me))?\b/g,
      (whole, people: string) => (collects ? `how much was collected from ${people}` : whole),
    )
    // "Who has the most money owed" where the layer's figure is said "owed" and no one figure is the money: the
    // figure, the word "money" only saying it is one.
    .replace(/\b(?:money|cash) ([a-z]+)\b/g, (whole, next: string) =>
      !vocabulary.phrases.has(stem('money')) &&
      vocabulary.phrases.get(stem(next))?.some((meaning) => meaning.type === 'metric')
        ? next
        : whole,
    )
    // ("Xmas day, how much came in": money that came in, said without the word.)
    .replace(/\bhow much (?=(?:came|come|comes|coming) in\b)/g, 'how much money ')
    .replace(
      /\b((?:money |cash )?)(?:came in|come in|comes in|coming in|landed|was received|were received)\b/g,
      (whole, money: string) => (collects ? `${money ? 'money ' : ''}collected` : whole),
    )
    // "What did we collect from customers for postage", "shipping collected from buyers": the money comes from the
    // people, all of them; "from customers" with nothing naming which is no grouping and no filter.
    .replace(
      /\b((?:collect|collects|collected|collecting|receive|received|charge|charged|take|took|taken|get|got) )(?:in )?from (?:the |our |my |all (?:of )?(?:our |my |the )?)?(?:customers|buyers|shoppers|clients|subscribers|people|folks)\b(?! (?:who|that|which|from|on|with)\b)/g,
      '$1',
    )
    // "Invoices we sent out to customers", "what did we charge our customers": the rows' own people, all of them;
    // saying who received them picks none.
    .replace(
      /\b((?:sent|send|sends|sending|issued|issue|issues|billed|bill|bills|charged|charge|charges|invoiced|invoice|mailed|emailed)(?: out)? )(?:to )?(?:the |our |my |all (?:of )?(?:our |my |the )?)?(?:customers|buyers|shoppers|clients|subscribers|people|folks|users)\b(?! (?:who|that|which|from|on|with)\b)/g,
      '$1',
    )
    // "Sum of paid order totals", "order totals in feb": each row's money added up, where the layer names it
    // "<row> value" (never a count of the rows; "total orders" is left as it is).
    .replace(
      /\b(?:(sum|total) of (?:the |all |my |our )?((?:[a-z]+ )?)([a-z]+) totals?|((?:[a-z]+ )?)([a-z]+) totals)\b/g,
      (
        whole,
        sum: string | undefined,
        before1: string | undefined,
        noun1: string | undefined,
        before2: string | undefined,
        noun2: string | undefined,
      ) => {
        const noun = (noun1 ?? noun2 ?? '').toLowerCase();
        const before = before1 ?? before2 ?? '';
        if (!vocabulary.rowNouns.has(stem(noun)) || !vocabulary.phrases.has(`${stem(noun)} ${stem('value')}`))
          return whole;
        return `${sum === undefined ? '' : 'total '}${before}${noun} value`;
      },
    )
    // ("How much was collected from the pro folks": an amount, from Pro; the people add no count to "how much".)
    .replace(
      /^(\s*how much\b.*\bcollected from )(?:the |our |my |all )?((?:[a-z]+ ){0,2}?)(?:customers?|subscribers?|clients?|users?|members?|buyers?|shoppers?|people|folks|accounts?)\b/,
      (whole, before: string, values: string) => (values.trim() === '' ? whole : `${before}${values.trim()}`),
    );
  // "Average spend per canadian customer", "likes per video": the figure per thing ("per customer", "per post"),
  // among the things with that value, so the figure's own phrase is read whole and the value stays a filter.
  const onlyValue = (word: string) => onlyValues(vocabulary, word);
  const names = (word: string) => vocabulary.valueRowNouns.has(stem(word));
  const plural = (noun: string) => (/s$/.test(noun) ? noun : `${noun}s`);
  // "Average invoice size", "invoice size by plan": the size of one row, its value on average.
  // ("emea avg inv size": the noun's shorthand read as the word it stands for.)
  const sized = counted.replace(/\b(?:(?:average|avg|typical|mean) )?([a-z]+) sizes?\b/g, (whole, typed: string) => {
    const noun = expandAbbreviation(typed, vocabulary);
    return vocabulary.rowNouns.has(stem(noun)) && !vocabulary.phrases.has(`${stem(noun)} size`)
      ? `average ${noun} value`
      : whole;
  });
  // "New pro customers", "new canadian shoppers": the value first, then the new rows ("pro new customers").
  const newOfValue = sized.replace(/\bnew ([a-z]+) ([a-z]+)\b/g, (whole, value: string, noun: string) =>
    // ("# new pro subs ytd": the noun's shorthand read as the word it stands for.)
    onlyValue(value) && vocabulary.phrases.has(['new', expandAbbreviation(noun, vocabulary)].map(stem).join(' '))
      ? `${value} new ${noun}`
      : whole,
  );
  // "Billed per invoiced subscriber", "revenue per paying customer": the people behind the figure's rows already.
  const peopleNoun = vocabulary.people === null ? null : stem(singular(vocabulary.people));
  const isPeople = (noun: string) =>
    peopleNoun !== null &&
    (stem(singular(noun)) === peopleNoun ||
      (vocabulary.phrases.get(stem(noun))?.some(
        (meaning) =>
          (meaning.type === 'table' && meaning.name.replaceAll('_', ' ') === vocabulary.people) ||
          // ("Customers", the people's own word: their rows' dimension.)
          (meaning.type === 'dimension' && meaning.name === singular(vocabulary.people ?? '')),
      ) ??
        false));
  // "How many basic customers were invoiced": the people on that value, as "how many customers on basic were
  // invoiced" says (never the rows the verb names, counted).
  const peopleOfValue = newOfValue.replace(
    /\bhow many ([a-z]+) ([a-z]+) (were|got|have been|had been|was)\b/g,
    (whole, value: string, noun: string, verb: string) =>
      onlyValue(value) && isPeople(noun) ? `how many ${noun} in ${value} ${verb}` : whole,
  );
  const perThing = peopleOfValue
    .replace(/\bper ([a-z]+(?:ed|ing)) ([a-z]+)\b/g, (whole, said: string, noun: string) =>
      isPeople(noun) &&
      (vocabulary.verbs.has(said) || /^(?:paying|buying|purchasing|ordering|billed|invoiced|charged)$/.test(said))
        ? `per ${noun}`
        : whole,
    )
    // "Per instagram platform post": the value's kind said after it is part of the value.
    .replace(
      /\b(per|each|every) ([a-z]+) ([a-z]+) ([a-z]+)\b/g,
      (whole, per: string, value: string, kind: string, thing: string) =>
        onlyValue(value) &&
        (vocabulary.phrases.get(stem(kind))?.every((meaning) => meaning.type === 'dimension') ?? false) &&
        (names(thing) || vocabulary.rowNouns.has(stem(thing))) &&
        !onlyValue(thing)
          ? `${per} ${thing} among ${value} ${kind} ${plural(thing)}`
          : whole,
    )
    .replace(/\b(per|each|every) ([a-z]+) ([a-z]+)\b/g, (whole, per: string, value: string, thing: string) => {
      if (!onlyValue(value)) return whole;
      // ("Billed per EMEA subscriber": any of the layer's rows, the value one of theirs.)
      if ((names(thing) || vocabulary.rowNouns.has(stem(thing))) && !onlyValue(thing))
        return `${per} ${thing} among ${value} ${plural(thing)}`;
      // "Likes per tiktok video": per post, among the TikTok videos.
      const rows = onlyValue(thing) ? vocabulary.valueRows.get(stem(thing)) : undefined;
      return rows ? `${per} ${rows} among ${value} ${plural(thing)}` : whole;
    })
    .replace(/\bper ([a-z]+)\b(?! among\b)(?: ([a-z]+))?/g, (whole, value: string, next: string | undefined) => {
      const rows = onlyValue(value) ? vocabulary.valueRows.get(stem(value)) : undefined;
      if (!rows || (next !== undefined && vocabulary.phrases.has(stem(next)))) return whole;
      return `per ${rows} among ${plural(value)}${next === undefined ? '' : ` ${next}`}`;
    });
  // "Gross margin on TikTok Shop sales": the figure for the rows with that value, the noun after it no second figure.
  return (
    perThing
      // "Ids of every cancellation", "each refund last week": the rows with that value ("cancellation orders"),
      // where the value names one kind of row.
      .replace(/\b(every|each) ([a-z]+)\b(?= ([a-z]+)|\s*$)/g, (whole, each: string, value: string, next?: string) => {
        const rows = onlyValue(value) ? vocabulary.valueRows.get(stem(value)) : undefined;
        return rows && (next === undefined || !vocabulary.phrases.has(stem(next))) ? `${each} ${value} ${rows}` : whole;
      })
      .replace(
        /\bon (?:my |our |the )?([a-z]+(?: [a-z]+){0,2}) (?:sales|orders|purchases|invoices|transactions)\b/g,
        (whole, value: string) => (onlyValue(value) ? `for ${value}` : whole),
      )
      // "Revenue from both shops", "the shops", "either shop": the values whose names end in that word (Instagram
      // Shop and TikTok Shop), together; never the word dropped for the whole business.
      .replace(
        /\b(?:(?:both|either|the two|our two|my two|the|our|my) ([a-z]+)s|either ([a-z]+))\b(?! (?:of|that|which|who)\b)/g,
        (whole, plural: string | undefined, single: string | undefined) => {
          const labels = vocabulary.labelsEndingIn.get(stem(plural ?? single ?? ''));
          return labels ? `${labels.join(' and ')} combined` : whole;
        },
      )
      // "Which reel drove the most revenue": the rows the value names (a post that is a reel), ranked; never the
      // figure's own rows (the orders the reels brought). "What accessories are we selling": those rows, listed.
      .replace(
        /^\s*(which|what) ([a-z]+) (?!(?:of|is|was|has|had|does)\b|(?:are|were|did|do) (?!(?:we|i|you)\b))([a-z]+)?/,
        (whole, which: string, value: string, next: string | undefined) => {
          const rows = onlyValue(value) ? vocabulary.valueRows.get(stem(value)) : undefined;
          // ("Which canada customers": the rows are named already. "Which reels": plural, as typed. "Which reel made
          // the most money": a verb of the figure names no rows.)
          const verb =
            next !== undefined && /^(?:made|make|makes|earned|earns|generated|generates|sold|sells)$/.test(next);
          if (!rows || (next !== undefined && vocabulary.phrases.has(stem(next)) && !verb)) return whole;
          return `${which} ${value} ${/[^s]s$/.test(value) ? plural(rows) : rows} ${next ?? ''}`;
        },
      )
      // "What did customers in France buy most": the things bought (the layer's products, when it has that word),
      // never the people who bought them.
      .replace(
        /^\s*what (did|do|does) (.+?) (buy|order|purchase)( the)? most\b/,
        (whole, did: string, people: string, verb: string, the: string | undefined) =>
          vocabulary.phrases.has(stem('products')) ? `which products ${did} ${people} ${verb}${the ?? ''} most` : whole,
      )
      // "How many products were bought", "products ordered in Q4", "how many products did customers buy": what the
      // layer calls those things sold ("products sold"), when it has that phrase; never the things added then.
      .replace(
        /\b(?:(?:the )?(?:number|count|total|quantity|qty) of )?([a-z]+s) (?:(?:were|was|got|have been|had been|being) )?(?:bought|ordered|purchased|sold)\b/g,
        (whole, noun: string) => (vocabulary.phrases.has(`${stem(noun)} ${stem('sold')}`) ? `${noun} sold` : whole),
      )
      .replace(
        /\bhow many ([a-z]+s) (?:did|do|does|have|has) ((?:[a-z]+ ){1,2}?)(?:buy|bought|order|ordered|purchase|purchased|sell|sold)\b/g,
        (whole, noun: string, who: string) => {
          if (!vocabulary.phrases.has(`${stem(noun)} ${stem('sold')}`)) return whole;
          // "How many items did canadian customers buy": the buyers named are kept ("sold to canadian customers").
          const buyers = who.trim();
          return /^(?:(?:we|i|you|they|people|customers|shoppers|buyers|folks|the store|the shop|my store|our store|my shop|our shop)\s*)+$/.test(
            buyers,
          )
            ? `how many ${noun} sold`
            : `how many ${noun} sold to ${buyers}`;
        },
      )
      // "What proportion of our subscribers pay for pro": the ones on that value (a plan), never what they paid.
      .replace(/\b(?:pay|pays|paying|are paying|who pay|that pay) for (?:the )?([a-z]+)\b/g, (whole, value: string) =>
        vocabulary.phrases.get(stem(value))?.every((meaning) => meaning.type === 'value') ? `on ${value}` : whole,
      )
      // "The total billed to date, across every subscriber": all of the layer's rows are what a total adds up already.
      .replace(
        /,? (?:across|over|from|for) (?:all|every|every single)(?: of)?(?: (?:my|our|the))? ([a-z]+)\b/g,
        (whole, rows: string) => (vocabulary.rowNouns.has(stem(rows)) ? '' : whole),
      )
  );
}

/**
 * "Customers whose 2025 paid orders number exactly one", "subscribers whose invoices are more than 2": how many of
 * a table's rows each has, said as a bound on that count ("with exactly 1 paid orders in 2025"), never a bound on
 * another figure; an amount of money ("whose orders added up to over $1,000") is what each spent on them. Only for
 * a noun of the layer's rows.
 */
export function countOfRowsAsBound(asked: string, vocabulary: Vocabulary): string {
  // "Shoppers whose 2025 paid orders added up to over $1,000": what they spent on those rows, per person.
  const spent = asked.replace(
    /\bwhose ((?:19|20)\d{2} )?((?:[a-z]+ )?)([a-z]+s) (?:added up to|add up to|combined to|combined|totalled|totaled|total|came to|come to|summed to|sum to|were worth|are worth) ((?:more than|over|above|at least|less than|under|below|at most) )?([$£€] ?\d[\d,]*(?:\.\d+)?k?)/gi,
    (whole, year: string | undefined, kind: string, rows: string, bound: string | undefined, amount: string) =>
      vocabulary.spending === null || !vocabulary.rowNouns.has(stem(rows.toLowerCase()))
        ? whole
        : `who spent ${bound ?? ''}${amount} on ${kind}${rows}${year === undefined ? '' : ` in ${year.trim()}`}`,
  );
  return spent.replace(
    /\bwhose ((?:(?:19|20)\d{2} )?(?:[a-z]+ )?)([a-z]+s)((?: (?:in|during|for|from|this|last) (?:[a-z0-9]+ ){0,2}?[a-z0-9]+)?)( (?:number|numbered|are|were|total|totalled|totaled|count|counted|come to|came to|add up to|added up to))? ((?:exactly|just|only|precisely|more than|over|above|fewer than|less than|under|below|at least|at most|no more than|no fewer than) )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?! ?(?:%|percent|dollars|bucks|k\b))/gi,
    (
      whole,
      before: string,
      rows: string,
      period: string,
      verb: string | undefined,
      bound: string | undefined,
      count: string,
    ) => {
      if ((verb === undefined && bound === undefined) || !vocabulary.rowNouns.has(stem(rows.toLowerCase())))
        return whole;
      const exactly = bound === undefined || /^(?:just|only|precisely) $/i.test(bound) ? 'exactly ' : bound;
      const year = /^(?:19|20)\d{2} /.exec(before)?.[0] ?? '';
      const spelled = SMALL_NUMBERS.indexOf(count.toLowerCase());
      const times = spelled > 0 ? String(spelled) : count;
      return `with ${exactly}${times} ${before.slice(year.length)}${rows}${year === '' ? '' : ` in ${year.trim()}`}${period}`;
    },
  );
}

/**
 * "Average paid order value", "avg tiktok order value", "mean refunded order value": a value of the rows said inside a
 * figure's own name of two words or more ("average order value"), read as that figure of those rows ("average order
 * value for paid"); "average paid orders" is left as said.
 * Only where the words between are all values of the layer and the rest, with the average word, is one of its
 * figures.
 */
export function valueInsideFigure(asked: string, vocabulary: Vocabulary): string {
  const phrase = (words: string) => words.toLowerCase().split(' ').map(stem).join(' ');
  const isFigure = (words: string) =>
    [words, words.replace(/^(?:avg|mean|typical)\b/i, 'average')].some(
      (said) => vocabulary.phrases.get(phrase(said))?.some((meaning) => meaning.type === 'metric') ?? false,
    );
  const isValue = (words: string) =>
    vocabulary.phrases.get(phrase(words))?.every((meaning) => meaning.type === 'value') ?? false;
  return asked.replace(
    /\b(average|avg|mean|typical) ((?:[a-z]+ ){0,4}[a-z]+)\b/gi,
    (whole, average: string, after: string) => {
      const words = after.split(' ');
      for (let inside = 1; inside <= 2; inside += 1)
        for (let end = Math.min(words.length, inside + 3); end > inside + 1; end -= 1) {
          const said = words.slice(0, inside).join(' ');
          const figure = words.slice(inside, end).join(' ');
          if (isFigure(`${average} ${figure}`) && !isFigure(`${average} ${said} ${figure}`) && isValue(said))
            return [`${average} ${figure} for ${said}`, ...words.slice(end)].join(' ');
        }
      return whole;
    },
  );
}

/**
 * "How many emea subscribers have invoices", "how many canadian customers have refunded orders": the people who
 * have such rows, of those people ("how many subscribers have invoices, emea"); never the rows counted. Only where
 * the words before the people are all values of the layer.
 */
export function valuesOfPeopleWhoHave(asked: string, vocabulary: Vocabulary): string {
  const people = vocabulary.people;
  if (people === null) return asked;
  const valueWords = (words: string) =>
    vocabulary.phrases
      .get(words.toLowerCase().split(' ').map(stem).join(' '))
      ?.every((meaning) => meaning.type === 'value') ?? false;
  return asked.replace(
    new RegExp(`\\bhow many ([a-z]+(?: [a-z]+)?) (${people}) ((?:have|had|has|got) [^,;?.!]+)`, 'i'),
    (whole, values: string, noun: string, rest: string) => {
      const said = values.toLowerCase();
      if (!said.split(' ').every(valueWords) && !valueWords(said)) return whole;
      return `how many ${noun} ${rest}, ${values}`;
    },
  );
}

/**
 * "How many customers had a discount last month", "number of customers that used a coupon in feb", "which customers
 * placed a discounted order": the people with a row that carries some of that money ("customers order with a
 * discount"), never every one who bought with the money dropped. Only for a sum of money kept on the rows of a table
 * of things (orders, not people), which are named.
 */
export function peopleWithFigure(asked: string, vocabulary: Vocabulary, index: LayerIndex): string {
  const people = vocabulary.people;
  if (people === null) return asked;
  let said = PEOPLE_WITH.get(people);
  if (said === undefined) {
    said = new RegExp(
      `\\b(how many|(?:the )?(?:number|count) of|which|what) (${people}) (?:who |that )?(?:have |had |did )?(?:had|have|has|got|get|gets|received|receive|used|use|uses|redeemed|redeem|applied|apply|were given|got given|placed|place|made|make) (a |an |any |some )?([a-z]+)(?: ([a-z]+))?\\b`,
      'gi',
    );
    PEOPLE_WITH.set(people, said);
  }
  return asked.replace(
    said,
    (whole, opening: string, noun: string, article: string | undefined, word: string, after: string | undefined) => {
      const typed = word.toLowerCase();
      const metric = [typed, typed.replace(/ed$/, ''), typed.replace(/d$/, '')]
        .map((form) => vocabulary.phrases.get(stem(form)) ?? [])
        .map((meanings) => (meanings.length === 1 && meanings[0]?.type === 'metric' ? meanings[0].name : ''))
        .map((name) => index.metric(name))
        .find((found) => found !== undefined);
      if (metric?.format !== 'currency' || metric.aggregation !== 'sum') return whole;
      const rows = index.dimension(entityOfTable(index.layer, metric.table) ?? '');
      const table = index.layer.tables.find((candidate) => candidate.name === metric.table);
      if (rows === undefined || table === undefined || holdsPeople(table)) return whole;
      const row = rowNoun(rows);
      // ("Placed a discounted order": the rows said after the money are the rows it is kept on.)
      const rest = after === undefined || stem(after.toLowerCase()) === stem(row) ? '' : ` ${after}`;
      const figure = metric.synonyms.includes(typed) ? word : metric.label.toLowerCase();
      return `${opening} ${noun} ${row} with ${article ?? 'a '}${figure}${rest}`;
    },
  );
}

/** The pattern of `peopleWithFigure`, by the layer's people noun: built once per noun, never per question. */
const PEOPLE_WITH = new Map<string, RegExp>();

/**
 * "Is inv_ac_005 paid?", "was ord_12 refunded": a row named by its key, asked whether it has a value; its value of
 * that dimension, shown ("what is the invoice status of inv_ac_005"), never the figure of the row had it that value.
 */
export function keyAskedByValue(asked: string, vocabulary: Vocabulary): string {
  const said =
    /^\s*(?:(?:and|so|ok|okay)[, ]+)?(?:is|was|has|have|did|does)\s+([a-z]+_[a-z0-9_]*\d)\s+(?:been\s+|get\s+|got\s+|already\s+|still\s+|(?:on|in|from)\s+(?:the\s+)?)*([a-z]+)\s*[?.!]*\s*$/i.exec(
      asked,
    );
  if (!said) return asked;
  const [, key = '', word = ''] = said;
  const dimensions = new Set(
    (vocabulary.phrases.get(stem(word.toLowerCase())) ?? []).flatMap((meaning) =>
      meaning.type === 'value' ? [meaning.dimension] : [],
    ),
  );
  const [dimension] = dimensions;
  return dimensions.size === 1 && dimension !== undefined
    ? `what is the ${dimension.replaceAll('_', ' ')} of ${key}`
    : asked;
}

/**
 * "Give me the order numbers for friday's cancellations", "invoice ids from june": the rows themselves, listed
 * ("list the orders …"), never their count; only for a noun of the layer's rows.
 */
export function idsAsList(asked: string, vocabulary: Vocabulary): string {
  const tail = listAskedAfter(asked, vocabulary);
  if (tail !== asked) return tail;
  // "Any ig reels from me last week? give the post ids", "this week's posts - the post ids": asked after the rows.
  const idsAfter =
    /^\s*(?!(?:list|show|which|how|what|whats|what's)\b)(.{3,}?)(?:\s*[?.,:;-]+\s*(?:(?:give|show|send|list)(?: me)? |just |incl(?:uding)? )?|\s+(?:give|show|send|list)(?: me)? |\s+(?:with|incl(?:uding)?) )(?:the |their )?(?:([a-z]+) )?ids?\s*[?.!]*\s*$/i.exec(
      asked,
    );
  if (idsAfter && (idsAfter[2] === undefined || vocabulary.rowNouns.has(stem(idsAfter[2].toLowerCase()))))
    return `list ${idsAfter[1] as string}`;
  // "Show me sub_ac_08's invoices", "cus_0465's orders": that one's rows, listed (never how many there are).
  const owned =
    /^\s*(?:(?:can you |pls |please )?(?:show me|show|give me|get me|pull up|see|send me) )?(?:all (?:of )?)?([a-z0-9_.-]+)'s ((?:[a-z]+ )?([a-z]+s))\s*[?.!]*\s*$/i.exec(
      asked,
    );
  if (owned && /\d|_/.test(owned[1] as string) && vocabulary.rowNouns.has(stem((owned[3] as string).toLowerCase())))
    return `list ${owned[1] as string} ${owned[2] as string}`;
  // "Sub_ac_07 — pull up all of their invoice numbers": the same, by their ids.
  const theirIds =
    /^\s*([a-z0-9_.-]+)\s*[—–:,-]\s*(?:(?:can you |pls |please )?(?:show me|show|give me|get me|pull up|send me|list) )(?:all (?:of )?)?(?:their|its|his|her) ((?:[a-z]+ )?)([a-z]+) (?:ids|id numbers|numbers|nos|#s)\s*[?.!]*\s*$/i.exec(
      asked,
    );
  if (
    theirIds &&
    /\d|_/.test(theirIds[1] as string) &&
    vocabulary.rowNouns.has(stem((theirIds[3] as string).toLowerCase()))
  )
    return `list ${theirIds[1] as string} ${theirIds[2] as string}${theirIds[3] as string}s`;
  const listed = asked.replace(
    /^\s*(?:(?:can you |could you |pls |please )?(?:give me|show me|get me|send me|pull up|pull|list|i need|what are|what were|whats|what's|what is)? ?(?:the |all (?:the )?|all my |all our |my |our )?)([a-z]+) (?:ids|id numbers|numbers|nos|#s|refs|reference numbers)\b(?= (?:for|of|from|on|in|during|placed|made|that|which|with)\b)/i,
    (whole, noun: string) => (vocabulary.rowNouns.has(stem(noun.toLowerCase())) ? `list the ${noun}s` : whole),
  );
  if (listed !== asked) return listed;
  // "May invoice numbers, americas region only", "refunded order ids", "order ids refunded yesterday": the rows of
  // that period or kind, listed.
  return asked.replace(
    /^\s*(?:the |my |our |all (?:the )?)?((?:[a-z0-9'()]+ +){0,3}?)([a-z]+) (?:ids|id numbers|numbers|nos|#s)\b(?=\s*(?:[,;:?.!]|$|(?:only|please|pls|plz|for|in|from|on|during|since|last|this|yesterday|today|over|under|above|below|worth|with|more|less|bigger|larger|greater|exceeding|that|which|where|[a-z]+ed)\b))/i,
    (whole, before: string, noun: string) => {
      if (!vocabulary.rowNouns.has(stem(noun.toLowerCase())) || /\b(?:of|how|many|what|which)\b/i.test(before))
        return whole;
      const period = before.trim().replace(/'s$/i, '');
      return PERIOD_WORDS.test(period) ? `list the ${noun}s from ${period}` : `list the ${before}${noun}s`;
    },
  );
}

/** True when a word of `text` is, to the layer, a word of that kind ("revenue" a figure, "open" a value). */
function saysA(text: string, kind: 'metric' | 'value', vocabulary: Vocabulary): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some(
      (word) => word !== '' && (vocabulary.phrases.get(stem(word))?.some((meaning) => meaning.type === kind) ?? false),
    );
}

/**
 * "Cancellations in the last 3 days - list the order numbers", "yesterday's paid orders over $200: order ids
 * please", "who signed up in april? ids please": the question before is the rows asked about, and the words after
 * it ask for nothing but them listed, so the rows are listed, never counted. Only where the question before asks no
 * figure of them ("how many … ? list them" is left as asked), and "numbers" only after a noun of the layer's rows
 * ("the order numbers", never "the sales numbers").
 */
function listAskedAfter(asked: string, vocabulary: Vocabulary): string {
  // "Home products with a list price under $40, by name": the rows, listed by their names, where no figure is asked.
  const byName = /^(.+?),? (?:by|with (?:their|the)) (?:names?|titles?)\s*[.!?]*\s*$/i.exec(asked);
  // (A figure only inside a condition on the rows, "with a list price under $40", is no figure asked.)
  const asksFigure = (rows: string) =>
    saysA(
      rows.replace(
        /\b(?:[a-z]+ ){0,3}(?:under|over|above|below|less than|more than|at least|at most|between) [$€£]?\d[\d,.]*/gi,
        '',
      ),
      'metric',
      vocabulary,
    );
  // ("Top 5 products by revenue, by name": the rows as asked, which show their names; rows with none are declined
  // where the plan is known.)
  if (byName)
    return asksFigure(byName[1] as string) ? (byName[1] as string).trim() : `list ${(byName[1] as string).trim()}`;
  const match =
    /^(.+?)(?:\s*([?:;,—–]|\s-)\s*(?:(?:can you |could you |pls |please )?(?:give me|show me|send me|get me|i need|i want|need|want|list|send|pull) )?(?:just |only )?(?:the |their |them |all (?:the )?)?(?:([a-z]+) )?|\s+(?:just |only )?(?:the )?)(ids|id numbers|id's|numbers|nos|#s|names|titles|them|a list)(?: only)?,?( (?:please|pls|plz|thanks|thx))?\s*[.!?]*\s*$/i.exec(
      asked,
    );
  if (!match) return asked;
  const before = (match[1] as string).trim();
  const noun = match[3]?.toLowerCase();
  const what = (match[4] as string).toLowerCase();
  const rowNoun = noun !== undefined && vocabulary.rowNouns.has(stem(noun));
  // (Without a mark between them, only "… names please": "top products names" is not a request.)
  if (match[2] === undefined && match[5] === undefined) return asked;
  if (noun !== undefined && !rowNoun) return asked;
  if ((what === 'numbers' || what === 'nos' || what === '#s') && !rowNoun) return asked;
  // ("Them" alone only after a request: "list them", "send them".)
  if (what === 'them' && !/(?:list|send|give me|show me|pull) them\b/i.test(asked.slice(before.length))) return asked;
  if (
    /\b(?:how many|how much|number of|count|total|totals|sum|average|avg|rate|share|percent|percentage)\b|%/i.test(
      before,
    )
  )
    return asked;
  // ("Who signed up in april" asks for the people already: it is asked as it stands.)
  // ("Which subscribers signed up in april? ids pls": the subscribers who did, listed; "which" asks nothing more.)
  const rows = before
    .replace(/^(?:list|show me|show|give me)\s+/i, '')
    .replace(/^(?:which|what) (?=[a-z]+s (?:were|was|got|had|did|came|made|bought|[a-z]+ed)\b)/i, '')
    // ("Open invoice ids pls": the ids of the invoices, the noun said in the singular before them.)
    .replace(/\b([a-z]+)$/i, (noun: string) =>
      what !== 'names' &&
      what !== 'titles' &&
      what !== 'them' &&
      !/s$/i.test(noun) &&
      vocabulary.rowNouns.has(stem(noun.toLowerCase()))
        ? `${noun}s`
        : noun,
    );
  return /^who\b/i.test(rows) ? rows : `list ${rows}`;
}

/** A period said before a noun ("may invoices", "last week's orders", "q3 orders"). */
const PERIOD_WORDS =
  /^(?:(?:last|this|past|previous) (?:week|month|quarter|year)|yesterday|today|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{4})?|q[1-4](?: \d{2,4})?|\d{4})$/i;

/**
 * "Which invoices are still open", "which subscribers are on pro", "what orders were refunded yesterday": the rows
 * that are so, listed (most recent first, as "list the … that are …" is), never ranked by a figure nobody asked
 * for; only for a noun of the layer's rows picked by a value of the layer, and only where nothing else is asked of them
 * (no figure, no "most", no "how many", no threshold).
 */
export function whichAreAsList(asked: string, vocabulary: Vocabulary): string {
  const match =
    /^\s*(?:(?:so|and|ok|okay),? )?(?:which|what) ((?:[a-z]+ ){0,2}?)([a-z]+s) (are|were|is|was|got|get|have been|had been) ((?:still |currently |now )?[a-z].*?)\s*[?.!]*\s*$/i.exec(
      asked,
    );
  if (!match || !vocabulary.rowNouns.has(stem((match[2] as string).toLowerCase()))) return asked;
  const rest = `${match[1] as string} ${match[4] as string}`.toLowerCase();
  // (Only rows picked by a value of the layer, "open", "on pro", "in canada": "which products are trending" is not.)
  if (
    saysA(rest, 'metric', vocabulary) ||
    !saysA(rest, 'value', vocabulary) ||
    /\d|%|\$|\b(?:most|least|top|bottom|best|worst|highest|lowest|biggest|smallest|largest|more|less|fewer|than|how|many|much|each|per|by|vs|versus|or|and|not|never|no|without)\b/.test(
      rest,
    )
  )
    return asked;
  return `list the ${match[1] as string}${match[2] as string} that ${match[3] as string} ${(match[4] as string).replace(/^(?:still|currently|now) /i, '')}`;
}

/**
 * "List customers in canada who spent over 500": the rows a condition picks are listed by their figure already, so
 * "list" adds nothing, and read beside a value it lost the rows (one total came back); only for a noun of the
 * layer's rows followed by "who/that/which" and a bound ("over 500", "at least 3").
 */
export function listPickedByCondition(asked: string, vocabulary: Vocabulary): string {
  const match =
    /^\s*(?:(?:can you |pls |please )?(?:list|show me|show|give me|pull up|get me))(?: all)? ((?:the |my |our )?(?:[a-z]+ ){0,2}?([a-z]+s)\b.*?\b(?:who|that|which|whose)\b.*\b(?:over|under|above|below|more than|less than|fewer than|at least|at most|between|exactly)\b.*\d.*)$/i.exec(
      asked,
    );
  if (!match || !vocabulary.rowNouns.has(stem((match[2] as string).toLowerCase()))) return asked;
  // ("List the paid orders that had more than $20 discounted": which of them, the rows, never their count.)
  return `which ${(match[1] as string).replace(/^(?:the|my|our) /i, '')}`;
}

/**
 * "The orders over $400 from last week pls", "the refunded invoices from june": the rows named, as a list, when
 * nothing asks for a figure of them (no "how many", "total", "revenue"…); only for a noun of the layer's rows.
 */
export function theRowsAsList(asked: string, vocabulary: Vocabulary): string {
  const match =
    /^\s*(?:the|all the|all my|all our) ((?:[a-z]+ ){0,2}?)([a-z]+s)\b|^\s*(?:every|every single|each) ((?:[a-z]+ ){0,2}?)([a-z]+)\b/i.exec(
      asked,
    );
  const noun = match?.[2] ?? match?.[4];
  if (!match || !noun || !vocabulary.rowNouns.has(stem(noun.toLowerCase()))) return asked;
  const figureWord = (word: string) =>
    vocabulary.phrases.get(stem(word))?.some((meaning) => meaning.type === 'metric' || meaning.type === 'keyword') ??
    false;
  // ("Every invoice we've sent sub_ac_04": what we did with the rows says which ones, never a figure of them.)
  const rest = asked
    .slice(match[0].length)
    .toLowerCase()
    .replace(/\b(?:we|i)(?:'ve| have| had)? [a-z]+\b/g, '');
  if (
    /\b(?:how|many|much|number|count|total|totals|sum|average|avg|mean|per|by|rate|share|percent|percentage|vs|versus|compared|worth|value|each|which|what|who)\b|%/.test(
      rest,
    ) ||
    (match[1] ?? match[3] ?? '').split(' ').some((word) => word !== '' && figureWord(word)) ||
    rest
      .split(/[^a-z]+/)
      .some((word) => word !== '' && vocabulary.phrases.get(stem(word))?.some((meaning) => meaning.type === 'metric'))
  )
    return asked;
  return `list ${asked.trim()}`;
}

/**
 * "What sold best", "what's selling the most", "what did cus_0465 buy": which of the layer's products, when it has
 * that word (never the figure's total, which names nothing).
 */
export function whatSoldAsProduct(asked: string, vocabulary: Vocabulary): string {
  if (!vocabulary.phrases.has(stem('products'))) return asked;
  // "What did cus_0465 buy", "what have canadian customers ordered": which products (never the money spent alone).
  const bought = asked.replace(
    /^\s*((?:and|so|ok|okay),? )?what (did|does|do|has|have) (?!(?:we|i|you|us)\b)((?:[a-z0-9_']+ ){1,4}?)(buy|bought|order|ordered|purchase|purchased|pick up|picked up)\b(?! (?:for|with|in total|altogether)\b)/i,
    (_, lead: string | undefined, verb: string, who: string, did: string) =>
      `${lead ?? ''}which products ${verb} ${who}${did}`,
  );
  if (bought !== asked) return bought;
  // "List everything we sell under the home category": the products themselves.
  const everything = asked.replace(
    /\b(?:everything|every (?:thing|item|product)|all (?:the )?(?:things|items|stuff)|whatever) (?:that )?(?:we|i) (?:sell|stock|carry|offer)\b/i,
    'all products',
  );
  if (everything !== asked) return everything;
  return asked.replace(
    /^\s*((?:and|so|ok|okay),? )?what(?:s|'s| is| was| has| are)? (?:sold|sells|selling|been selling) (?:(?:the )?(?:best|most)|well)?\b/i,
    // ("What's selling": a few of them; "what sold best": the one.)
    (whole, lead: string | undefined) =>
      /\b(?:best|most)\b/i.test(whole)
        ? `${lead ?? ''}which product sold the most`
        : `${lead ?? ''}top selling products`,
  );
}

/**
 * "List all products in beauty with their prices", "show the beauty products and their prices": each row's figure
 * ("prices by product in beauty"), never one figure for all of them; only for a noun of the layer's rows.
 */
export function listedWithTheir(asked: string, vocabulary: Vocabulary): string {
  const match =
    /^\s*(?:(?:can you |could you |pls |please )?(?:list|show(?: me)?|give me|get me)) (?:all |every )?(?:of )?(?:the |my |our )?(.+?),? (?:with|and|along with|plus) (?:their|its|each one'?s|the) ([a-z]+(?: [a-z]+){0,3})\s*[?.!]*$/i.exec(
      asked,
    );
  if (!match) return asked;
  const rows = (match[1] as string).split(' ');
  const at = rows.findIndex((word) => /s$/.test(word) && vocabulary.rowNouns.has(stem(word.toLowerCase())));
  if (at < 0) return asked;
  const noun = (rows[at] as string).replace(/s$/, '');
  const rest = rows.filter((_, position) => position !== at).join(' ');
  return `${match[2] as string} by ${noun}${rest === '' ? '' : ` ${rest}`}`;
}

/**
 * "Which caption got the most likes", "captions of my top 5 reels", "what's my best caption": a row's free text
 * (a dimension's `textDetail`, here the post's caption) asked for in the row's place: the rows themselves, whose
 * answers show that text first. Any layer: the word is the detail's name after its dimension's ("post_caption").
 */
export function textAsRows(asked: string, index: LayerIndex): string {
  return textRewrites(index).reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), asked);
}

/** The rewrites of `textAsRows` for a layer, built once per layer (they run on every question). */
const TEXT_REWRITES = new WeakMap<object, readonly (readonly [RegExp, string])[]>();

function textRewrites(index: LayerIndex): readonly (readonly [RegExp, string])[] {
  const known = TEXT_REWRITES.get(index.layer);
  if (known) return known;
  const rewrites = index.layer.dimensions.flatMap((dimension) => {
    const detail = dimension.textDetail;
    const word = detail?.replace(new RegExp(`^${dimension.name}_`), '').replace(/_/g, ' ');
    if (detail === undefined || word === undefined || word === detail || word === '') return [];
    const noun = rowNoun(dimension);
    return [
      [new RegExp(`\\b(which|what) ${word}s?\\b`, 'gi'), `$1 ${noun}`],
      [new RegExp(`\\b(?:the )?${word}s? (?:of|on|for|from) (?=(?:my|our|the|each|every|all)\\b)`, 'gi'), ''],
      [new RegExp(`\\b(my|our|the) (best|top|worst|most [a-z]+) ${word}s?\\b`, 'gi'), `$1 $2 ${noun}`],
    ] as const;
  });
  TEXT_REWRITES.set(index.layer, rewrites);
  return rewrites;
}

/**
 * "Billing by ISO week", "invoices raised last week (mon-sun)", "which Monday-to-Sunday week": the layer's weeks, when
 * they start on the day said (ISO weeks start on Monday). Weeks said to start on another day are declined
 * (`otherWeeksSaid`).
 */
export function layerWeeks(asked: string, weekStart: 'monday' | 'sunday'): string {
  const [after, before] = WEEKS_SAID[weekStart];
  const named = weekStart === 'monday' ? asked.replace(/\biso[- ]?(weeks?)\b/gi, '$1') : asked;
  return named.replace(after, '$1').replace(before, '$1');
}

const TO = String.raw`(?:\s*[-–]\s*|\s*[-–]?\s*(?:to|thru|through|till|until)\s*[-–]?\s*)`;
const WEEK_DAYS = {
  monday: String.raw`(?:mon|monday)${TO}(?:sun|sunday)`,
  sunday: String.raw`(?:sun|sunday)${TO}(?:sat|saturday)`,
} as const;

/** "Week (mon-sun)", "Monday-to-Sunday week": weeks said with the days they run, after or before the word. */
const WEEKS_SAID = {
  monday: weeksRunning('monday'),
  sunday: weeksRunning('sunday'),
} as const;

function weeksRunning(start: 'monday' | 'sunday'): readonly [RegExp, RegExp] {
  return [
    new RegExp(String.raw`\b(weeks?)\s*(?:,\s*)?\(?${WEEK_DAYS[start]}\)?(?=\W|$)`, 'gi'),
    new RegExp(String.raw`\b${WEEK_DAYS[start]}\s*(weeks?)\b`, 'gi'),
  ];
}

/**
 * "Which Monday-to-Sunday week", "by week (mon-sun)" asked of a layer whose weeks start on Sunday: weeks the data is
 * not split by, as typed; null when the question says no such weeks.
 */
export function otherWeeksSaid(asked: string, weekStart: 'monday' | 'sunday'): string | null {
  const [after, before] = WEEKS_SAID[weekStart === 'monday' ? 'sunday' : 'monday'];
  return (asked.match(after) ?? asked.match(before))?.[0] ?? null;
}

/**
 * "Which plan is most popular", "which tier is the most common": a trait of the layer's people is most popular by
 * how many people have it, when the layer has one table of people and the trait is theirs.
 */
export function popularAsPeople(asked: string, vocabulary: Vocabulary, index: LayerIndex): string {
  const people = vocabulary.people;
  if (people === null) return asked;
  return asked.replace(
    /\bwhich ([a-z]+(?: [a-z]+)?) (?:is|was|are|were) (?:the )?(most|least) (?:popular|common|frequent|usual|chosen|picked)\b/gi,
    (whole, trait: string, most: string) => {
      const [meaning] = vocabulary.phrases.get(trait.toLowerCase().split(' ').map(stem).join(' ')) ?? [];
      const dimension = meaning?.type === 'dimension' ? index.dimension(meaning.name) : undefined;
      const table = index.layer.tables.find((candidate) => candidate.name === dimension?.table);
      const theirs =
        table !== undefined &&
        [table.name, ...table.synonyms].some((noun) => stem(noun.toLowerCase()) === stem(people));
      return theirs ? `which ${trait} has the ${most.toLowerCase()} ${people}` : whole;
    },
  );
}

/** "Folks who started a subscription", "opened an account": who signed up. */
export function startedAsSignedUp(asked: string, vocabulary: Vocabulary): string {
  if (vocabulary.people === null) return asked;
  return asked.replace(
    /\b(?:start|started|starting|starts|begin|began|begun|took out|take out|opened|open|opens|opening) (?:a |an |their |new |up )?(?:subscription|account|membership)s?\b/gi,
    'signed up',
  );
}

const keptCache = new WeakMap<SemanticLayer, RegExp | null>();

/**
 * The layer's own words (its figures', things' and values' labels and synonyms) that the generic spellings would
 * rewrite into words the layer reads otherwise, as one pattern: "freight" for a layer with a freight figure stays
 * "freight", never the "shipping" the spellings make of it for other layers. Built once per layer.
 */
export function layerPhrasesKept(layer: SemanticLayer): RegExp | null {
  const known = keptCache.get(layer);
  if (known !== undefined) return known;
  const phrases = [
    ...layer.metrics.flatMap((metric) => [metric.label, ...metric.synonyms]),
    ...layer.dimensions.flatMap((dimension) => [
      dimension.label,
      dimension.plural,
      ...dimension.synonyms,
      ...dimension.values.flatMap((value) => [value.label, ...value.synonyms]),
    ]),
  ];
  // (Only where the spelled words mean less than the layer's: "postage" spelled "shipping" is the same figure, and
  // "outstanding" spelled "unpaid amount" says more of it.)
  const vocabulary = vocabularyOf(layer);
  const meanings = (text: string) =>
    new Set(
      read(text.replace(/%/g, ' percentage '), '2000-01-01', vocabulary).items.flatMap((item) =>
        item.meanings.map((meaning) => JSON.stringify(meaning)),
      ),
    );
  const kept = phrasesSpellingsRewrite(phrases, (phrase, spelled) => {
    const spelledMeanings = meanings(spelled);
    return [...meanings(phrase)].some((meaning) => !spelledMeanings.has(meaning));
  });
  keptCache.set(layer, kept);
  return kept;
}

/**
 * "Which accessories launched in 2025", "list accessories added in 2025": a value of some rows' own table, said with
 * a verb of their arrival, is those rows new in that time ("accessories products added"), where the layer counts
 * their new rows; never the value alone with the verb dropped (accessories' revenue in 2025).
 */
export function valueRowsAdded(asked: string, vocabulary: Vocabulary, index: LayerIndex): string {
  const rowsOf = (table: string | undefined) =>
    table === undefined || creationColumn(index.layer, table) === null
      ? undefined
      : index.dimension(entityOfTable(index.layer, table) ?? '');
  return asked.replace(
    /\b((?:[a-z]+ ){0,2}[a-z]+) (?:(?:were|was|got|have been|has been) )?(added|created|launched|introduced|released|listed)\b/gi,
    (whole: string, said: string, verb: string) => {
      const words = said.split(' ');
      for (let from = 0; from < words.length; from += 1) {
        const phrase = words.slice(from).join(' ');
        const meanings = vocabulary.phrases.get(phrase.toLowerCase().split(' ').map(stem).join(' ')) ?? [];
        const before = words.slice(0, from).join(' ');
        // ("Home products were added": the rows themselves, said with their arrival.)
        const thing = meanings.find((meaning) => meaning.type === 'dimension');
        if (thing?.type === 'dimension' && rowsOf(index.dimension(thing.name)?.table)?.name === thing.name)
          return `${said} ${verb}`;
        if (meanings.length === 0 || meanings.some((meaning) => meaning.type !== 'value')) continue;
        const value = meanings[0];
        const rows = value?.type === 'value' ? rowsOf(index.dimension(value.dimension)?.table) : undefined;
        if (rows === undefined) return whole;
        return `${before ? `${before} ` : ''}${phrase} ${rows.plural.toLowerCase()} ${verb}`;
      }
      return whole;
    },
  );
}
