import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import type { SemanticLayer } from '../semantic-layer.js';
import { entityOfTable, singular } from '../layer-words.js';
import { escapeRegExp } from './ambiguity.js';
import { layerWords } from './layer-vocabulary.js';

/**
 * The offline parser's vocabulary, built from a semantic layer: every metric, dimension and value name and
 * synonym as a phrase of word stems, plus the parser's own keywords. Words a question uses that are not in
 * it are corrected to the nearest vocabulary word when they are a small typo away ("revnue" → "revenue").
 */

export type Meaning =
  | { readonly type: 'metric'; readonly name: string }
  | { readonly type: 'dimension'; readonly name: string }
  | { readonly type: 'value'; readonly dimension: string; readonly value: string }
  /** A noun for the rows of a table ("customers" for subscribers): known, but it names no figure by itself. */
  | { readonly type: 'table'; readonly name: string }
  | { readonly type: 'keyword'; readonly key: Keyword };

export type Keyword =
  | 'desc'
  | 'asc'
  | 'by'
  | 'vs'
  | 'count'
  | 'average'
  | 'grain_day'
  | 'grain_week'
  | 'grain_month'
  | 'grain_quarter'
  | 'grain_year'
  | 'over_time'
  | 'change'
  | 'yoy'
  | 'perform'
  | 'not'
  | 'only'
  | 'all'
  | 'instead'
  | 'breakdown'
  | 'show'
  | 'which'
  | 'more'
  | 'and'
  | 'other_users'
  | 'personal'
  | 'why'
  | 'write'
  | 'greeting'
  | 'thanks'
  | 'help';

/**
 * Words that rank things by how good they are without naming the figure ("most loyal", "went viral", "faster"):
 * ranking words (desc) that leave the figure to the asker, who is asked which.
 */
/**
 * Words that put one thing ahead of the others by how good it is, not by a size ("healthiest", "the better bet"):
 * a ranking, downwards, by a figure the asker has not named, where lower is better for figures that say so.
 */
export const AHEAD_WORDS: readonly string[] = [
  'winning',
  'winner',
  'healthiest',
  'ahead',
  'in the lead',
  'out in front',
  'best bet',
  'better bet',
  'safer bet',
  'safest bet',
  'thriving',
  'taking off',
  'killing it',
  'crushing it',
  'on fire',
  'standout',
  'breakout',
];

/** Words that put one thing behind the others by how poorly it does ("struggling", "the duds"): the other way. */
export const BEHIND_WORDS: readonly string[] = [
  'struggling',
  'lagging',
  'lagging behind',
  'falling behind',
  'flopped',
  'flopping',
  'flops',
  'dud',
  'duds',
  'laggard',
  'laggards',
  'underwhelming',
];

export const JUDGING_WORDS: readonly string[] = [
  'most loyal',
  'loyal',
  'loyalest',
  'most viral',
  'viral',
  'went viral',
  'stronger',
  'matter most',
  'matters most',
  'most important',
  'most valuable',
  'more valuable',
  'faster',
  'fastest',
  'quicker',
  'quickest',
  'go viral',
  'gone viral',
];

const KEYWORDS: Record<Keyword, readonly string[]> = {
  desc: [
    'top',
    'best',
    'highest',
    'most',
    'biggest',
    'largest',
    'greatest',
    'leading',
    'strongest',
    'max',
    'maximum',
    'peak',
    'record',
    'descending',
    'highest first',
    'largest first',
    'biggest first',
    'strongest first',
    'best first',
    'most first',
    'high to low',
    'best performing',
    'top performing',
    'highest performing',
    'the most',
    'most popular',
    'popular',
    ...JUDGING_WORDS,
    'hottest',
    'star',
    ...AHEAD_WORDS,
    'strongest performing',
    'busiest',
    'best ever',
  ],
  asc: [
    'bottom',
    'worst',
    'lowest',
    'least',
    'fewest',
    'smallest',
    'weakest',
    'min',
    'minimum',
    'poorest',
    'worst performing',
    'lowest performing',
    'least popular',
    'underperforming',
    'slowest',
    'quietest',
    ...BEHIND_WORDS,
    'ascending',
    'lowest first',
    'smallest first',
    'weakest first',
    'worst first',
    'fewest first',
    'least first',
    'low to high',
  ],
  by: [
    'by',
    'per',
    'for each',
    'for every',
    'each',
    'every',
    'across',
    'split by',
    'cut by',
    'sliced by',
    'broken down by',
    'break down by',
    'grouped by',
    'group by',
    'segmented by',
    'broken out by',
    'spread across',
    'spread over',
    'distributed across',
    'for all',
    'in each',
    'on each',
    'among',
  ],
  vs: [
    'vs',
    'v',
    'versus',
    'compared to',
    'compared with',
    'compare',
    'comparing',
    'comparison',
    'against',
    'or',
    'than',
    'relative to',
  ],
  count: ['how many', 'number of', 'count of', 'count', 'total number of', 'amount of', 'how much'],
  average: ['average', 'avg', 'mean', 'typical', 'on average'],
  // "by day" is the `by` keyword then a grain, so "by day of week" can still match the longer phrase.
  grain_day: ['daily', 'day by day', 'day', 'days', 'date'],
  grain_week: ['weekly', 'week by week', 'week over week', 'wow', 'week', 'weeks'],
  grain_month: ['monthly', 'month by month', 'month over month', 'mom', 'month', 'months'],
  grain_quarter: ['quarterly', 'quarter over quarter', 'qoq', 'quarter', 'quarters'],
  grain_year: ['yearly', 'annual', 'annually', 'year', 'years'],
  over_time: [
    'over time',
    'trend',
    'trends',
    'trending',
    'trend line',
    'time series',
    'timeline',
    'evolution',
    'evolve',
    'evolved',
    'history',
    'historical',
    'progression',
    'chart',
    'graph',
    'plot',
  ],
  change: [
    'change',
    'changed',
    'changes',
    'growth',
    'grow',
    'growing',
    'grew',
    'grown',
    'increase',
    'increased',
    'decrease',
    'decreased',
    'drop',
    'dropped',
    'dropping',
    'decline',
    'declined',
    'declining',
    'slipping',
    'sliding',
    'slumping',
    'tanking',
    'shrinking',
    'slowing',
    'slowing down',
    'slowed down',
    'picking up',
    'picked up',
    'speeding up',
    'accelerating',
    'cooling off',
    'cooling down',
    'difference',
    'delta',
    'up or down',
    'better or worse',
    'worse or better',
    'improving',
    'improved',
    'worsening',
    'worsened',
    'got better',
    'got worse',
    'rise',
    'rose',
    'risen',
    'rising',
    'fall',
    'fell',
    'fallen',
    'falling',
    'go up',
    'goes up',
    'went up',
    'gone up',
    'going up',
    'go down',
    'goes down',
    'went down',
    'gone down',
    'going down',
    'jump',
    'jumped',
    'dip',
    'dipped',
    'climb',
    'climbed',
    'shrink',
    'shrank',
    'shrunk',
  ],
  yoy: [
    'yoy',
    'year over year',
    'year on year',
    'vs the same period last year',
    'compared to the same period last year',
    'same period last year',
  ],
  perform: [
    'perform',
    'performing',
    'performed',
    'performance',
    'did well',
    'doing well',
    'do well',
    'doing',
    'going',
    'shaping up',
    'shape up',
    'holding up',
    'stack up',
    'results',
    'numbers',
    'stats',
    'a good',
    'a bad',
    'good for',
    'bad for',
    'doing good',
    'healthy',
    'health',
    'pulling its weight',
    'pulling their weight',
    'pull its weight',
    'pull their weight',
    'success',
    'a success',
    'successful',
    'a hit',
    'a flop',
    'strong',
    'weak',
    'pay off',
    'paid off',
    'worth it',
    'worth the effort',
    'worth the time',
    'any good',
    'go well',
    'went well',
    'going well',
    'gone well',
    'heading in the right direction',
    'headed in the right direction',
    'going in the right direction',
    'right direction',
    'worth to us',
    'worth to me',
    'worth to the business',
    'wrong direction',
    'on track',
    'traction',
    'gaining traction',
    'good shape',
    'better shape',
    'worse shape',
    'bad shape',
    'treating me',
    'treating us',
    'treated me',
    'treated us',
    'move the needle',
    'moved the needle',
    'moving the needle',
    'fare',
    'fared',
    'faring',
    'a read on',
    'a pulse on',
    'matters',
    'mattered',
    'matter',
    'double down on',
    'doubling down on',
    'underperform',
    'underperforms',
    'underperformed',
    'underperforming',
    'underperformers',
    'land',
    'landed',
    'resonate',
    'resonated',
    'resonating',
    'struggle',
    'struggled',
    'struggling',
  ],
  not: [
    'not',
    'excluding',
    'exclude',
    'except',
    'other than',
    'without',
    'besides',
    'apart from',
    'minus',
    'ignoring',
    'non',
  ],
  only: ['only', 'just', 'solely', 'exclusively', 'filter to', 'limit to', 'restrict to', 'narrow to'],
  all: [
    'all',
    'any',
    'every single',
    'whatever',
    'regardless of',
    'irrespective of',
    'no matter the',
    'no matter what',
  ],
  instead: ['instead', 'rather', 'switch to', 'change to', 'swap', 'what about', 'how about'],
  breakdown: [
    'break down',
    'break that down',
    'break it down',
    'breakdown',
    'mix',
    'split',
    'split out',
    'separately',
    'individually',
    'broken out',
    'broken down',
    'divide',
    'divides',
    'segment',
    'drill down',
    'drill into',
    'dice',
  ],
  show: [
    'show',
    'list',
    'give',
    'display',
    'return',
    'see',
    'get',
    'pull',
    'find',
    'fetch',
    'limit',
    'rank',
    'ranked',
    'ranking',
    'sort',
    'sorted',
  ],
  which: ['which', 'what', 'who'],
  more: [
    'more',
    'better',
    'higher',
    'bigger',
    'larger',
    'outperform',
    'outperformed',
    'beat',
    'win',
    'wins',
    'less',
    'fewer',
    'lower',
    'worse',
  ],
  // "What about" / "how about" start follow-ups; as "and" they do not ask "which" about the next noun.
  and: [
    'and',
    'plus',
    'as well as',
    'along with',
    'together with',
    'what about',
    'how about',
    'same for',
    'same thing for',
  ],
  other_users: [
    'other user',
    'other users',
    'another user',
    'all users',
    'every user',
    'users',
    'user',
    'other merchant',
    'other merchants',
    'merchants',
    'other store',
    'other stores',
    'other shop',
    'other shops',
    'competitor',
    'competitors',
    'competition',
    'other account',
    'other accounts',
    'tenant',
    'tenants',
    'other tenant',
    'everyone',
    'other people',
    'other brands',
    'industry',
    'industry average',
    'benchmark',
    'benchmarks',
    'someone else',
    'other businesses',
    'user id',
    'userid',
  ],
  personal: [
    'customer email',
    'customer emails',
    'email address',
    'email addresses',
    'password',
    'passwords',
    'phone number',
    'phone numbers',
    'home address',
    'personal data',
  ],
  why: [
    'why',
    'reason',
    'reasons',
    'cause',
    'caused',
    'because',
    'explain',
    'should i',
    'recommend',
    'advice',
    'strategy',
    'improve',
    'optimize',
  ],
  write: [
    'delete',
    'drop table',
    'drop database',
    'truncate',
    'insert',
    'update',
    'alter',
    'create table',
    // ("Leo Grant no show rate": a name; granting is said with what is granted.)
    'grant access',
    'grant all',
    'grant select',
    'grant permission',
    'grant permissions',
    'grant privileges',
    'remove',
    'erase',
    'wipe',
    'modify',
    'add a',
    'set the',
    'refund the order',
    'refund this order',
    'refund that order',
    'issue a refund',
    'cancel the order',
    'cancel this order',
    'cancel that order',
    'send',
    'email me',
    'post this',
    'schedule',
    'publish a',
  ],
  greeting: [
    'hi',
    'hello',
    'hey',
    'hiya',
    'howdy',
    'yo',
    'good morning',
    'good afternoon',
    'good evening',
    'greetings',
    'sup',
    'whats up',
  ],
  thanks: ['thanks', 'thank you', 'thx', 'cheers', 'great', 'awesome', 'cool', 'ok', 'okay', 'nice', 'perfect'],
  help: [
    'help',
    'what can you do',
    'what can i ask',
    'what do you know',
    'how does this work',
    'how do i use this',
    'examples',
    'example questions',
    'what questions',
    'what should i ask',
    'capabilities',
    'who are you',
    'what are you',
    'what data',
    'what data do you have',
    'which data',
    'what can you answer',
    'what do you have',
    'what metrics',
    'what can i see',
    'how do you work',
    'getting started',
  ],
};

/**
 * Words that carry no meaning for the plan ("show me my", "please", "in"). They are never typo-corrected
 * targets and never count as unknown.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the of in on at for to from into onto about is are am was were be been being do does did done doing have
  has had having my our me i we you your it its that these those this there here their they them he she his her
  what whats how much many please can could would will should shall may might must let lets s d ll re ve
  m t tell know want need wanna see look looking check give get got getting gets make show showing shown
  some so far as well also just then now right currently current exactly roughly approximately overall total
  totals sum combined altogether together entire whole numbers number figures figure stats statistics metrics metric kpi
  kpis data info information report reporting summary overview amount level levels store shop
  business company brand account site online generate generated generating bring brought in come came coming
  receive received happen happened go went did thing things stuff lot lots bit really very pretty quite one ones
  same again up down out off over under between among per via through across during within while since
  until till before after period periods result results figure breakdown bought buy buys buying
  purchased ordered placed something anything given spent spend spends made drive drives drove driven driving brought
  generates generating
  compare compared comparison versus vs side basis volume any all each every both either neither own
  mine ours yours whose whom who which what why if whether than actually basically literally kindly hey
  want wanted tell telling find finding found get pull list listing display displaying
  see seeing give giving or and with by not yes ok okay the gross net real actual
  overall global grand sorted rank ranked ranking sort table chart graph plot visualize
  visualise so far yet still ever just collect collected collecting catalog catalogue include included anyone anybody someone somebody
  place places placing pls plz sent distinct different unique purchasing gotten carry put
  includes contain contains contained containing too dated`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * "Subscribers from AT", "signups in IN": a value's code that is also an everyday word names the value only as the
 * layer spells it (in capitals), said by its label before the question is read.
 */
export function codesAsTyped(asked: string, layer: SemanticLayer): string {
  let text = asked;
  for (const dimension of layer.dimensions)
    for (const value of dimension.values)
      if (codeIsAWord(value.value) && value.value !== value.value.toLowerCase())
        text = text.replace(new RegExp(`\\b${escapeRegExp(value.value)}\\b`, 'g'), value.label);
  return text;
}

/** A value's code that is a word every question may hold ("in", "at", "it", "be", "no"). */
function codeIsAWord(code: string): boolean {
  const said = code.toLowerCase();
  return said.length <= 4 && (STOPWORDS.has(said) || /^(?:be|no|so|us|id|ie|eg)$/.test(said));
}

/** True when the word means something to the reading: a word of the layer, a stopword or a word of time. */
export function knownWord(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.stems.has(stem(word)) || STOPWORDS.has(word) || TIME_WORDS.includes(word);
}

/** True when the phrase ("pro", "emea pro") names only values of the layer ("Pro" of plan), nothing else. */
export function onlyValues(vocabulary: Vocabulary, phrase: string): boolean {
  return (
    vocabulary.phrases.get(phrase.split(' ').map(stem).join(' '))?.every((meaning) => meaning.type === 'value') ?? false
  );
}

/** Lowercase word stems: plural and possessive endings removed, so "posts", "post's" and "post" agree. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Splits normalized text into words (letters and digits). */
export function words(text: string): string[] {
  return text.split(/[^a-z0-9_]+/).filter((word) => word !== '');
}

export interface Vocabulary {
  /** Phrase (stems joined by spaces) → its meanings, in layer order. */
  readonly phrases: ReadonlyMap<string, readonly Meaning[]>;
  readonly longestPhrase: number;
  /** Every stem that occurs in a phrase. */
  readonly stems: ReadonlySet<string>;
  /** The targets of typo correction: words of the layer and of the core keywords, not every filler phrase. */
  readonly stemList: readonly string[];
  readonly targets: ReadonlySet<string>;
  /** A metric's verb as typed ("bill" for billed) → that metric, preferred over a noun spelled alike ("bills"). */
  readonly verbs: ReadonlyMap<string, string>;
  /** Words the layer makes harmless (the event of a time column: "issued"); neither corrected nor unknown. */
  readonly fillers: ReadonlySet<string>;
  /** The layer's ratios said by their two parts ("discounts as a % of subtotal"), each to its label. */
  readonly ratios: readonly { readonly label: string; readonly pattern: RegExp }[];
  /** What "people" means in this layer: the plural noun of its one table of people, or null. */
  readonly people: string | null;
  /** What people spend ("customers by spend"): the layer's first amount metric, or null. */
  readonly spending: string | null;
  /**
   * A one-word value (stem) → the noun of the rows it picks, when all its meanings pick rows of one thing
   * ("video" → "post"): "likes per video" is per post, among videos.
   */
  readonly valueRows: ReadonlyMap<string, string>;
  /** The stems of the nouns for a table's rows ("invoice", "subscriber"), whatever else they mean. */
  readonly rowNouns: ReadonlySet<string>;
  /** The stems of the nouns of the things values pick ("post", "customer"): `valueRows`' nouns. */
  readonly valueRowNouns: ReadonlySet<string>;
  /**
   * The stem of a last word that two values or more of one dimension are named with (their own labels, never a
   * synonym such as "online shop") → those labels as phrases: "shop" → "instagram shop", "tiktok shop".
   */
  readonly labelsEndingIn: ReadonlyMap<string, readonly string[]>;
}

/**
 * Words of analytics that are never a typo of another word, though rarer than the common words below: a layer
 * without them has no such figure ("clicks" is not "clips").
 */
const ANALYTICS_TERMS: ReadonlySet<string> = new Set(
  `click clicks clickthrough clickthroughs ctr session sessions visit visits visitor visitors traffic pageview
  pageviews bounce bounces conversion conversions ads advert adverts campaign campaigns lead leads churn churned
  mrr arr ltv cac roas cpc cpm cpa tax taxes vat fee fees payout payouts chargeback chargebacks inventory stock
  restock follower followers unfollows opens unsubscribes subscribers signups installs downloads`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * How many of the most frequent English words count as real words. Enough to protect "median", "weather",
 * "stock" or "inventory" from being read as vocabulary; few enough that rare spellings ("mont", "sails",
 * "reals") stay correctable typos.
 */
const COMMON_WORDS = 12_000;

interface PopularWords {
  readonly words: { getMostPopular(count: number): string[] };
}

let english: ReadonlySet<string> | null = null;

function commonWords(module: PopularWords): ReadonlySet<string> {
  return new Set(module.words.getMostPopular(COMMON_WORDS));
}

/** The common English words, loaded on the first unknown word if the background load has not finished. */
function englishWords(): ReadonlySet<string> {
  english ??= commonWords(createRequire(import.meta.url)('popular-english-words') as PopularWords);
  return english;
}

/** Starts loading the word list in the background, so the first question with a typo does not wait for it. */
function preloadEnglishWords(): void {
  if (english !== null) return;
  import('popular-english-words').then(
    (module: PopularWords) => {
      english ??= commonWords(module);
    },
    () => undefined,
  );
}

/** Words of time expressions, so "last mnth" is read as "last month" before dates are parsed. */
export const TIME_WORDS: readonly string[] = [
  'last',
  'this',
  'past',
  'previous',
  'since',
  'between',
  'yesterday',
  'today',
  'week',
  'weeks',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'days',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Words for money coming in: the layer's one amount metric, when it has exactly one ("how much did pro bring in"). */
const MONEY_WORDS: readonly string[] = [
  'money',
  'bring in',
  'brought in',
  'bringing in',
  'take in',
  'took in',
  'pull in',
  'pulled in',
  'rake in',
  'raked in',
  'earn',
  'earned',
  'make',
  'made',
  'charge',
  'charged',
  'dollars',
  // "How did we do yday in $" (the sign read as "amount"): the money, as a word of its own.
  'amount',
];

/** Keywords worth correcting typos towards; the rest are common words a typo would only distort. */
const CORRECTABLE: ReadonlySet<Keyword> = new Set([
  'which',
  'vs',
  'desc',
  'asc',
  'average',
  'grain_day',
  'grain_week',
  'grain_month',
  'grain_quarter',
  'grain_year',
  'over_time',
  'count',
]);

const vocabularies = new WeakMap<SemanticLayer, Vocabulary>();

/**
 * A ratio the layer defines by its parts ("Discounts / subtotal over paid orders", "Σ engagement / Σ reach"), said
 * by them: "discounts as a % of subtotal", "engagement over reach", "discounting on the insta shop in nov as a share
 * of subtotal", "what proportion of the order subtotal went on discounts". Each pattern matches the two parts with the
 * words between them (a filter, a period) kept; the parts must be plain words of the description, so a definition
 * written otherwise makes no pattern.
 */
function ratiosByTheirParts(layer: SemanticLayer): readonly { readonly label: string; readonly pattern: RegExp }[] {
  const forms = (part: string) => {
    const said = part
      .toLowerCase()
      .replace(/[σ∑]/g, ' ')
      .replace(/^\s*(?:all|every|total)\s+/, '')
      .trim();
    if (!/^[a-z]+(?: [a-z]+){0,2}$/.test(said)) return null;
    return said
      .split(' ')
      .map((word) => `${escapeRegExp(stem(word).replace(/e$/, ''))}[a-z]{0,4}`)
      .join(' ');
  };
  const ratios: { label: string; pattern: RegExp }[] = [];
  for (const metric of layer.metrics) {
    const parts = /^\s*([^/]+?)\s*\/\s*([^/,.()]+?)(?:,?\s+(?:over|of|among|across|per)\b[^/]*)?\.?\s*$/i.exec(
      metric.description,
    );
    const numerator = parts ? forms(parts[1] as string) : null;
    const denominator = parts ? forms(parts[2] as string) : null;
    if (numerator === null || denominator === null) continue;
    ratios.push({
      label: metric.label.toLowerCase(),
      pattern: new RegExp(
        // (The words between, a filter or a period, only before a phrase that says a ratio: "over", "per" and "to"
        // join the two parts said side by side.)
        `\\b(?:the )?${numerator}\\b(?:((?: [a-z0-9]+){0,8}?) (?:as an? (?:%|percentage|percent|share|fraction|proportion|ratio|part) of|relative to|divided by)| (?:over|per|to)) (?:the |our |my |all )?(?:total )?${denominator}\\b` +
          // (Said the other way round: the whole, then what part of it went on the other.)
          `|\\b(?:what |the )?(?:%|percentage|percent|share|fraction|proportion|part) of (?:the |our |my |all )?(?:total )?(?:[a-z]+ )?${denominator} (?:went|goes|go|was spent|were spent|is spent|was|were|is) (?:on|to|in|as|into) (?:the )?${numerator}\\b`,
        'gi',
      ),
    });
  }
  return ratios;
}

/** See `Vocabulary.labelsEndingIn`: read once per layer, never per question. */
function labelsEndingIn(layer: SemanticLayer): ReadonlyMap<string, readonly string[]> {
  const byLastWord = new Map<string, string[]>();
  for (const dimension of layer.dimensions) {
    const own = new Map<string, string[]>();
    for (const value of dimension.values) {
      const words = value.label.toLowerCase().split(/\s+/).map(stem);
      const last = words.at(-1);
      if (words.length < 2 || last === undefined) continue;
      own.set(last, [...(own.get(last) ?? []), words.join(' ')]);
    }
    for (const [last, labels] of own) if (labels.length > 1 && !byLastWord.has(last)) byLastWord.set(last, labels);
  }
  return byLastWord;
}

/** Dimensions whose values are places (countries, regions, markets…), named by their people too. */
export const PLACE =
  /\b(?:country|countries|region|regions|market|markets|continent|territory|state|city|location|geo)\b/i;

/** The adjectives a place's name may have ("america" → american, "europe" → european, "italy" → italian). */
function demonyms(name: string): string[] {
  if (!/^[a-z]+$/.test(name)) return [];
  const base = name.endsWith('as') ? name.slice(0, -1) : name;
  const forms = base.endsWith('a')
    ? [`${base}n`]
    : base.endsWith('e')
      ? [`${base}an`]
      : base.endsWith('y')
        ? [base.slice(0, -1), `${base.slice(0, -1)}ian`]
        : [`${base}ian`, `${base}ese`];
  return forms.flatMap((form) => [form, `${form}s`]);
}

/** Builds (once per layer) the phrase table the parser matches against. */
/** Words that say a series' step ("revenue monthly") and may also be a value's name (a "Monthly" plan). */
export const GRAIN_ADJECTIVES = /^(?:daily|weekly|monthly|quarterly|yearly|annual|annually|hourly)$/i;

/**
 * "About to sell out", "ran out": stock, which "sell" alone does not say; read as one word nothing knows, unless the
 * layer names it ("Sold out", a listing's status), when that word is the layer's.
 */
export const SELL_OUT = /\b(?:sell|sells|selling|sold|run|runs|running|ran) out\b/g;

export function vocabularyOf(layer: SemanticLayer): Vocabulary {
  const cached = vocabularies.get(layer);
  if (cached) return cached;
  const phrases = new Map<string, Meaning[]>();
  // The words of each phrase as written, so a typo can be matched against "units" as well as its stem "unit".
  const rawWords = new Map<string, string[]>();
  const add = (phrase: string, meaning: Meaning, respell = true): void => {
    // ("Refund %": a percentage, never the word before it alone.)
    const raw = words(phrase.toLowerCase().replaceAll("'", '').replace(/%/g, ' percentage '));
    const key = raw.map(stem).join(' ');
    if (key === '') return;
    // "Average basket" is said "avg basket" too, and the other way round.
    const other = raw.includes('average') ? 'avg' : raw.includes('avg') ? 'average' : null;
    if (other !== null && respell) {
      add(raw.map((word) => (word === 'average' || word === 'avg' ? other : word)).join(' '), meaning, false);
    }
    // (The question's "sold out" is read as one word: the layer's too.)
    const joined = phrase.toLowerCase().replace(SELL_OUT, ' sellout ').trim();
    if (respell && joined !== phrase.toLowerCase().trim()) add(joined, meaning, false);
    rawWords.set(key, [...new Set([...(rawWords.get(key) ?? []), ...raw])]);
    const list = phrases.get(key) ?? [];
    if (!list.some((known) => JSON.stringify(known) === JSON.stringify(meaning))) list.push(meaning);
    phrases.set(key, list);
  };
  for (const metric of layer.metrics) {
    for (const phrase of [metric.name.replaceAll('_', ' '), metric.label, ...metric.synonyms]) {
      add(phrase, { type: 'metric', name: metric.name });
    }
  }
  const pastTenseVerbs: [string, Meaning][] = [];
  const implied = layerWords(layer, (word) => englishWords().has(word));
  // The nouns each table's rows are called by ("student", "lesson"), as stems, and the table.
  const tableNounStems = new Map(
    [...implied.tableNouns].map(([noun, table]) => [words(noun).map(stem).join(' '), table]),
  );
  for (const dimension of layer.dimensions) {
    for (const phrase of [
      dimension.name.replaceAll('_', ' '),
      dimension.label,
      dimension.plural,
      ...dimension.synonyms,
    ]) {
      add(phrase, { type: 'dimension', name: dimension.name });
    }
    // ("Paid on time" and "Paid late": a first word several labels share.)
    const firstWords = dimension.values.map((value) => value.label.toLowerCase().split(/\s+/)[0]);
    for (const value of dimension.values) {
      // Numeric codes ("5" for Friday) would swallow ordinary numbers; only words name a value.
      // A code that is an everyday word ("IN" for India, "AT", "BE", "IT") would read "subscribers in Germany" as
      // India; such a value is named by its label and synonyms only. So is a code that only starts labels of several
      // values ("paid" for "Paid on time", beside "Paid late"): it names none of them alone.
      const code = value.value.replaceAll('_', ' ').toLowerCase();
      const shared = code !== value.label.toLowerCase() && firstWords.filter((first) => first === code).length > 1;
      const names =
        /^\d+$/.test(value.value) || codeIsAWord(value.value) || shared
          ? [value.label, ...value.synonyms]
          : [value.value.replaceAll('_', ' '), value.label, ...value.synonyms];
      for (const phrase of names) {
        // ("How many students have we got" where lessons are cancelled by a "student": a value named like another
        // table's rows is that value only said with its dimension, "cancelled by student"; alone, the rows.)
        const rows = tableNounStems.get(words(phrase.toLowerCase()).map(stem).join(' '));
        if (rows !== undefined && rows !== dimension.table) {
          for (const said of [`${dimension.label} ${phrase}`, `${dimension.label} the ${phrase}`])
            add(said, { type: 'value', dimension: dimension.name, value: value.value });
          continue;
        }
        add(phrase, { type: 'value', dimension: dimension.name, value: value.value });
      }
      // "Monthly plan": a value named like a series' step, said with its dimension, is the value (never "by month").
      for (const phrase of names.filter((name) => GRAIN_ADJECTIVES.test(name)))
        add(`${phrase} ${dimension.label}`, { type: 'value', dimension: dimension.name, value: value.value });
      // "How much did we collect": a one-word value said as a verb in the past ("collected") names it in any tense.
      for (const said of value.synonyms) {
        const base = /^[a-z]{4,}ed$/.test(said) ? said.slice(0, -2) : null;
        for (const verb of base === null ? [] : [base, `${base}e`].filter((word) => englishWords().has(word)))
          pastTenseVerbs.push([verb, { type: 'value', dimension: dimension.name, value: value.value }]);
      }
    }
  }
  // (Once every dimension's own words are in: "stayed" of Completed says no "stays" where those are the bookings.)
  for (const [verb, meaning] of pastTenseVerbs) if (!phrases.has(stem(verb))) add(verb, meaning);
  // "Invoices by status": a dimension labelled after its table's rows ("Invoice status"), by the rest of its label,
  // where no other meaning has that word.
  for (const dimension of layer.dimensions) {
    const noun = dimension.table ? singular(dimension.table).replaceAll('_', ' ') : null;
    const label = dimension.label.toLowerCase();
    if (noun === null || !label.startsWith(`${noun} `)) continue;
    const rest = label.slice(noun.length + 1);
    if (/^[a-z]+$/.test(rest) && !phrases.has(stem(rest))) add(rest, { type: 'dimension', name: dimension.name });
  }
  // "Customer country", "customer acquisition channel", "order status": a column of a table named after the thing
  // its rows are about, one dimension (never "customer" and "country" as two breakdowns).
  for (const dimension of layer.dimensions) {
    const table = layer.tables.find((candidate) => candidate.name === dimension.table);
    const entity = table
      ? layer.dimensions.find((candidate) => candidate.name === entityOfTable(layer, table.name))
      : undefined;
    if (!table || !entity || entity === dimension) continue;
    const nouns = [entity.label, singular(table.name.replaceAll('_', ' '))].map((noun) => noun.toLowerCase());
    for (const noun of new Set(nouns)) {
      for (const phrase of [dimension.label, ...dimension.synonyms]) {
        const whole = `${noun} ${phrase.toLowerCase()}`;
        if (!phrase.toLowerCase().startsWith(noun) && !phrases.has(words(whole).map(stem).join(' ')))
          add(whole, { type: 'dimension', name: dimension.name });
      }
    }
  }
  // "New shoppers", "new clients": the count of a thing's new rows ("new customers") by any of the thing's names.
  for (const metric of layer.metrics) {
    for (const synonym of metric.synonyms) {
      const noun = /^new ([a-z]+)$/.exec(synonym.toLowerCase())?.[1];
      if (noun === undefined) continue;
      for (const meaning of phrases.get(stem(noun)) ?? []) {
        const thing = meaning.type === 'dimension' ? layer.dimensions.find((d) => d.name === meaning.name) : undefined;
        if (!thing) continue;
        for (const name of [thing.label, thing.plural, ...thing.synonyms]) {
          const phrase = `new ${name.toLowerCase()}`;
          if (name.includes(' ') || phrases.has(words(phrase).map(stem).join(' '))) continue;
          add(phrase, { type: 'metric', name: metric.name });
        }
      }
    }
  }
  // "Orders per buyer", "revenue per shopper": a metric per the thing its rows are about ("orders per customer")
  // said with any of that thing's one-word names. Only after "per", and only where the phrase is free.
  const things = new Map<string, readonly string[]>();
  for (const table of layer.tables) {
    const thing = layer.dimensions.find((dimension) => dimension.name === entityOfTable(layer, table.name));
    if (!thing) continue;
    // ("Items per basket": a one-word name of the table's rows, or of the count of them, names the thing too.)
    const counts = layer.metrics.filter((metric) => metric.table === table.name && metric.aggregation === 'count');
    const names = [
      thing.label,
      thing.plural,
      ...thing.synonyms,
      ...table.synonyms,
      ...counts.flatMap((m) => m.synonyms),
    ]
      .map((name) => name.toLowerCase())
      .filter((name) => /^[a-z]+$/.test(name));
    for (const name of names) things.set(stem(name), names);
  }
  for (const metric of layer.metrics) {
    for (const phrase of [metric.label, ...metric.synonyms]) {
      const raw = words(phrase.toLowerCase());
      if (raw.length < 2) continue;
      raw.forEach((word, at) => {
        if (raw[at - 1] !== 'per') return;
        for (const name of things.get(stem(word)) ?? []) {
          const other = [...raw.slice(0, at), name, ...raw.slice(at + 1)].join(' ');
          if (!phrases.has(words(other).map(stem).join(' '))) add(other, { type: 'metric', name: metric.name });
        }
      });
    }
  }
  // "Our American customers": a place's people, said as an adjective of the place's name.
  for (const dimension of layer.dimensions) {
    if (!PLACE.test(`${dimension.name} ${dimension.label}`)) continue;
    for (const value of dimension.values) {
      for (const name of [value.label, ...value.synonyms]) {
        for (const word of demonyms(name.toLowerCase()).filter((form) => englishWords().has(form))) {
          if (!phrases.has(stem(word))) add(word, { type: 'value', dimension: dimension.name, value: value.value });
        }
      }
    }
  }
  for (const [verb, metric] of implied.verbs) add(verb, { type: 'metric', name: metric });
  const unclaimed = (phrase: string) => !phrases.has(words(phrase).map(stem).join(' '));
  if (implied.money !== null) {
    for (const phrase of MONEY_WORDS) if (unclaimed(phrase)) add(phrase, { type: 'metric', name: implied.money });
    // "Invoice value": the money of the rows the noun names ("customer lifetime value" is no such thing, and stays
    // unknown).
    const moneyTable = layer.metrics.find((metric) => metric.name === implied.money)?.table;
    for (const [noun, table] of implied.tableNouns) {
      if (table !== moneyTable) continue;
      for (const phrase of [`${noun} value`, `${noun} values`, `value of the ${noun}`, `value of ${noun}`]) {
        if (!unclaimed(phrase)) continue;
        add(phrase, { type: 'metric', name: implied.money });
        // The rows stay named too: "the average invoice value" is per invoice.
        add(phrase, { type: 'table', name: table });
      }
    }
  }
  for (const [noun, table] of implied.tableNouns) {
    if (!unclaimed(noun)) continue;
    add(noun, { type: 'table', name: table });
    // ("Top 3 customers by spend" where "customers" is another word for the buyers table: its rows, ranked.)
    const entity = entityOfTable(layer, table);
    if (entity !== null) add(noun, { type: 'dimension', name: entity });
  }
  for (const [key, list] of Object.entries(KEYWORDS) as [Keyword, readonly string[]][]) {
    for (const phrase of list) {
      // ("Credit notes by reason" where the layer has a "reason" dimension: its word, never a question of why;
      // "revenue by industry" where its accounts have an industry: theirs, never a benchmark.)
      if (((key === 'why' && phrase !== 'why') || key === 'other_users') && !unclaimed(phrase)) continue;
      add(phrase, { type: 'keyword', key });
    }
  }
  // "Orders we ended up refunding", "how heavy was our discounting", "peak ordering hour": the gerund of a figure or a
  // value the layer names by a verb's participle ("refunded", "cancelled") or by a noun of a count or an amount
  // ("orders", "discounts"), where no other meaning has it. Only a name or a label, never a synonym: a synonym is
  // often a figure of speech whose gerund means something else ("returned" but "returning customers", "moved" but
  // "moving average").
  const gerund = (word: string) =>
    /ed$/.test(word) ? `${word.replace(/ied$/, 'y').replace(/ed$/, '')}ing` : `${word.replace(/([^e])e$/, '$1')}ing`;
  const named: [string, Meaning][] = [
    ...layer.dimensions.flatMap((dimension) =>
      dimension.values.flatMap((value) =>
        [...(codeIsAWord(value.value) ? [] : [value.value]), value.label].map((said): [string, Meaning] => [
          said.toLowerCase(),
          { type: 'value', dimension: dimension.name, value: value.value },
        ]),
      ),
    ),
    ...layer.metrics
      .filter((metric) => metric.aggregation === 'count' || metric.format === 'currency')
      .flatMap((metric) =>
        [metric.name, metric.label].map((said): [string, Meaning] => [
          stem(said.toLowerCase()),
          { type: 'metric', name: metric.name },
        ]),
      ),
  ];
  for (const [word, meaning] of named) {
    if (!/^[a-z]{3,}$/.test(word) || /ing$/.test(word) || (meaning.type === 'value' && !/ed$/.test(word))) continue;
    if (unclaimed(gerund(word))) add(gerund(word), meaning);
  }
  const stems = new Set<string>();
  const targets = new Set<string>();
  let longestPhrase = 1;
  for (const [key, meanings] of phrases) {
    const parts = key.split(' ');
    longestPhrase = Math.max(longestPhrase, parts.length);
    const core = meanings.some((meaning) => meaning.type !== 'keyword' || CORRECTABLE.has(meaning.key));
    // Filler words are no target ("form" must not become "for"), except the core keywords themselves ("wich").
    const keyword = meanings.every((meaning) => meaning.type === 'keyword') && parts.length === 1;
    const target = (part: string) => core && !/\d/.test(part) && (keyword || !STOPWORDS.has(part));
    for (const part of parts) {
      stems.add(part);
      if (target(part)) targets.add(part);
    }
    for (const raw of rawWords.get(key) ?? []) if (target(raw)) targets.add(raw);
  }
  for (const word of TIME_WORDS) targets.add(word);
  const fillers = new Set(implied.fillers);
  const valueRows = new Map<string, string>();
  for (const [key, meanings] of phrases) {
    if (key.includes(' ') || !meanings.every((meaning) => meaning.type === 'value')) continue;
    const nouns = new Set(
      meanings.map((meaning) => {
        const table = layer.dimensions.find((dimension) => dimension.name === meaning.dimension)?.table;
        const entity = layer.dimensions.find((dimension) => dimension.name === entityOfTable(layer, table ?? ''));
        // ("Order ID": the rows' own noun, "order".)
        const label = entity?.label.toLowerCase() ?? '';
        return label.includes(' ') && table ? singular(table).replaceAll('_', ' ') : label;
      }),
    );
    const [noun] = [...nouns];
    if (nouns.size === 1 && noun && !noun.includes(' ')) valueRows.set(key, noun);
  }
  const vocabulary: Vocabulary = {
    phrases,
    longestPhrase,
    stems,
    stemList: [...targets],
    targets,
    verbs: implied.verbs,
    fillers,
    people: implied.people,
    spending: implied.spending,
    valueRows,
    rowNouns: new Set([...implied.tableNouns.keys()].map(stem)),
    valueRowNouns: new Set([...valueRows.values()].map(stem)),
    labelsEndingIn: labelsEndingIn(layer),
    ratios: ratiosByTheirParts(layer),
  };
  vocabularies.set(layer, vocabulary);
  preloadEnglishWords();
  return vocabulary;
}

/**
 * The vocabulary stem a word is a small typo of, or null: one edit for words of up to five letters, two
 * for longer ones, same first letter, never for short words, numbers or real English words.
 */
export function correct(word: string, vocabulary: Vocabulary, typed: string = word): string | null {
  if (typed.length < 4 || /\d/.test(typed)) return null;
  const grouping = groupingAdjective(typed, vocabulary);
  if (grouping !== null) return grouping;
  // A common real word is not a typo: "median" is not "media". Unknown, it makes the parser decline.
  // Nor is the plural of one: "shirts" is a shirt, not "shift".
  const singularTyped = typed.endsWith('s') && !typed.endsWith('ss') ? typed.slice(0, -1) : typed;
  if (englishWords().has(typed) || englishWords().has(singularTyped) || ANALYTICS_TERMS.has(typed)) return null;
  // Nor a verb of one whose silent e gave way to -ing or -ed: "shaping" is shape, not "shipping".
  const silentE = /^([a-z]{3,}[^aeiouy])(?:ing|ed)$/.exec(typed)?.[1];
  if (silentE !== undefined && englishWords().has(`${silentE}e`)) return null;
  const skeleton = vowelsDropped(typed, vocabulary);
  if (skeleton !== null) return skeleton;
  let best: string | null = null;
  let bestScore = Infinity;
  // Both the stem and the word as typed are tried ("unts" is closer to "units" than "unt" to "unit").
  for (const form of new Set([word, typed])) {
    if (form.length < 4) continue;
    // Swapped neighbours ("psot") are one slip of the fingers, though Levenshtein counts two edits.
    for (let position = 0; position < form.length - 1; position += 1) {
      const swapped =
        form.slice(0, position) + form.charAt(position + 1) + form.charAt(position) + form.slice(position + 2);
      if (vocabulary.targets.has(swapped)) return swapped;
      // "How mnay orders": a common word of the question typed with its letters swapped, read as that word.
      if (STOPWORDS.has(swapped) && swapped.length >= 4) return swapped;
    }
    const allowed = form.length <= 5 ? 1 : 2;
    for (const candidate of vocabulary.stemList) {
      if (Math.abs(candidate.length - form.length) > allowed || candidate.length < 4) continue;
      // People rarely mistype the first letter; requiring it keeps "stock" from becoming "stack".
      if (candidate[0] !== form[0]) continue;
      const edits = distance(form, candidate);
      if (edits > allowed) continue;
      // Ties go to the candidate sharing the longest start with the word ("mont" → "month", not "most").
      let prefix = 0;
      while (prefix < form.length && form[prefix] === candidate[prefix]) prefix += 1;
      const score = edits * 100 - prefix;
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
  }
  return best ?? stopwordSlip(typed);
}

/**
 * "Numbr of orders", "pleasse": a common word of the question (five letters or more) typed one letter short, long
 * or wrong, its first letter kept, read as that word when no word of the layer is as near.
 */
function stopwordSlip(typed: string): string | null {
  if (typed.length < 4) return null;
  for (const word of STOPWORDS)
    if (
      word.length >= 5 &&
      word[0] === typed[0] &&
      Math.abs(word.length - typed.length) <= 1 &&
      distance(typed, word) === 1
    )
      return word;
  return null;
}

/**
 * "A regional split", "countrywise orders": an adjective made from the name of one of the layer's groupings, read as
 * that grouping; only where every meaning of the word it is made from is a grouping ("regional" is the region).
 */
function groupingAdjective(typed: string, vocabulary: Vocabulary): string | null {
  const base = /^([a-z]{4,}?)(?:al|wise)$/.exec(typed)?.[1];
  if (base === undefined) return null;
  const meanings = vocabulary.phrases.get(stem(base));
  return meanings !== undefined && meanings.length > 0 && meanings.every((meaning) => meaning.type === 'dimension')
    ? stem(base)
    : null;
}

/**
 * "prft", "ordrs", "cntry": a word of the layer typed without its vowels (its first letter kept), as people do on
 * phones; only when exactly one word of the layer drops to those letters ("shp" is shop or ship, so neither).
 */
function vowelsDropped(typed: string, vocabulary: Vocabulary): string | null {
  if (typed.length < 4 || /[aeiou]/.test(typed.slice(1))) return null;
  const drop = (word: string) => word.charAt(0) + word.slice(1).replace(/[aeiou]/g, '');
  const plural = typed.endsWith('s') ? typed.slice(0, -1) : null;
  const found = new Set<string>();
  for (const word of vocabulary.targets) {
    if (word.length <= typed.length || !/^[a-z]+$/.test(word)) continue;
    const dropped = drop(word);
    if (dropped === typed || (plural !== null && dropped === plural)) found.add(stem(word));
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : null;
}
