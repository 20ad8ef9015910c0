import { HARMLESS_WORDS } from './harmless-words.js';
import { scanTime, type TimeMention } from './time-expressions.js';
import {
  correct,
  stem,
  STOPWORDS,
  TIME_WORDS,
  words,
  type Keyword,
  type Meaning,
  type Vocabulary,
} from './vocabulary.js';
import { expandAbbreviation } from './abbreviations.js';
import { respellWithLayer } from './layer-respellings.js';
import { verbFirst } from './layer-vocabulary.js';
import { SELL_OUT } from './vocabulary.js';
import { PEOPLE_WORDS, singular } from '../layer-words.js';

/**
 * The parser's first step: a question read as slots — vocabulary items (metrics, dimensions, values, keywords
 * found with the layer's words, typos corrected), numbers, time mentions and the words that meant nothing known.
 */

/** A stretch of the question that meant something (or nothing known). */
export interface Item {
  readonly position: number;
  readonly meanings: readonly Meaning[];
  /** The words as typed (after typo correction), for messages. */
  readonly text: string;
  /** The last word as typed ends in "s": "top posts" asks for several, "best post" for one. */
  readonly plural: boolean;
}

export interface Slots {
  readonly items: readonly Item[];
  readonly unknown: readonly string[];
  readonly numbers: readonly { position: number; value: number }[];
  readonly time: readonly TimeMention[];
  /** The question as the time mentions' positions count it (normalized, typos corrected). */
  readonly text: string;
  /** The words the items' and numbers' positions count: the question with its time mentions taken out. */
  readonly words: readonly string[];
}

/** Numbers said in words: a ranking's size ("five best sellers"), a count. */
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

/** Phrases rewritten before reading, so one spelling covers many ("best-sellers", "I'd like to"). */
const REWRITES: readonly (readonly [RegExp, string | ((whole: string, ...groups: string[]) => string)])[] = [
  [/[’‘`]/g, "'"],
  // "Revenue & likes", "sales + likes by month": and.
  [/\s+[&+]\s+/g, ' and '],
  [/\b(i'd|i would|we'd|we would) like to\b/g, ' '],
  [/\bwould like\b/g, ' '],
  // "What were my sales like last quarter": the idiom, not the metric (which is "likes").
  [/\blike(?=\s+(?:in|for|during|over|on|at|last|this|the|yesterday|today|recently|lately)\b|\s*[?.!]*\s*$)/g, ' '],
  // "Best sellers" is a list of them; "best seller", "best selling" one or a ranking.
  // ("Five best sellers", "my three worst sellers": the number as typed.)
  [
    new RegExp(`\\b(?:(?:top|bottom) )?(\\d+|${Object.keys(NUMBER_WORDS).join('|')}) (best|worst)[- ]?sellers\\b`, 'g'),
    (_whole, size: string, end: string) => `${end === 'best' ? 'top' : 'bottom'} ${NUMBER_WORDS[size] ?? size} selling`,
  ],
  [/\bbest[- ]?sellers\b/g, 'top 10 selling'],
  // "Worst sellers": the other end of the same ranking.
  [/\bworst[- ]?sellers\b/g, 'bottom 10 selling'],
  // "Best seller per category": the thing sold that sells most within each, never the categories ranked.
  [/\b(best|worst)[- ]?seller\b(?= (?:per|in each|for each|in every|within each|within every) )/g, '$1 selling item'],
  // "Price of the top seller": the thing that sells most.
  [/\b(top|bottom) seller(s?)\b/g, '$1 selling item$2'],
  [/\bworst[- ]?sell(?:er|ing)\b/g, 'bottom selling'],
  [/\bbest[- ]?sell(?:er|ing)\b/g, 'top selling'],
  // "Best selling 5 apparel pieces": the number after the phrase is how many.
  [/\b(top|bottom) selling (\d+)\b/g, '$1 $2 selling'],
  // "How much did subscribers pay", "we got paid": money taken in, as "spend" is (never "how much did I pay my
  // staff", which the data does not hold). ("Paid us" is "spent" already, and "what did they get billed" is how
  // much: see spelled-out.ts.)
  // "What did UK customers spend last month": how much, not which of them.
  [/(^|, |\band )what (did|do|does) (.+?) (spend|spent)\b/g, '$1how much $2 $3 $4'],
  // ("What have canadian customers spent", "what has the pro subscriber been billed", "what were they charged".)
  [
    /(^|, |\band )what (have|has|had|were|was) (.+?) (spent|paid|(?:been )?billed|(?:been )?charged|(?:been )?invoiced)\b/g,
    '$1how much $2 $3 $4',
  ],
  [
    /^(?:how much|what) (did|do|does) ((?!(?:we|i|you)\b)(?:[a-z]+ ){0,3}[a-z]+(?: [a-z]+){0,3}?) pay\b(?! (?:for|to|out)\b)/g,
    'how much $1 $2 spend',
  ],
  [/\b(?:we|i) (?:get|got|gotten|were|was) paid\b/g, 'we make'],
  // "Orders people cancelled on me": the rows' own status, whoever did it ("orders that were cancelled").
  [
    /\b(?:did|do|does) (?:people|customers|buyers|shoppers|clients|users|folks) (cancel|refund|return)(?: on (?:me|us))?\b/g,
    'were $1ed',
  ],
  // "How much did I knock off with discount codes": money taken off, which the figure after names.
  [/\b(?:did|do) (?:i|we) (?:knock|take|shave) off\b/g, 'did i give away'],
  // "Discounts I gave out", "refunds we handed back": the figure itself; the verb adds nothing.
  [/\b(?:i|we) (?:gave|give|given|giving|handed|hand|paid|pay) (?:out|away|back)\b/g, ' '],
  // "Which acquisition channel's customers had the highest AOV": the channel, by its customers' figure.
  [
    new RegExp(
      `\\bwhich ([a-z]+(?: [a-z]+)?)['’]s ${PEOPLE_WORDS} (?=(?:had|have|has|spend|spent|show|showed|generated|brought|made)\\b)`,
      'g',
    ),
    'which $1 ',
  ],
  // "Which acquisition channel brings customers with the highest AOV": the channel, by its customers' figure.
  [
    new RegExp(
      `\\b(which [a-z]+(?: [a-z]+)?) (?:brings?|gives?|gets?|sends?|drives?) (?:(?:us|me) )?(?:the )?${PEOPLE_WORDS} (?:with|who have|that have) (?=the (?:highest|lowest|biggest|largest|smallest|most|least|best|worst)\\b)`,
      'g',
    ),
    '$1 has ',
  ],
  // "Average orders per day": how many a day, not the average order ("average order" names a figure of its own).
  [/\b(average|avg|mean) (?!number\b)([a-z]+s) (?=(?:per|a|each) (?:day|week|month)\b)/g, '$1 number of $2 '],
  // "Daily average orders": the same, the unit said first.
  [/\b(daily|weekly|monthly) (average|avg|mean) (?!number\b)([a-z]+s)\b/g, '$1 $2 number of $3'],
  // "Customers who found me through TikTok", "heard about us on Instagram": the channel they came from.
  [
    /\b(?:(who|that) )?(?:found|find|discovered|heard about|heard of|found out about|learned about) (?:me|us|my (?:shop|store|brand|business)|our (?:shop|store|brand|business)) (?:through|via|thru|on|from|by)\b/g,
    (_whole, who: string | undefined) => `${who ?? 'who'} came from`,
  ],
  // "Customers acquired via email", "signups that came through TikTok": the channel they came from.
  [/\b(acquired|gained|won|brought in|came in|coming in) (?:via|thru)\b/g, '$1 through'],
  // "New customers acquired via email", "signups sourced through tiktok": "new" (or the signup) already says they
  // arrived; the participle says it again.
  [
    /\b(new [a-z]+|signups|sign ups|sign-ups|signup|registrations) (?:acquired|gained|added|won|signed up|joined|registered|sourced|referred)(?= (?:via|through|thru|from|on|in|by)\b)/g,
    '$1',
  ],
  // "Customers referred through TikTok", "sourced via email": acquired there.
  [/\b(?:sourced|referred) (?=(?:via|through|thru|from|by)\b)/g, 'acquired '],
  // "Which month did I post the most": the posts, counted.
  [/\b(?:did|do|does) (?:i|we) (post|publish|upload)(?= (?:the )?(?:most|least|more|less|fewer)\b)/g, '$1s'],
  // "How much activity did we have", "how busy were we", "how much new business did we get": how the business
  // did, by a figure the asker has not named (asked, never guessed).
  [
    /\bhow (?:much (?:activity|action|traction|new business)|busy) (?:did|do|does|were|was|are|is|have|has) (?:we|i|the (?:store|shop|business))(?: (?:have|get|see|do|bring in|win|had|got))?\b/g,
    'how did the business do',
  ],
  // "Where do my customers live", "where are my subscribers based": where they come from.
  [
    /\bwhere (do|does|are|is|did|were|was) ((?:most of |all of )?(?:my |our |the )?[a-z]+) (?:live|lives|living|reside|based|located|from)\b/g,
    'where $1 $2 come from',
  ],
  // "Last weeks cancelled orders", "yesterdays sales": the possessive typed without its apostrophe.
  [/\b(last|this|previous) (week|month|quarter|year)'?s\b(?= [a-z])/g, '$1 $2'],
  [/\b(yesterday|today)'?s\b/g, '$1'],
  // "Hourly orders": by hour.
  [/\bhourly\b/g, 'by hour'],
  // "Orders last month compared to the same month last year": the period named before, a year earlier.
  [
    /(?<=\b(?:last|this|previous|prior|in|during|since|for) (?:[a-z]+ )?(?:week|month|quarter|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])\b.*)\b(?:(?:vs|versus|compared (?:to|with)|against|than) )?(?:the )?same (week|month|quarter) (?:last year|a year ago|the year before|the previous year)\b/g,
    ' yoy ',
  ],
  // "Revenue the same month last year": this month against the same days of it a year earlier.
  [
    /\b(?:(?:vs|versus|compared (?:to|with)|against|than) )?(?:the )?same (week|month|quarter) (?:last year|a year ago|the year before|the previous year)\b/g,
    ' this $1 yoy ',
  ],
  // "Compared to the same time last year", "vs this time last year": year over year.
  [
    /\b(?:(?:vs|versus|compared (?:to|with)|against|than) )?(?:the )?(?:same|this) (?:time|period|days|dates|span|point|stretch|week|month|quarter) (?:last year|a year ago|the year before|the previous year)\b/g,
    ' yoy ',
  ],
  // "Did my views go up from January to February": February against January, not the two months as one.
  [
    /\b(go|goes|went|gone|grow|grew|grown|rise|rose|risen|fall|fell|drop|dropped|change|changed|increase|increased|decrease|decreased|climb|climbed)( up| down)?(?: or (?:up|down))? from ([a-z]+(?: \d{4})?) to ([a-z]+(?: \d{4})?)\b/g,
    '$1$2 in $4 vs $3',
  ],
  // "Spend more per order": the spend per order, compared.
  [/\bspend (more|less) per (order|transaction|purchase)\b/g, '$1 spend per $2'],
  // "My number one product": the best one, by a figure the user names.
  [/\b(?:number one|no\.? ?1|#1)\b/g, 'best'],
  // "Order volume", "invoice volume": how many of them.
  [/\b(order|invoice|sale|transaction|post|signup)s? volume\b/g, 'number of $1s'],
  // "Total refunds in dollars", "cancellations in $ terms": their amount, not how many.
  [/\b(?:in|as) (?:dollars?|usd|euros?|pounds|money|value|\$)(?: terms)?(?=\W|$)/g, ' amount '],
  // "Value of cancelled orders": their money. "Refunded value": the amount of the rows the participle names.
  [/\bvalue of\b/g, 'money of'],
  // "The total amount of invoices": their money (a bare "amount of orders" may still be how many).
  [/\btotal (?:amount|sum) of\b/g, 'money of'],
  // "Sum of all june invoices": their money too (a figure named after it, "sum of likes", is still that figure).
  [/\bsum of\b/g, 'money of'],
  [/\b([a-z]{3,}ed) values?\b/g, '$1 amount'],
  [/\blooking like\b/g, ' '],
  // "Units/order": per.
  [/([a-z])\s*\/\s*([a-z])/g, '$1 per $2'],
  // "How many times were our posts shown", "how often were they displayed": the times they were shown, the
  // figure a layer may name "times shown".
  [
    /\bhow (?:many times|often) (?:were|was|have|has|had|are|is|got|get) (.+?) (?:been |being |getting )?(shown|displayed)\b(?: to (?:people|anyone|users|followers|viewers))?/g,
    '$1 times $2',
  ],
  // "How many times did facebook show my posts to people": the same, on the platform said.
  [
    /\bhow (?:many times|often) (?:did|does|do|has|have) ([a-z]+(?: [a-z]+)?) (show|display)(?:ed)? ((?:my|our|the) [a-z]+(?: [a-z]+)?)(?: to (?:people|anyone|users|followers|viewers))?/g,
    (_whole, where: string, verb: string, what: string) =>
      `${what} times ${verb === 'show' ? 'shown' : 'displayed'} on ${where}`,
  ],
  // "What day do my posts do best": perform best, by the figure that says how well (never how many of them).
  [
    /\b((?:do|does|did) (?:(?:my|our|the|their|its) )?[a-z]+(?: [a-z]+)?) (?:do|does|did) (best|worst)\b(?![- ]?sell)/g,
    '$1 perform $2',
  ],
  // "How many customers from Germany bought something this year": the customers who bought, from Germany (the
  // verb says which customers, wherever the words between put it).
  [
    new RegExp(
      `\\bhow many (${PEOPLE_WORDS}) ((?:from|in|based in|living in|who live in|out of) [a-z]+(?: [a-z]+)?) (bought|ordered|purchased|shopped)(?: (?:something|anything|from (?:us|me)|with (?:us|me)))?\\b`,
      'g',
    ),
    (whole: string, people: string, where: string, verb: string) => `how many ${people} who ${verb} ${where}`,
  ],
  // "Which channel brings the biggest spenders": the group whose customers spend the most each, not the one with
  // the most customers.
  [
    /\b(?:brings?|brought|gets?|got|has|have|had|attracts?|attracted|with|drives?|drove) (?:(?:in|us|me) )?(?:the )?(?:biggest|top|highest|largest|best|heaviest) spenders\b/g,
    'has the highest spend per customer',
  ],
  // "How many times did people order": how many orders.
  // "How many times did people order": the orders, not the people who ordered (who are not counted).
  [
    /\bhow many times (did|do|does|have|has|had) (?:people|customers|anyone|anybody|someone|somebody|they|buyers|shoppers|subscribers) /g,
    'how many $1 ',
  ],
  [/\bhow many times\b/g, 'how many'],
  // "How much did refunds cost me": money, the figure the noun names if it is one.
  // ("How much does the backpack cost me" is what one costs: the layer's word for that, if any.)
  [/(?<!\b(?:does|do)\s+(?:[a-z]+\s+){0,4})\bcost (?:me|us)\b/g, ' money '],
  [/\b(?:go|goes|went|going|gone) out the door\b/g, ' sold '],
  // "Orders from Monday to today", "billing jan 1 to now", "from march till today": since that day or month.
  [
    /\bfrom (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:up )?(?:to|until|till|through|thru) (?:today|now|date|yesterday)\b/g,
    'since $1',
  ],
  [
    /\b(?:from |starting )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?(?: \d{4})?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{4})?|q[1-4](?: \d{4})?) (?:up )?(?:to|until|till|through|thru|-) (?:today|now|date|the present)\b/g,
    'since $1',
  ],
  // "Rev 7 days to yday", "the 30 days up to today": the last 7 days (the data runs through yesterday, where they end).
  [
    /\b(?:the |last |past |previous |prior )*(\d+) ?(?:d|days?) (?:up )?(?:to|until|till|through|thru|ending(?: on)?|ended|ending with) (?:and including )?(?:yesterday|yday|ystday|ystd|yest|today|now)\b/g,
    'last $1 days',
  ],
  // "Revenue this month up to yesterday": the data runs through yesterday anyway; the end adds nothing.
  [
    /\b(?:up to|up until|until|till|through|thru|as of|to) (?:and including )?(?:yesterday|today|now)\b(?= .*\b(?:this|so far|to date|since)\b|\s*[?.!]*$)/g,
    ' ',
  ],
  // "When was my best week": which week was the best.
  [
    /\bwhen (?:was|were|is) (?:my |our |the )?(best|worst|biggest|busiest|slowest|quietest|highest|lowest|top|strongest|weakest) ([a-z]+ )?(day|week|month|quarter|year|hour)\b/g,
    'which $3 was the $1 $2',
  ],
  // "This quarter with last": the unit said once.
  [
    /\bthis (week|month|quarter|year) ((?:compared )?(?:with|to)|vs|versus|against) (?:the )?(?:last|previous|prior)(?: one)?\b(?! (?:week|month|quarter|year)s?\b)/g,
    'this $1 $2 last $1',
  ],
  // "How has my engagement moved month to month": changed, not units moved.
  [/\b(?:moved|shifted)(?= (?:month to month|week to week|year to year|over time|up|down)\b)/g, 'changed'],
  // "What beauty products do I carry": the list of them.
  [/^(?:what|which) (.+?) do (?:i|we) (?:carry|stock|offer|have|sell)\s*[?.!]*$/g, 'list $1'],
  // "The smallest order anyone paid for": bought, the verb (not the paid status, nor paid search).
  [/\b(anyone|anybody|someone|somebody|people|customers|they|i|we|you) paid for\b/g, '$1 bought'],
  // "How much did people save with my discount codes": the discounts they got.
  [/\b(?:save|saved|saving) (?=(?:with|using|through|thanks to) )/g, 'got discounts '],
  // "How many items does the typical order have": the items per order, on average.
  [
    /\bhow many ([a-z]+) (?:does|do|did) (?:the |a |an |my |our )?(?:typical|average|avg|usual|normal) ([a-z]+) (?:have|has|contain|include|hold)\b/g,
    'average $1 per $2',
  ],
  // "Which platform did I post on the most this month": the verb's most, the place after it.
  [
    /\b(?:did|do|does) (i|we) ([a-z]+) (on|to|in|at|through|via|with) (?:the )?(most|least)(?=\s*(?:this|last|in|during|since|over|[?.!]|$))/g,
    'did $1 $2 the $4 $3',
  ],
  // "Which videos did I post on Facebook last month": the rows made then, listed.
  [
    /^(?:what|which) (.+?) (?:did|have) (?:i|we) (?:post|posted|publish|published|upload|uploaded|share|shared|add|added|launch|launched|put out|put up|drop|dropped) (?!the (?:most|least)\b)/g,
    'list $1 ',
  ],
  // "How many posts went up in the past 3 days": how many were put out, not a change.
  [/^how many (.+?) (?:went|go|have gone|got put|were put) (?:up|out|live)\b/g, 'how many $1'],
  // "What time of day do people buy the most": when they order most, the people being the ones who order.
  [
    /\b(people|customers|shoppers|buyers|clients|folks) (?:buy|purchase|shop)(?: (?:from|with) (?:me|us))? (?=(?:the )?(?:most|more|least|less)\b)/g,
    '$1 order ',
  ],
  // "Which customers bought the most": most money, most orders or most units is the asker's to say.
  [/\b(?:bought|ordered|purchased|shopped)(?: (?:from|with) (?:me|us))? (?:the )?most\b/g, 'did best'],
  // "About to sell out", "ran out": one word (see SELL_OUT).
  [SELL_OUT, ' sellout '],
  // "Show me 10": the number of rows.
  [/\b(show|give|list|get) me (?=\d)/g, '$1 '],
  // "Highest reach on a single post": one post, the most of any.
  [/\b(on|in|for|from|of) a single\b/g, '$1 a'],
  // "Which country gave me the most orders": had the most.
  [
    /\b(?:gave|give|gives|brought|brings|bring|sent|sends|send|got|get|gets) (?:me|us) (?=(?:the )?(?:most|more|fewest|least|highest|biggest|largest)\b)/g,
    'had ',
  ],
  // "Over the holidays, Dec 24 to Dec 26": the dates say the period; the occasion only names it.
  [
    /\b(?:over|during|in|for) the (?:holidays?|holiday season|festive season|break)(?=,? (?:from )?(?:[a-z]{3,9} \d|\d))/g,
    '',
  ],
  // "The most items anyone bought in one order": which order had the most of them.
  [
    /\b(?:the )?(most|fewest|highest|biggest|largest|smallest) ([a-z]+) (?:anyone|anybody|someone|somebody|people|i|we) (?:bought|ordered|purchased|got|spent|paid|sold) (?:in|on|for|with) (?:one|a single|a|an|any one|any) ([a-z]+)\b/g,
    'which $3 had the $1 $2',
  ],
  // "The order with the most items", "what was the post with the highest reach": which one had the most.
  [
    /^(?:(?:what|which)(?:'s| is| was|s) )?the ([a-z]+) (?:with|that had|that got) the (most|fewest|highest|lowest|biggest|largest|smallest|least) /g,
    'which $1 had the $2 ',
  ],
  // ("Channel with the most bookings", "platform with most posts": a singular noun first, said the same way.)
  [
    /^([a-z]+[^s\W]) (?:with|that had|that got) (?:the )?(most|fewest|highest|lowest|biggest|largest|smallest|least) /g,
    'which $1 had the $2 ',
  ],
  // "The most impressions a single post got": one row, the most of any.
  [
    /\b(?:a|any|one) single (?=(?:[a-z]+ ){1,3}(?:got|had|has|received|earned|made|did|reached|drew|pulled|brought|spent|paid|bought|ordered|generated)\b)/g,
    'a ',
  ],
  // "May's new subscribers": the month's (the verb has no possessive).
  [/\bmay['’]s\b/g, ' in may '],
  // "May revenue", "revenue may": the month, at either end of a question ("may I see" stays a verb).
  [/^may (?!i\b|we\b|you\b|u\b|be\b|have\b)/g, 'in may '],
  [
    /(?<=[a-z])(?<!\b(?:in|since|and|to|of|from|until|till|through|before|after|vs|versus|than|during|for|between|or|by|on)) may\s*[?.!]*\s*$/g,
    ' in may',
  ],
  // "New subs may emea", "rev may vs june": the month inside a terse question, before one last word or a joiner.
  [
    /(?<=[a-z])(?<!\b(?:in|since|and|to|of|from|until|till|through|before|after|vs|versus|than|during|for|between|or|by|on|it|this|that|which|who|they|you|i|we|he|she)) may (?=(?:vs|versus|and|or|to|thru|through|compared)\b|[a-z]+\s*[?.!]*\s*$)(?!(?:be|have|i|we|you|u|need|want|help|see|know|ask|get|go|happen|change|apply|vary|differ)\b)/g,
    ' in may ',
  ],
  // "The may signups", "those may orders": the month, before the rows it dates.
  [/\b(?:the|those|these|my|our|among|from) may (?=[a-z]+s\b)(?!(?:i|we|you|be|have)\b)/g, 'the in may '],
  // "Billed back in February", "way back in 2025": when, the "back" adding nothing; not "sent back in June" (returned).
  [
    /(?<!\b(?:send|sends|sent|sending|come|comes|came|coming|bring|brings|brought|give|gave|given|take|takes|took|taken|get|gets|got|gotten|go|went|gone|ship|shipped|mail|mailed|pay|paid|paying) )\b(?:way )?back (?=(?:in|on|during|at the (?:start|end) of) )/g,
    '',
  ],
  // "How many feb orders went thru with no discount": orders placed; "went through" adds nothing.
  [
    /\b(?:went|go|goes|going|gone) (?:thru|through)(?= (?:with|without|in|on|during|for|that|which|at|last|this)\b|\s*[?.!]*$)/g,
    ' ',
  ],
  // "Comments people have left on my posts": the comments the posts got.
  [
    /\b(comments?|likes?|reviews?|replies)\b(?: (?:have|has|had|did|do|does|people|folks|users|they|fans|followers|viewers|i|we|you|got))* (?:left|leave|leaves|leaving|posted|written|wrote)\b/g,
    '$1',
  ],
  // "Invoices raised", "orders booked": the rows; "what gross profit did we book": made; "tally up July": the total.
  [
    /\b(invoices?|bills?|orders?)(?: (?:were|was|got|have been|has been|being))? (?:raised|booked|logged|recorded)\b/g,
    '$1',
  ],
  [
    /\b(?:did|do|does|have|has|had) (i|we|you|they) (?:book|booked|log|logged|record|recorded|raise|raised|clock|clocked|rack|racked|notch|notched)(?: up)?\b/g,
    'did $1 make',
  ],
  // "Count of every invoice raised": a count of all of them, never the amount of one.
  [
    /\b(count|number|#|tally) of (?:every|each)(?: single)? ([a-z]+)\b/g,
    (_whole: string, counted: string, noun: string) =>
      `${counted} of all ${/s$/.test(noun) ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`}`,
  ],
  [/\btally(?:ing)? up\b/g, 'total'],
  [/\b(?:tally|tallies)\b/g, 'count'],
  // "How many bucks did we bill", "how many dollars were invoiced": how much money.
  [/\bhow many (?:bucks|dollars|euros|pounds|quid)\b/g, 'how much money'],
  // "Refunded dollars", "bucks from TikTok": the amount, where no number comes before it ("99 dollars" is $99).
  [
    /(?<!(?:\d|\bk|\bm|hundred|thousand|million|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) ?)\b(?:dollars|bucks|dollar amount|dollar value|dollar figure)\b/g,
    'amount',
  ],
  // "Narrow that to TikTok Shop orders": the rows the words before the noun pick, the figure before kept (the noun
  // at the end names those rows, never a count instead).
  [
    /^\s*(?:(?:ok|okay|now|and|so|can you|could you|please|pls),? )*(?:narrow|filter|limit|restrict|cut|drill|trim)(?: (?:it|that|this|those|them|the list|the results?|these))?(?: down)? (?:to|for|into) (?:just |only )?(?:the |my |our )?((?:(?!the\b|all\b)[a-z]+ ){1,3})(?:sales|orders|purchases|invoices|transactions|ones)\s*[?.!]*\s*$/g,
    'only $1',
  ],
  // "Narrow that to the Instagram Shop", "filter it down to Canada": only those.
  [
    /^\s*(?:(?:ok|okay|now|and|so|can you|could you|please|pls),? )*(?:narrow|filter|limit|restrict|cut|drill|trim)(?: (?:it|that|this|those|them|the list|the results?|these))?(?: down)? (?:to|for|into) /g,
    'only ',
  ],
  // "How many likes did I rack up", "racked up": got.
  [/\b(?:rack|racks|racked|racking|rake|raked|raking) (?:up|in)\b/g, 'got'],
  // "Revenue for the rest of the year": days still to come, which no data holds (asked like "next year").
  [
    /\b(?:for |over |in |during )?(?:the )?(?:rest|remainder) of (?:the |this )?(week|month|quarter|year)\b/g,
    'next $1',
  ],
  // "Which month of the year has the most orders", "busiest week of the year", "top post of the month": within this
  // one ("day of the week" stays the day of the week; "the end of the month", "the first half of the year" stay).
  [
    /(?<!\b(?:first|last|final|second|third|opening|closing) )\b(day|week|month|quarter)s? of the (month|quarter|year)\b/g,
    '$1 this $2',
  ],
  [
    /(?<!\b(?:end|start|beginning|rest|half|first|last|middle|remainder|part|course|turn|time|day|week|month|quarter|year)s? )\bof the (week|month|quarter|year)\b(?! (?:before|after|ending|starting)\b)/g,
    'this $1',
  ],
  // "How's business", "how is the shop": how it is doing, by a figure the asker has not named.
  [
    /\bhow(?:'s|s| is| has| was)? (?:the |my |our )?(business|store|shop)(?: been)?\b(?! (?:doing|going|performing|looking)\b)/g,
    'how is the $1 doing',
  ],
  // "How many refunds did we process", "refunds handled last week": the rows themselves, the verb adds nothing.
  [
    /\b((?:did|do|have|has) (?:we|i|you)) (?:process|processed|handle|handled|issue|issued|raise|raised|hand out|handed out|give out|given out|grant|granted)\b/g,
    '$1',
  ],
  // "Discounts granted in Q3", "refunds we processed": the rows, whoever handled them.
  [/\b([a-z]+s) (?:we |i )?(?:processed|handled|granted|handed out|given out)\b/g, '$1'],
  // "How many products do we sell": the range itself, present tense (what was sold is "did we sell").
  [
    /\bhow many ([a-z]+s) (?:do|does) (?:we|i) (?:currently )?(?:sell|offer|carry|stock|list)\b/g,
    'how many $1 do we have',
  ],
  // "The best time to post": posting is the action, not the figure (the time with the most posts is not the best
  // one to post at); which figure says "best" is asked.
  [
    /\b(best|worst|ideal|optimal|right|good|top) ((?:[a-z]+ ){0,4}?)(?:to|for) (?:post|publish|upload|share)(?:ing)?\b/g,
    '$1 $2',
  ],
  // "How many invoices have gone out", "orders that went out": issued, the rows' own date.
  // ("Invoices we sent out to customers": whom every one went to, picking none.)
  [
    /\b(?:(?:have|has|had) )?(?:gone|went|sent|go|goes) out\b(?: to (?:the |our |my |all (?:of )?(?:our |my |the )?)?(?:customers|buyers|shoppers|clients|subscribers|people|folks|users)\b(?! (?:who|that|which|from|on|with)\b))?(?! of\b)/g,
    ' ',
  ],
  // "How much do we sell the Coastal Beanie for": its price, not how much of it sold.
  [/\bhow much (?:do|does) (?:i|we) (?:sell|retail|list) (.+?) (?:for|at)\s*[?.!]*\s*$/g, 'price of $1'],
  // "How much did I charge for postage": what was charged, the figure the noun names.
  [
    /\b(?:charge|charged|charging) (?:(?:my |our |the )?(?:customers|people|buyers|clients|shoppers) )?(?:for|in|on)\b/g,
    ' ',
  ],
  // "How big is our Americas business": how it is doing, by a figure the asker has not named ("how big are my
  // orders" is their size, which stays unread).
  [/\bhow (?:big|large) (is|was) (.+?)\s*[?.!]*$/g, 'how $1 $2 doing'],
  // Short spellings typed on phones.
  [/\br\b(?= (?:my|our|the|u|you|we|they|sales|orders|things)\b)/g, 'are'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  // Apostrophes left out on phones.
  [/\bive\b/g, 'i have'],
  [/\bweve\b/g, 'we have'],
  [/\btheyve\b/g, 'they have'],
  [/\byouve\b/g, 'you have'],
  [/\bim\b/g, 'i am'],
  [/\b(have|has|had|did|do|does|is|are|was|were|could|would|should)nt\b/g, '$1 not'],
  [/\bdont\b/g, 'do not'],
  [/\bcant\b/g, 'can not'],
  [/\bwont\b/g, 'will not'],
  // Shorthand typed on phones.
  [/#\s*(?=[a-z])/g, ' number of '],
  [/\b(?:no|nr|num|nbr)\.? of\b/g, 'number of'],
  // "L30D", "l7d": the last 30 days, 7 days.
  [/\bl(\d+) ?([dwmy])\b/g, 'last $1$2'],
  [/\b(this|last|previous|prev|next) q\b/g, '$1 quarter'],
  // "Lw", "lm", "tm", "ly": last or this week, month, quarter, year.
  [/\blw\b/g, 'last week'],
  [/\blm\b/g, 'last month'],
  [/\blq\b/g, 'last quarter'],
  [/\bly\b/g, 'last year'],
  [/\btw\b/g, 'this week'],
  [/\btm\b/g, 'this month'],
  [/\b(?:an? |one )?fortnight\b/g, '2 weeks'],
  // "Since the 1st", "since the first of the month": this month so far.
  [/\bsince the (?:1st|first)(?: of (?:the|this) month)?(?! (?:of|quarter|half|week)\b)/g, 'this month so far'],
  [/\bsince the (?:1st|first|start|beginning) of (?:the|this) (year|quarter|week)\b/g, 'this $1 so far'],
  [/\b(\d+) ?d\b/g, '$1 days'],
  [/\b(\d+) ?(?:w|wks?)\b/g, '$1 weeks'],
  [/\b(\d+) ?(?:mos?|mths?)\b/g, '$1 months'],
  [/\b(\d+) ?(?:y|yrs?)\b/g, '$1 years'],
  [/\b(?:yday|ydays|yest|ystrdy|yesterdy|ystday|ysterday|yestrday|ystd)\b/g, 'yesterday'],
  // "How mcuh is unpaid": how much.
  [/\bhow (?:mcuh|muhc|mucj|mich|mutch|mush|muchh)\b/g, 'how much'],
  // "Open invoices total $": their total in money.
  [/\b(?:total|sum) (?:\$|usd|in \$)(?=\s*[?.!]*\s*$)/g, ' in dollars'],
  [/\b(?:tdy|2day)\b/g, 'today'],
  // "Revenue ÷ orders": one figure per the other, as "per" says it.
  [/\s*÷\s*/g, ' per '],
  // "Rock n roll", "bits n pieces": "and" shortened (never "top n").
  [/(?<!\b(?:top|bottom|first|last|best|worst)) n (?=[a-z]{2,})/g, ' and '],
  // "Black fri", "cyber mon", "bfcm": the named days, shortened.
  [/\bblack (?:fri|frid|fr)\b/g, 'black friday'],
  [/\bcyber (?:mon|mond)\b/g, 'cyber monday'],
  [/\b(?:lst|lsat)\b/g, 'last'],
  [/\bprev\b/g, 'previous'],
  [/\bqtrs?\b/g, 'quarter'],
  [/\bwks?\b/g, 'week'],
  [/\byrs?\b/g, 'year'],
  [/\b(?:mo|mos|mth|mths)\b/g, 'month'],
  [/\bpct\b/g, 'percentage'],
  [/\bthru\b/g, 'through'],
  // "Which platform do most of my posts go to".
  [/\bmost of (?:my|our|the|your) /g, 'most '],
  [/\b(?:go|goes|went|going) to\b/g, ' on '],
  [/\btop[- ]selling\b/g, 'top selling'],
  [/\bhow're\b/g, 'how are'],
  // "Which platform works best": which is best (by which figure is the user's call).
  [/\b(?:works?|worked|working) (best|better|worse|worst)\b/g, '$1'],
  // "How did my reels do": how they performed.
  [/\bhow (did|does|do|will) (.+?) do\b/g, 'how $1 $2 doing'],
  [/\b(what|how|who|where|when|that|it)'s\b/g, '$1 is'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/'s\b/g, ''],
  [/\be-?mail\b/g, 'email'],
  [/\bu\.s\.a?\.?(?=\s|$)/g, 'usa '],
  [/\bu\.k\.?(?=\s|$)/g, 'uk '],
  // "How much $": money, unless it prefixes an amount ("$250").
  [/\$(?!\s*\d)/g, ' money '],
  // Dotted acronyms ("a.o.v.") as one word.
  [/\b([a-z])\.([a-z])\.(?:([a-z])\b\.?)?/g, '$1$2$3'],
  [/\b(\d+)(?:st|nd|rd|th)? (?:most|highest|best)\b/g, 'top $1'],
  [/\bthe (?:most|least) recent\b/g, ' recent '],
  // "For each of the last 6 months", "in each of the previous four weeks": a series over that span.
  [
    /\b(?:for |in )?(?:each|every) of the (?:last|past|previous|prior|preceding) (\w+) (day|week|month|quarter|year)s\b/g,
    'by $2 the last $1 $2s',
  ],
];

const TIME_WORD_SET: ReadonlySet<string> = new Set([
  ...TIME_WORDS,
  'may',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ytd',
  'mtd',
  'qtd',
  'wtd',
  'ever',
  'lifetime',
  'tomorrow',
  'next',
  'coming',
  'upcoming',
  'forecast',
  'predict',
  'prior',
  'trailing',
  'rolling',
  'recent',
  'current',
  'before',
  'after',
  'until',
  'till',
  'through',
  'starting',
  'during',
  'within',
  'couple',
  'weekend',
  'weekends',
  'black',
  'cyber',
  'christmas',
  'eve',
  'boxing',
  'valentine',
  'valentines',
  'halloween',
  'thanksgiving',
  'easter',
  'bfcm',
  'patrick',
  'patricks',
  'mother',
  'mothers',
  'father',
  'fathers',
  'memorial',
  'labor',
  'labour',
  'independence',
  'half',
  'h',
  'new',
  'years',
]);

/** Forms of "spend". */
const SPEND = /^(?:spend|spends|spent|spending)$/;

/** Forms of "pay", read as spending only where the layer gives them no meaning (a "paid" status) of its own. */
const PAY = /^(?:pay|pays|paid|paying)$/;

/** "How much did … pay": an amount asked of someone else ("how much have we paid" is the asker's own spending). */
const HOW_MUCH = /^\s*how much (?:did|does|do|has|have) (?!(?:we|i|you)\b)/i;

/** Words for people in general. */
const PEOPLE: ReadonlySet<string> = new Set(['people', 'persons', 'folks', 'ppl', 'accounts']);

/** Verbs whose "in" is theirs, not a period's: "pull in", "brought in", "raked in". */
const TAKEN_IN = /^(?:pull|pulled|pulling|bring|brought|bringing|take|took|taking|rake|raked|raking)$/;

export function normalize(question: string, rewrites: typeof REWRITES = REWRITES): string {
  // A list ("revenue, orders and AOV") joins like "and"; commas inside dates ("March 5, 2025") stay out of it.
  let text = question.toLowerCase().replace(/,\s*(?=[a-z])/g, ' and ');
  for (const rewrite of rewrites) text = rewritten(text, rewrite);
  // Keep characters dates need ("2025-03-01", "3/5/2025"); everything else that is not a word separates words.
  return text.replace(/[^a-z0-9\-/ ]+/g, ' ').replace(/(?<![0-9])[-/]|[-/](?![0-9])/g, ' ');
}

/** One rewrite applied to a text. */
function rewritten(text: string, [pattern, replacement]: (typeof REWRITES)[number]): string {
  return typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
}

const rewritesKept = new WeakMap<Vocabulary, typeof REWRITES>();

/**
 * The rewrites, less any that would drop one of the layer's own figures said in two or more words: "how many boxes
 * went out" where the layer names its deliveries "went out" is those deliveries, never the boxes with the words read
 * past.
 */
function layerRewrites(vocabulary: Vocabulary): typeof REWRITES {
  const known = rewritesKept.get(vocabulary);
  if (known !== undefined) return known;
  const phrases = [...vocabulary.phrases]
    .filter(([phrase, meanings]) => phrase.includes(' ') && meanings.some((meaning) => meaning.type === 'metric'))
    .map(([phrase]) => phrase);
  // (Only a rule that leaves nothing of the phrase in its place: "cost me" said "cost" is still read so.)
  const kept = REWRITES.filter((rewrite) =>
    phrases.every((phrase) => {
      const spelled = rewritten(`how many rows ${phrase} here`, rewrite);
      return (
        spelled
          .replace(/^how many rows\s*/, '')
          .replace(/\s*here$/, '')
          .trim() !== ''
      );
    }),
  );
  rewritesKept.set(vocabulary, kept);
  return kept;
}

const percentNamed = new WeakMap<Vocabulary, boolean>();

/** The layer names a figure with "%" ("Gross margin %"), read as "percentage". */
function percentPhrases(vocabulary: Vocabulary): boolean {
  const known = percentNamed.get(vocabulary);
  if (known !== undefined) return known;
  const named = [...vocabulary.phrases.keys()].some((phrase) => /\bpercentag/.test(phrase));
  percentNamed.set(vocabulary, named);
  return named;
}

/** Reads a question into slots: time mentions, vocabulary items, numbers and unknown words. */
export function read(question: string, today: string, vocabulary: Vocabulary): Slots {
  // Typos first, so time expressions ("last mnth") read as well as the rest.
  // "Who spent the most with me", "who was billed the most in August": which of the layer's people, never the rows
  // they paid with.
  // ("Gross margin %" where the layer names a figure so, apart from "gross margin": the word "%" stands for, as the
  // layer's phrase is read.)
  const withPercent = percentPhrases(vocabulary)
    ? question.replace(/((?:[a-z]+ ){0,3}[a-z]+) ?%/gi, (whole, before: string) => {
        const said = before.toLowerCase().split(' ');
        const known = (words: readonly string[]) => vocabulary.phrases.has(words.map(stem).join(' '));
        // (Never where a phrase before takes its first word: "gross margin %" is "gross margin" where only "margin %"
        // is a phrase.)
        const named = said.some(
          (_word, at) =>
            known([...said.slice(at), 'percentage']) &&
            !said.slice(0, at).some((_before, from) => known(said.slice(from, at + 1))),
        );
        return named ? `${before} percentage` : whole;
      })
    : question;
  const asked =
    vocabulary.people === null
      ? normalize(withPercent, layerRewrites(vocabulary))
      : normalize(withPercent, layerRewrites(vocabulary)).replace(
          /^\s*who (?=(?:spent|spends|spend|bought|buys|ordered|orders|purchased|paid|pays|pay|shopped|placed|places|made|makes|has|had|have|got|gets|received|receives|(?:was|were|got|has been|have been) (?:billed|charged|invoiced))\b.*\b(?:most|top|biggest|highest|largest|least|lowest|smallest|fewest)\b|did best\b)/,
          `which ${singular(vocabulary.people)} `,
        );
  const text = respellWithLayer(asked, vocabulary).replace(/[a-z]+/g, (word, at: number, whole: string) => {
    // "How many people bought": the layer's people ("customers"), when it has one table of them. ("Unique accounts
    // saw my posts": accounts reached, not the people who buy.)
    if (
      vocabulary.people !== null &&
      PEOPLE.has(word) &&
      !(
        word === 'accounts' &&
        /^ (?:saw|seen|reached|viewed|engaged|watched|visited|interacted)\b/.test(whole.slice(at + word.length))
      )
    )
      return vocabulary.people;
    const stemmed = stem(word);
    if (
      vocabulary.stems.has(stemmed) ||
      STOPWORDS.has(word) ||
      HARMLESS_WORDS.has(word) ||
      vocabulary.fillers.has(word) ||
      TIME_WORD_SET.has(word) ||
      word in NUMBER_WORDS
    )
      return word;
    const expanded = expandAbbreviation(word, vocabulary);
    if (expanded !== word) return expanded;
    // "How are sales doin", "whats my rev lookin like": the "g" dropped.
    const dropped = `${word}g`;
    if (/[a-z]{2}in$/.test(word) && (STOPWORDS.has(dropped) || vocabulary.stems.has(stem(dropped)))) return dropped;
    const fixed = correct(stemmed, vocabulary, word);
    // "Prodcts" is still plural: the correction keeps the "s" when it names the same word.
    if (fixed !== null && /[^s]s$/.test(word) && !fixed.endsWith('s') && stem(`${fixed}s`) === stem(fixed))
      return `${fixed}s`;
    return fixed ?? word;
  });
  const time = scanTime(text, today);
  // "What did I pull in last week", "tenants who moved in this year" (a layer's "moved in"): the "in" belongs to the
  // verb, not to the period after it.
  let rest = time.rest;
  for (const match of text.matchAll(/\b([a-z]+) (in)\b/g)) {
    const verb = match[1] as string;
    if (!TAKEN_IN.test(verb) && !vocabulary.phrases.has(`${stem(verb)} in`)) continue;
    const at = match.index + match[0].length - 2;
    if (rest.slice(at, at + 2) === '  ') rest = `${rest.slice(0, at)}in${rest.slice(at + 2)}`;
  }
  const rawWords = words(rest);
  // "US" is a country when typed in capitals, after "the/in/from/to", or set against another value ("uk or us");
  // otherwise the pronoun.
  const capitalUs = /\bUS\b|\bU\.S\b/.test(question);
  const valueWord = (word: string | undefined) =>
    word !== undefined && (vocabulary.phrases.get(stem(word))?.some((meaning) => meaning.type === 'value') ?? false);
  const setAgainst = (position: number) =>
    // "Canada revenue vs US revenue": the value set against may sit before its figure.
    (['or', 'vs', 'v', 'versus', 'and'].includes(rawWords[position - 1] ?? '') &&
      (valueWord(rawWords[position - 2]) ||
        (['vs', 'v', 'versus'].includes(rawWords[position - 1] ?? '') && valueWord(rawWords[position - 3])))) ||
    (['or', 'vs', 'v', 'versus', 'and'].includes(rawWords[position + 1] ?? '') && valueWord(rawWords[position + 2]));
  // "Refund rate for us customers": the place, right before the rows or people it picks (never "show us orders").
  const beforeRows = (position: number) =>
    !/^(?:show|tell|give|gave|get|got|send|sent|let|help|bring|brought|make|made|cost|costs|pay|paid|owe|owes)$/.test(
      rawWords[position - 1] ?? '',
    ) &&
    (vocabulary.phrases
      .get(stem(rawWords[position + 1] ?? ''))
      ?.some((meaning) => meaning.type === 'dimension' || meaning.type === 'table') ??
      false);
  const stems: string[] = [];
  const typed: string[] = [];
  for (const [position, word] of rawWords.entries()) {
    let value = word;
    // A layer with no place called "us" has only the pronoun ("which customers matter most to us").
    if (word === 'us' && !valueWord('us')) value = 'me';
    else if (
      word === 'us' &&
      !capitalUs &&
      (!['the', 'in', 'from', 'to', 'outside'].includes(rawWords[position - 1] ?? '') ||
        // "bought from us", "bought something from us", "unit cost to us", "sent back to us": the pronoun after a
        // verb of buying, paying or sending and its object (never after "the": a pronoun takes no article).
        (rawWords[position - 1] !== 'the' &&
          rawWords
            .slice(Math.max(0, position - 4), position - 1)
            .some((before) =>
              /^(?:buy|bought|buying|order|ordered|purchased?|spen[dt]|shop(?:ped)?|costs?|costing|pa(?:y|id|ying|ys)|owed?|owes|charged?|charges|send|sends|sent|sending|back|returned|returning|mailed|gave|given|brought)$/.test(
                before,
              ),
            ))) &&
      !setAgainst(position) &&
      !beforeRows(position)
    )
      value = 'me';
    stems.push(stem(value));
    typed.push(value);
  }
  const items: Item[] = [];
  const unknown: string[] = [];
  const numbers: { position: number; value: number }[] = [];
  // "New" before a figure ("new signups") says nothing more; before a thing ("the new collection") it might.
  const isMetric = (at: number) =>
    vocabulary.phrases.get(stems[at] ?? '')?.some((meaning) => meaning.type === 'metric') ?? false;
  const isValue = (at: number) =>
    vocabulary.phrases.get(stems[at] ?? '')?.some((meaning) => meaning.type === 'value') ?? false;
  // "New signups", "new europe signups": before a figure (past the values that qualify it), "new" adds nothing.
  const fillerNew = (at: number) => typed[at] === 'new' && (isMetric(at + 1) || (isValue(at + 1) && isMetric(at + 2)));
  const pastActions: Item[] = [];
  // "Which invoice ids did we send": the action asked about ("did we", "have we"), never asked for.
  let actionAsked = false;
  const peopleNouns = new Set([
    'customer',
    'buyer',
    'shopper',
    'client',
    ...(vocabulary.people ? [stem(vocabulary.people)] : []),
  ]);
  // A people noun before, and no "I"/"we" right before the verb ("how much did I spend" is the merchant's cost).
  const peopleBefore = (at: number) =>
    stems.slice(0, at).some((word) => peopleNouns.has(word)) && !/^(?:i|we|you)$/.test(typed[at - 1] ?? '');
  // Whether some phrase of the layer starts at `at`.
  const nextKnown = (at: number) =>
    Array.from({ length: Math.min(vocabulary.longestPhrase, stems.length - at) }, (_, more) => more + 1).some(
      (span) => phraseAt(vocabulary, stems.slice(at, at + span)) !== undefined,
    );
  let position = 0;
  while (position < stems.length) {
    let matched = false;
    for (let length = Math.min(vocabulary.longestPhrase, stems.length - position); length >= 1; length -= 1) {
      const meanings = phraseAt(vocabulary, stems.slice(position, position + length));
      // "Which products sold last week", "which customers bought from germany": after "which", the plural thing
      // is what is asked about, the rest of a figure's phrase the figure (never the figure alone).
      const thingAsked =
        meanings !== undefined &&
        length > 1 &&
        /^(?:which|what)$/.test(typed[position - 1] ?? '') &&
        /[^s]s$/.test(typed[position] ?? '') &&
        meanings.every((meaning) => meaning.type === 'metric') &&
        (phraseAt(vocabulary, stems.slice(position, position + 1))?.some(
          (meaning) => meaning.type === 'dimension' || meaning.type === 'table',
        ) ??
          false) &&
        (phraseAt(vocabulary, stems.slice(position + 1, position + length)) !== undefined ||
          /^(?:[a-z]+ed|bought|sold|spent|paid|made|got)$/.test(
            typed.slice(position + 1, position + length).join(' '),
          ));
      // "Paid search ads" where the layer calls one value both "paid search" and "search ads": one mention of it, never
      // "paid" (another value) and "search ads".
      const sameValueOn =
        meanings !== undefined &&
        length > 1 &&
        meanings.every((meaning) => meaning.type === 'value') &&
        (phraseAt(vocabulary, stems.slice(position + length - 1, position + length + 1))?.some(
          (next) =>
            next.type === 'value' &&
            meanings.some((meaning) => meaning.dimension === next.dimension && meaning.value === next.value),
        ) ??
          false);
      if (sameValueOn) {
        const said = typed.slice(position, position + length + 1);
        items.push({ position, meanings, text: said.join(' '), plural: /[^s]s$|ies$/.test(said.at(-1) ?? '') });
        position += length + 1;
        matched = true;
        break;
      }
      // "Average invoice size" where the layer says "average invoice" and "invoice size": the phrase that leaves no
      // word behind unknown ("average", then "invoice size"), never "average invoice" and "size" unknown.
      const splitBetter =
        meanings !== undefined &&
        length > 1 &&
        position + length < stems.length &&
        !nextKnown(position + length) &&
        !STOPWORDS.has(typed[position + length] ?? '') &&
        !TIME_WORDS.includes(typed[position + length] ?? '') &&
        phraseAt(vocabulary, stems.slice(position + length - 1, position + length + 1)) !== undefined &&
        phraseAt(vocabulary, stems.slice(position, position + length - 1)) !== undefined;
      if (splitBetter) continue;
      if (meanings && !thingAsked) {
        const last = typed[position + length - 1] ?? '';
        const text = typed.slice(position, position + length).join(' ');
        // "What did we invoice": after a subject, a metric's verb names that metric, not the rows' count.
        // "Which region bills the most": after "which" and a thing, a verb in its -s form is the thing's doing.
        const thingSubject =
          typed[position - 2] === 'which' &&
          (phraseAt(vocabulary, stems.slice(position - 1, position))?.some((meaning) => meaning.type === 'dimension') ??
            false);
        const verb =
          vocabulary.verbs.get(text) ??
          (thingSubject && /s$/.test(text) ? vocabulary.verbs.get(text.slice(0, -1)) : undefined);
        const subject = /^(?:i|we|they|you)$/.test(typed[position - 1] ?? '') || thingSubject;
        const asVerb =
          verb !== undefined &&
          subject &&
          (thingSubject || !meanings.some((meaning) => meaning.type === 'metric' && meaning.name === verb))
            ? [{ type: 'metric' as const, name: verb }]
            : meanings;
        // "How many invoices did we send": a command word after a subject tells what happened, not what to do (and
        // where the word means something else of the layer too, "send" as its "sends", only that).
        const commanding = (meaning: Meaning) => meaning.type === 'keyword' && meaning.key === 'write';
        if (subject && meanings.some(commanding) && !meanings.every(commanding)) {
          items.push({ position, meanings: meanings.filter((meaning) => !commanding(meaning)), text, plural: false });
          position += length;
          matched = true;
          break;
        }
        if (subject && meanings.every(commanding)) {
          pastActions.push({ position, meanings, text, plural: false });
          if (/^(?:did|do|does|have|had)$/.test(typed[position - 2] ?? '')) actionAsked = true;
          position += length;
          matched = true;
          break;
        }
        // "Bill count": a noun before "count", never the verb spelled alike.
        const counted = /^(?:count|counts|tally|ct|cnt)$/.test(typed[position + length] ?? '');
        items.push({
          position,
          meanings: counted ? asVerb : verbFirst(asVerb, text, vocabulary.verbs),
          text,
          plural: /[^s]s$/.test(last) || /ies$/.test(last),
        });
        position += length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const word = typed[position] as string;
    // "Top customers by spend", "customers spent", "avg spend per buyer", "which country spends the most".
    if (
      vocabulary.spending !== null &&
      SPEND.test(word) &&
      (typed[position - 1] === 'by' ||
        peopleBefore(position) ||
        typed[position + 1] === 'per' ||
        // "Which country spends the most", "what did each country spend": the people of a group.
        (typed.slice(Math.max(0, position - 4), position - 1).some((said) => /^(?:which|each|every)$/.test(said)) &&
          !/^(?:i|we|you)$/.test(typed[position - 1] ?? '')))
    ) {
      items.push({ position, meanings: [{ type: 'metric', name: vocabulary.spending }], text: word, plural: false });
      position += 1;
      continue;
    }
    // "How much did Rose Brown pay this year", where no value of the layer is called "paid": what they spent.
    if (
      vocabulary.spending !== null &&
      PAY.test(word) &&
      HOW_MUCH.test(question) &&
      !['pay', 'paid'].some((said) => vocabulary.phrases.has(stem(said)))
    ) {
      items.push({ position, meanings: [{ type: 'metric', name: vocabulary.spending }], text: word, plural: false });
      position += 1;
      continue;
    }
    if (/^\d+$/.test(word)) numbers.push({ position, value: Number(word) });
    else if (word in NUMBER_WORDS) numbers.push({ position, value: NUMBER_WORDS[word] as number });
    else if (
      !STOPWORDS.has(word) &&
      !STOPWORDS.has(stem(word)) &&
      !HARMLESS_WORDS.has(word) &&
      !vocabulary.fillers.has(word) &&
      !fillerNew(position)
    )
      unknown.push(word);
    position += 1;
  }
  // Only beside a figure of the layer ("invoices did we send"), or its rows' own attribute asked about ("which
  // invoice ids did we send"); "how many emails did we send" stays unanswerable.
  const beside = (meaning: Meaning) => meaning.type === 'metric' || (actionAsked && meaning.type === 'dimension');
  if (pastActions.length > 0 && !items.some((item) => item.meanings.some(beside))) {
    items.push(...pastActions);
    items.sort((left, right) => left.position - right.position);
  }
  return { items: valuesSetAgainst(items), unknown, numbers, time: time.mentions, text, words: rawWords };
}

/**
 * "Credits vs refunds", where "refunds" also names the rows and their figure: two words on either side of "vs" that
 * are both values of one dimension are those values, set against each other (never one value's figure, the other
 * word read as the figure and the comparison dropped).
 */
function valuesSetAgainst(items: Item[]): Item[] {
  return items.map((item, at) => {
    const against = (other: Item | undefined, vs: Item | undefined) =>
      other !== undefined && vs?.meanings.some((meaning) => meaning.type === 'keyword' && meaning.key === 'vs');
    const before = items[at - 2];
    const after = items[at + 2];
    const other = against(before, items[at - 1]) ? before : against(after, items[at + 1]) ? after : undefined;
    if (other === undefined || item.meanings.every((meaning) => meaning.type === 'value')) return item;
    const values = (of: Item) => of.meanings.flatMap((meaning) => (meaning.type === 'value' ? [meaning] : []));
    const shared = values(item).filter((mine) =>
      values(other).some((theirs) => theirs.dimension === mine.dimension && theirs.value !== mine.value),
    );
    return shared.length === 1 ? { ...item, meanings: shared } : item;
  });
}

/** Words that only say whose: "revenue from my posts" is the layer's "revenue from posts". */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'your']);

/** The meanings of a run of words, read as typed or, inside a phrase, without its possessives. */
function phraseAt(vocabulary: Vocabulary, words: readonly string[]): readonly Meaning[] | undefined {
  const meanings = vocabulary.phrases.get(words.join(' '));
  if (meanings || words.length < 3 || POSSESSIVES.has(words.at(-1) ?? '')) return meanings;
  const inner = [words[0] as string, ...words.slice(1).filter((word) => !POSSESSIVES.has(word))];
  return inner.length < words.length ? vocabulary.phrases.get(inner.join(' ')) : undefined;
}

export const has = (item: Item, key: Keyword) =>
  item.meanings.some((meaning) => meaning.type === 'keyword' && meaning.key === key);
export const metricOf = (item: Item) => item.meanings.find((meaning) => meaning.type === 'metric');
export const dimensionsOf = (item: Item) =>
  item.meanings.flatMap((meaning) => (meaning.type === 'dimension' ? [meaning.name] : []));
export const valuesOf = (item: Item) => item.meanings.flatMap((meaning) => (meaning.type === 'value' ? [meaning] : []));
/** The item said right after `item`, with no word between them ("inv amt", "subscriber signups"), if any. */
export const itemRightAfter = (items: readonly Item[], item: Item): Item | undefined =>
  items.find((other) => other.position === item.position + item.text.split(' ').length);
export const keywordOf = (item: Item): Keyword | null => {
  const meaning = item.meanings.find((candidate) => candidate.type === 'keyword');
  return meaning?.type === 'keyword' ? meaning.key : null;
};
