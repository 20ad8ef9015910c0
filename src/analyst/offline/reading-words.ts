import type { TimeUnit } from '../plan.js';
import { AHEAD_WORDS, BEHIND_WORDS, JUDGING_WORDS } from './vocabulary.js';

/**
 * The words the reading of a question looks for, beyond the layer's own: verbs that name a figure only weakly,
 * how follow-ups start, words of arrival, buying, judging and comparing, and the grains said as words.
 */

/** Verbs that name a metric only when nothing else in the question does ("how much did I make"). */
export const WEAK_METRIC_WORDS = new Set([
  'made',
  'make',
  'earn',
  'earned',
  'charge',
  'charged',
  'sell',
  'sold',
  'selling',
  'sell',
  'posted',
  'publish',
  'published',
  'money',
  'amount',
  'take',
  'took',
  'taken',
  'take in',
  'took in',
  'ship',
  'shipped',
  'put up',
  'put out',
  'upload',
  'uploaded',
  'spend',
  'spends',
  'spent',
  'spending',
  'customers pay',
  'customers paid',
  'customers spend',
  'customers spent',
  'customer spend',
  'paid me',
  'pay me',
  'bring in',
  'brought in',
  'pull in',
  'pulled in',
  'rake in',
  'raked in',
  // Third person and -ing ("which channel brings in the most new customers"): still only a verb.
  'brings in',
  'bringing in',
  'pulls in',
  'rakes in',
  'takes in',
  'makes',
  'earns',
  'sells',
]);

/**
 * How follow-ups start: they lean on the previous question ("and last month?", "what about TikTok?", "which of them
 * sold best").
 */
export const FOLLOW_UP_CUE =
  /^(?:and|what about|how about|what if|by|same|same thing|now|only|just|also|instead|then|ok|okay|but|so|plus|versus|vs|compared)\b|^(?:make|change|switch|swap|flip|turn) (?:it|that|this|them|those)\b|^(?:switch|change) to\b|\b(?:that|those|these|this one|it) (?:down|by|for|instead|again)\b|\b(?:break|split|same|drill) (?:that|it|those|this)\b|\binstead\b|\b(?:was|were|is|are) (?:that|those|these|they)(?:\s*$| (?:and )?(?:by|per|for each|across|split|broken)\b)|\b(?:on|in|of|for|from|across|behind) (?:them|those|these|it)\s*$|^(?:which|what|who) (?:of (?:them|those|these)|ones)\b|\b(?:of|among|out of) (?:them|those|these) (?!days?\b|weeks?\b|months?\b|years?\b)|\b(?:too|as well)\s*$|^(?:now )?(?:sort|sorted|order|ordered|rank|ranked|re-?sort)(?: (?:it|them|that|those|these|this))? by\b/;

/** The unit of an average per unit of time: "per day", "a week", "average daily", "monthly average". */
const PER_UNIT =
  /\b(?:per|a|each|every) (day|week|month)\b|\b(?:average|avg|mean|typical) (daily|weekly|monthly)\b|\b(daily|weekly|monthly) (?:average|avg|mean)\b/;

/** The unit of time a question averages over ("per day", "average weekly"), or null when it says none. */
export function perUnitOf(question: string): 'day' | 'week' | 'month' | null {
  const unit = PER_UNIT.exec(question);
  const word = (unit?.[1] ?? unit?.[2] ?? unit?.[3] ?? '').replace(/ly$/, '').replace(/^dai$/, 'day');
  return word === 'day' || word === 'week' || word === 'month' ? word : null;
}

/** Words for a thing's arrival: "how many customers did we get" counts the new ones. */
export const CREATION =
  /\b(?:new|signed|sign|signup|signups|joined|join|registered|register|subscribed|subscribe|created|create|opened|onboarded|acquired|acquire|gained|gain|get|got|came|come|added|first[- ]time|launched|released|introduced|brought us|bring us|bringing us|brings us)\b/;

/** The business as a whole ("my store", "the shop"). */
/** A verb of paying said of people ("how much has Anna spent", "what did they pay"): money asked, never a count. */
export const SPENT = /\b(?:spend|spends|spent|spending|pay|paid|pays|paying)\b/i;

export const STORE = /\b(?:store|shop|business|company|brand)\b/;

/** A verb of buying right after the people counted: "how many customers bought", "… paid", "… were billed". */
export const BOUGHT =
  /^\s*(?:have |had |who |that )?(?:bought|buy|purchased|ordered|spent|paid|shopped|were billed|got billed|were charged)\b/;

/** A word for every one of a kind of row: "customer count", "total customers", "customer base", "number of …". */
export const STOCK = /^(?:([a-z]+) (?:count|base|total)|(?:total|number of) ([a-z]+))$/;

export const GRAIN_KEYS: Record<string, TimeUnit> = {
  grain_day: 'day',
  grain_week: 'week',
  grain_month: 'month',
  grain_quarter: 'quarter',
  grain_year: 'year',
};

/** Words that rank by how good something is (so "best refund rate" is the lowest), not by raw size. */
export const EVALUATIVE = new Set([
  'best',
  'worst',
  'top',
  'bottom',
  'best performing',
  'worst performing',
  'top performing',
  'strongest',
  'weakest',
  'poorest',
  'underperforming',
  ...AHEAD_WORDS,
  ...BEHIND_WORDS,
]);

/**
 * Words that say how good something is without saying by which figure ("best", "doing", "works better"): with
 * no figure named, which figure decides is the user's call, so the reading offers figures instead of picking
 * the thing's usual one. Size words ("top", "most", "busiest") rank by the usual figure.
 */
export const VAGUE_FIGURE = new Set([
  ...[...EVALUATIVE].filter((word) => word !== 'top' && word !== 'bottom'),
  'better',
  'worse',
  // "Is EMEA bigger than the Americas": bigger by what (money taken, people, rows) is the asker's to say.
  'bigger',
  'larger',
  'smaller',
  'beat',
  'outperform',
  'outperformed',
  'strongest performing',
  'highest performing',
  'lowest performing',
  'popular',
  'most popular',
  'least popular',
  'trending',
  ...JUDGING_WORDS,
]);

/** A vague word of VAGUE_FIGURE, singular or plural ("my winners"). */
export function isVagueFigure(word: string): boolean {
  return VAGUE_FIGURE.has(word) || VAGUE_FIGURE.has(word.replace(/s$/, ''));
}

/** "The refunded amount", "how much was refunded": the money of the rows a value names, not their count. */
export const MONEY_ASKED = /\b(?:amount|value|dollars|how much)\b/;

/** "Compare", "comparing", "comparison": comparing things, by a figure the question may not name. */
export const COMPARE_WORD = /\bcompar(?:e|ing|ison)\b/;

/** The words that ask for a figure per row of a thing ("discounts per order"). */
export const PER_WORD = /^(?:per|each|every)$/;

/** A verb's past participle: "sold", "shipped", "bought", "paid". */
export const PARTICIPLE = /^(?:[a-z]+ed|sold|made|bought|paid|sent|spent|brought|got|gotten|given|taken)$/;

/** Words that say how people came to be counted: the people's own channel, never where they bought. */
export const ACQUIRED =
  /\b(?:new|acquired|acquire|acquisition|came|come|comes|coming|joined|join|signed|signup|signups|got|get|gained|gain|brought|referred|sourced)\b/;

/**
 * "Revenue from orders that included the Velvet Backpack": whole orders picked by what they held, whose money the
 * finer-grained figure (what the product itself sold for) is not.
 */
export const ORDERS_HOLDING =
  /\b(?:orders?|baskets?|carts?|purchases?) (?:that |which )?(?:included?|includes|including|contain(?:ed|ing|s)?|had|with)\b/;
