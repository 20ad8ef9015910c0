import { pluralize } from '../answer/result-shape.js';
import { PEOPLE_WORDS, PERSON_OR_PEOPLE, singular } from '../layer-words.js';
import { timeUnitModel } from '../plan.js';
import { SMALL_NUMBERS } from '../sentence-case.js';
import { MONTH_NAMES, ORDINALS, SHORT_MONTH_NAMES } from './calendar.js';
import { stem } from './vocabulary.js';
import { dashedDaySpans, NAMED_DAYS, sharedYears, WEEKDAYS } from './time-expressions.js';

/** Words after "last" or "first" that say a period or a kind of time (typos too: "mont"), never the rows asked for. */
const NOT_ROWS =
  '(?:(?:mo|we|wk|ye|yr|qu|qt|da|ni|fo|week|month|year|quarter|day|night|time|weekend|fortnight|few|couple|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|christmas|xmas|black|cyber|new|easter|thanksgiving|halloween|valentine|mothers?|fathers?|memorial|labor|labour|boxing|summer|winter|spring|fall|autumn|season|period|half|hour|minute|visit|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|h[12]|[a-z]+day|[a-z]+uary|march|april|june|july|august|[a-z]+ember|october|\\d)[a-z]*\\b|(?:mo|mos|mnth|mnths|mth|mths|wk|wks|yr|yrs|qtr|qtrs|hr|hrs|q|m|w|y|d)\\b)';

const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * "Fourteen days", "forty-five weeks", "forty dollars": a number spelled out up to ninety-nine, before a unit of time
 * or of money only.
 */
const COUNT_OF_TIME = new RegExp(
  `(?:\\b(${TENS.filter(Boolean).join('|')})(?:[- ](${SMALL_NUMBERS.slice(1, 10).join('|')}))?\\b|\\b(${SMALL_NUMBERS.slice(13).join('|')})\\b)(?= (?:(?:whole|full|complete|calendar|straight) )?(?:days|weeks|months|quarters|years|hours)\\b| (?:dollars?|bucks|usd|euros?|pounds|quid)\\b)`,
  'gi',
);

/** The calendar units a span of them is counted in ("the last 8 weeks"). */
const UNIT_NAMES = timeUnitModel.options.join('|');

/** "The last 8 weeks", "the previous four months": the count and the unit, in that order. */
const RECENT_UNITS = `(?:last|past|previous|prior) (\\w+) (${UNIT_NAMES})s`;

/** "Post out" as the verb it is said with, of sending. */
const SENT: Readonly<Record<string, string>> = { post: 'send', posted: 'sent', posting: 'sending' };

/** "We run a calendar year", "our fiscal year is the calendar year": the question says its fiscal year is Jan–Dec. */
const CALENDAR_FISCAL_YEAR =
  '(?:we (?:run|use|have|follow|work on|are on|do) (?:a |the )?calendar(?: fiscal)? year|(?:our )?(?:fy|fiscal year|financial year) (?:is|=|matches|follows|is just) (?:the |a )?calendar year)';

/** The days of the week by their first three letters. */
const WEEKDAY_SHORT: Readonly<Record<string, string>> = {
  mon: 'monday',
  tue: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

/** "The last fourteen days", "forty dollars": the number in figures (never "one of them", "the twenty products"). */
function numbersOfTime(question: string): string {
  return question.replace(
    COUNT_OF_TIME,
    (_: string, tens: string | undefined, unit: string | undefined, teen: string | undefined) =>
      teen !== undefined
        ? String(SMALL_NUMBERS.indexOf(teen.toLowerCase()))
        : String(
            TENS.indexOf((tens ?? '').toLowerCase()) * 10 + (unit ? SMALL_NUMBERS.indexOf(unit.toLowerCase()) : 0),
          ),
  );
}

/**
 * Shorthand every step of the parser must read the same way, spelled out before any of them: "orders w/
 * discount", "posts w/o comments", "$30 to $45 inclusive", "TikTok-acquired customers". Each pair is applied in
 * order, after dashes between days and a year said once for two periods.
 */
const SPELLINGS: readonly (readonly [RegExp, string | ((match: string, ...groups: string[]) => string)])[] = [
  // Short spellings typed on phones, which every spelling below reads in full: "wat fraction of jan orders", "spend
  // more w us".
  [/\bhw\b/gi, 'how'],
  [/\b(?:wat|wht)\b/gi, 'what'],
  [/\b(?:wats|wots|whts)\b/gi, 'whats'],
  [
    /\bw (?=(?:us|me|more|less|fewer|over|under|at least|no|any|zero|a|an|discounts?|free|[a-z]+ (?:codes?|discounts?))\b)/gi,
    'with ',
  ],
  // "Saturdays n sundays": "n" between two words is "and" (two values together, never side by side).
  [/(?<=\b[a-z]{2,}) n (?=[a-z]{2,}\b)/gi, ' and '],
  // "How many orders wound up being refunded", "posts that ended up getting boosted": what they were.
  [/\b(?:wound|ended|end|ends) up (?:being |getting )?(?=[a-z]+ed\b)/gi, 'were '],
  // "Which 2025 month billed the most": which month of 2025.
  [/\bwhich (\d{4}) (month|week|quarter|day)\b/gi, 'which $2 of $1'],
  // "Out of all 31 days of January, which day…", "of the 12 months of 2025": the period itself, its length never a
  // number of rows to keep.
  [
    /\b(?:out of |of |among |across |from )?(?:all (?:the )?|the )\d+ (?:days|weeks|months|quarters) (?:of|in) /gi,
    'in ',
  ],
  // "Of the 5 categories, which sold the least", "top 5 of the 20 products": which one of them (or that many), the
  // count only saying how many there are.
  [
    /\b(?:out of|of|among|across|from) (?:all )?(?:the |my |our )?\d+ ([a-z]+s),? (which|what)\b(?! (?:of|one)\b)/gi,
    (_: string, rows: string, which: string) => `${which} ${singular(rows.toLowerCase())}`,
  ],
  [/\b((?:top|bottom) \d+) (?:of|out of) (?:all )?(?:the |my |our )?\d+ ([a-z]+s)\b/gi, '$1 $2'],
  // "Invoice totals (count, not $)", "order numbers (by count)": how many of them, not their money.
  [
    /\b(?:totals?|figures?|numbers?|amounts?)?\s*\(\s*(?:by )?(?:count|number)(?:,? not (?:\$|dollars|amounts?|value|money|revenue))?\s*\)/gi,
    ' count',
  ],
  // "Across every invoice ever raised, what fraction (by count) is still not paid": a share of those rows, counted.
  [
    /\b(?:across|of|among|out of|from) (?:every|each|all(?: (?:the|of the|our|my))?) ([a-z]+?)(?:(?<!s)s)? (?:ever )?(?:(?:[a-z]+ed|sent|made|raised|issued|placed|taken) )?(?:ever )?(?:so far )?[,;:—–-]? ?what (fraction|share|percent|percentage|proportion|pct|%)(?: count\b)?/gi,
    (_: string, noun: string, share: string) => `what ${share} of ${pluralize(noun.toLowerCase())}`,
  ],
  // "I need a list of every product we've launched", "list every order": every one of them, listed.
  [
    /\b(?:(?:i need|i want|i'd like|can i (?:get|have)|give me|get me|send me|pull) )?(?:an? (?:full |complete )?list (?:of|with)|list) (?:every|each|all(?: the| of the| our| my)?) ([a-z]+?)(?:(?<!s)s)?(?= (?:we|i|you|they|that|which|who|from|in|on|since|during|over|for|with|between|this|last|by|[a-z]+ed)\b|\s*[?.!]*$)/gi,
    (_: string, noun: string) => `list all ${pluralize(noun.toLowerCase())}`,
  ],
  // "The total sitting on open invoices": the money on them.
  [
    /\bthe total (?:(?:sitting|outstanding|left|owed|due|still|that's|that is) )*on (?=(?:the |my |our |all )?(?:[a-z]+ ){0,2}[a-z]+s\b)/gi,
    'the total amount on ',
  ],
  // "Among invoices to Americas subscribers in June, which one was largest": which of those rows.
  [
    /^(\s*(?:among|of|out of|from|across) (?:the |all |all the |my |our )?(?:[a-z]+ ){0,3}?([a-z]+?)s\b[^?]*?[,;:—–-] ?which) (?:one|of them|of those)\b/i,
    '$1 $2',
  ],
  // "How many invoices did the Basic tier get and how many did Pro get": one figure of the two, side by side.
  [
    /\bhow (many|much) ((?:[a-z]+ )*?)(did|do|does) (.+?) (get|have|receive|make|place|see|bring in|earn)\b,? and how \1 (?:did|do|does) (?:the )?(.+?) \5\b/gi,
    'how $1 $2$3 $4 $5 vs $6',
  ],
  // "Among buyers based in Canada, average number of orders each": per one of those people.
  [
    new RegExp(
      `\\b(${PEOPLE_WORDS})\\b(.*?)\\b(?:average|avg|mean) (?:number |count |no\\.? )?(?:of )?([a-z]+s) (?:each|apiece|per head|a head)\\b`,
      'gi',
    ),
    (_: string, people: string, between: string, rows: string) =>
      `${people}${between}${rows} per ${singular(people.toLowerCase())}`,
  ],
  // "For the beauty category alone": only that.
  [/(?<=\S) alone\b/gi, ' only'],
  // "How many products does each category hold", "does it contain": what it has.
  [/\b(do|does|did) (it|they|each(?: one)?|that|this|these|those) (?:hold|contain|carry|include)\b/gi, '$1 $2 have'],
  // "Which items cost customers less than $25": what they sell for (what they cost the shop is said "cost us").
  [
    /\b(?:cost|costs) (?:customers|shoppers|buyers|the customer|the buyer|people|them) (?=(?:less|more|under|over|below|above|at least|at most|between|\$|\d))/gi,
    'priced ',
  ],
  // "Which products went live at some point in 2025": in 2025.
  [/\bat (?:some|any) point (?=(?:in|during|over|last|this|since|between)\b)/gi, ''],
  // "K now do the month before", "kk and by week?", "okie, and feb?": ok, said first.
  [/^(\s*)(?:k|kk|okk|okie|okey|oki|okok)\b(?=[,.!]?\s+[a-z])/gi, '$1ok'],
  // "From september til now", "'til friday": till.
  [/(?<![a-z])['’]?til\b|\buntill\b/gi, 'till'],
  // "This weeks revenue against last weeks": the period's own, the apostrophe left out ("over the last weeks of
  // december" is several of them).
  [/(?<!\bthe )\b(this|last|previous|prior|next) (week|month|year|quarter)s\b(?! of\b)/gi, '$1 $2'],
  // "Ords since mon", "last week mon to sun", "every fri": a day of the week, shortened after a word that says so
  // (never "sat" or "sun" on their own).
  [
    /\b(since|on|from|last|this|until|till|thru|through|to|before|after|every|each|week|wk|and|or|vs) (mon|tues?|weds?|thur?s?|fri|sat|sun)\b(?!['’-])/gi,
    (_whole, before: string, day: string) => `${before} ${WEEKDAY_SHORT[day.toLowerCase().slice(0, 3)] ?? day}`,
  ],
  // "How many separate shoppers paid", "parcels the warehouse sent out": distinct people; what the shop did.
  [
    /\b(?:separate|individual) (?=(?:shoppers|customers|buyers|clients|subscribers|people|users|members)\b)/gi,
    'distinct ',
  ],
  // "How many separate orders included the toner": each order counts once already.
  [/\b(?:separate|individual) (?=(?:orders|invoices|purchases|transactions|baskets|bookings)\b)/gi, ''],
  // "I'd love to know our best seller", "we'd like to see revenue": the question itself.
  [/^\s*(?:i'?d|i would|we'?d|we would) (?:love|like|want) to (?:know|see|find out|check|understand)\b,?\s*/gi, ''],
  // "What revenue looked like over the fortnight", "what does engagement look like this month": what it was.
  [/\bwhat (?:does|did|do) ((?:[a-z'-]+ ){0,4}?[a-z'-]+) look like\b/gi, 'what was $1'],
  [
    /\bwhat (?!(?:does|did|do)\b)((?:[a-z'-]+ ){0,4}?[a-z'-]+) (?:looked|looks|is looking|was looking|were looking|are looking) like\b/gi,
    'what was $1',
  ],
  // "How many pieces did we manage to shift": how many we shifted.
  [/\b(?:manage|managed|manages) to (?=[a-z])/gi, ''],
  [
    /\b(?:the|our) (?:warehouse|team|store|shop|staff) (?=(?:send|sent|ship|shipped|dispatch|dispatched|post|posted|mail|mailed)\b)/gi,
    'we ',
  ],
  // "How many subscriber were joining from march until may": joined.
  [/\b(?:were|was) (?:joining|signing up|subscribing|registering)\b/gi, 'joined'],
  // "May or april, which month had more sign ups?": the two months compared.
  [
    /^\s*(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (?:or|vs\.?|versus) (jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s*[,:—–-]\s*which (?:month|one) (?:had|got|saw|brought|did) (?:more|fewer|less|the most|the fewest|higher|lower|bigger|smaller) (.+?)\s*[?.!]*\s*$/i,
    '$3 in $1 vs $2',
  ],
  // "When did the june invoice go out": its date, as "what date did … go out" reads.
  [/\bwhen did (?=(?:[\w'-]+ ){1,5}(?:go|get) (?:out|sent)\b)/gi, 'what date did '],
  // "How many 5 star reviews", "4-star ratings in october": the rows of exactly that many stars (never the top 5).
  [/\b(\d)[- ]?stars? (reviews|ratings)\b/gi, '$2 with between $1 and $1 stars'],
  // "Which SKUs went live during 2025", "posts that go live on fridays": launched, put out.
  [/\b(?:went|gone) live\b/gi, 'were launched'],
  [/\b(?:go|goes) live\b/gi, 'are launched'],
  // "Which 3 sources signed up the most customers": brought them in (the people are signed up by the source).
  [/\b(?:signed|sign|signs) up (?=(?:the )?(?:most|fewest|least|more|fewer) (?:new )?[a-z]+s\b)/gi, 'brought in '],
  // "June's final invoice", "yesterday's last order": the latest of that period's rows.
  [
    new RegExp(
      `\\b(${MONTH_NAMES}|yesterday|today|last week|last month|this week|this month)(['’]s) (?:final|last|latest|most recent) (?=[a-z]+\\b)`,
      'gi',
    ),
    '$1$2 latest ',
  ],
  // "What's the order count behind that number", "the orders making up that total": for that.
  [
    /\b(?:behind|underneath|making up|that make up|that made up|that makes up) (that|this|the|those|these) (?:number|figure|total|amount|sum|revenue|sales|numbers|figures)\b/gi,
    'for $1',
  ],
  // "Yday order # quick", "q3 invoice #": the count of those rows ("order #1234" is one order's key).
  [/\b([a-z]{3,}) #(?!\s*\d)/gi, '$1 count'],
  // "Bookkeeping check: …", "quick sanity check -": a lead-in, not a word of the question.
  [/^\s*(?:[a-z]+ ){0,2}check\s*[:—–-]\s*/i, ''],
  // "Which post got saved the most times", "which date gave us the strongest sales": the ranking, said at length.
  // ("Ordered the most times" counts orders, as said.)
  [/\b((?:got|gets|get|was|were|been) [a-z]+ed) (the (?:most|fewest|least)) times\b/gi, '$1 $2'],
  [
    /\b(?:gave|brought|got) (?:us|me) (?=the (?:strongest|best|biggest|highest|most|weakest|worst|lowest|smallest)\b)/gi,
    'had ',
  ],
  // "The smallest amount anyone has ever paid for an order": the smallest order.
  [
    /\bthe (smallest|largest|biggest|lowest|highest) amount (?:anyone|anybody|someone|a (?:customer|shopper|buyer|subscriber)|people) (?:has |have )?(?:ever )?(?:paid|spent) (?:for|on) (?:an?|one|a single) ([a-z]+)\b/gi,
    'the $1 $2',
  ],
  // "The most recent six full weeks": the last ones, as every span below reads them.
  [
    /\bthe most recent (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ((?:full |whole |complete )?(?:days|weeks|months|quarters))\b/gi,
    'the last $1 $2',
  ],
  // "The two most recent full mon-sun weeks": the same, the number first.
  [
    /\bthe (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:most recent|latest) ((?:full |whole |complete )?(?:(?:mon|monday) ?(?:–|-|to) ?(?:sun|sunday) )?(?:days|weeks|months|quarters))\b/gi,
    'the last $1 $2',
  ],
  // "Discounts bigger than $20": more than that amount, the one way every bound below reads it.
  [/\b(?:bigger|larger|higher) than(?= [$£€]?\s?\d)/gi, 'greater than'],
  [/\b(?:smaller|lower) than(?= [$£€]?\s?\d)/gi, 'less than'],
  // "Most recent sign-in date": logins, which no layer here keeps (never the day they signed up).
  // (In one word a decline can name, never "signin", which reads as a slip for "signup".)
  // ("What date did the subscriber first sign on", "the subscriber who started in april": when they joined.)
  [/\b(did|do|does) ((?:[a-z-]+ ){1,6}?)first (?:sign|log)[- ]?on\b/gi, '$1 $2join'],
  [
    /\b(who|that) (?:started|began|first started|first signed on|first signed up|signed on)(?= (?:in|on|during|last|this|between|since|from|before|after)\b)/gi,
    '$1 joined',
  ],
  [/\b(?:sign|log)(?:ged)?[- ]?(?:in|on)(s?)\b(?! (?:to|with)\b)/gi, 'login$1'],
  // "Counting every product together", "taking all platforms as one": the total, which a figure is.
  [
    /,?\s*\b(?:counting|taking|lumping|adding|with) (?:every|all|each) (?:of (?:the|our|my) )?(?:[a-z]+ )?[a-z]+? (?:together|as one|in one|combined)\b/gi,
    '',
  ],
  // "July's invoice tally, all subscribers", "orders across all our customers": everyone's together, never one
  // figure each nor a figure of the people ("average … across all customers" is per customer, and stays).
  [
    /^(?!.*\b(?:average|avg|mean|per|typical)\b)(.*?)(?:,\s*|\s+(?:across|for|over|from|among) )(?:all|every|each and every) (?:(?:of )?(?:the|our|my) )?(?:subscribers|customers|clients|buyers|members|users|accounts|shoppers|people)(?=\s*[?.!]*\s*$)/gi,
    '$1',
  ],
  // "The outstanding balance our customers still owe", "balance due": the money still owed, as the layer says it.
  [
    /\b(?:the )?(?:(?:outstanding|unpaid|open|remaining) )?(?:balance|amount|money|sum|total)(?: (?:that|which))? (?:our |my |the )?(?:customers|clients|subscribers|buyers|members|people|accounts|users) (?:still |currently )?owes?\b/gi,
    'the outstanding amount',
  ],
  [
    /\b(?:outstanding|unpaid|open|remaining) balances?\b|\bbalances? (?:still )?(?:due|owed|owing|outstanding)\b/gi,
    'outstanding amount',
  ],
  // "Ratio of invoices issued to distinct subscribers invoiced", "the ratio of orders to customers": the first
  // counted per the second.
  [
    /\b(?:the |a )?ratio (?:of|between) (?:the )?(?:number of |count of |# of )?((?:[a-z]+ ){0,2}?[a-z]+s)(?: issued| placed| made| sent| published| booked)? (?:to|vs\.?|versus|against|over|and) (?:the )?(?:number of |count of |# of )?((?:[a-z]+ ){0,2}?[a-z]+?)s?\b(?= |[?.!,]|$)/gi,
    '$1 per $2',
  ],
  // "How many subscribers are currently active", "customers that are still active": the active ones, as said before
  // the noun.
  [
    /\b([a-z]+s) (?:who|that)? ?(?:are|is) (?:currently |still |now |presently )?active(?: (?:right )?now| currently| at the moment| today)?\b/gi,
    'active $1',
  ],
  // "And counting every channel?", "including all categories": all of them together, never one figure each.
  [
    /\b(?:counting|including|incl\.?|covering|taking in) (?:every|each|all(?: of)?)(?: the| our| my)? (?=[a-z])/gi,
    'all ',
  ],
  // "Revenue in H2, counting paid orders only", "revenue last month, paid orders only": the rows the figure is
  // taken from, never a second figure.
  [
    /(?:,\s*|\s+(?=counting|including|considering|looking at|taking in|with))(?:(?:counting|including|considering|looking at|taking in|with)\s+)?((?:[a-z-]+ ){0,3}?(?:orders|invoices|sales|purchases|payments|bookings|transactions|subscriptions|posts)) only\b/gi,
    ' from $1 only',
  ],
  [/\b(?:only )?(?:counting|considering|looking at|including) only ((?:[a-z-]+ ){0,3}?[a-z]+s)\b/gi, 'from $1 only'],
  // "Only counting video posts", "just looking at refunded orders": only those.
  [/\b(only|just) (?:counting|considering|looking at|including)\b/gi, 'only'],
  // "What refund rate did each sales channel have": the figure for each of them.
  [
    /\bwhat ((?:[a-z]+ ){0,2}?[a-z]+) did (each|every) ((?:[a-z]+ ){0,2}?[a-z]+) (?:have|get|see|record|post|achieve|run|show)\b/gi,
    '$1 for $2 $3',
  ],
  // "Price reductions granted to customers", "discounts given to shoppers": given to the people who bought, which
  // says nothing more of which ones.
  [
    /\b(?:granted|given|offered|extended|handed out|handed) (?:to )?(?:our |my |the )?(?:customers|shoppers|buyers|clients|people)\b(?! (?:who|that|which|from|with|acquired|based|located|living)\b)/gi,
    '',
  ],
  // "Sorry if this is basic, but how many posts did the team publish": the question after the apology, and the team
  // is the shop itself.
  [
    /^\s*(?:sorry|apologies|apologize)(?: if (?:this|that|it) (?:is|'s|sounds) (?:a )?(?:very |really |too )?(?:basic|dumb|silly|stupid|obvious|simple)(?: question)?)?\s*[,.!:-]*\s*(?:but\s+)?/gi,
    '',
  ],
  [/\b(did|does|do|has|have|had) (?:the|my|our) (?:team|staff|crew)\b/gi, '$1 we'],
  // "What margin are we making on beauty": that figure of it.
  [
    /\bwhat (margins?|markups?|profits?|revenue|sales|money)(?: are| were| did| do)? (?:we|i) (?:making|earning|getting|make|made|earn|earned|get|got|pulling in|bringing in)\b/gi,
    'what $1',
  ],
  // "Which post pulled the biggest pile of comments": got the most.
  [
    /\b(?:biggest|largest|greatest|hugest|highest|tallest) (?:pile|heap|haul|load|stack|bunch|tally|number|count|amount|volume|quantity) of\b/gi,
    'most',
  ],
  [
    /\b(?:pulled in|pulled|drew|drawn|racked up|raked in|collected|attracted|scored|grabbed|picked up)\b(?= (?:the )?(?:most|fewest|least)\b)/gi,
    'got',
  ],
  // "Our outlay for the merchandise customers bought, at cost": what the goods sold cost.
  [
    /\b(?:our |the |my )?(?:outlay|spend|spending|expenditure) (?:for|on) (?:the )?(?:merchandise|goods|stock|products|items|inventory)(?: (?:that )?(?:customers|shoppers|buyers|people|we) (?:bought|purchased|ordered|sold))?(?:,? at cost)?/gi,
    'cost of goods sold',
  ],
  [/\b(cost of goods sold\b.{0,40}?),? at cost\b/gi, '$1'],
  // "The stuff we sold in Q2 — what did it cost us?": the thing said first is what "it" is.
  [
    /^\s*((?:the |our |my |all (?:the |of the )?)?(?:merchandise|goods|stock|products|items|inventory|stuff|things) (?:that )?(?:we|i|customers|people|shoppers|buyers) (?:sold|shipped|bought|purchased|ordered)\b[^?:;—–]*?)\s*(?:[:;—–]| -)\s*(what|how much) (?:did|do|does) (?:it|they|that|those|all that|all of it) (?=cost\b)/gi,
    '$2 did $1 ',
  ],
  // "What did the products we sold (in Q2) cost us in total", "… cost us to buy in": what the goods sold cost (never
  // each one's unit cost).
  [
    /\b(?:what|how much) (?:did|do|does) (?:the |our |my |all (?:the |of the )?)?(?:merchandise|goods|stock|products|items|inventory|stuff|things) (?:that )?(?:we|i|customers|people|shoppers|buyers) (?:sold|shipped|bought|purchased|ordered)((?: (?:in|during|over|between|from|last|this|for|across)\b[^?.!]{0,40}?)?) cost(?: (?:us|me))?(?: to (?:buy|make|stock|bring|get)(?: (?:them|it))?(?: in)?)?(?: in total| altogether| overall| all together)?\b/gi,
    'what was the cost of goods sold$1',
  ],
  // "How often did viewers forward my content on": how many times they shared it.
  [
    /\bhow often did ((?:[a-z]+ ){0,2}?)forward ((?:my |our |the |this |that )?(?:[a-z]+ )?(?:content|posts?|videos?|reels?|stuff|it|them)) (?:on|along|around)\b/gi,
    'how many times did people share $2',
  ],
  // "How often did a buyer come back and order again, on average": orders per buyer.
  [
    /\bhow often (?:did|does|do|would|will) (?:a|an|the average|the typical|each|every|one) (buyer|customer|shopper|client|subscriber) (?:come back (?:and|to) )?(?:order|buy|purchase|shop)(?: (?:again|more than once|from us))?\b/gi,
    'orders per $1',
  ],
  // "Top 2 acquisition sources by what their customers spent": ranked by the money spent (never the people ranked
  // within each).
  [
    /\bby (?:what|how much|the money|the amount) (?:(?:their|its|the|our|my) )?(?:(?:customers|buyers|shoppers|clients|subscribers|users|members|people) )?(?:spent|paid|spend|pay|have spent|had spent|was spent|were charged)\b/gi,
    'by money spent',
  ],
  // "Now run that for December 2025", "redo it for Q3": the same question for that.
  [
    /^\s*(?:(?:ok|okay|now|and|so|great|thanks|cool),?\s+)*(?:run|rerun|re-run|redo|repeat|pull|do) (?:that|this|it)(?: again| one more time)? (for|with|over|on)\b/gi,
    'same $1',
  ],
  // "The same stretch a year back": the same period a year earlier.
  [/\bthe same (?:stretch|span|window|time frame|timeframe|run of days)\b/gi, 'the same period'],
  // "Up on the same period of last year": that period a year before.
  [/\bthe same period (?:of|in|from) (last year|the year before|the previous year)\b/gi, 'the same period $1'],
  // "Feb a year ago", "Q3 one year back": that period of last year, one period (never a third one beside it).
  [
    /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|h[12]) (?:a|one) year (?:ago|back|before|earlier)\b/gi,
    '$1 last year',
  ],
  // "Invoices per week, 6 weeks back": the weeks going back that far, when nothing else is said of them.
  [
    /(?<=[,;:—–-]\s*|^)(?:going )?(a|one|two|three|\d+) (years|months|weeks|quarters|days) back(?=\s*[?.!]*\s*$)/gi,
    'the last $1 $2',
  ],
  [/\b(a|one|two|three|\d+) (year|month|week|quarter)(s?) back\b(?! (?:to|from)\b)/gi, '$1 $2$3 earlier'],
  // "Gross profit by the channel that first brought each customer in": where the customer came from.
  [
    /\bthe (?:channel|source) (?:that |which )?(?:first |originally |initially )?(?:brought|bring|brings|sent|send) (?:each|the|a|every|our) (customer|buyer|shopper|subscriber|client) (?:in|to us)\b/gi,
    'where the $1 came from',
  ],
  // "Of the last 8 weeks, which one had the highest revenue", "which of the past 6 months was best": a ranking of
  // those periods, not of the rows in them.
  [
    new RegExp(`\\b(?:out )?of the ${RECENT_UNITS}\\s*,?\\s*(?:which|what)(?: one| (?:${UNIT_NAMES}))?\\b`, 'gi'),
    'which $2 in the last $1 $2s',
  ],
  [new RegExp(`\\bwhich (?:one )?of the ${RECENT_UNITS}\\b`, 'gi'), 'which $2 in the last $1 $2s'],
  // "Which order was the largest one last month": the largest order, as said the short way.
  [
    /\bwhich (?!one\b|ones\b)([a-z]+) (?:was|is) (?:the )?(largest|biggest|smallest)(?: one)?\b(?=\s*(?:[?.!,]|$|(?:last|this|in|on|during|over|for|since|of|yesterday|today|ever|so far|to date|all)\b))/gi,
    'the $2 $1',
  ],
  // "Which of those has the most reviews", "which has the most orders": the one, of the rows just shown.
  [/\bwhich of (?:those|these|them|the above)(?= (?:has|had|got|gets|is|was|does|did)\b)/gi, 'which one'],
  [
    /^(\s*(?:(?:and|ok|okay|so|now),?\s+)?)which (?=(?:has|had|got|gets|is|was) the (?:most|fewest|least|highest|lowest|biggest|smallest|best|worst|top)\b)/gi,
    '$1which one ',
  ],
  // "Catalogue size per category": how many products are in it.
  [/\bcatalog(?:ue)? size\b/gi, 'number of products'],
  // "Unit sales cut two ways: category x sales channel": by both.
  [/\b(?:cut|split|sliced|broken down|broken out) (?:two|2|both) ways\s*[:,-]?\s*(?:by\s+)?/gi, 'by '],
  [/\bby ([a-z]+(?: [a-z]+)?) (?:x|×) ([a-z]+(?: [a-z]+)?)\b/gi, 'by $1 and $2'],
  // "Are we moving more units this week": selling them.
  [
    /\b(moving|move|moves|moved|shifting|shift|shifts|shifted|pushing|push|pushes|pushed)\b(?= (?:more |fewer |less |any |many |much |the |our |my )?(?:units|items|products|pieces|stock|inventory|product)\b)/gi,
    (verb: string) =>
      /ing$/i.test(verb)
        ? 'selling'
        : /ed$/i.test(verb)
          ? 'sold'
          : /s$/i.test(verb) && !/^push$/i.test(verb)
            ? 'sells'
            : 'sell',
  ],
  // "Leaving out anything voided": excluding it.
  [/\b(?:leaving|leave|left|keeping|keep|taking|take) out\b/gi, 'excluding'],
  // "How many newcomers did we welcome": how many arrived.
  [
    /\s+(?:did|have|do) (?:we|i) (?:welcome|welcomed|onboard|onboarded|greet|greeted)(?=\s*[?.!]*\s*$| (?:in|during|last|this|since|over|between|from)\b)/gi,
    '',
  ],
  // "Billing divided by the number of subscribers": per subscriber.
  [/\bdivided by (?:the )?(?:(?:total )?(?:number|count|no\.?|#) of )?/gi, 'per '],
  // "Subscribers acquired between April and May": new ones then.
  [
    /\b(subscribers|customers|buyers|shoppers|clients|users|members) (?:acquired|gained|won|onboarded|landed)(?= (?:between|in|during|since|from|last|this|over)\b)/gi,
    'new $1',
  ],
  // "Highest-spending customers": said apart.
  [/\b(highest|biggest|top|largest|heaviest|lowest|smallest|most|least)-(spending|paying)\b/gi, '$1 $2'],
  // "Subscriber count overall, all plans and regions": the total, the things listed after it only saying so (never a
  // breakdown by them).
  [
    /\b(overall|in total|altogether|combined|all told)(?:,| -| —)? (?:across |for |over |on |in )?all (?:of )?(?:our |my |the )?[a-z]+s(?:,? (?:and|&) [a-z]+s)?\b/gi,
    '$1',
  ],
  // "Now for all countries combined", "revenue for every channel together": every value as one total ("for all" alone
  // asks for each of them).
  [
    /\b(?:(?:for|across|over|on|in) )?(?:all|every) ((?:of )?(?:our |my |the )?[a-z]+s? (?:combined|together|altogether|all together|in total|all told|put together|as one))\b/gi,
    'all $1',
  ],
  // "Total billed across both regions", "signup count across both plans and regions": the total over both, said so
  // (without a total or a count, both may be compared).
  [
    /^(?!.*\b(?:compare|compared|comparing|vs|versus|each|split|side by side)\b)(.*?\b(?:total|overall|combined|altogether|all told|count|tally|number of)\b.*) (?:across|over|for|in) both [a-z]+s(?: (?:and|&) [a-z]+s)?\b/gi,
    '$1',
  ],
  // "From April to date", "from march 3 until now": since then.
  [
    /\bfrom ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? (?:19|20)\d{2})?) (?:to date|till date|until now|till now|to now|to today|through today|up to now|up till now)\b/gi,
    'since $1',
  ],
  // "May numbers next to april numbers": the months' own figures.
  [/\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) (?:numbers|figures|totals|stats|results)\b/gi, '$1'],
  // "May numbers next to april numbers", "the second quarter next to the first": set against each other.
  [
    /\bnext to\b(?= (?:the |that |those |last |\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|q[1-4]\b|h[12]\b|[a-z]+ (?:numbers|figures|totals)\b))/gi,
    'vs',
  ],
  // "What did an EMEA subscriber's invoice come to on average": any such invoice, never one per subscriber.
  [
    /\b(an?|any|the typical|the average|the avg) ((?:[a-z0-9-]+ ){0,2}?)(?:customer|subscriber|buyer|shopper|client|member|user|account)(?:'s|s') (invoice|order|bill|basket|purchase|payment)s?\b/gi,
    '$1 $2$3',
  ],
  // "Add up how many times my november posts got shared", "number of times my videos got shared onward": their
  // shares.
  [
    /\b(?:add up |count )?(?:how many times|(?:the )?(?:number|count|#) of times) (?:did |have |has |were |was )?(.+?) (?:get|got|gets|been|were|was|get) (shared|liked|saved|commented on|reposted)(?: (?:onward|onwards|on|along|around|again))?\b/gi,
    (_whole, rows: string, verb: string) =>
      `how many ${({ shared: 'shares', liked: 'likes', saved: 'saves', 'commented on': 'comments', reposted: 'shares' } as Record<string, string>)[verb.toLowerCase()] ?? verb} did ${rows} get`,
  ],
  // "Paid revenue with one line per sales channel": by it.
  [
    /\b(?:with )?(?:one|a|1|a single|1x) (?:line|row|entry|bar|column|figure|number) (?:per|for each|for every|for|each)\b/gi,
    'by',
  ],
  // "December impressions summed over every post i made": the total over them, as any figure is.
  [/\b(?:summed|added up|totall?ed|tallied)(?= (?:over|across|for|on) (?:every|each|all|my|our|the)\b)/gi, ''],
  // "How many orders ended up refunded": were.
  [/\b(?:ended up|wound up|end up|ends up)(?= [a-z]+ed\b)/gi, 'were'],
  // "How often did my content get displayed": how many times it was.
  [
    /\bhow often (?:did|does|do|has|have) (.+?) (?:get|gets|got|been) (displayed|shown|seen|viewed|watched|played|clicked)\b/gi,
    'how many times was $1 $2',
  ],
  // "Sell for more than $100 but cost us less than $40": both conditions.
  [/(?<=(?:\d[\d,.]*k?|%|dollars|bucks)(?: (?:a|per|each) [a-z]+)?)\s*,? but\b(?= [a-z])/gi, ' and'],
  // "Which single date had the highest takings": which day.
  [/\b(?:single|particular|specific|individual) (?:date|day)\b/gi, 'day'],
  [/\bwhich date\b/gi, 'which day'],
  // "What fraction were checked out via the Instagram Shop": placed through it.
  [/\bchecked out (?:via|through|on|with|at|in|using)\b/gi, 'placed through'],
  // "How much of 2025's gross profit did home goods contribute, as a share?": the share that came from them.
  [
    /^\s*how much of (.+?) (?:did|do|does) (.+?) (?:contribute|account for|make up|bring in|bring|generate)(?:,? (?:as an? )?(?:share|percentage|percent|%|fraction|proportion))?\s*([?.!]*)\s*$/gi,
    'what share of $1 came from $2$3',
  ],
  // "How much did we knock off prices with discount codes": what was given in discounts.
  [
    /\b(?:knock|knocked|shave|shaved|take|took|slash|slashed) off (?:(?:the |our |my )?prices? )?(?=(?:with|using|via|through|by)\b)/gi,
    'give in discounts ',
  ],
  // "Amount billed to subscribers who joined in may": the people joined then, all of them, whom the figure is of
  // (never a count of them).
  [
    /\b(to|from|for|by) (?:the )?(customers|subscribers|users|members|clients|shoppers|buyers|accounts|people) (?=(?:who|that) (?:have )?(?:joined|signed up|registered|subscribed)\b)/gi,
    '$1 all $2 ',
  ],
  // "Dollars charged to subscribers", "money billed to our customers": the money charged (to the layer's people,
  // as all of it is).
  [
    /\b(dollars|money|amount|cash) (charged|billed|invoiced) to (?:our |my |the |all (?:of )?(?:our |my |the )?)?(?:customers|subscribers|clients|members|users|accounts|buyers)\b(?! (?:who|that|from|in|on)\b)/gi,
    '$1 $2',
  ],
  // "Best time to post", "what day of the week should I post on instagram": when posts did best, which the data
  // shows (never advice of its own).
  [
    /^\s*(?:(?:what|when|which)(?:'s| is| was) )?(?:the |my )?(best|worst) (time|hour|day|weekday|day of (?:the )?week) (?:of (?:the )?day )?to (?:post|publish|share|upload)(?: (?:my |our |the )?((?!on\b|at\b|in\b)[a-z]+s)\b)?(.*?)\s*([?.!]*)\s*$/gi,
    (_: string, best: string, when: string, things: string | undefined, rest: string, end: string) =>
      `which ${/^(?:time|hour)$/i.test(when) ? 'hour of the day' : 'day of the week'} do my ${things ?? 'posts'} do ${best}${rest}${end}`,
  ],
  [
    /^\s*(?:what|which) (day of the week|day of week|weekday|day|time of day|time|hour of the day|hour) should (?:i|we) (?:post|publish|upload)(?: (?:my |our |the )?((?!on\b|at\b|in\b)[a-z]+s)\b)?(.*?)\s*([?.!]*)\s*$/gi,
    (_: string, when: string, things: string | undefined, rest: string, end: string) =>
      `which ${{ day: 'day of the week', time: 'hour of the day' }[when.toLowerCase()] ?? when} do my ${things ?? 'posts'} do best${rest}${end}`,
  ],
  // "Forget reels, all instagram posts": the rows said after it (what is forgotten is left out by them).
  [/^\s*(?:forget|never mind|nvm|scrap) (?:the )?[a-z' ]+?,\s*(?=(?:all|every)\b)/gi, ''],
  // "Discount dollars handed out": given.
  [/\b(?:handed|doled|given|gave|paid) out\b/gi, 'given'],
  // "Compare the two shops on average order value": by that figure ("on average" is not an adverb here).
  [
    /\bon (?=(?:the )?(?:average|avg|mean) (?:order|basket|cart|sale|transaction|invoice|ticket|post|deal)s? (?:value|size|amount|total)\b)/gi,
    'by ',
  ],
  // "Who signed up first", "who joined most recently": the earliest or the latest signup.
  [
    /^\s*who (?:signed up|joined|registered|subscribed|came on board) (?:the )?(first|earliest|last|latest|most recently)\s*[?.!]*\s*$/gi,
    (_whole, which: string) => (/^(?:first|earliest)$/i.test(which) ? 'the earliest signup' : 'the most recent signup'),
  ],
  // "Over the last 48 hours": whole days, as the data is (never a part of one).
  [
    /\b(last|past|previous) (\d+) (?:hours|hrs)\b/gi,
    (whole, last: string, hours: string) =>
      Number(hours) % 24 === 0 ? `${last} ${Number(hours) / 24} day${Number(hours) === 24 ? '' : 's'}` : whole,
  ],
  // "Did feb outsell jan": sold more than it; "is this month tracking ahead of last month": against it.
  [/\bout-?(?:sell|sells|sold|selling)\b/gi, 'sell more than'],
  [/\b(?:tracking|trending|running|pacing) (?:ahead of|behind|above|below|against)\b/gi, 'vs'],
  // "3 feb posts that reached the most people", "top 5 march orders by value": that many of the month's rows,
  // ranked; never the 3rd of February (a date says "on", or names one row).
  [
    /^(\s*(?:(?:show|list|give|get|pull|find)(?: me)? )?(?:the |my |our )?)(top |bottom )?(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?(?:'s)? ([a-z]+s)\b(?=(.*))/gi,
    (whole: string, lead: string, top: string | undefined, count: string, month: string, noun: string, rest: string) =>
      top !== undefined ||
      /\b(?:most|least|fewest|best|worst|highest|lowest|biggest|smallest|largest|top)\b/i.test(rest)
        ? `${lead}${top ?? ''}${count} ${noun} from ${month}`
        : whole,
  ],
  // "The $29 august invoice": an amount, then the month; never the 29th of August.
  [/([$£€]\s?\d[\d,]*(?:\.\d+)?) ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b(?! \d)/gi, '$2 $1'],
  // "The lowest-value paid order", "our most valuable orders": the smallest (largest) of those rows by their money.
  // ("Which channel brings the most valuable customers" asks the money each one is worth there, not the most of them.)
  [
    /(?<!\b(?:brings?|brought|bringing|drives?|drove|driving|gets?|got|attracts?|attracted|sends?|sent|wins?|won) (?:us |me )?(?:the )?)\b(lowest|least|smallest|highest|most|largest|biggest|top)[- ](?:value|valued|valuable) (?=[a-z])/gi,
    (_: string, end: string) => (/^(?:lowest|least|smallest)$/i.test(end) ? 'smallest ' : 'largest '),
  ],
  // "What did subscribers get charged (altogether)", "month by month, what did EMEA pro subscribers get billed",
  // "what did professional-tier subscribers get billed": how much, in all; never which of them.
  [
    /(^|[,—–-] ?|\band )what (did|do|does) ((?:[a-z][a-z-]* ){0,3}?[a-z]+) ((?:get|got|gets|been|get) (?:billed|charged|invoiced))\b(?: (?:altogether|all together|in total|combined|overall))?/gi,
    '$1how much $2 $3 $4',
  ],
  // "Shipping charged to customers", "fees billed to our clients": the figure; whom it was charged to adds nothing (read
  // first: "what did freight charged to customers add up to" asks about the freight).
  [
    /(?<!\b(?:sum|total|amount|money|dollars|cash) )\b(?:charged|billed|passed on) to (?:our |the |my )?(?:customers|buyers|shoppers|clients|subscribers|users)\b/gi,
    '',
  ],
  // "How many orders one customer makes in average", "billed for one subscriber on average": per customer.
  [/\bin average\b/gi, 'on average'],
  [
    /\b(?:for |by |to |from )?(?:one|a single|1) (customer|subscriber|buyer|shopper|client|member|user|account|person)\b(?=.*\b(?:on average|typically|usually)\b)/gi,
    'per $1',
  ],
  // "Freight", "postage": shipping.
  [/\b(?:freight|postage)\b/gi, 'shipping'],
  // "What did the june invoices add up to", "what do feb orders come to": how much they were, in all.
  [
    /(^|[,—–-] ?|\band )what (?:did|do|does) ((?:[a-z]+ ){0,3}?[a-z]+s) (?:add up to|come to|amount to|total up to|sum up to|add to)\b/gi,
    '$1how much were $2',
  ],
  // "What did paid orders bring in over November", "what did orders collect in June": the rows' money, in all ("what
  // did my latest post earn" is that post's own; "what did orders make in shipping fees" names the figure, read below).
  [
    new RegExp(
      `(^|[,—–-] ?|\\band )what (did|do|does) (?!(?:my |our |the )?(?:latest|last|newest|recent|most|first)\\b)((?:[a-z]+ ){0,2}?[a-z]+s) ((?:bring|brought|take|took|rake|raked|pull|pulled) in|make|earn|generate|gross|net|collect)\\b(?! in (?!(?:${MONTH_NAMES}|q[1-4]|h[12]|the|total|all|\\d)\\b)[a-z])(?: (?:altogether|all together|in total|combined|overall))?`,
      'gi',
    ),
    '$1how much $2 $3 $4',
  ],
  // "What share of revenue was paid by customers in Britain": the money from them, never a breakdown by customer.
  [
    /\b(?:(?:was|were|got|is|are) )?(?:paid|spent|contributed|generated|brought in) by (?=(?:our |my |the )?(?:customers|shoppers|buyers|clients|subscribers|users|members|people)\b)/gi,
    'from ',
  ],
  // "Which 3 products sold the most", "what 4 reels got the fewest likes": the that many that did, ranked.
  [
    /\b(?:which|what) (\d+) ((?:[a-z]+ ){0,2}?[a-z]+s) (?!(?:that|which|who|with|by|in|on|from|of)\b)(?=(?:[a-z]+ed|sold|had|got|made|drove|brought|won|saw|did|ran|sent|paid|spent|bought|grew|fell)\b)/gi,
    // (Said as a ranking, so a word for both a figure and its things, "items", is the things ranked.)
    (whole: string, count: string, things: string, ...rest: string[]) =>
      `${/^\D*?\b(?:fewest|least|lowest|smallest|worst|weakest)\b/i.test(String(rest[1]).slice(Number(rest[0]) + whole.length)) ? 'bottom' : 'top'} ${count} ${things} that `,
  ],
  // "How many posts did I share last month": how many were put out (never how often people shared them).
  [/\b(how many (?:[a-z]+ )?[a-z]+s) (did|do|have|has) (i|we) (?:share|shared)\b/gi, '$1 $2 $3 publish'],
  // "Compare that with January", "compare it to last year": compared with, the figure asked before being "that".
  [
    /\b(compare|compared|comparing) (?:that|it|this|those|these|them|the figure|that figure|that number)(?: one)? (with|to|against|w)\b/gi,
    '$1 $2',
  ],
  // "2025 relative to 2024", "August measured against July": compared with.
  [
    /\b(?:(?:relative|measured|stacked up|stack up) (?:to|against)|(?:set|sets|put|held|pitted) against)\b/gi,
    'compared to',
  ],
  // "Accessories' contribution to Q4 gross profit, as a proportion": their share of it.
  [
    /(?:['’]s?)? contribution to (?:the |our |my |total )?(.+?)(?:,? (?:as an?|in) (?:proportion|share|percentage|percent|fraction|%))?(?=\s*[?.!]*\s*$)/gi,
    ' share of $1',
  ],
  // "Orders carrying a discount above $30", "orders bearing a discount": with one.
  [/\b(?:carrying|carried|bearing|bore|sporting) (?=(?:an?|any|some|no) )/gi, 'with '],
  // "Which items cost us under $10 each to buy in": what they cost us, each.
  [/\b(cost (?:us|me)\b.*?) to (?:buy|bring|get|stock) (?:them |it )?in\b/gi, '$1'],
  // "The biggest comment pile", "like haul": that figure.
  [/\b(comment|like|share|save|view|follower|click)s? (?:pile|haul|heap|stack|tally)s?\b/gi, '$1s'],
  // "The channel whose paid orders averaged smallest", "the country whose orders averaged the biggest ticket": the one
  // with the smallest average order.
  [
    /\bwhose ((?:[a-z]+ ){0,2}?[a-z]+?)s? averaged (?:the )?(smallest|lowest|least|largest|biggest|highest|best|worst)(?: (?:ticket|basket|value|size|amount|spend))?\b/gi,
    'with the $2 average $1',
  ],
  // "What do we pay per unit for the soft cap": its unit cost.
  [/\bwhat do (?:we|i) pay (?:per unit|per item|each|a unit|an item|apiece) for\b/gi, 'unit cost of'],
  // "Posts that talked up the eye cream", "shouted out", "plugged": ones mentioning it.
  [
    /\b(?:have |has |had )?(?:talked up|talk up|talks up|shouted out|shout out|plugged|hyped|hyped up|featured)\b/gi,
    'mentioning',
  ],
  // "How many times have we posted about the sunscreen", "posts where i showed off the lip balm", "posts i made with
  // the midi dress in them": posts mentioning it.
  [/\bhow many times (?:have|has|did) (?:i|we) (?:posted|post|written|wrote) about\b/gi, 'how many posts mentioned'],
  [
    /\b(posts?|videos?|reels?) (?:where|in which|that|which) (?:i|we) (?:showed off|showed|show off|showcased|show|featured|feature|talked about|talk about)\b/gi,
    '$1 that mention',
  ],
  [
    /\b(posts?|videos?|reels?) (?:(?:that |which )?(?:i|we) (?:made|did|posted|put out|shared) )?with ((?:the |our |my )?(?:[a-z]+ ){0,3}?[a-z]+) in (?:them|it)\b/gi,
    '$1 that mention $2',
  ],
  // "Spend per paying customer, averaged": a figure per one of them is an average already.
  [/\b(per [a-z]+(?: [a-z]+)?),? averaged\b/gi, '$1'],
  // "Revenue divided by the number of paying customers", "likes divided by posts": that figure per one of them.
  [
    /\bdivided by (?:the )?(?:(?:total )?(?:number|count|#) of |total )?(?:distinct |unique |different |individual )?((?:[a-z]+ ){0,2}?[a-z]+?)(ies|s)?\b(?= *(?:[,.?!]|$|in |for |during |over |this |last |from |since |by ))/gi,
    (_: string, rows: string, plural: string | undefined) => `per ${rows}${plural === 'ies' ? 'y' : ''}`,
  ],
  // "Sign-ups (that) were acquired via instagram": from there; "customers acquired by way of tiktok": through it.
  [
    /\b(?:were|was|got|been|have been|had been) (?:acquired|sourced|won) (?:via|through|thru|from|by way of)\b/gi,
    'from',
  ],
  [/\b(acquired|sourced|won|brought in|came in|come in|coming in) (?:via|by way of)\b/gi, '$1 through'],
  // "How did the refund rate differ from one buyer country to the next", "vary from one platform to another": by it.
  [
    /\b(?:(?:differ|differs|differed|vary|varies|varied|change|changes|changed|compare|compares|compared|look|looks|looked)(?: \w+){0,2} )?from one ((?:[a-z]+ ){0,2}?[a-z]+) to (?:the next|another|the other)\b/gi,
    'by $1',
  ],
  // "How many customers do we have on file": every one of them there is.
  [/\b(?:on file|on record|on the books|in the system|in our system|in the database)\b/gi, ''],
  // "Yday revenue >> n the day prior?": "n" typed for "and".
  [/^\s*n (?=[a-z])/gi, 'and '],
  // "Which plan accounted for the most billing": which had the most.
  [
    /\b(?:accounted|accounts|account) for (?=(?:the )?(?:most|least|largest|biggest|smallest|highest|lowest|more|less|fewest)\b)/gi,
    'had ',
  ],
  // "Did aug billing fall short of july's": was it lower than it.
  [
    /\b(?:did|does|do) ((?:[a-z']+ ){1,4}?)(?:fall|fell|come in|came in|land|landed) (?:short of|below|under|lower than)\b/gi,
    'was $1lower than',
  ],
  // "Cut it by region", "split that by plan": broken down by it.
  [/\b(?:cut|split|slice|carve) (it|that|this|them|those) (?:up )?(?:by|per)\b/gi, 'break $1 down by'],
  // "Show it for each of the three months": by month.
  [
    /\b(?:for |across )?(?:each|every one|all) of the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (day|week|month|quarter|year)s\b/gi,
    'by $1',
  ],
  // "Same number but for tiktok videos": the same figure, for those.
  [/\b(same|same thing|same number|same figure|same count|same metric),? but for\b/gi, '$1 for'],
  // "How many patients did we see last month", "clients we treated": the people seen or treated (the layer's own
  // phrase, "patients seen"), never the new ones.
  [
    /\bhow many ((?:[a-z]+ ){0,2}?[a-z]+) (?:did|do|have|has|had) (?:we|i|you|they|the team|our team) (?:(see|saw|seen)|(treat|treated)|(serve|served)|(help|helped))\b/gi,
    (_: string, people: string, seen?: string, treated?: string, served?: string) =>
      `how many ${people} ${seen ? 'seen' : treated ? 'treated' : served ? 'served' : 'helped'}`,
  ],
  // "Sessions longer than 45 minutes", "calls shorter than 10 mins": more or fewer of that unit.
  [/\blonger than (?=\d[\d,.]* ?(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|nights?)\b)/gi, 'more than '],
  [/\bshorter than (?=\d[\d,.]* ?(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|nights?)\b)/gi, 'less than '],
  // "What plan do they pay for", "which tier is she paying for": the one they are on.
  [
    /\b(what|which) ([a-z]+) (do|does|did) ((?:[a-z0-9_-]+ ){0,2}?[a-z0-9_-]+) (?:pay|paying) for\b/gi,
    (_: string, what: string, thing: string, verb: string, who: string) =>
      `${what} ${thing} ${({ do: 'are', does: 'is', did: 'was' } as Record<string, string>)[verb.toLowerCase()] ?? 'is'} ${who} on`,
  ],
  [/\b(what|which) ([a-z]+) (is|are|was|were) ((?:[a-z0-9_-]+ ){0,2}?[a-z0-9_-]+) paying for\b/gi, '$1 $2 $3 $4 on'],
  // "Tiktok shop, same question", "Apparel next.": the question before, for that.
  [
    /^\s*(?!(?:what|which|who|how|why|when|where|is|are|was|were|do|does|did)\b)((?:[a-z0-9'-]+ ){0,3}[a-z0-9'-]+),? (?:(?:the )?same (?:question|q|thing|again|please|pls)|next|next please|next pls)\s*([?.!]*)\s*$/gi,
    'same for $1$2',
  ],
  // "Paid orders where the discount was bigger than $20": the rows with that condition (never a place).
  [
    /\bwhere (?:the|its|their|a|an) ((?:[a-z]+ ){0,2}?[a-z]+) (?:was|is|were|are|came to) (?=(?:bigger|more|larger|greater|higher|over|above|under|below|less|smaller|lower|at least|at most|exceeding|exceeded)\b)/gi,
    'with a $1 ',
  ],
  // "January units, by category crossed with sales channel": both breakdowns.
  [/\b(by [a-z]+(?: [a-z]+)?) (?:crossed with|cross-?tabbed with|crossed by|cross)\b/gi, '$1 and'],
  // "What did revenue look like each month": the figure, each month.
  [/\bwhat(?: did| does| do| has| have|'s) (.+?) look(?:ed)? like\b/gi, 'what was $1'],
  [
    /\bhow (?:did|does|do|has|have) (.+?) look(?:ed)?\b(?= (?:in|during|over|across|for|this|last|each|every|by|per|month|week)\b)/gi,
    'what was $1',
  ],
  // "Did clothes or home stuff sell for more money": which brought in more (never a price).
  [/\b(sell|sold|selling|sells) for (more|less) (money|cash|dollars)\b/gi, 'bring in $2 $3'],
  // "Posts we've put live", "videos that went live": published.
  [/\b(?:put|puts|putting|went|gone|go|goes|going) live\b/gi, 'published'],
  // "Profit on Meadow Face Serum since it exist", "since the day it launched", "since we listed it": all time (the
  // thing's whole life).
  [
    /\bsince (?:(?:the (?:day|moment|date|week) |when )(?:that )?)?(?:(?:it|they|he|she) (?:first )?(?:exist|exists|existed|launched|launch|came out|was added|were added|was launched|were launched|went on sale|went live|dropped|was created|were created|was listed|were listed|was released|were released)|(?:we|i) (?:first )?(?:launched|added|listed|released|dropped|started selling) (?:it|them))\b/gi,
    'all time',
  ],
  // "September through December 2025, all four months included": the span as said.
  [
    /,? (?:with )?(?:all|both) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:days|weeks|months|quarters|years) (?:included|inclusive|counted|in)\b/gi,
    '',
  ],
  // "One month earlier than that", "a week earlier": the period before.
  [
    /\b(?:one|a|1) (day|week|month|quarter|year) (?:earlier|prior|before)(?: than)?(?: (?:that|this|it))?\b/gi,
    'the $1 before',
  ],
  // "Across 2025, name the three items with the fattest margin": list them.
  [/(^|[,:—–]\s*)name (?=(?:the|my|our|all|every|\d+|one|two|three|four|five|ten)\b)/gi, '$1list '],
  // "My reach month by month over 2025": in that year.
  // ("Customers who spent over 2000", "orders worth over 2000": an amount after a verb of money, never a year.)
  [
    /(?<!\b(?:spent|spend|spends|spending|paid|pay|pays|worth|valued|priced|costing|cost|costs|earned|made|billed|charged|totalling|totaling) )\bover (?=(?:19|20)\d{2}\b(?! ?(?:dollars|usd|eur|gbp|bucks|units|orders|posts|likes|views)\b))/gi,
    'in ',
  ],
  // "Orders this week so far >> same days last week", "revenue same days last month": this one so far against the
  // same days of the one before (never the whole of it, by day).
  [
    /^(?!.*\b(?:this|vs|versus|compared|against)\b)(.*?)\b(?:the )?same days (?:of |in )?(?:last|the previous|previous|the prior|prior) (week|month|quarter|year)\b/gi,
    '$1this $2 so far vs the same days last $2',
  ],
  // "Revenue same week last year": this week so far against the same week a year before.
  [
    /^(?!.*\b(?:this|vs|versus|compared|against)\b)(.*?)\b(?:the )?same (week|month|quarter) (?:last year|a year (?:ago|earlier|before))\b/gi,
    '$1this $2 vs the same $2 last year',
  ],
  // "MTD revenue compared to this point last month": the same days of last month.
  [
    /\b(vs\.?|versus|compared (?:to|with)|against) (?:this|the same|that) (?:point|time|stage) (?:in |of )?(?:last|the previous|previous) (week|month|quarter|year)\b/gi,
    '$1 last $2',
  ],
  // "How much is still outstanding", "outstanding invoices": not paid yet (never "days sales outstanding").
  [/\b(?:is|are|remains?|still) (?:still )?outstanding\b/gi, 'is unpaid'],
  [/(?<!\bsales )\boutstanding (?=invoices?|bills?|balances?|amounts?|payments?)\b/gi, 'unpaid '],
  // ("Outstanding by customer", "total outstanding": what is unpaid, by them.)
  [
    /^(\s*(?:(?:the |our |total |how much is )?))outstanding(?= by\b|\s*[?.!]*\s*$| (?:per|for|from|in|last|this)\b)/gi,
    '$1unpaid amount',
  ],
  [/\btot\b(?= (?:billed|revenue|sales|orders|amount|spend|spent|paid|invoiced|number))/gi, 'total'],
  // "Subscribers who have paid us under $100 all told": what they spent with us (never a status named "paid").
  // ("How much has sub_ac_05 paid us": what they paid, as "how much did sub_ac_05 pay" is.)
  [/(\bhow much\b.*?\b(?:paid|pay|pays)) (?:us|me)\b(?! (?:back|for)\b)/gi, '$1'],
  [/\b(?:have |has |had )?(?:paid|pay|pays) (?:us|me)\b(?! (?:back|for)\b)/gi, 'spent'],
  // "Which region has more pro customers": the one with the most (with no "than", "more" ranks).
  [
    /^(\s*(?:which|what) (?:[a-z]+ ){1,2}?(?:has|had|have|got|gets|get|did|does|do|sold|sells|made|makes|brought|brings|drove|drives|saw|sees) )(more|fewer|less)\b(?!.*\b(?:than|or|vs|versus|compared)\b)/gi,
    (_: string, lead: string, word: string) =>
      `${lead}${/^more$/i.test(word) ? 'the most' : /^fewer$/i.test(word) ? 'the fewest' : 'the least'}`,
  ],
  // "Which geography leads on billing", "what plan topped in signups": the one with the most of it.
  [
    /^(\s*(?:which|what) (?:[a-z]+ ){1,2}?)(?:leads|led|is leading|was leading|tops|topped|comes first|came first) (?:on|in|for) (?!(?:the )?(?:list|chart|table|ranking|board)\b)/gi,
    '$1has the most ',
  ],
  // "Last 5 invoices", "my last 3 posts": the most recent rows (a period says its unit: "last 5 weeks").
  [
    /\blast (\d+) (?!(?:days?|weeks?|months?|quarters?|years?|hours?|wks?|mos?|yrs?|full|whole|complete|calendar|business|working|week ?ends?|weekdays|fiscal|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b)([a-z]+s)\b/gi,
    'the $1 most recent $2',
  ],
  // "Average revenue per user" with a period: per customer then (never other users' data). Without one, ARPU is
  // asked (see askRevenuePerUser).
  [/\barpu\b/gi, 'average revenue per user'],
  [
    /\bper (?:user|account holder)\b(?=.*\b(?:last|this|past|since|during|ytd|mtd|qtd|q[1-4]|h[12]|(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|monthly|weekly|per month|by month|each month|a month)\b)/gi,
    'per customer',
  ],
  // "All subscribers with their ids": the rows are listed by their ids already.
  [/,? (?:with|and|plus) (?:their|its|the) (?:ids|id numbers|ids and names)\b/gi, ''],
  // "How many times did my posts show up on ppl's screens", "how often did my content get displayed": times shown.
  [
    /\b(?:how many times|how often) (?:did|do|does|have|has|were|was) ((?:[a-z']+ ){0,3}?[a-z']+) (?:get |gets |got |been |be )?(?:displayed|shown|show up|shows up|showed up|appear|appeared|pop up|popped up)(?: (?:on|in) (?:[a-z']+ ){0,2}?(?:screens?|feeds?|timelines?|for you pages?|fyps?))?\b/gi,
    'times displayed of $1',
  ],
  // "Comments my tiktoks picked up", "racked up": got (never "is revenue picking up", a trend).
  [/(?<!\b(?:is|are|was|were|be|been|it|things?) )\b(?:pick|picks|picked|rack|racks|racked|racking) up\b/gi, 'get'],
  // "Fresh signups", "fresh customers": new ones.
  [/\bfresh (?=(?:sign-?ups|customers|subscribers|buyers|shoppers|clients|users|members)\b)/gi, 'new '],
  // "Which tier has attracted the most new subscribers": got them.
  [
    /\b(?:attracted|attracts|attract|drew|draws|won|wins|landed|lands|pulled in|pulls in)\b(?= (?:the )?(?:most|more|fewest|fewer|least) new\b)/gi,
    'got',
  ],
  // "Every sweater we make added up", "all hoodies summed together": combined.
  [/\b(?:added|summed|totted|totaled|totalled|lumped|rolled) (?:up|together)\b/gi, 'combined'],
  // "What beauty stuff do we carry", "which home items do we stock": the catalogue's products.
  [
    /\b(?:stuff|things|items|goods|lines|bits)(?= (?:do|does) (?:we|i|you) (?:carry|stock|offer|have in stock|list)\b)/gi,
    'products',
  ],
  // "How big a portion came via paid search", "how large a share of revenue": what share.
  [
    /\bhow (?:big|large|small|much of|high|sizeable|sizable) (?:a |of a )?(share|fraction|proportion|percentage|portion|part|chunk|slice|cut)\b/gi,
    'what $1',
  ],
  // "How often did people pass my stuff on to their friends", "forwarded my reels to friends": shared them.
  [
    /\b(?:pass|passed|passing|send|sent|sending|forward|forwarded|forwarding)( (?:my|our|the|their) (?:stuff|posts|content|things|videos|reels|pics|photos|images))? (?:on |along )?to (?:their |other |)(?:friends|mates|followers|others|other people)\b/gi,
    'share$1',
  ],
  // "Reels or carousels - which did we post more of", "which did I publish most of": which had more (the most)
  // posts.
  [
    /\bwhich (?:one )?(?:did|do|have) (?:we|i) (?:post|posted|publish|published|put out|share|shared|upload|uploaded) (more|most|fewer|less) of\b/gi,
    (_: string, end: string) => `which had ${/^(?:more|most)$/i.test(end) ? 'more' : 'fewer'} posts`,
  ],
  // "Margin on home goods in feb, gross", "profit last month - net": the word said last is the figure's own.
  [/^(.*?)\b(margin|margins|profit|profits|revenue|sales)\b(.*?)\s*[,;—–-]\s*(gross|net)\s*[?.!]*\s*$/gi, '$1$4 $2$3'],
  // "Split by where each customer first came to us from": how they found us (where they first came from is a
  // source, never where they live).
  [
    /\bwhere (?:(?:each|every|the|a|my|our) )?(customer|buyer|shopper|subscriber|client|user)s? (?:first|originally|initially) (?:came|come|comes|arrived)(?: (?:to|at) (?:us|me|the (?:shop|store)))?(?: from)?\b/gi,
    'how each $1 found us',
  ],
  // "The first half of may (1st-15th)": the days in brackets say the period again.
  [
    /(\b(?:first|second|1st|2nd|last) half of (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the month)(?: (?:19|20)\d{2})?)\s*\(\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|through|thru)\s*\d{1,2}(?:st|nd|rd|th)?\s*\)/gi,
    '$1',
  ],
  // "Billed through the end of june", "up to the end of q2": through that period.
  [
    /\b(through|thru|until|till|up to|up until) the end of (?=(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|h[12]|(?:19|20)\d{2})\b)/gi,
    '$1 ',
  ],
  // "Revenue last half of july": its second half.
  [
    /\blast half of (?=(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the month|the year|q[1-4]|(?:19|20)\d{2})\b)/gi,
    'second half of ',
  ],
  // "Which pulled more likes", "which post drew the most comments": got more (the most).
  [
    /\b(?:pulled|pulls|pull|drew|draws|draw|pulled in|pulls in|drew in|raked in|racked up|notched|notched up)\b(?= (?:the )?(?:most|more|fewer|fewest|least|less)\b)/gi,
    'got',
  ],
  // "Of everybody who signed up in 2025, what fraction found us through instagram", "taking every November order
  // regardless of status, what share was cancelled": a share of those people or rows, said the usual way round.
  [
    /^\s*(?:of|among|out of|amongst|(?:taking|counting|considering|looking at|across) (?:every|all)(?: the| our| my)?) (.{3,80}?),? (?:what|which) (?:share|fraction|proportion|percentage|percent|pct|%|part|portion)(?: of (?:them|those|these))? (?=[a-z])/gi,
    (_: string, whole: string) =>
      `what share of ${whole.replace(/^(?:everybody|everyone|all|every|the|our|my) /i, '')} `,
  ],
  // "What did we put on customers' bills in May": what was billed.
  [
    /\b(?:put|puts|putting|charged|charge|added|add) (?:on|onto|to) (?:(?:the|our|their|his|her|customers'?|clients'?|subscribers'?|people's|everyone's|all) )?(?:bills|invoices|bill|invoice)\b/gi,
    'billed',
  ],
  // "What month did we add the most subscribers", "gained more customers": got the most (more) new ones.
  [
    /\b(?:add|adds|added|adding|gain|gains|gained|gaining|acquire|acquires|acquired|acquiring|brought in|bring in|brings in|onboard|onboarded)\b (?:the )?(most|more|fewest|fewer|least) (?!new\b)(?=(?:customers|subscribers|buyers|shoppers|clients|users|members|sign-?ups|people)\b)/gi,
    'got the $1 new ',
  ],
  // "Which invoices are sitting open right now", "orders still pending at the moment": the rows as they stand (a
  // state has no period to ask about).
  [
    /\b((?:are|is) (?:still |sitting |currently )*(?:open|unpaid|outstanding|pending|overdue|due|unfulfilled|awaiting payment))(?: (?:right now|rn|at the moment|atm|currently|as of (?:today|now)|as we speak|today))\b/gi,
    '$1',
  ],
  // "Invoices still to be paid", "orders yet to be delivered", "left to be refunded": not yet in that state (never
  // the rows that are).
  [
    /\b(?:(?:are|is|r) )?(?:still |yet |left |waiting |still waiting )to be ([a-z]+ed|paid|sent|made|done|shipped|sold)\b/gi,
    'not yet $1',
  ],
  // "What fraction has not been paid yet", "invoices that haven't been sent yet": not yet in that state.
  [
    /\b(?:has|have) not been ([a-z]+ed|paid|sent|made|done|shipped|sold) yet\b|\b(?:hasn't|haven't|hasnt|havent) been ([a-z]+ed|paid|sent|made|done|shipped|sold)(?: yet)?\b/gi,
    (_: string, one?: string, other?: string) => `are not ${one ?? other ?? ''} yet`,
  ],
  // "Invoices that remain open", "orders that stayed pending": are in that state.
  [
    /\b(?:remain|remains|remained|stay|stays|stayed|continue to be|continues to be) (?=(?:still )?(?:open|unpaid|outstanding|pending|overdue|unfulfilled)\b)/gi,
    'are ',
  ],
  // "Total sitting unpaid with customers": money not yet paid, the amount of it (never how many rows owe it).
  [
    /\btotal (?:sitting |still |currently |left )*(unpaid|outstanding|owed|owing|overdue)(?: (?:with|by|from) (?:our |my |the )?(?:customers|clients|subscribers|people|members))?\b/gi,
    'total amount $1',
  ],
  // "Open invoice tally at the moment", "unpaid invoices right now", "amount unpaid right now": the same, the rows'
  // noun between or none.
  [
    /\b((?:open|unpaid|outstanding|pending|overdue|unfulfilled)(?: [a-z]+){0,3}?) (?:right now|rn|at the moment|atm|currently|at present|as of now|as we speak)\b/gi,
    '$1',
  ],
  // "Invoices outstanding right now": the noun first.
  [
    /\b([a-z]+s (?:open|unpaid|outstanding|pending|overdue|unfulfilled)) (?:right now|rn|at the moment|atm|currently|at present|as of now|as we speak)\b/gi,
    '$1',
  ],
  // "Number of subscribers we gained in q2", "customers we picked up last month", "subscribers acquired in May": the
  // new ones (not "acquired through" a channel, which says where they came from; "acquired by" is read with the layer).
  [
    /\b(?<!new )(customers|subscribers|buyers|shoppers|clients|users|members) (?:(?:that |who )?(?:we|i) (?:gained|added|acquired|won|picked up|brought in|brought on|onboarded|signed up|signed)|(?:acquired|gained|won|picked up|brought in|onboarded)(?! (?:through|via|thru|from|on|off|with|using|by)\b))\b/gi,
    'new $1',
  ],
  // "How many new folks hopped on board during may", "subscribers who came aboard": joined.
  [/\b(?:hopped|hop|hops|jumped|jump|jumps|came|come|comes|climbed|got) (?:on ?board|aboard)\b/gi, 'joined'],
  // "How much did we ask our subscribers to pay for august": what was billed to them.
  [
    /\b(?:ask|asked|asking|request|requested) (?:our |the |my |all (?:our |the )?)?(?:subscribers|customers|clients|users|members|accounts|people|folks) to pay\b/gi,
    'bill',
  ],
  // "Items whose unit cost sits under ten dollars": is under it.
  [
    /\b(?:sits|sit|sitting|stands|stand|comes in|come in|lands|runs) (?=(?:at |just )?(?:under|over|below|above|beneath)\b)/gi,
    'is ',
  ],
  // "Cloud tee units out the door in feb": sold.
  [/\b(?:went |go |going |gone |flew |flying )?out the door\b/gi, 'sold'],
  // "Folks who took out a subscription": signed up.
  [/\b(?:took|take|takes|taken|taking) out (?:a |an )?(?:new )?(?:subscription|plan|membership)\b/gi, 'signed up'],
  // "Mon thru sun, how many orders each day in december": each day of the week, Monday to Sunday.
  [
    /^\s*(?:mon|monday) ?(?:to|through|thru|-|–) ?(?:sun|sunday),\s*(.*?)\b(?:each|every|per|a|by) day\b/gi,
    '$1by day of the week',
  ],
  // "Pull my tiktok vids posted last week", "get me my reels", "grab all our refunded orders": the rows, listed.
  [
    /^\s*(?:(?:can you|could you|pls|please)\s+)?(?:pull(?: up)?|get me|grab|fetch|dig up|bring up) (?=(?:my|our|all|every)\b)/gi,
    'list ',
  ],
  // "On avg how many items go in each order", "how many items are in the average order": items per order.
  [
    /\b(?:(?:on (?:avg|average)|average|avg|typically|usually),? )how many ([a-z]+) (?:(?:go|goes|are|get|gets|got|went|were|is|sit|sits|sat|fit|fits|end up|ends up) )?(?:in|into|on|per) (?:each|every|an?|per|the) ([a-z]+?)s?\b|\bhow many ([a-z]+) (?:(?:go|goes|are|get|gets|got|went|were|is|sit|sits|sat|fit|fits|end up|ends up) )?(?:in|into|on) (?:the|an?) (?:average|typical) (?!(?:day|week|month|quarter|year)s?\b)([a-z]+?)s?\b/gi,
    (_: string, a?: string, b?: string, c?: string, d?: string) => `${a ?? c ?? ''} per ${b ?? d ?? ''}`,
  ],
  [
    /\bhow many ([a-z]+) (?:(?:go|goes|are|get|gets|got|went|were|is|sit|sits|sat|fit|fits|end up|ends up) )?(?:in|into|on) (?:each|every|an?|one|a single) ([a-z]+?)s?,? on (?:avg|average)\b/gi,
    '$1 per $2',
  ],
  // "Lowest refund rate among countries, 2025": the one country with it, as "which of them" asks (a breakdown by
  // country would list them all).
  [
    /^(\s*)(?:the )?(highest|lowest|biggest|smallest|largest|best|worst) ((?:[a-z0-9-]+ ){0,3}?[a-z0-9-]+) among (?:the |our |my |all (?:the |our |my )?)?((?:[a-z-]+ )?[a-z-]+s)(?=\s*(?:[,?.!:]|$|(?:in|during|for|last|this|over|calendar|so far|since|from)\b))/gi,
    '$1which of the $4 has the $2 $3',
  ],
  // "For this year on instagram, count the reels, images and carousels": how many there are.
  [
    /(^\s*|,\s*)count (?:up )?(?:the |our |my |all (?:the |our |my )?)?(?!(?:of|number|numbers|total|totals|amount|count|it|them|those|these|that|this|how|what|which|who|the number)\b)(?=[a-z])/gi,
    '$1how many ',
  ],
  // "Which posts got the weakest engagement": the lowest of it ("the strongest" the highest).
  [
    /\b(got|get|gets|had|have|has|with|by|drew|pulled) (the )?(weakest|poorest|strongest)\b(?= [a-z])/gi,
    (_: string, verb: string, the: string | undefined, word: string) =>
      `${verb} ${the ?? ''}${word.toLowerCase() === 'strongest' ? 'highest' : 'lowest'}`,
  ],
  // "How many units left the building", "went out the door": sold.
  [
    /\b(?:left|leave|leaves|leaving|went out|go out|goes out|going out) (?:of )?the (?:building|warehouse|shop|store|door|premises)\b/gi,
    'sold',
  ],
  // "Add up the impressions from every platform", "sum up all the refunds": their total (one figure, never one per
  // platform).
  [/\b(?:add|sum|tot) up (?!to\b)(?:all )?(?:the |our |my )?(?=[a-z])/gi, 'total '],
  [/\b(total\b.{0,60}?\b(?:from|across|on|over|in)) every\b/gi, '$1 all'],
  // "Wk before this one, how many orders got refunded": the one before the current week, last week.
  [
    /\b(?:the )?(wk|week|month|quarter|year) (?:before|prior to) (?:this|the current) (?:one|wk|week|month|quarter|year)\b/gi,
    (_: string, unit: string) => `last ${unit.toLowerCase() === 'wk' ? 'week' : unit}`,
  ],
  // "A customer is asking what the Soft Cap sells for": who asks, before the question itself.
  [
    /^\s*(?:a|one of (?:our|my|the)|my|our|the) (?:customer|client|buyer|shopper|colleague|boss|manager|accountant|supplier|friend|partner|investor)s? (?:(?:is|was) )?(?:asking|asked|asks|wants to know|wanted to know|wondering|wonders)(?: (?:me|us))?(?: about)?,?\s*(?=(?:what|how|which|who|when|where|whether|if)\b)/gi,
    '',
  ],
  // "Posts on instagram, tiktok and facebook respectively": each of them, as the list says already.
  [/,?\s*\brespectively\b,?/gi, ''],
  // "Since December started", "since the year began": since it (so from its first day).
  [
    new RegExp(
      `\\bsince ((?:the )?(?:(?:${MONTH_NAMES})|q[1-4]|(?:this |the )?(?:week|month|quarter|year))) (?:started|began|begun|kicked off|got going|opened|started out)\\b`,
      'gi',
    ),
    'since $1',
  ],
  // "Only the tiktok shop part of that?", "just the apparel slice of it": that part alone (never its share).
  [
    /^\s*(?:(?:and|so|ok|okay|now) )?(only|just) (?:the )?(.{2,40}?) (?:part|slice|portion|bit|piece|chunk|side) of (?:that|it|this|those|them)\s*(?:please|pls)?\s*[?.!]*\s*$/gi,
    '$1 $2',
  ],
  // "How much cash did we actually collect": the money, as "how much" asks already.
  [
    /\bhow much (?:cash|money|dough|dosh) (?=(?:did|have|has|do) (?:we|i) (?:actually |really )?(?:collect|collected|bring in|brought in|take in|taken in|receive|received|pull in|pulled in)\b)/gi,
    'how much ',
  ],
  // "Tiktok posts we published last week, show the list", "refunds from march, list them": the rows, listed.
  [
    /^\s*(?!(?:how|what|whats|what's|which|who|when|where|why|is|are|was|were|do|does|did|can|could|list|show|give|name)\b)([a-z0-9].{2,}?)[,;:-]?\s+(?:(?:pls |please )?(?:show|give|send|get)(?: me| us)? (?:the|a) (?:full )?list|list (?:them|those|these|them all|all of them|em)|(?:as|in) a list|show (?:them|those|these|them all|all of them|em))(?: (?:pls|please))?\s*[?.!]*\s*$/gi,
    'list $1',
  ],
  // "May invoices for americas-based customers, which ones": the rows themselves, asked after them.
  [
    /^\s*(?!(?:how|what|whats|what's|which|who|when|where|why|is|are|was|were|do|does|did|can|could|list|show|give|name)\b)([a-z0-9].{2,}?),?\s+(?:which ones|which are they|show me which)\s*[?.!]*\s*$/gi,
    'which $1',
  ],
  // "Break this year's revenue down by country": split by it.
  [
    /\bbreak(?:ing)? (?!(?:it|that|this|those|these|them) (?:down|out)\b|(?:down|out)\b)(.{1,60}?) (?:down|out) (by|per|across)\b/gi,
    '$1 $2',
  ],
  // "Orders … that were later cancelled": cancelled, whenever it happened.
  [/\b(?:later|subsequently|eventually|afterwards) (?=[a-z]+ed\b)/gi, ''],
  // "How they first found us", "where customers originally came from": how they came, whenever it was.
  [
    /\b(they|customers?|people|buyers?|shoppers?|users?|subscribers?|clients?) (?:first|originally|initially) (?=found|discovered|heard|came)/gi,
    '$1 ',
  ],
  // "By how they found us": where they came from.
  [
    /\bhow (they|customers|people|buyers|shoppers|users|subscribers|(?:the|each|every|a|our|my) (?:customer|buyer|shopper|user|subscriber|client|person)s?) (?:found|discovered|heard (?:about|of)|got to|came to) (?:us|the (?:shop|store|business|brand))\b/gi,
    (_: string, who: string) => `where ${who.replace(/^(?:each|every|a|our|my) /i, 'the ')} came from`,
  ],
  // "Revenue split by how we got the customer", "how we won each buyer": where they came from.
  [
    /\bhow (?:we|i) (?:got|get|won|win|acquired|acquire|landed|gained|found|brought in|picked up) (?:the|each|every|a|our|my) (customer|buyer|shopper|user|subscriber|client)s?\b/gi,
    'where the $1 came from',
  ],
  // "Billing divided between basic and pro": split between them.
  [/\b(?:divided|distributed|spread|apportioned|shared out|broken up) (between|across|among)\b/gi, 'split $1'],
  // "Avg # of items in a basket", "how many orders does a buyer place on avg": a count of things per row or person
  // (the figure per one of them), never the money of each.
  // "How many units did a basket hold on average": the things in one, as below.
  [
    /\bhow many (items|units|products|pieces) (?:did|does|do|would|will) (a|an|each|every|the average|the typical|one) ((?:[a-z]+ ){0,2}?)(order|basket|cart|purchase|checkout) (?:hold|contain|include|carry|have in it|have)\b/gi,
    'how many $1 in $2 $3$4',
  ],
  [
    /\b(items|units|products|pieces|things) (?:go |goes |are |were |is |was |get |gets |sit |sits |sat )?in (?:a|an|each|every|the average|the typical|one) ((?:[a-z]+ ){0,2}?)(order|basket|cart|purchase|checkout)\b/gi,
    // ("Items in a web store order": the words before the row say which rows, kept after it.)
    (_: string, things: string, which: string, row: string) => `${things} per ${row}${which ? ` ${which.trim()}` : ''}`,
  ],
  // ("Things per order": the items in one, as "things in an order" reads.)
  [/\b(?:things|stuff) per (order|basket|cart|purchase|checkout)\b/gi, 'items per $1'],
  [
    /\bhow many (orders|purchases|items|units|products) (?:does|do|did|will) (?:a|an|each|every|the average|the typical|one) ([a-z]+) (?:place|make|buy|purchase|order|put in|have|get)\b/gi,
    'how many $1 per $2',
  ],
  // "TikTok Shop's slice of sales, in percent": as a percentage.
  [/,? (?:in|as) (?:a )?(?:percent|pct|percentage terms|%)(?= |[?.!]|$)/gi, ' as a percentage'],
  // "EMEA subscriber numbers for July": how many of them.
  [/\b(subscriber|customer|member|user|follower|signup|sign-up|client|buyer)s? numbers\b/gi, '$1 count'],
  // "How much money did we ask subscribers to pay", "did we bill customers": what they paid; who was billed is said
  // by the figure.
  [
    /\b(?:did|do|does|have) (?:we|i) (?:ask|asked|get|got|require|required) (?:our |my |the )?(subscribers|customers|clients|users|members|people|them) (?:to pay|for)\b/gi,
    'did $1 pay',
  ],
  [
    /\bhow much (?:money|cash|dough) (?=(?:did|do|does) (?:subscribers|customers|clients|users|members|people|them) pay\b)/gi,
    'how much ',
  ],
  [
    /\b(bill|billed|charge|charged|invoice|invoiced) (?:our |my |the )?(?:subscribers|customers|clients|users|members)(?= (?:in|during|for|over|last|this|since|between|from)\b|\s*[?.!]*$)/gi,
    '$1',
  ],
  // "Go back one more month" after a month: the month before it.
  [
    /^\s*(?:(?:and|now|ok|okay|so|then)[, ]+)?(?:go|step|move|roll|jump) back (?:one more|another|one|a|1|an extra) (day|week|month|quarter|year)\b/gi,
    'and the $1 before',
  ],
  // "The three acquisition channels whose customers generated the most revenue": the channels that did, by what
  // their people did.
  [
    /\bwhose (?:customers|buyers|subscribers|people|users|members|shoppers|clients) (?=(?:generated|brought in|drove|produced|made|were billed)\b)/gi,
    'that ',
  ],
  // "How many times more revenue did the online store make than the Instagram Shop": the two set side by side (a
  // multiple, never a count).
  [/\bhow many times (?=(?:more|less|bigger|larger|higher|greater|as much|as many)\b)/gi, 'how much '],
  // "Second best selling product", "the third most liked post": the top two (three), the one asked for among them.
  [
    /\b(?:(?:the|my|our|what(?:'s| is| was) (?:the|my|our)) )?(second|2nd|third|3rd|fourth|4th|fifth|5th) (best|most|biggest|highest|largest|top)\b/gi,
    (_: string, place: string, word: string) => `top ${ORDINALS[place.toLowerCase()] ?? 2} ${word}`,
  ],
  [
    /\b(?:(?:the|my|our|what(?:'s| is| was) (?:the|my|our)) )?(second|2nd|third|3rd|fourth|4th|fifth|5th) (worst|lowest|smallest|least|fewest)\b/gi,
    (_: string, place: string, word: string) => `bottom ${ORDINALS[place.toLowerCase()] ?? 2} ${word}`,
  ],
  // "Black Friday week 2025 (Nov 24 to Nov 30)": the dates said again in brackets add nothing.
  [
    /\s*\((?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9})\s*(?:to|-|–|through|thru)\s*(?:[a-z]{3,9}\.? )?\d{1,2}(?:st|nd|rd|th)?(?: [a-z]{3,9})?(?:,? \d{4})?\)/gi,
    '',
  ],
  // "Customers who ordered 3+ times", "5+ orders": that many or more.
  [/(?<![$£€\d.,])(\d+) ?\+ (?=(?:times|orders|purchases|items|units|posts|invoices|products)\b)/gi, '$1 or more '],
  // "How many fresh faces signed up": new people.
  [/\bfresh faces\b/gi, 'new people'],
  // "Customers based in the US", "buyers located in France": in it.
  [/\b(?:based|located|living|residing|who live|that live|who are based|that are based) in\b/gi, 'in'],
  // "How many of them live in france": are in it.
  [/\b(of (?:them|those|these)) (?:live|lives|reside|are based|are located) in\b/gi, '$1 are in'],
  // "By the country customers live in", "the region our subscribers are based in": by that country (region).
  [
    /\b((?:country|countries|region|regions|city|cities|state|states|market|markets)) (?:(?:the|our|my|its|their) )?(?:customers?|buyers?|shoppers?|subscribers?|clients?|members?|users?|people|they|folks) (?:live|lives|reside|resides|are based|are located|are) in\b/gi,
    '$1',
  ],
  // "Cash that came thru the door", "money coming through the door": money that came in.
  [/\b(came|come|comes|coming) (?:in )?(?:thru|through) the (?:door|doors|till|register)\b/gi, '$1 in'],
  // "How often did folks tap the heart on my posts", "double-tapped": liked them.
  [
    /\b(?:tap|taps|tapped|tapping|hit|hits|hitting|smash|smashed|press|pressed) (?:the |that )?(?:heart|like button)s?(?: (?:on|for))?\b/gi,
    'like',
  ],
  [/\bdouble[- ]?tap(?:s|ped|ping)?(?= (?:on |my |our |the |\w))/gi, 'like'],
  // "What customers handed over to us": what they paid.
  [
    /\b(?:handed|forked|shelled) (?:over|out)(?: to (us|me))?\b/gi,
    (_: string, to?: string) => (to ? `paid ${to}` : 'paid'),
  ],
  // "What did shoppers hand over for delivery": what they paid for it.
  [
    /\b(did|do|does) ((?:the |our |my )?(?:shoppers|customers|buyers|people|ppl|clients|subscribers|folks|members|they)) hand over\b/gi,
    '$1 $2 pay',
  ],
  // "Fresh customer accounts", "fresh signups": new ones.
  [
    /\bfresh (?=(?:customers?|subscribers?|signups?|sign-ups?|accounts?|buyers?|shoppers?|clients?|members?)\b)/gi,
    'new ',
  ],
  // "Which two ran the thinnest gross margins", "the fattest margin": the lowest (highest) of them.
  [/\b(?:thinnest|slimmest|narrowest|skinniest|tightest|leanest)\b(?= (?:[a-z]+ )?margins?\b)/gi, 'lowest'],
  [/\b(?:thinner|slimmer|narrower|skinnier|tighter|leaner)\b(?= (?:[a-z]+ )?margins?\b)/gi, 'lower'],
  [/\b(?:fattest|widest|thickest|juiciest|healthiest|richest|fatter)\b(?= (?:[a-z]+ )?margins?\b)/gi, 'highest'],
  // "Of our four categories, which two ran …": which two categories did.
  [
    /^\s*(?:of|among|out of|from|across) (?:(?:all )?(?:our|my|the|all) )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?([a-z]+s),\s*which (\d+|one|two|three|four|five)\b(?! of\b)/gi,
    'which $2 $1',
  ],
  // "Which of the four categories ran the best margin", "which 3 of my reels": which of them; how many the layer
  // has is not a top N.
  [
    /\bwhich of (?:the|my|our|all) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) ((?:[a-z]+ ){0,2}?[a-z]+s)\b(?= (?:had|has|have|ran|run|runs|produced|got|gets|did|does|was|is|were|are|made|makes|brought|sold|sells|earned|performed|generated|drove|saw|posted|recorded|led|leads|came|won|delivered|pulled|returned)\b)/gi,
    (_: string, things: string) => `which ${things.replace(/[a-z]+$/, (last) => stem(last.toLowerCase()))}`,
  ],
  [
    /\bwhich (\d+|two|three|four|five|six|seven|eight|nine|ten) of (?:my|our|the|all(?: (?:my|our|the))?) /gi,
    'which $1 ',
  ],
  // "Which category ran the best margin", "which country has produced the most new customer accounts": had.
  [
    /\b(?:ran|runs|run|produced|produces|produce|posted|posts|recorded|records|record|racked up|notched|clocked|logged)(?= (?:the )?(?:best|worst|most|fewest|least|highest|lowest|biggest|smallest|top)\b)/gi,
    'had',
  ],
  // "How many new customer accounts were opened": the customers who signed up.
  [/\b(?:new )?customer accounts (?:(?:were|was|got|have been|has been) )?opened\b/gi, 'new customers signed up'],
  [/\b(?:new )?customer accounts\b/gi, 'new customers'],
  // "Add up the video views on …": their total.
  [/^\s*(?:please |pls |can you |could you )?add(?:ing)? up (?:all )?(?:the |my |our )?/gi, 'total '],
  // "In the last quarter of 2025", "the first quarter of 2024": that quarter of the year.
  [
    /\b(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final) quarter of (\d{4})\b/gi,
    (_: string, which: string, year: string) => `q${ORDINALS[which.toLowerCase()] ?? 4} ${year}`,
  ],
  // "The 2025 holiday quarter (Oct–Dec)": the fourth; its months said again in brackets add nothing. (A fiscal
  // quarter's months say which months it is: kept, for the calendar to read.)
  [/\bholiday quarter\b/gi, 'q4'],
  [
    /(?<!\b(?:fiscal|fy) ?)\b(q[1-4]|quarter)( \d{4})? \((?:jan|january|apr|april|jul|july|oct|october)\.? ?(?:–|-|to|through|thru) ?(?:mar|march|jun|june|sep|sept|september|dec|december)\.?\)/gi,
    '$1$2',
  ],
  [/\b(?:the )?(\d{4}) (q[1-4])\b/gi, '$2 $1'],
  // "In the april-june quarter", "the jan to mar quarter of 2025": the calendar quarter those months are.
  [
    /\bthe (jan|january|apr|april|jul|july|oct|october)\.? ?(?:–|-|to|through|thru) ?(mar|march|jun|june|sep|sept|september|dec|december)\.? quarter(?: of| in)?( \d{4})?\b/gi,
    (whole: string, first: string, last: string, year: string | undefined) => {
      const quarter = ['jan', 'apr', 'jul', 'oct'].indexOf(first.slice(0, 3).toLowerCase());
      const ends = ['mar', 'jun', 'sep', 'dec'].indexOf(last.slice(0, 3).toLowerCase());
      return quarter === ends ? `q${quarter + 1}${year ?? ''}` : whole;
    },
  ],
  // "Q4 2025 versus the same quarter of 2024": that quarter of the other year.
  [
    /\b(q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (\d{4}) (vs\.?|versus|against|compared (?:to|with)) (?:the )?same (?:quarter|half|month) (?:of|in) (\d{4})\b/gi,
    '$1 $2 $3 $1 $4',
  ],
  // "January vs February orders this year", "jan v feb revenue in 2025": the year said after the figure is both
  // months' year, said after each of them.
  [
    /\b((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)) (vs\.?|versus|v|compared (?:to|with)|against|or) ((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\b((?: [a-z]+){1,3}?) (this year|last year|(?:in )?(?:19|20)\d{2})(?=\s*[?.!]*\s*$)/gi,
    (_: string, first: string, versus: string, second: string, between: string, said: string) => {
      const year = said.replace(/^in /i, '');
      return `${first} ${year} ${versus} ${second} ${year}${between}`;
    },
  ],
  // "December vs the December before", "than december a year earlier": the same month a year before.
  [
    /\b(vs\.?|versus|than|against|compared (?:to|with)|over) (?:the )?(jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (?:before|prior|(?:a|one) year (?:earlier|before|prior|ago)|the year before|of the (?:year|previous year|prior year) before|of the previous year|of the prior year)\b/gi,
    '$1 the same month last year',
  ],
  // "The six full weeks before this one": the last six full weeks.
  [
    /\b(?:the )?(\d+|[a-z]+) (full |whole |complete )?(weeks|months) (?:before|prior to|preceding) (?:this|the current) one\b/gi,
    'the last $1 $2$3',
  ],
  // "Same wk last yr", "vs prev 30", "last qtr": units and words typed short, spelled out once for every reading.
  [/\bwks\b/gi, 'weeks'],
  [/\bwk\b/gi, 'week'],
  [/\b(?:wkend|wknd|wk end|w\/e)(s?)\b/gi, 'weekend$1'],
  [/\bwkdays?\b/gi, 'weekdays'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
  [/\bqtrs\b/gi, 'quarters'],
  [/\bqtr\b/gi, 'quarter'],
  [/\bmths\b/gi, 'months'],
  [/\bmth\b/gi, 'month'],
  [/\bprev\b/gi, 'previous'],
  [/\bths\b/gi, 'this'],
  // "How'd my reels do": how did.
  [/\bhow['’]d\b/gi, 'how did'],
  [/\bthier\b/gi, 'their'],
  // "Subscribers whose lifetime billing exceeds $200": their billing over all time (a lifetime value is another
  // figure, and stays unknown).
  [/\b(?:lifetime|all-time|all time) (?!value|values|ltv)(?=[a-z]+\b)/gi, ''],
  // "My tiktoks from last week, just the ids", "unpaid invoices - ids only": the rows listed (a list names each by
  // its id or name already).
  [
    /^(.+?)(?:\s*[,;:–—-]?\s+(?:just|only) (?:the |their )?(?:ids|id numbers|numbers|names|titles)|\s*[,;:–—-]\s*(?:(?:the )?(?:ids|id numbers|names|titles) only|(?:their |the )?(?:ids|id numbers|names|titles) (?:pls|plz|please)))\s*[?.!]*\s*$/gi,
    (_: string, rows: string) => listed(rows),
  ],
  // "Every open invoice, listed out", "refunds from june one by one": the rows, listed.
  [
    /^(.+?)\s*[,;:–—-]?\s+(?:listed out|laid out|itemi[sz]ed|one by one|line by line)\s*[?.!]*\s*$/gi,
    (_: string, rows: string) => listed(rows),
  ],
  // "Paid orders above $400 last month: order numbers please": those rows' numbers, listed.
  [
    /^\s*(.+?)\s*(?::|,|;| -| –| —)\s*(?:(?:just |only )?(?:the |their |its )?)?([a-z]+ (?:numbers|ids|names|titles))(?: please| pls| plz| only)?\s*[?.!]*\s*$/gi,
    'list $2 of $1',
  ],
  // "Orders on saturday the 7th", "sunday, march 8", "sat 14 mar", "mon 2 to sun 8 march": the date says the day;
  // the weekday, whole or typed short, only names it.
  [
    /\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?),? (?=\d{1,2}(?:st|nd|rd|th)? (?:to|through|thru|until|till|-|–) (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|the \d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    '',
  ],
  // "From march 9 through yesterday", "9 mar to date", "between feb 2 and today": since that day (the data runs
  // through yesterday).
  [
    /\b(?:from |between |starting )?((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the \d{1,2}(?:st|nd|rd|th))(?:,? (?:19|20)\d{2})?) ?(?:to|through|thru|until|till|up to|up until|and|-|–) ?(?:yesterday|today|now|date|the present)\b/gi,
    'since $1',
  ],
  // "Orders from france that got refunded in february, list them": those rows, listed.
  [
    /^\s*(.+?)\s*(?:,|:|;| -| –| —)\s*(?:(?:pls|please|can you|could you) )?(?:list|show|give me|name) (?:them|those|these|'?em)(?: all)?(?: for me)?(?: please| pls| plz)?\s*[?.!]*\s*$/gi,
    'list $1',
  ],
  // "Products that joined our catalogue since new year": the products added.
  [
    /\b(?:(?:that|which) )?(?:(?:have |has )?(?:joined|entered|came into|went into)|(?:were|was|got|have been|has been) added to) (?:our |the |my )?(?:catalog(?:ue)?|range|line-?up|assortment)\b/gi,
    'added',
  ],
  [/\b([a-z]+) (?:that|which) (?:were|was|got|have been|has been) added\b/gi, '$1 added'],
  // "What percent of Q4 revenue was attributed to posts", "how much revenue was from posts": the figure said of
  // where it came from, as the layer words it ("revenue attributed", "revenue from posts").
  [
    /\b(?!(?:many|much|which|what|who|it|they|that|these|those|this|there|most|some|all|any|none|one|ones|each|how|ever)\b)([a-z]+) (?:was|were|got|has been|have been) (attributed to|credited to|from|through|via)\b(?= [a-z])(?! (?:last|this|next|in|on|during|since|the (?:last|past|start))\b)/gi,
    '$1 $2',
  ],
  // "Revenue not counting the US", "orders leaving out cancelled ones": without those rows.
  [/\b(?:not counting|leaving out|setting aside|minus all) (?=(?:the |any |all )?[a-z])/gi, 'excluding '],
  // "The lifetime value of a customer": the customer lifetime value, which no figure of a layer is unless it says so
  // (never the money of all time).
  [
    new RegExp(
      `\\blifetime value (?:of|per|for) (?:a |an |each |every |one |the average |the typical |our |my )?(${PERSON_OR_PEOPLE})\\b`,
      'gi',
    ),
    (_: string, person: string) => `${singular(person.toLowerCase())} lifetime value`,
  ],
  // "Top region by subscribers", "biggest country by customer count", "top 3 countries by customers": the groups
  // ranked by how many people they have, never the top people within each.
  [
    new RegExp(
      `\\b(top|bottom|biggest|largest|smallest|leading)( \\d+)? ([a-z]+) by (?:the )?(?:number of |count of )?(${PERSON_OR_PEOPLE})(?: count)?\\b(?! (?:who|that|with|whose|which|in|from|of)\\b)`,
      'gi',
    ),
    (_: string, rank: string, count: string | undefined, group: string, person: string) => {
      const people = pluralize(singular(person.toLowerCase()));
      // (One group, said in the singular: the one with the most of them.)
      if (count === undefined && !/s$/i.test(group))
        return `the ${group} with the ${/^(?:bottom|smallest)$/i.test(rank) ? 'fewest' : 'most'} ${people}`;
      return `${rank}${count ?? ''} ${group} by number of ${people}`;
    },
  ],
  // "Orders that had any discount applied", "with a code used": that they had it.
  [
    /\b(had|have|has|with) ((?:any |a |an |some )?[a-z]+(?: [a-z]+)?) (?:applied|used|redeemed)\b(?! (?:to|on|by|for|at|in)\b)/gi,
    '$1 $2',
  ],
  // "Anything new added to the product range since December?": the products added.
  [
    /\b(?:(?:is|was) there )?(?:(?:anything|something)(?: new)?|what(?:'s|s| is| has been| have been)? new)(?: that| which)?(?: has been| have been| was| were| got| been)? (?:added|launched|introduced|brought in) (?:to|into|in) (?:our |the |my )?(?:product )?(?:catalog(?:ue)?|range|line-?up|assortment)\b/gi,
    'products added',
  ],
  // A follow-up that trades one value for another: "facebook instead of instagram", "swap instagram for facebook",
  // "replace instagram with facebook", "switch instagram to facebook": the new value instead, not both compared.
  [
    /\binstead of (?:the |my |our )?[a-z0-9'&-]+(?: (?!(?:last|this|next|in|on|during|for|since|by|per|from|over|yesterday|today|ytd|mtd|so|and|or|vs|versus|please|pls)\b)[a-z0-9'&-]+)?(?=\s*(?:[?.!,]|$)|\s+(?:last|this|in|on|during|for|since|by|per|from|over|yesterday|today|ytd|mtd|so far|please|pls)\b)/gi,
    'instead',
  ],
  [
    /^\s*(?:(?:and|ok|okay|now|but|so),? )?(?:swap|switch|flip|change|replace|trade) (?:out )?(?!(?:it|that|this|them|those|these|to|over|the (?:grain|period|dates?|figure|metric))\b)(?:[a-z0-9'&-]+(?: [a-z0-9'&-]+){0,2}) (?:out )?(?:for|to|with) (.+?)\s*([?.!]*)\s*$/gi,
    '$1 instead$2',
  ],
  // "The eight full weeks ending 8 March": whole units, as every span said by its end is.
  [
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:full|whole|complete|entire) (days|weeks|months)(?= (?:ending|ended|that ended)\b)/gi,
    '$1 $2',
  ],
  // "Revenue for the twelve full months March 2025 through February 2026", "over the last 12 months, March 2025
  // through February 2026": the months named say the span.
  [
    /\b(?:for |over |in )?(?:the )?(?:(?:last|past|previous|prior|trailing) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|eighteen|twenty-four) (?:(?:full|whole|complete|entire|calendar) )?months,? (?:of |from )?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2} (?:to|through|thru|until|till|-|–) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2}\b)/gi,
    'over ',
  ],
  // "From the first of March 2025 to the end of May 2025": from its first day to its last.
  [
    /\b(from|since|between) the (?:first|1st|start|beginning) of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    '$1 ',
  ],
  [
    /\b(from (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: (?:19|20)\d{2})? (?:to|through|thru|until|till)) the end of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    '$1 ',
  ],
  // "June onward", "from sept 2025 on", "march 3rd onwards": since then.
  [
    /\b(?:from |starting |starting from )?((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:,? (?:19|20)\d{2})?) (?:onwards?|forwards?|and after|and later)\b/gi,
    'since $1',
  ],
  [
    /\bfrom ((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:,? (?:19|20)\d{2})?) on\b(?=\s*(?:[?.!,;]|$))/gi,
    'since $1',
  ],
  // "Signups between 10 and 20 May", "from the 3rd to the 9th of june": the days of that month.
  [
    /\b(between|from) (?:the )?(\d{1,2})(?:st|nd|rd|th)? (and|to|through|thru|until|till|-|–) (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/gi,
    '$1 $5 $2 $3 $5 $4',
  ],
  // "Sales for the 1st through 10th of feb", "feb the 1st to the 10th": those days of that month, said without "from".
  [
    /\b(?:(?:for|on|during|in|over) )?(?:the )?(\d{1,2})(?:st|nd|rd|th) (?:to|through|thru|until|till|-|–) (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/gi,
    'from $3 $1 to $3 $2',
  ],
  [
    /\b(?:(?:for|on|during|in|over) )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) the (\d{1,2})(?:st|nd|rd|th)? (?:to|through|thru|until|till|-|–) the (\d{1,2})(?:st|nd|rd|th)?\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    'from $1 $2 to $1 $3',
  ],
  // "The second quarter against the first", "h2 vs the first half": each said in full.
  [
    /\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter (vs\.?|versus|against|compared (?:to|with)) the (first|second|third|fourth|1st|2nd|3rd|4th)(?: one| quarter)?\b/gi,
    '$1 quarter $2 $3 quarter',
  ],
  // "Gross profit for the month of December", "in the year of 2025": that month or year, never a series by month.
  [
    /\b(for|in|during|over|throughout|across) the (?:month|quarter|year) of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|(?:19|20)\d{2}\b)/gi,
    '$1 ',
  ],
  // "Combined reach on every post whose caption names …": the total over them, never one figure per post.
  // ("Combined reach of every instagram reel i put up": of all of them, the same.)
  [/\b((?:combined|aggregate) [a-z]+(?: [a-z]+)? (?:on|across|over|of|for)) (?:every|each)\b/gi, '$1 all'],
  // "Gross margin percentage", "disc rate jan, pct": a rate is a percentage already; the word restates it (never the
  // sign of a number, "engagement rate over 10%").
  [/\b(margin|rate|ratio)(?:,)? (?:percentage|percent|pct)\b/gi, '$1'],
  [
    /^(?=.*\b(?:rate|margin|ratio|share|fraction|proportion)\b)(.*?)\s*,?\s*(?:(?:in |as (?:a )?)(?:pct|percentage|percent|%)|(?<![\d.]\s?)(?:pct|percentage|percent|%))\s*([?.!]*)\s*$/gi,
    '$1$2',
  ],
  // "Tip % last month", "cancel % feb": a rate asked, never read as the amount ("%" after a number is that number's),
  // the layer's where it has one ("cancel rate"), else declined on it. (Beside a
  // rate, a share or "of", the "%" only restates it: "gross margin % dec", "what % of orders", "apparel cut, %"; "what
  // % r open" asks a share, "gp %" the margin.)
  [
    /^(?!.*\b(?:rate|rates|margin|margins|ratio|share|cut|fraction|proportion|percentage|percent|of)\b)(.*?)(?<![\d.]\s?|\b(?:what|which|the|gp|gm|profit|profits|markup)\s?)%/gi,
    // ("% solved within 24h": a "%" said first names the figure after it, read with the layer.)
    (whole: string, before: string) => (before.trim() === '' ? whole : `${before} rate `),
  ],
  // "A monthly series of billed amounts", "the weekly trend of orders": the figure by that unit.
  [/\b(?:an? |the )?(daily|weekly|monthly|quarterly|yearly) (?:series|run|sequence) (?:of|for)\b/gi, '$1'],
  // "What did billing add up to across April, May and June": its total.
  [/\b(?:add|adds|added) up to\b/gi, 'total'],
  // "July bills bigger than $50 - count em": them.
  [
    /\b(count|list|show|give|sum|total|tally|add up|rank|sort|split|filter|chart|plot|compare|break|of|for|to) '?em\b/gi,
    '$1 them',
  ],
  // "Paid revenue bucketed by ISO week", "orders grouped per month": by it.
  [
    /\b(?:bucketed|bucketted|binned|grouped|aggregated|rolled up|broken out|bucketed up|split up) (?:by|per|into)\b/gi,
    'by',
  ],
  // "Pull up sub_ac_07's invoice numbers": those rows, listed by their ids (never their count or money).
  [
    /^\s*(?:(?:can you |pls |please )?(?:show me|show|give me|get me|pull up|see|send me|list) )?(?:all (?:of )?)?([a-z]+[_-][a-z0-9_-]*\d[a-z0-9_-]*)(?:'s|s') (invoice|order|post|payment|purchase|bill|refund)s? (?:ids|id numbers|numbers|nos|#s)\b/gi,
    'list the $2s of $1',
  ],
  // "Pull up all of sub_ac_08's invoices", "sub_ac_04's most recent invoice": the rows of that one row, said by its
  // key.
  [
    /\b(?:all of )?([a-z]+[_-][a-z0-9_-]*\d[a-z0-9_-]*)(?:'s|s') ((?:(?:most recent|latest|last|first|earliest|newest|oldest|biggest|largest|smallest) )?)(invoices?|orders?|posts?|payments?|purchases?|bills?|refunds?)\b/gi,
    (_whole, key: string, rank: string, rows: string) => `${rank === '' ? '' : `the ${rank}`}${rows} of ${key}`,
  ],
  // "May: headcount of folks who signed up": a month said first, as a heading, is the period ("may" too).
  [/^\s*(may|june|july|march|august|april)\s*[:–—-]\s+/gi, 'in $1 '],
  // "Across every subscriber we have, which tier is most common": all of them, which goes without saying.
  [
    /^\s*(?:across|among|of|out of|over) (?:every|all(?: of)?|each) (?:the |our |my )?[a-z]+ (?:we have|we've got|i have|on file|there are)\s*,\s*(?=(?:which|what|who)\b)/gi,
    '',
  ],
  // "Q3 so far vs q2 full quarter", "vs june as a whole": all of it, never the same days of it.
  [
    /\b(vs\.?|versus|against|compared (?:to|with)) (?:the )?((?:q[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|last (?:week|month|quarter|year))(?: \d{4})?) (?:in full|(?:the )?(?:full|whole|entire|complete) (?:quarter|month|year|week|thing)|as a whole)\b/gi,
    '$1 all of $2',
  ],
  // "Open invoices >> how much total", "what do they add up to": their money in total.
  [/^\s*(?:and |so |ok )?how much total\b/gi, 'how much in total'],
  [
    /^\s*(?:and |so |ok )?what do (?:they|those|these|them) (?:add up to|total|come to|sum to|amount to)\b/gi,
    'how much in total',
  ],
  // "How much did sub_ac_07 pay": what they have paid.
  [/\bhow much did (.+?) pay\b(?! (?:for|per|on|in)\b)/gi, 'how much has $1 paid'],
  // "Details for inv_ac_012", "info on sub_ac_03": show it.
  [/^\s*(?:the )?(?:details|detail|info|information|everything|all the info) (?:for|on|about|of) /gi, 'show '],
  // "What % r open", "how many customers r on basic": are.
  [/(?<=(?:\b(?:what|which|who|how many|how much|where|when|why|there|they|we|you|those|these|u)|%)\s)r\b/gi, 'are'],
  // "Latest invoice rn": now.
  [/\brn\b/gi, 'now'],
  // "What did we rake in": bring in.
  [
    /\b(rake|raked|raking|rakes) in\b/gi,
    (_whole, verb: string) =>
      `${{ rake: 'bring', raked: 'brought', raking: 'bringing', rakes: 'brings' }[verb.toLowerCase()] ?? 'bring'} in`,
  ],
  // "How much money did we hand back to customers in refunds", "what did the online store give back in refunds":
  // what was refunded.
  [
    /^\s*(?:what|how much(?: money)?) (?:did|does|do|has|have) (.+?) (?:hand(?:ed)?|give|gave|given|pay|paid|send|sent) back(?: to (?:customers|buyers|shoppers|clients|people))?(?: in| as| through| via)? refunds?\b/gi,
    'how much did $1 refund',
  ],
  // "Redo that for the week before": the same again.
  [/\b(?:redo|re-do|rerun|re-run) (?:that|this|it)\b/gi, 'same'],
  // "Shoppers who came back for at least 3 paid orders": who had them.
  [/\b(?:came|come|comes|coming) back (?:for|with)\b/gi, 'had'],
  // "Discounts applied to paid orders": the discounts on them.
  [/\b(discounts?|codes?|coupons?|promos?) (?:applied|used) (?:to|on)\b/gi, '$1 on'],
  // "Since mid feb", "until mid march": from or to the middle of the month, its 15th.
  [
    /\b(since|from|after|before|until|till|through|thru|starting) mid[- ]?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b(?! (?:to|through|thru|until|till|-) mid)/gi,
    '$1 $2 15',
  ],
  // "From mid january to mid february": the middle of each month, its 15th.
  [
    /\bmid[- ]?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) (to|through|thru|until|till|-) mid[- ]?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/gi,
    '$1 15 $2 $3 15',
  ],
  // "How many beanies did we sell in january, all kinds": every one the word names, as the plural says already.
  [
    /,? (?:of )?(?:all|every|any) (?:kinds?|types?|sorts?|varieties|variety|styles?)(?: of (?:them|it))?(?=\s*[?.!,]*\s*$|,)/gi,
    '',
  ],
  // "Signed up after clicking a google ad", "bought via tapping an instagram post": came from it.
  [
    /\b(?:after|by|from|via|through|thru) (?:clicking|tapping|seeing|watching|following) (?:on )?(?:a |an |the |one of (?:our|my) |our |my )?/gi,
    'from ',
  ],
  // "The number of customers who spent over $500": a count of them; "who" joins the clause, it asks no "which".
  [
    /\b((?:number|count|total number|total count) of (?:(?:my|our|the|all) )?(?:[a-z]+ ){0,2}[a-z]+s) who\b/gi,
    '$1 that',
  ],
  // "How many times did customers use a discount": ordered with one (a discount is used on an order).
  [
    /\b(customers|people|shoppers|buyers|folks|clients|users) (?:use|used|uses|using|apply|applied|redeem|redeemed) (?=(?:a |an |the |any )?(?:discount|coupon|promo|voucher))/gi,
    '$1 order with ',
  ],
  // "Whats my take home after product costs": what is left, never the Home category.
  [/\b(?:my |our |the )?take[- ]home(?: pay| money| amount)?(?= after\b)/gi, 'what we cleared'],
  // "How much did we do on Black Friday": how much money was made (what "do" means beside "how much").
  [
    /\bhow much (did|do|have|has) (we|i|the store|the shop|my store|my shop|our store|our shop) (?:do|done)\b/gi,
    'how much $1 $2 make',
  ],
  // "The products we added in H2", "what I launched since may": the things added then (who added them adds nothing).
  [
    /(?<!\b(?:have|has|had|did|do|does) )\b(?:we|i|you|they)(?: have| had|'ve)? (added|launched|created|listed|released|introduced)\b/gi,
    '$1',
  ],
  // "Which product category had the highest margin": the category (of products, as every category is).
  [/\bproduct (categor(?:y|ies))\b/gi, '$1'],
  // "Orders that went thru with no discount at all", "shipped free", "were charged shipping": rows with or without
  // that figure, said the way the conditions are read.
  [/\b(?:went (?:thru|through) )?with no ([a-z]+)(?: at all)?\b/gi, 'without $1'],
  [/\bwithout (?:a |an |any )?([a-z]+) at all\b/gi, 'without $1'],
  [
    /\b(?:(?:were|was|got|get) )?(?:shipped|ship|ships|sent|delivered) (?:for |at )?(?:free|no cost|zero cost)(?: of charge)?\b/gi,
    'had free shipping',
  ],
  [/\b(?:that |which )?(?:were|was|got|been) charged (shipping|delivery)\b/gi, 'with $1'],
  // "Subscribers who have paid us under $100 all told": in total, as the bound says already.
  [/,? all told\b/gi, ''],
  // "How much revenue did the posts drive", "sales that came from my posts": the money from posts, as a layer says it.
  [
    /\bhow much (revenue|sales|money) (?:did|do|have|has) (?:my |our |the )?posts (?:drive|drove|driven|bring in|brought in|generate|generated|make|made)\b/gi,
    'how much $1 from posts',
  ],
  [/\b(revenue|sales) (?:that |which )?(?:came|come|comes) from (?:my |our |the )?posts\b/gi, '$1 from posts'],
  // "Email of my top customer", "phone numbers for these buyers": a contact detail, never the email channel.
  [/\be-?mails?(?= (?:address|addresses|of|for)\b)/gi, 'email address'],
  // "Which post got shared the most": the one shared most, never the posts that got any shares ranked otherwise.
  [/\b(?:got|get|gets|getting) ([a-z]+ed) (the most|most|the least|least|the fewest|fewest)\b/gi, 'was $1 $2'],
  // "How much did we clear after product costs": what was made after them.
  [
    /\b(?:clear|cleared|clearing|net|netted|netting|pocket|pocketed|keep|kept)\b(?= (?:[a-z$0-9]+ ){0,3}after\b)/gi,
    'make',
  ],
  // "Refund rate over calendar 2025", "over the year 2025", "the full calendar year 2025": that year, never a bound
  // of 2,025.
  [/\bover (?:calendar|the calendar year|the year|fiscal|fy|calendar year) ((?:19|20)\d\d)\b/gi, 'in $1'],
  // "Gross profit for FY2025 (we run a calendar year)": the question says its fiscal year is the calendar one, so
  // FY2025 is 2025 whatever the layer says (the note itself is dropped).
  [
    new RegExp(
      `\\b(?:fy|fiscal year|financial year) ?'?((?:19|20)?\\d\\d)\\b(?=.*\\b${CALENDAR_FISCAL_YEAR}\\b)`,
      'gi',
    ),
    (_whole, year: string) => (year.length === 2 ? `20${year}` : year),
  ],
  [new RegExp(`,?\\s*\\(?\\s*(?:as |since |because )?${CALENDAR_FISCAL_YEAR}\\s*\\)?,?`, 'gi'), ' '],
  [/\b(?:(?:the )?(?:full|whole|entire|complete) )?(?:calendar|cal)(?: year)?[ -]((?:19|20)\d\d)\b/gi, '$1'],
  // "Our biggest paying subscriber": ranked by what they paid, the figure people pay by.
  [/\b(biggest|top|best|largest|highest|heaviest)( \d+)? (?:paying|spending|buying)\b/gi, '$1$2'],
  // "Which subscriber joined in january": the ones that did, however many (never a ranking by another figure).
  [
    /\b(which|what) ([a-z]+[^s\W]) (joined|signed up|signed on|registered|subscribed|enrolled|came on board|hopped on board)\b/gi,
    (_: string, which: string, noun: string, verb: string) =>
      `${which} ${/[^aeiou]y$/i.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`} ${verb}`,
  ],
  // "How much does a pro subscriber pay", "how much does a customer spend": one typical person's spending, never the
  // spending of all of them.
  [
    /\bhow much (does|do|would) (?:a|an|one) ((?!(?:typical|average|avg|usual|normal|regular|mean)\b)(?:[a-z]+ )?(?:customer|subscriber|buyer|shopper|client|member|user|account)) (spend|pay)\b/gi,
    'how much $1 a typical $2 $3',
  ],
  // "Which customer placed the biggest order", "whose order was the biggest": who placed the one order ranked first
  // (the person beside it), never the biggest order of each person.
  [
    /^(\s*)(?:which|what) (?:customer|subscriber|buyer|shopper|client|member|user|account) (placed|made|had|got|received|put in|submitted)(?= (?:the |our |my )?(?:single )?(?:biggest|largest|smallest|highest|lowest|most recent|latest|newest|first|earliest|last)\b)/gi,
    '$1who $2',
  ],
  [
    /^(\s*)whose ([a-z]+) (?:was|is) (?:the )?(biggest|largest|smallest|highest|lowest|most recent|latest|newest|earliest)\b/gi,
    '$1who placed the $3 $2',
  ],
  // "Launched at any point during 2025": during it.
  [/\bat any (?:point|time|stage) (?=(?:during|in|over|throughout)\b)/gi, ''],
  // "The invoice we raised in August": the one sent then.
  [
    /\b((?:invoices?|bills?)(?: that| which)? (?:we |i |you )?(?:have |had )?)(?:raised|cut|drew up|drawn up|put out)\b/gi,
    '$1sent',
  ],
  // "Ninety-nine dollar invoice from july, whose is it": whose that row is.
  [
    /^\s*(?:and |so )?(?:(the|that|this|my|our) )?(.{3,80}?)\s*[,;:–—-]\s*(?:whose|who'?s) (?:is|was) (?:it|that|this)\s*[?.!]*\s*$/gi,
    (_: string, the: string | undefined, row: string) => `whose is ${the ?? 'the'} ${row}`,
  ],
  // "The invoice we sent in august", "the order i placed yesterday": the one sent (placed) then.
  [
    /\b((?:the|that|this) [a-z]+) (?:that |which )?(?:we|i) (?:have |had )?(sent|issued|billed|placed|posted|published|shipped|refunded|cancell?ed|made)\b/gi,
    '$1 $2',
  ],
  // "Americas + basic plan: when did that subscriber join": the one of those values.
  [
    /^\s*(.{3,60}?)\s*:\s*(when|on what day|what day|which day|who|whose|what date) (did|was|is|does) (?:that|this|the) ([a-z]+)\b/gi,
    (_: string, values: string, asked: string, verb: string, row: string) =>
      `${asked} ${verb} the ${values.replace(/\s*(?:\+|&|,)\s*/g, ' ').replace(/\s+/g, ' ')} ${row}`,
  ],
  // "Subscriber id on the invoice we sent", "the customer name on that order": which of them is on that row.
  [
    /^\s*(?:the |what(?:'s| is| was) the )?([a-z]+) (?:id|ids|name|names|number) (?:on|of|for) (?=the |that |this )/gi,
    'which $1 is on ',
  ],
  // "Which exact day he joined", "the precise date": that day.
  [/\b(?:exact|precise|specific|actual) (?=(?:day|date|time)\b)/gi, ''],
  // "When did that subscriber begin", "the day the customer started": when they joined.
  [
    /\b(subscriber|customer|member|user|client|buyer|shopper)s? (?:first )?(?:begin|began|begun|start|started|come on board|came on board)\b(?! (?:to|paying|buying|ordering|with)\b)/gi,
    '$1 join',
  ],
  // "Five highest-spending customers of 2025 by paid revenue": the top ones by the figure said after "by".
  [
    /\b(?:highest|biggest|top|largest|heaviest|most)[- ](?:spending|paying)\b(?=(?: [a-z0-9]+){1,6} by (?!(?:the|far|a)\b))/gi,
    'top',
  ],
  // "What did we charge our customers in July": how much.
  [/^(\s*)what (did|do|have) (we|i) (charge|charged|bill|billed|invoice|invoiced)\b/gi, '$1how much $2 $3 $4'],
  // "Facebook vs instagram, where did i get more comments": which of them got more.
  [
    /(\b(?:vs\.?|versus|or)\b[^,]{1,40}),\s*where (?:did|do|does|have|has) (?:i|we|you|my [a-z]+|our [a-z]+) (?:get|got|see|saw|have|had|pull|make|earn)\b/gi,
    '$1, which got',
  ],
  // "How much did we knock off customers' bills with discounts": the discounts.
  [
    /\bhow much (?:did|have|do) (?:we|i) (?:knock|knocked|take|took|shave|shaved|cut|give|gave|given|taken) off(?: (?:of )?(?:our |the |their )?(?:customers'?|customer's|buyers'?|shoppers'?|people's) (?:bills?|orders?|prices?|totals?|checkouts?|carts?))?(?: (?:with|through|via|in|as|using) (discounts?|coupons?|promo codes?|promotions?))?/gi,
    (_: string, how: string | undefined) => `how much in ${how ?? 'discounts'}`,
  ],
  // "Posts seen more than 100k times (impressions)": the figure named in brackets, over that many.
  [
    /\b(?:were|was|got|been|are|is|get|gets) (?:seen|viewed|shown|displayed|watched|opened|clicked|played|reached) ((?:more than|over|at least|fewer than|less than|under|at most) [\d.,]+k?) times\s*\(([a-z]+(?: [a-z]+)?)\)/gi,
    'had $1 $2',
  ],
  // "Placed at least one paid order with us": their orders (every order is with us).
  [/\b(orders?|purchases?) (?:with|from|at) (?:us|me)\b/gi, '$1'],
  // "How many items did shoppers buy from us", "spent with us": the shop asking, never the country ("bought from us
  // stores" is).
  [
    /\b(buy|buys|bought|buying|purchase|purchases|purchased|purchasing|order|ordered|ordering|spend|spends|spent|spending|shop|shops|shopped|shopping)\b((?: [a-z]+){0,3}?) (?:from|with|at) (?:us|me)\b(?! (?:customers?|shoppers?|buyers?|clients?|subscribers?|users?|people|market|stores?|shops?|sites?|regions?|states?|orders?|sales|revenue)\b)/gi,
    '$1$2',
  ],
  // "Shoppers with at least five paid orders in their history": over all of their time with us.
  // ("Mean invoice amount over the whole history", "billed, entire history": all of the data's time, one figure.)
  [
    /\b(?:(?:in|over|across|during|for) (?:their|his|her|its) (?:whole |entire )?(?:history|lifetime|life|time with us)|(?:(?:in|over|across|during|for|through(?:out)?) )?(?:the |our |my )?(?:whole|entire|full|complete) (?:history|lifetime|record)(?: of (?:the (?:business|shop|store|account|company)|the data|our data|my data))?)\b/gi,
    'of all time',
  ],
  // "Per-unit cost to us", "what it costs to us": what it costs us (the shop's cost, never the country).
  [/\bunit costs? (?:to|for) (?:us|me|the shop)\b/gi, 'unit cost'],
  [/\b(cost|costs|costing) to (us|me)\b/gi, '$1 $2'],
  // "What does a single Soft Cap cost us", "what does one of our clothing products cost us per unit": one unit's cost;
  // said without "us", what one sells for.
  [
    /\bwhat (?:does|did|do|would) (?:a single|one single|one of (?:our|my|the)|a|one|each) (?!(?:unit|piece|item) of\b)((?:[a-z0-9'&-]+ ){0,4}?[a-z0-9'&-]+) cost (?:us|me|the shop)(?: (?:per|a|for each|for one) (?:unit|piece|item)| each| apiece| to (?:buy|stock|make|source))?\b/gi,
    'what is the unit cost of $1',
  ],
  [
    /\bwhat (?:does|did|do) (?:a single|one single) ((?:[a-z0-9'&-]+ ){0,4}?[a-z0-9'&-]+) cost\b(?! (?:me|us|you|them)\b)/gi,
    'price of $1',
  ],
  // "What's the toner retail at", "whats the vase retailing for (right now)": its price (a price is as it stands).
  [
    /\b(?:what'?s|whats|wats|what is) (.{2,60}?) retail(?:ing|s)? (?:at|for)(?: right now| now| currently| at the moment| today| these days)?\b/gi,
    'price of $1',
  ],
  // "How much have we banked", "money that landed in the bank": money that came in.
  [
    /\b(?:(?:money|cash) )?(?:(?:actually|really) )?(?:landed|arrived|went|came|got|hit) (?:in(?:to)? )?(?:the|our|my) (?:bank(?: account)?|account)\b/gi,
    'money came in',
  ],
  [/\b(?:have |had )?(?:we|i)(?:'ve| have| had)? (?:actually |really )?banked\b/gi, 'money came in'],
  [/\b(?:did|have|has) (?:we|i) (?:actually |really )?(?:receive|received)\b/gi, 'money came in'],
  // "Pd inv $ q3", "order $ by month": a lone dollar sign after the rows is their amount.
  [/(?<=\b[a-z]{2,}) ?\$(?![\d ]*\d)(?=\s|$|[?.!,])/gi, ' amount'],
  // "Which category delivered the most gross profit", "the products carrying the largest COGS": brought in.
  [
    /\b(?:delivered|delivers|delivering|carrying|carried|carries|yielded|yields|yielding|drove|drives|driving|contributed|contributes|contributing|accounted for|accounts for) (?=(?:the )?(?:most|least|largest|biggest|highest|lowest|smallest|greatest|fewest|more|less)\b)/gi,
    'generated ',
  ],
  // "New subscribers I gained", "new customers we picked up": the new ones.
  [
    /\b(new [a-z]+) (?:(?:that|who|which) )?(?:i|we) (?:have |'ve |had )?(?:gained|got|won|picked up|brought in|landed|added|acquired)\b/gi,
    '$1',
  ],
  // "The billed amount per invoiced customer": per customer (the figure is already theirs).
  [/\bper (?:invoiced|billed|charged) /gi, 'per '],
  // "Are we ahead of last week's sales yet this week": this week so far against the whole of last week.
  [
    /\b(?:are|am|is) (?:we|i|it|things) (?:ahead of|behind|beating|up on|down on|above|below|over|under) (?:last|the previous) (week|month|year|quarter)'?s? ([a-z]+(?: [a-z]+)??)(?: (?:yet|so far|already))? this \1\b/gi,
    '$2 this $1 vs all of last $1',
  ],
  // "What was July like for us in terms of money coming in": that money in July.
  [/^\s*what (?:was|were|is|are) (.{2,40}?) like (?:for (?:us|me) )?in terms of (.+?)\s*([?.!]*)\s*$/gi, '$2 in $1$3'],
  // "Which subscriber owes us the most", "whats owed by emea customers": the money owed, never how many rows are.
  [/\b(?:owes|owe|owed) (?:us |me )?(?:the )?(most|least|more|less)\b/gi, 'has the $1 money owed'],
  [
    /^\s*(?:what'?s|whats|what is|what are) (?:still |currently )?(owed|owing|outstanding|unpaid)\b/gi,
    'how much is $1',
  ],
  // "How much are ppl still owing us from july invoices": how much is still owed on them.
  [
    /\bhow much (?:are|is|do|does) (?:[a-z]+ ){1,2}?(still |currently )?(?:owing|owe|owes) (?:us|me)(?: (?:from|for|on) (?=[a-z]))?/gi,
    (_: string, still: string | undefined) => `how much is ${still ?? ''}owed on `,
  ],
  // "The number already paid", "invoices already refunded": paid, refunded (whenever it happened).
  [/\balready (paid|settled|refunded|cancelled|canceled|shipped|delivered|collected|closed)\b/gi, '$1'],
  // "Invoices below the $50 mark": below $50.
  // (An amount before its noun may already be read after it: "the mark $50".)
  [
    /\bthe (?:([$£€]?\d[\d,.]*k?) (?:mark|threshold|line|level|limit|barrier)|(?:mark|threshold|line|level|limit|barrier) ([$£€]\d[\d,.]*k?))(?![\d,.]*[a-z])/gi,
    (_: string, before: string | undefined, after: string | undefined) => before ?? after ?? '',
  ],
  // "Units dispatched since january": shipped.
  [/\bdispatched\b/gi, 'shipped'],
  [/\bdispatch\b(?! (?:date|time|rate|status|centre|center)s?\b)/gi, 'ship'],
  // "How much did ppl fork out for postage", "shell out": paid.
  [/\b(?:fork|forks|shell|shells) out\b/gi, 'pay'],
  [/\b(?:forked|shelled) out\b/gi, 'paid'],
  [/\b(?:forking|shelling) out\b/gi, 'paying'],
  // "Price reductions applied to paid orders": discounts on them.
  [/\bprice (?:reductions?|cuts?|markdowns?)\b/gi, 'discounts'],
  [/\b(discounts?|reductions?|markdowns?|coupons?) (?:applied|given|granted) (?:to|on)\b/gi, '$1 on'],
  // "How much was taken off shoppers' bills at checkout": taken off (the discount), whoever's bill it was.
  [
    /\b(taken|knocked|shaved) off(?: (?:of )?(?:the |their |our |my |people'?s |customers'? |shoppers'? |buyers'? )?(?:bills?|totals?|baskets?|carts?|receipts?|orders?|invoices?|prices?)\b)?(?: at (?:the )?checkout\b)?/gi,
    '$1 off',
  ],
  // "The mean number of paid orders per distinct buyer": per buyer (each counts once already).
  [/\bper (?:distinct|unique|individual|different|single|separate) /gi, 'per '],
  // "New here - can you list everything we sell": who is asking, not what.
  [/^\s*(?:hi|hey|hello)?[,!]?\s*(?:i'?m |i am )?(?:new here|new to this|new to the team)\b\s*[-–—,:.!;]*\s*/gi, ''],
  // "Our unit cost price", "average cost for one unit", "what do we pay per piece", "unit cost per piece": the unit
  // cost.
  [
    /\b(?:unit )?(?:unit cost price|cost price per (?:unit|piece|item)|per[- ](?:unit|piece|item) cost|cost (?:for|of|per) (?:one|a|each|a single|1) (?:unit|piece|item)|cost per (?:unit|piece|item)|what (?:do|did|does) (?:we|i) pay (?:per|for each|for one|for a|a) (?:unit|piece|item))\b/gi,
    'unit cost',
  ],
  [
    /\bwhat (?:does|did|do) (?:one|a|each|a single) (?:unit|piece|item) of (.{2,60}?) cost(?: us| me| the shop)?\b/gi,
    'what is the unit cost of $1',
  ],
  // "Profit after product cost (gross)", "margin in march (net)": the word in brackets is the figure's own.
  [/\b(profit|profits|margin|margins)\b([^()]{0,60}?)\s*\((gross|net)\)/gi, '$3 $1$2'],
  [/\b(?:gross )?profit after (?:the |our |my )?(?:product |products |item |goods |unit )?costs?\b/gi, 'gross profit'],
  // "Invoices sent in may or june": in either, both together (never one against the other, unless asked which).
  [
    /\b(in|during|for|over|across) ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|h[12]) or ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|h[12])\b/gi,
    (whole: string, preposition: string, first: string, second: string, ...rest: string[]) =>
      // (After the groups come the match's offset and the whole text.)
      /\b(?:which|whichever|more|most|less|fewer|better|worse|higher|lower|bigger|smaller|vs|versus|compar\w*|against|or not)\b/i.test(
        String(rest[1]),
      )
        ? whole
        : `${preposition} ${first} and ${second}`,
  ],
  // "In emea are there more basic or pro subscribers", "do we have more subscribers in emea or in the americas": how
  // many of each there are, compared.
  [
    /\b(?:(?:are|were|is|was) there|(?:do|did|does) (?:we|i|you) have|have (?:we|i) got) (?:more|fewer|less|as many) (?=(?:[a-z]+ ){0,4}(?:or|vs|versus|than)\b)/gi,
    'how many ',
  ],
  // "Invoices issued from july on where the amount tops $90": rows named with a condition and no question, as a
  // query would pick them: listed (the list says how many).
  [
    /^(?!.*\b(?:how many|how much|count|number|total|sum|what|which|who|list|show|give|average|avg|share|percent|%)\b)((?:(?:all|the|my|our|every) )?[a-z]+s\b.*?\bwhere (?:the |their |its )?(?:[a-z]+ ){0,2}?[a-z]+ (?:topped|tops|exceeded|exceeds|(?:(?:was|were|is|are) )?(?:over|above|under|below|more than|less than|greater than))(?= [$£€]?\d))/i,
    'list $1',
  ],
  // "Refunds where the order total topped $250": the rows whose figure is over that, never a place.
  [
    /\bwhere (?:the |their |its )?((?:[a-z]+ ){0,2}?[a-z]+) (?:topped|tops|topping|exceeded|exceeds|exceeding|(?:(?:was|were|is|are|went|goes) )?(?:over|above|more than|greater than))(?= [$£€]?\d)/gi,
    'with $1 over',
  ],
  [
    /\bwhere (?:the |their |its )?((?:[a-z]+ ){0,2}?[a-z]+) (?:(?:was|were|is|are) )?(?:under|below|less than|lower than)(?= [$£€]?\d)/gi,
    'with $1 under',
  ],
  // "Biggest feb refund", "the top march order": the rows of that month, the extreme of them.
  [
    /\b(biggest|largest|smallest|highest|lowest|top|best|worst|latest|most recent|newest|cheapest|priciest) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?(?:'s)? ([a-z]+)\b/gi,
    '$1 $3 in $2',
  ],
  // "Over the weekend of feb 28 - mar 1": the days named, which are that weekend.
  [
    /\b(?:over |during |on |for )?the (?:long )?weekend of (?=(?:the )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) (?:to|through|thru|until|and|-|–) )/gi,
    'from ',
  ],
  // "Accessories priced below $25, listed by title": the rows, by their names.
  [/,?\s*(?:listed|shown|sorted|ordered|named|given) by (?:their |the )?(?:titles?|names?)\b/gi, ', by name'],
  // "Customers with open invoices in europe", "subscribers having refunded orders": which of them have those rows.
  [
    /^(\s*(?:(?:list|show|give|get)(?: me)? )?)(?:the |all |all the |my |our )?(customers|buyers|shoppers|subscribers|clients|users|members) (?:with|having|who have|that have) (?=(?:an? |any |some |one or more )?(?!(?:exactly|more|less|fewer|over|under|above|below|at|no|zero|none|only|just|between|than)\b)(?:[a-z]+ )?[a-z]+s?\b)/gi,
    '$1which $2 have ',
  ],
  // "New subscribers by signup month": the sign-ups by month, which is when they signed up.
  [
    /\b(signups|sign-ups|sign ups|new [a-z]+s|joiners) by (?:their |the )?(?:signup|sign-up|sign up|join|joining|registration) (day|week|month|quarter|year)\b/gi,
    '$1 by $2',
  ],
  // "Pro sign-ups", "sign ups by month": the one word.
  [/\bsign[- ]?ups\b/gi, 'signups'],
  // "The week prior", "the prior month", "prior to June": before.
  [/\bprior to\b/gi, 'before'],
  [/\b(week|month|year|quarter|day|period|weekend) prior\b/gi, '$1 before'],
  [/\bprior (?=(?:week|month|year|quarter|day|period|weekend|\d+)\b)/gi, 'previous '],
  // "Which products cost more than $50 a unit to make": what they cost us, each; "to make" says whose cost.
  [
    /\b(cost|costs)(?! us\b| me\b)(?=(?: (?:more|less|over|under|above|below|at least|at most|between|than|[$£€]?\d[\d,.]*k?|bucks|dollars|quid|pounds|euros|a|per|each|unit|piece|item|and))* to (?:make|produce|manufacture)\b)/gi,
    '$1 us',
  ],
  [
    /(?<=\d[\d,.]*k?(?: (?:bucks|dollars|quid|pounds|euros))?)(?: (?:a|per) (?:unit|piece|item)| each)? to (?:make|produce|manufacture)\b/gi,
    '',
  ],
  // "Products that cost us over 40 bucks a unit", "priced above $30 each": what one costs or sells for is already
  // per unit; "a unit" is never the units sold.
  [
    /(?<=\b(?:cost|costs|costing|priced|price|prices|sell for|sells for|sold for|retails? (?:for|at)|go for|goes for)\b(?: us| me)?(?: (?:more|less|over|under|above|below|at least|at most|between|than|and|[$£€]?\d[\d,.]*k?|bucks|dollars|quid|pounds|euros))* ?[$£€]?\d[\d,.]*k?(?: (?:bucks|dollars|quid|pounds|euros))?) (?:(?:a|per|each|for one|for each) (?:unit|piece|item)|each|apiece)\b(?! to\b)/gi,
    '',
  ],
  // "Widen that to all of Q4 2025 instead", "extend it to the last 6 months": the same question over that period.
  [
    /^\s*(?:widen|expand|extend|stretch|broaden|open up|change|switch|flip|move)(?: (?:that|it|this|them|those))?(?: out| up| back)? (?:to|for|over) (?:all of |the whole of |the entirety of )?(?!(?:the )?(?:full|whole|entire|complete) year\b)(.+?)(?:,? instead)?\s*[?.!]*\s*$/gi,
    'what about $1',
  ],
  // "Feb rev compared w jan", "how many products r priced under 22 bucks": shorthand typed on a phone.
  [/\b(compared|comp|together|along) w\b(?!\/)/gi, '$1 with'],
  // "Posts w over 10k likes": with.
  [/(?<=\b[a-z]{3,}s) w (?=(?:over|under|more|less|fewer|at least|at most|no|a|an|the|[$£€]?\d))/gi, ' with '],
  [/(?<=\b[a-z]{2,} )r(?= [a-z]{2,})/gi, 'are'],
  // "May customers — what's the number": how many of them.
  [
    /^\s*(.+?)\s*(?:[—–:,]|\s-)\s*(?:what's|whats|what is|give me|gimme) the (?:number|count|total count|tally|headcount)\s*[?.!]*\s*$/gi,
    'how many $1',
  ],
  // "Times i showed off the beanie in a post?", "how many times did we feature the rug": posts featuring it.
  [
    /^\s*(?:how many )?times (?:did |have |has )?(?:i|we) (?:showed off|shown off|show off|showcased|showcase|featured|feature|showed|show|shown|promoted|promote) ((?:the|my|our) .+?)(?: in (?:a |my |our )?(?:post|posts|video|videos|reel|reels))?\s*([?.!]*)\s*$/gi,
    'how many posts featured $1$2',
  ],
  // "How much do we get per invoice from pro", "how much did we take in": the money made.
  [
    /\bhow much (?:money )?(do|did|does|will) (we|i) (?:get|receive|received|take in|took in|pull in|bring in)\b/gi,
    'how much $1 $2 make',
  ],
  // "Total refunded this year", "total collected in june": how much was, the money of those rows.
  [
    /^(\s*(?:(?:what(?:'s| is| was)|whats) )?(?:the |our )?)total ([a-z]{3,}ed)(?= (?:in|on|during|for|over|last|this|since|between|from|so far|ytd|mtd|yesterday|today)\b|\s*[?.!]*\s*$)/gi,
    '$1how much was $2',
  ],
  // "When did we have our biggest sales day": which date; "when did we sell the most velvet backpacks": which month
  // (the grain a merchant means when none is said).
  [
    /^\s*when (?:did|was|were) (?:we|i)? ?(?:have|see|get|hit|do)? ?(?:our|my|the) (best|biggest|worst|busiest|slowest|quietest|highest|lowest|strongest|weakest) ((?:[a-z]+ ){0,2}?)(day|date|week|month|quarter|year)\b(?: ever)?/gi,
    (_: string, size: string, figure: string, unit: string) =>
      figure.trim() === ''
        ? `which ${unit === 'day' ? 'date' : unit} was our ${size}`
        : `which ${unit === 'day' ? 'date' : unit} had the ${size} ${figure.trim()}`,
  ],
  [
    /^\s*when (did|do) (we|i) (sell|make|earn|get|ship|move|gain|see|have) the (most|fewest|least|highest|lowest) /gi,
    'which month $1 $2 $3 the $4 ',
  ],
  // "How much does the velvet hoodie cost": what it sells for, its own size ("what does it cost us" is not).
  [/^\s*how much (?:does|do|did) (.+?) cost(?! us\b| me\b| to make\b| to buy\b)\s*([?.!]*)\s*$/gi, 'how much is $1$2'],
  // "March engagement vs last year", "Q4 revenue compared to last year": a part of a year set against last year is
  // the same part of it (year over year), never the whole of last year; a year against last year is left as said.
  [
    /^(.*?)\s*,?\s*\b(?:vs\.?|versus|compared (?:to|with)|against|relative to|over) last year\s*([?.!]*)\s*$/gi,
    (whole: string, asked: string, end: string) =>
      /\b(?:this year|ytd|year to date|(?:19|20)\d{2}|last year|annual|yearly|per year|by year)\b/i.test(asked) ||
      !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bq[1-4]\b|\bh[12]\b|\b(?:this|last) (?:week|month|quarter)\b|\b(?:mtd|qtd|wtd)\b/i.test(
        asked,
      )
        ? whole
        : `${asked} year over year${end}`,
  ],
  // "When did sub_ac_03 sign up", "when did ord_1 ship": the row looked up by its key, shown with its date.
  [
    /^\s*when (?:did|was|were|do|does) ((?=[a-z0-9_-]*\d)[a-z0-9]+(?:[_-][a-z0-9]+)+) (?:sign up|signed up|join|joined|subscribe|subscribed|start|started|register|registered|get added|come in|go live|ship|shipped|go out|went out|get sent|get issued)\b[^?.!]*([?.!]*)\s*$/gi,
    'show me $1$2',
  ],
  [/\bfrm\b/gi, 'from'],
  [/\beverybody\b/gi, 'everyone'],
  // "Orders that ended in a cancellation", "orders we ended up giving the money back on": cancelled, refunded.
  [
    /\b(?:ended|ending|ends|end) (?:up )?(?:in|with|as) (?:a |an )?(cancel|refund)(?:lation|s)?\b/gi,
    (_: string, what: string) => (/^cancel/i.test(what) ? 'were cancelled' : 'were refunded'),
  ],
  [
    /\b(?:did|do|have) (?:we|i) (?:end up |ended up )?(?:giving|give|gave|given|hand|handed|send|sent) (?:the |their )?money back(?: on| for)?\b/gi,
    'were refunded',
  ],
  // "Sales for the mon–sun just gone", "the month just gone": the last whole one.
  [
    /\bthe (?:(?:mon|monday) ?(?:–|-|to|thru|through) ?(?:sun|sunday)|week|(day|month|quarter|year))(?: week)? (?:just )?(?:gone|passed|past|ended|finished|gone by)\b/gi,
    (_: string, unit: string | undefined) => `last ${unit ?? 'week'}`,
  ],
  // "What share came to us from instagram": came from.
  [/\b(came|come|comes|coming) to (?:us|me)(?= (?:from|via|through)\b)/gi, '$1'],
  // "Saves: jan beat dec or nah", "… or not?": a yes-or-no asked, answered by the comparison itself.
  [/,? or (?:nah|nope)\s*(?=[?.!]*\s*$)/gi, ''],
  // ("Did revenue go up or not": a yes-or-no question; "orders with a discount or not" is two kinds of orders.)
  [/^(\s*(?:did|do|does|is|was|are|were|has|have|had|will|can)\b.*?),? or (?:not|no)\s*(?=[?.!]*\s*$)/gi, '$1'],
  // "Contrast A with B", "August billing set beside July": compared, side by side.
  [/\b(?:contrast|contrasted|contrasting)\b(?= (?:the |our |my |[a-z0-9$£€]))/gi, 'compare'],
  [/\b(?:set|put|placed|laid) (?:beside|against|next to|alongside)\b/gi, 'vs'],
  [/\b(with|to|against|vs|and) that of\b/gi, '$1'],
  // "Web store takings next to IG Shop", "Q2 next to the first": side by side.
  [/\b(?:next to|side by side with|alongside)\b(?= (?:the |our |my )?[a-z0-9$£€])/gi, 'vs'],
  // "Trailing twelve months", "the trailing 4 weeks": the last ones.
  [
    /\btrailing(?= (?:\d+|[a-z]+) (?:(?:complete|full|whole|calendar) )?(?:months|weeks|days|quarters|years)\b)/gi,
    'last',
  ],
  // "Orders from the past week": the last seven days ("this past week" is last week, below).
  [/(?<!\bthis )\bthe past week\b/gi, 'the last 7 days'],
  // "All in, what did subscribers get charged": in all, which a total is.
  [/^(\s*)all[- ]in\b[,:]\s*/gi, '$1'],
  // "Signed up before the start of april": before April.
  [/\bbefore the (?:start|beginning) of\b/gi, 'before'],
  // "Sum billed to subscribers": the money billed, whoever it went to.
  [
    /\b(billed|invoiced) to (?:our |my |the |all )?(?:subscribers|customers|clients|users|accounts|people)\b(?! (?:who|that|with|in|from|on)\b)/gi,
    '$1',
  ],
  // "Ordrs ovr 200 bucks": over, before an amount.
  [/\bovr\b(?= [$£€]?\d)/gi, 'over'],
  // "Same filters but january", "same filters for q3": the same question, for that.
  [/\bsame (?:filters?|criteria|conditions|settings)(?: as before)?\b(?= (?:but|for|in|with|,|and))/gi, 'same'],
  // "Ok and january, same filters": a follow-up keeps them anyway.
  [
    /,?\s*(?:with |using |keeping |keep )?(?:the )?same (?:filters?|criteria|conditions|settings)(?: as before)?\s*(?=[?.!]*\s*$)/gi,
    '',
  ],
  // "Last week's cancellations, up or down from the seven days before it": the week before, where a week was asked.
  [
    /(?<=\b(?:last|this|previous|past) week\b.*)\b(?:the )?(?:7|seven) days (before|prior to|preceding) (?:it|that|then)\b/gi,
    'the week before',
  ],
  // "What did Q1 2025 leave us in gross profit": that figure over that period.
  [/^\s*what did (.{2,40}?) leave (?:us|me)(?: with)? in (?:terms of )?(.+?)\s*[?.!]*$/gi, '$2 $1'],
  // "Non-discounted orders", "undiscounted sales", "full-price orders": the ones without a discount.
  [
    /\b(?:non ?-? ?discounted|undiscounted|full ?-?price) (orders|sales|purchases|items|transactions|invoices)\b/gi,
    '$1 without a discount',
  ],
  // "Revenue from march 1", "orders from 3/1": from that day on, as "since" is (never that one day), where nothing
  // after says where it ends; rows listed "from 3/10", and "the invoice from june 14", are that day's.
  [
    /(?<!^\s*(?:(?:can you |could you |pls |please )?(?:list|show|give|get|pull|send|which|what)\b.*))(?<!\b(?:the|that|this|our|my) [a-z]+(?<!s) )\bfrom ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:,? \d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2})(?=\s*(?:[?.!,]|$|(?:by|per|for|in|on|vs|versus|compared|against)\b))(?!\s*(?:to|through|thru|until|till|and|[-–]|onwards?|on(?:wards)?|forward)\b)/gi,
    'since $1',
  ],
  // "Paid-order takings, summed, from July": a total, as the figure is already.
  [
    /,?\s*\b(?:all )?(?:summed|summed up|totall?ed|totall?ed up)\b\s*(?=,|[?.!]*\s*$|(?:for|from|in|over|during|since|between|across)\b)/gi,
    ' ',
  ],
  // "Australia-based customers": the ones in that place.
  [/\b([a-z]+)[- ]based (customers|buyers|shoppers|clients|subscribers|members|users|accounts|people)\b/gi, '$2 in $1'],
  // "Whose total sat below twenty dollars", "sits above $50": was so.
  [
    /\b(?:sat|sits|sitting|sit) (below|under|above|over|beneath|at or below|at or above|at least|at most)\b/gi,
    'was $1',
  ],
  // "The six complete weeks just gone": the last ones.
  [
    /\b(?:the )?((?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:(?:complete|full|whole) )?(?:days|weeks|months|quarters))(?: that have)? just (?:gone|passed|gone by|finished|ended)\b/gi,
    'the last $1',
  ],
  [/\b(?:the )?(week|month|quarter|year) just (?:gone|passed|gone by|finished|ended)\b/gi, 'last $1'],
  // "Sales on christmas eve just gone": the last one, as a named day on its own already reads.
  [new RegExp(`\\b(${NAMED_DAYS}) (?:that )?(?:just )?(?:gone|passed|gone by)\\b`, 'gi'), '$1'],
  // "And on facebook, same month?", "for the same week": the period before, kept (never split by month), where
  // nothing after says which one ("same month last year" is another).
  [
    /,?\s*(?:for |in |over |during )?(?:the |that )?same (?:month|week|quarter|year|day|time frame|timeframe|window|stretch|dates|range)\s*(?=[?.!]*\s*$)/gi,
    ', same period',
  ],
  // "And the tiktok number for that month?", "April sign-ups: how many did we gain that month": the period already
  // said, in the question or the one before (never a series by month).
  [/,?\s*(?:\b(?:for|in|over|during) )?\bthat (?:month|week|quarter|year|day)\s*(?=[?.!]*\s*$)/gi, ''],
  // "Which channel produced the largest order": generated.
  [/\bproduc(ed|es|e|ing)\b/gi, 'generat$1'],
  // "Which single tiktok has the most views": which one.
  [/\b(which|what) single\b/gi, '$1'],
  // "My single insta post with the biggest comment count": the one the superlative picks, as "the biggest" says.
  [
    /\b(my|our|the) single (?!(?:items?|units?|products?|lines?|pieces?|purchases?|orders? of)\b)(?=(?:[a-z-]+ ){1,3}?(?:with|that|which|by) (?:the )?(?:biggest|largest|highest|most|lowest|smallest|fewest|least|best|worst|top)\b)/gi,
    '$1 ',
  ],
  // "Every order that ended cancelled", "wound up refunded": ended up so.
  [
    /\b(?:ended|wound|finished)(?= (?:as )?[a-z]+(?:ed|en)\b)(?! (?:as )?(?:up|in|on|by|with|then|when|seven|eleven|ten|often|even|been)\b)/gi,
    'ended up',
  ],
  // "Seen by over 50k unique accounts": the accounts a figure counts, unique as they always are.
  [/(\d[\d,.]*\s?(?:k|m|thousand|million)?\+?) unique (?=(?:accounts|people|users|viewers|profiles)\b)/gi, '$1 '],
  // "Ystrday rev compared w fridays": friday's, one day set against another, never every Friday.
  [
    /^(?=.*\b(?:yesterday|ystrday|yday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(.*\b(?:vs|versus|compared (?:w|with|to)|against)) (mon|tues|wednes|thurs|fri|satur|sun)days\b(?=\s*[?.!]*\s*$)/gi,
    '$1 $2day',
  ],
  // "What post of mine drew the biggest comment count": got.
  [/\b(?:drew|drawn|draws|garnered)\b(?= (?:the |a |in |more |most |fewest |least |over |under |\d))/gi, 'got'],
  // "The week preceding that one", "the month preceding": before it.
  [/\bthe (day|week|month|quarter|year) preceding(?: (?:that|this|it)(?: one)?)?\b/gi, 'the $1 before'],
  // "Break that out by product category", "break it down by": by.
  [
    /^(\s*(?:(?:and|now|ok|okay|so|then|can you|could you|pls|please)[, ]+)*)break (?:that|it|this|those|them) out by\b/gi,
    '$1by',
  ],
  // "Run it again but for january please", "same again for": the same question, for that.
  [
    /^(\s*(?:(?:and|now|ok|okay|so|then|can you|could you|pls|please)[, ]+)*)(?:run|do|try|ask) (?:it|that|this) (?:again|once more)(?:,? but)? (?=for |with |in |on |over |only |just |without )/gi,
    '$1what about ',
  ],
  // "Total sales spread over every distinct buyer, per head": per customer.
  [
    /\b(?:spread|divided|split|averaged) (?:over|across|among|between|by) (?:every|each|all|the)(?: (?:distinct|unique|individual|different))? (buyer|customer|shopper|client|subscriber|user|member)s?,? per head\b/gi,
    'per $1',
  ],
  [/\bper head\b/gi, 'per customer'],
  // "What portion came from instagram": what share.
  [/\b(?:portion|proportion|fraction|slice|chunk)\b(?= (?:of|came|come|was|were|is|are|went|from)\b)/gi, 'share'],
  // "How many individual items did we sell": the items themselves.
  [/\bindividual (?=(?:items|units|pieces|products|orders|posts|customers|subscribers|invoices)\b)/gi, ''],
  // "Sum of the markdowns we gave", "refunds we issued": the figure; who gave it is the shop.
  [
    /\b(discounts?|markdowns?|refunds?|coupons?|promos?|credits?)(?: that)? (?:we|i) (?:gave(?: out)?|have given|handed out|offered|issued|applied)\b/gi,
    '$1',
  ],
  // "Customers whose orders totalled more than $2,000": what their orders came to, over that bound.
  [
    /\b(?:totall?ed|totall?ing|totals|came to|come to|added up to|add up to|amounted to|amount to|summed to)\b(?= (?:more|less|over|under|above|below|at least|at most|between|[$£€]?\d))/gi,
    'is',
  ],
  // "Revenue for each month of 2025, as a series": the months are the series.
  [/,? as an? (?:time[- ])?series\b/gi, ''],
  // "Daily order count mon to sun last week": every day of the week is the week.
  [
    /\b(?:mon|monday) ?(?:to|through|thru|-|–|till|until) ?(?:sun|sunday)\b(?= (?:last|this|previous|the|of|in)\b)/gi,
    '',
  ],
  // "The 30 days preceding them": the 30 days before.
  [/\b(?:the )?(\d+|[a-z]+) (days|weeks|months) preceding (?:them|that|those|it)\b/gi, 'the previous $1 $2'],
  [/\bpreceding (?=(?:\d+|week|month|year|quarter|day|period|weekend)\b)/gi, 'previous '],
  // "In the most recent 30 days": the last 30 days (never the 30 most recent rows).
  [/\b(?:the )?most recent (\d+|[a-z]+) (days|weeks|months)\b/gi, 'the last $1 $2'],
  // "More in the last 30 days or in the previous 30 days": the second period is the one before the first.
  [
    /\b(?:or|and|than|to|with) (?:in |during |over |for )?(?:the )?(?:previous|prior) (\d+|[a-z]+) (days|weeks|months)\b/gi,
    'vs the previous $1 $2',
  ],
  // "What did we invoice customers for": what we billed them.
  [
    /\b(we|i|you) invoice(?:d)?(?: (?:our |the |all )?(?:customers|clients|subscribers|people|accounts|them))?(?: for)?\b/gi,
    '$1 bill',
  ],
  // "The first six months of 2025", "the last 3 months of 2024": those months of that year, by name.
  [
    /\b(?:the )?(first|last|final) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months of ((?:19|20)\d\d)\b/gi,
    (whole, edge: string, count: string, year: string) => {
      const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
      const months = /^\d+$/.test(count) ? Number(count) : words.indexOf(count.toLowerCase()) + 1;
      if (months < 1 || months > 12) return whole;
      const [from, to] = /^first$/i.test(edge) ? [0, months - 1] : [12 - months, 11];
      const name = (month: number) => SHORT_MONTH_NAMES[month] as string;
      return from === to ? `${name(from)} ${year}` : `${name(from)} ${year} to ${name(to)} ${year}`;
    },
  ],
  // "Revenue last christmas": the most recent one, as a named day said alone is.
  [
    /\blast (?=(?:christmas|xmas|christmas eve|boxing day|black friday|cyber monday|thanksgiving|halloween|valentine'?s(?: day)?|new year'?s(?: eve| day)?|easter|mother'?s day|father'?s day)\b)/gi,
    '',
  ],
  // "Between christmas and new year": up to new year's day.
  [/\b(and|to|until|till|through|thru) (?:the )?new year\b(?!'?s\b| eve\b| day\b)/gi, "$1 new year's day"],
  // "This month compared to this time last month", "this time a year ago": the same days of that period.
  [/\bthis time (?:last|a) (week|month|quarter|year)(?: ago)?\b/gi, 'the same time last $1'],
  // "Invoice numbers issued in the last 2 weeks", "order ids placed yesterday": the rows' numbers, of that period.
  [
    /\b([a-z]+ (?:numbers|ids|names|titles|nos)) (?:that were |which were |that got )?(?:issued|created|placed|sent|raised|published|posted|added|made)\b/gi,
    // (Said right before the period, "from" joins them: "order numbers from yesterday".)
    (whole: string, rows: string, ...at: string[]) =>
      /^\s+(?:in|on|from|during|between|since|over|for|before|after|within|through|by)\b|^\s*[?.!]*\s*$/i.test(
        String(at[1]).slice(Number(at[0]) + whole.length),
      )
        ? rows
        : `${rows} from`,
  ],
  // "The invoice numbers currently unpaid": the rows' numbers, of the rows in that state.
  [/\b([a-z]+ (?:numbers|ids|nos)) (currently|still|presently|now)\b/gi, '$1 that are $2'],
  // "Show me each unpaid invoice", "list each order": every one of them, listed (never "each" as in "by").
  [
    /^(\s*(?:(?:can|could) you (?:please |pls )?)?(?:show|list|give|send|pull up|bring up|display)(?: me| us)?) each (?!of\b|one\b)/gi,
    '$1 every ',
  ],
  // "$99 or above", "$50 and higher", "$20 or lower": an amount and every amount beyond it, one way or the other.
  [
    /([$£€] ?\d[\d,]*(?:\.\d+)?k?) (?:or|and) (?:(above|over|higher|greater|upwards|up)|(?:below|under|lower|smaller))\b/gi,
    (_whole: string, amount: string, up: string | undefined) => `${amount} ${up === undefined ? 'or less' : 'or more'}`,
  ],
  // "At or above 99 dollars", "greater than or equal to $50", "at or below 10": the bound itself counts.
  [
    /\b(?:at or (?:above|over|more than)|(?:greater|more|higher|bigger) than or equal to|equal to or (?:greater|more|higher|bigger) than|(?:greater|more|higher) than or equal|no (?:lower|smaller|cheaper|less) than|not less than|not under|not below)\b(?= [$£€]?\d)/gi,
    'at least',
  ],
  [
    /\b(?:at or (?:below|under|less than)|(?:less|fewer|lower|smaller) than or equal to|equal to or (?:less|fewer|lower|smaller) than|no (?:higher|bigger|larger|greater|pricier) than|not more than|not over|not above)\b(?= [$£€]?\d)/gi,
    'at most',
  ],
  // "Six or more paid orders", "at least one paid order": a bound on a count, in digits, said first.
  [
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) or (?:more|over|above|greater)\b(?= (?:[a-z]+ ){0,2}[a-z]+s\b)(?! times\b)/gi,
    'at least $1',
  ],
  [
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) or (?:fewer|less|under|below)\b(?= (?:[a-z]+ ){0,2}[a-z]+s\b)(?! times\b)/gi,
    'at most $1',
  ],
  [
    /\b(at least|at most|more than|fewer than|less than|exactly) (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?= (?:[a-z]+ ){0,2}[a-z]+\b)(?! (?:of|in|time|times|day|days|week|weeks|month|months|year|years)\b)/gi,
    (_whole, bound: string, count: string) =>
      `${bound} ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].indexOf(count.toLowerCase()) + 1}`,
  ],
  // "Shoppers with at least one paid order": one of those rows, counted as any other number of them.
  [
    /\b(at least) (?:1|one) ((?:[a-z]+ )??)(?!(?:day|week|month|quarter|year|time|hour|minute)\b)([a-z]+[a-rt-z])(?=\s*(?:[?.!,]|$)| (?:in|during|last|this|since|from|on|over|for|between|before|after|per|by|and|or|with|that|which|who|yesterday|today|ytd|so)\b)/gi,
    '$1 1 $2$3s',
  ],
  // "Orders >= 300", "< $50": the bounds typed as symbols.
  [/\s*(?:>=|≥|=>)\s*(?=[$£€]?\d)/g, ' at least '],
  [/\s*(?:<=|≤|=<)\s*(?=[$£€]?\d)/g, ' at most '],
  [/\s*>\s*(?=[$£€]?\d)/g, ' over '],
  [/\s*<\s*(?=[$£€]?\d)/g, ' under '],
  // "Folks who subscribed for the first time", "signed up for the very first time": a sign-up is a first time already.
  [
    /\b((?:signed|signing|sign) up|joined|joining|registered|registering|subscribed|subscribing|signed on) for the (?:very )?first time\b/gi,
    '$1',
  ],
  // "Q4 gross profit contribution", "its revenue contribution": the figure it contributed ("contribution margin" is a
  // figure of its own, left as said).
  [/\b(profit|revenue|sales) contribution\b(?! margin\b)/gi, '$1'],
  // "Paid orders that carried a discount above $50", "products we carry": had, have.
  [/\bcarried\b/gi, 'had'],
  [/\bcarr(?:y|ies)\b/gi, 'have'],
  // "When did our EMEA pro customer join", "americas basic customer - when did they join": the join date of that
  // row (which may be several rows, asked about as such).
  [
    /^\s*when did ((?:the|our|my|that|this) (?:[a-z0-9$.-]+ ){0,4}?[a-z]+) (?:first )?(?:join|sign up|signup|sign on|register|subscribe|come on board)(?: us)?\s*[?.!]*\s*$/gi,
    'join date of $1',
  ],
  [
    /^\s*(?:(?:the|our|my) )?((?:[a-z0-9$.-]+ ){0,4}?[a-z]+)\s*(?:-|—|:|,)\s*when did (?:they|he|she|it) (?:first )?(?:join|sign up|signup|sign on|register|subscribe|come on board)(?: us)?\s*[?.!]*\s*$/gi,
    'join date of the $1',
  ],
  // "The 99 dollar invoice": $99.
  [/\b(\d[\d,]*(?:\.\d+)?) (?:dollar|buck|usd)\b(?!s)/gi, '$$$1'],
  // "Shoppers who bought in february, how many", "refunds from last month under $50 - how many": the count asked
  // last, of what was said first.
  [
    /^\s*(?!.*\bhow (?:many|much)\b.*\bhow many\s*[?.!]*\s*$)(.+?)\s*(?:,|-|—|:)\s*how many\s*[?.!]*\s*$/gi,
    'how many $1',
  ],
  // "How many shoppers actually bought something": the verb as said, the emphasis adding nothing.
  [
    /\b(?:actually|really|truly) (?=(?:bought|buy|buys|ordered|order|orders|purchased|purchase|paid|pay|spent|spend|shopped|placed|signed|joined|subscribed|made|did|got)\b)/gi,
    '',
  ],
  // "How much of what I posted went on tiktok": was on it.
  [/\bwent (?:on|onto) (?=(?:the |my |our )?[a-z])(?!(?:to|and|for|with|from|until|till|being)\b)/gi, 'was on '],
  // "Went past a million views", "got beyond $300": over that bound; "a million" is 1 million.
  [/\b(?:went|gone|go|goes|going|got|gets|get|getting) (?:past|beyond)\b/gi, 'over'],
  [/\b(?:a|one) (million|mil)\b(?! (?:of|times)\b)/gi, '1 million'],
  // "Days sales outstanding": a figure of its own (DSO), never the money still open.
  [/\bdays(?: of)? sales outstanding\b/gi, 'dso'],
  // "Only weekends" >> "and weekdays?": those days (Monday to Friday), never a breakdown by weekday.
  [
    /^(\s*(?:and|what about|how about|ok and|okay and|now|then)\s+)(?:the\s+)?(week[- ]?days|work[- ]?days|business days)(?=\s*(?:only|too|instead)?\s*[?.!]*\s*$)/gi,
    '$1on $2',
  ],
  // "Is saturday my best day for sales", "is instagram our best platform": which one is, ranked over all of them
  // (never the one named, filtered to itself and so always first).
  [
    /^\s*(?:is|was|are|were) (?:mon|tues|wednes|thurs|fri|satur|sun)days? (?:my|our|the) (best|worst|top|busiest|slowest|biggest|strongest|weakest|quietest)( selling)? day\b/gi,
    'which day of the week is my $1$2 day',
  ],
  [
    /^\s*(?:is|was|are|were) (?:the )?(?!(?:this|that|it|there|last|these|those)\b)([a-z0-9'&-]+(?: [a-z0-9'&-]+){0,3}?) (?:my|our|the) (best|worst|top|busiest|slowest|biggest|strongest|weakest|quietest|highest|lowest)( performing| selling| earning)? (?!(?:day|week|month|quarter|year|one)\b)([a-z]+)\b/gi,
    (_: string, _named: string, best: string, how: string | undefined, what: string) =>
      `which ${what} is my ${best}${how ?? ''}`,
  ],
  // "Over the latest 30 days", "the most recent 4 weeks": the last ones.
  [/\b(?:the )?(?:latest|most recent) (\d+) (days?|weeks?|months?|quarters?|years?)\b/gi, 'the last $1 $2'],
  // "Against the 30-day window preceding it": the 30 days before.
  [
    /\bthe (\d+)[- ]day (?:window|period|stretch|span|block|run) (?:preceding|before|prior to) (?:it|that|this|them|those)\b/gi,
    'the previous $1 days',
  ],
  // "Latest 60 days against the earlier 60-day window": the 60 days before.
  [
    /\bthe (?:earlier|previous|prior|preceding|former) (\d+)[- ]day (?:window|period|stretch|span|block|run)\b/gi,
    'the previous $1 days',
  ],
  // "The previous fortnight (last 14 days)": the days in brackets say the period.
  [
    /\b(?:the )?(?:previous|last|past) [a-z0-9 ]{1,20}? \((?:the )?(?:last|past|previous) (\d+) (days|weeks|months)\)/gi,
    'the last $1 $2',
  ],
  // "From May 1st up to and including June 15th": through it.
  [
    /\b(?:up to and including|up to and incl\.?|up until and including|to and including|until and including)\b/gi,
    'through',
  ],
  // "Between valentine's day and the end of april", "from june until the end of august": through that month.
  [new RegExp(`\\bbetween (.{3,40}?) and (?:the )?end of (${MONTH_NAMES})\\b`, 'gi'), 'from $1 through $2'],
  [new RegExp(`\\b(?:to|until|till|til|up to|up until) (?:the )?end of (${MONTH_NAMES})\\b`, 'gi'), 'through $1'],
  // "Of that group, how many…": of them.
  [
    /\b(?:of|from|in|among|amongst|out of) (?:that|this|those|these) (?:group|bunch|lot|cohort|set|batch|crowd|pool)\b/gi,
    'of them',
  ],
  // "The 7 days prior to that one": the week before.
  [
    /\bthe (?:7|seven) days (?:prior to|before|preceding) (?:that|this|it)(?: one| week| period)?\b/gi,
    'the week before',
  ],
  // "Tops a grand ($1,000)": a thousand dollars, said once.
  [/\ba grand\b/gi, '$1,000'],
  [/([$£€]\d[\d,.]*k?)\s*\(\s*[$£€]?\d[\d,.]*k?\s*\)/gi, '$1'],
  // "Uploads that passed the 5k like mark", "hit the $100 milestone": over (at least) that many.
  [
    /\b(?:(?:that|which|who) )?(passed|crossed|broke|broken|surpassed|topped|cleared|exceeded|hit|reached)(?: past)? the ([$£€]?\d[\d,.]*k?) ([a-z]+?)s? (?:mark|milestone|threshold|barrier|line)\b/gi,
    (_: string, verb: string, amount: string, noun: string) =>
      `with ${/^(?:hit|reached)$/i.test(verb) ? 'at least' : 'over'} ${amount} ${noun}s`,
  ],
  // "Products listed at $40 to $60": priced at.
  [/\blisted (?:at|for)(?= (?:between )?[$£€]?\d)/gi, 'priced at'],
  // "Whose lifetime invoiced total exceeds $200": the total invoiced.
  [/\b(invoiced|billed|charged|spent|paid|earned|ordered) (total|sum|amount)\b/gi, '$2 $1'],
  // "Above a hundred bucks": one hundred.
  [/\b(?:a|one) (hundred|thousand|grand)\b(?= (?:bucks|dollars|quid|pounds|euros|usd)\b)/gi, '1 $1'],
  // "More than 2 hundred bucks", "5 thousand": the number in figures.
  [
    /\b(\d+(?:\.\d+)?) (hundred|thousand|grand)\b/gi,
    (_whole, count: string, unit: string) => String(Math.round(Number(count) * (/^hundred$/i.test(unit) ? 100 : 1000))),
  ],
  // "Products that had over $5k in sales": that much of the sales, not a price.
  [
    /\b((?:over|under|more than|less than|at least|at most|above|below) [$£€]?\d[\d,.]*k?) in (sales|revenue|revenues|billing|billings)\b/gi,
    '$2 $1',
  ],
  // "Same but revenue", "same thing but by units", "same split, but revenue rather than order count": the question
  // before, with that figure instead.
  [
    /^\s*(?:and |ok |okay |now )?(?:the )?same(?: thing| again| question| list| ranking| split| breakdown| table| chart| view)?,? but (?:by |with |for |in |show )?(?!(?:for|in|on|from|last|this|only|just)\b)([a-z][a-z ]*?)(?:,? (?:rather than|instead of|not) [a-z ]+?)?\s*[?.!]*\s*$/gi,
    'by $1 instead',
  ],
  // "Which products have a gross margin over 60%": those with it over that bound.
  [
    /\b(?:(?:who|that|which) )?(?:have|has|having|had) (?:a|an) (?=(?:(?!of\b)[a-z]+ ){1,3}(?:over|under|above|below|more than|less than|at least|at most|greater than|higher than|lower than)\b)/gi,
    'with ',
  ],
  // "How many orders were placed by customers from tiktok": the customers' orders, never a breakdown by customer.
  [
    /\b(?:were |was )?(?:placed|made|bought|purchased) by (?=(?:customers|people|buyers|shoppers|subscribers|users)\b)/gi,
    'from ',
  ],
  // "Lifetime billing exceeds $200", "orders exceeding 3 items": over that amount.
  [/\b(?:exceeds|exceeded|exceeding|exceed|surpasses|surpassed|surpassing|surpass)\b(?= [$£€]?\d)/gi, 'over'],
  // "Subscribers' billing reaches $116 or more": the figure and its bound, read together.
  [
    /\b([a-z]+s'|whose) ((?:[a-z]+ ){0,2}[a-z]+) (?:is|are|was|were|reaches|reached|hits|hit) (?=[$£€]?\d[\d,.]*k? ?(?:or more|or above|or higher|or less|or fewer|or below|\+))/gi,
    '$1 $2 ',
  ],
  // "Subscribers whose billing is over $200": the figure and its bound, read together.
  [
    /\b(whose |with |where (?:the |their |its )?)((?:[a-z]+ ){0,2}[a-z]+) (?:is|are|was|were|has been|have been) (?=(?:over|above|under|below|more than|less than|at least|at most|greater than|fewer than)\b)/gi,
    '$1$2 ',
  ],
  // "And the americas alone?", "tiktok by itself": only that.
  [
    /\b(?:the )?([a-z][a-z' ]{1,30}?) (?:alone|by itself|by themselves|on (?:its|their) own)(?=\s*[?.!]*\s*$)/gi,
    'only $1',
  ],
  // "Break Q3's invoices down by plan": the breakdown, the words between what is broken down.
  [
    /\bbreak (?!down\b|out\b|it\b|that\b|this\b|them\b)((?:[a-z0-9']+ ){0,4}[a-z0-9']+) (?:down|out|up) (by|per|into|across)\b/gi,
    '$1 broken down $2',
  ],
  // "Top 3 countries by new customers and their share", "… with each one's share": each one's share of the total.
  [
    /,? (?:and|with|plus|incl(?:uding)?) (?:their|its|each one'?s|the|each)(?: (?:percentage|percent|%))? (share|shares|cut|portion|proportion)(?: (?:of (?:the )?(?:total|all|whole)))?(?=\s*[?.!]*\s*$)/gi,
    ' as a share of the total',
  ],
  // "Of the subscribers who joined in Q2", "how many customers that signed up last month": the new ones then
  // (what they were billed is another question: their own rows are dated by themselves).
  [
    /\b(of|among|how many) (?:the |all (?:the )?)?(customers|subscribers|users|members|clients|shoppers|accounts|people) (?:who|that) (?:have )?(?:joined|signed up|registered|subscribed)\b(?= (?:in|during|last|this|since|on|between|over)\b)/gi,
    '$1 new $2',
  ],
  // "Cancellation rate among customers we got through facebook": the rows the figure is taken over, not a breakdown
  // by each of them ("refund rate among countries" still splits by country).
  [
    /\bamong (?:the |all (?:the )?|our |my )?([a-z]+s|people|folks) (?=(?:we|i|who|that|which|acquired|from|through|via|with|in|based|living|located)\b)/gi,
    'for $1 ',
  ],
  // "Which home products have been in the catalog since before 2024": the ones added before then.
  [
    /\b(?:have been|has been|were|was|are|is) (?:in|on) (?:the|our|my) (?:catalog|catalogue|store|shop|range|lineup|line-up|site|website) since (before )?/gi,
    (_whole, before: string | undefined) => (before ? 'created before ' : 'created since '),
  ],
  // "Which products were launched in 2025", "what products did we add last month": those rows, listed by when
  // they were added (never their sales in that period).
  [
    /^\s*(?:which|what) ((?:[a-z]+ ){0,3}?[a-z]+s) (?:were |was |have been |got |did (?:we|i) )?(?:launched|launch|added|add|created|introduced|released|listed)\b/gi,
    'list $1 created',
  ],
  // "Customers from the us", "in the us": the country (a pronoun takes no article).
  [/\b(from|in|to|across|for|outside) the us\b(?!\w)/gi, '$1 the US'],
  // "Spenders from Canada": people who spent, never people who signed up.
  // ("The biggest spenders" rank people by what they spent: read elsewhere.)
  [
    /(?<!\b(?:biggest|big|top|high|higher|highest|heavy|heaviest|largest|best|low|lowest|small|smallest) )\bspenders\b/gi,
    'buyers',
  ],
  // "The third quarter to date": Q3, whatever follows.
  [
    /\b(?:the )?(first|second|third|fourth) quarter\b(?= to date\b| so far\b)/gi,
    (_whole, which: string) => `q${['first', 'second', 'third', 'fourth'].indexOf(which.toLowerCase()) + 1}`,
  ],
  // "Between the 18th of May and the 7th of June (inclusive)": both ends are always in; the word adds nothing.
  [/,?\s*\(?\b(?:both )?inclusive\b\)?(?=\s*[?.!]*\s*$)/gi, ''],
  // "Customers whose spend topped $750": over it; "orders that reached $500": at least it (a bound said after the
  // amount, "or more", is read below).
  [/\b(?:tops|topped)\b(?= [$£€]\d[\d,.]*k?\b(?! ?(?:or |\+)))/gi, 'over'],
  [/\b(?:reaches|reached|hits|hit)\b(?= [$£€]\d[\d,.]*k?\b(?! ?(?:or |\+)))/gi, 'at least'],
  // "Billing reaches $116 or more", "orders that topped $500": is that amount of money.
  [
    /\b(?:reach|reaches|reached|reaching|hits|hitting|tops|topped)\b(?= (?:at least |over |more than |above |past )?[$£€]\d)/gi,
    'is',
  ],
  // "The basic plan's cut of the invoices": its share.
  [/\b(?:cut|slice|chunk|piece) of (?=(?:the|all|our|my|total)\b)/gi, 'share of '],
  // "Calendar q3": the quarter itself (the calendar is what every period here follows).
  [/\b(?:(?:the )?(?:full|whole|entire|complete) )?(?:calendar|cal)(?: year)?[ -](?=q[1-4]\b)/gi, ''],
  [/\b(?:the )?calendar year (?=(?:19|20)\d{2}\b)/gi, ''],
  // "Mon-Fri", "sat-sun": the weekdays, the weekend days.
  [/\b(?:on |during )?mon(?:day)?s?\s*(?:-|–|to|thru|through)\s*fri(?:day)?s?\b/gi, 'on weekdays'],
  [/\b(?:on |during )?sat(?:urday)?s?\s*(?:-|–|&|and|to|\+)\s*sun(?:day)?s?\b/gi, 'on weekends'],
  [/\bw\/o\b/gi, 'without'],
  // "In Q3 so far, which plan has more invoices?", "since june, how does billing split", "aug — what did …": the
  // period said first, before a comma (a dash, a colon), read where a question usually says it (after what is
  // asked), so "which" leads again.
  [
    /^\s*((?:in|during|over|since|so far in|for) (?:[a-z0-9']+ ){0,3}[a-z0-9']+|(?:last|this|past|yesterday|today|ytd|mtd|year to date|so far this)(?: [a-z0-9']+){0,3}|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s*(?:-|–|to|through|thru)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?|q[1-4]|h[12])(?: (?:19|20)\d{2})?|(?:19|20)\d{2})(?:,|\s*[—–:]|\s-)\s+(?=(?:which|what|who|how|where|when|did|do|does|is|are|was|were|show|list|give|get|pull|compare)\b)(.+?)\s*([?.!]*)\s*$/i,
    '$2 $1$3',
  ],
  // ("In q2 which region did we bill more": the same with no comma, before "which" or "who".)
  [
    /^\s*((?:in|during|over|since|so far in) (?:(?:the|last|this|past) )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|q[1-4]|h[12]|week|month|quarter|year)(?: (?:19|20)\d{2})?|(?:last|this|past) (?:week|month|quarter|year)|yesterday|today|ytd|mtd)\s+(?=(?:which|who)\b)(.+?)\s*([?.!]*)\s*$/i,
    '$2 $1$3',
  ],
  // "Orders that got more than $60 off": an amount taken off is a discount above it, never the money paid.
  [
    /\b(?:got|get|gets|getting|had|have|has|with|received|given) ((?:more|less|fewer) than|over|under|above|below|at least|at most) (\$\s?\d[\d,.]*) off\b/gi,
    'with a discount $1 $2',
  ],
  // "Orders charged at least $5.95 for shipping": the rows whose figure of that name reaches the amount.
  [
    /\b(?:(?:were|was|got|get|been|being) )?charged ((?:more|less) than|over|under|above|below|at least|at most|exactly) (\$\s?\d[\d,.]*) (?:for|in) ([a-z]+)\b/gi,
    'with $3 $1 $2',
  ],
  // "What did each paying customer spend": spending already says they paid; the people are the layer's own.
  [
    /\b(each|every|per|a|an|the average|an average|the typical|a typical) (?:paying|buying|purchasing) (customer|client|buyer|shopper|subscriber|user)\b/gi,
    '$1 $2',
  ],
  // "Pass my posts along to friends": share them.
  [
    /\bpass(?:ed|es|ing)? ((?:my|our|the|their|those|these) )?([a-z]+s) (?:along|on)(?: to (?:their |his |her )?(?:friends|others|other people|people|followers|mates|contacts))?\b/gi,
    'share $1$2',
  ],
  // "How often did people share my tiktoks": how many times they did it.
  [
    /\bhow often (did|do|does|have|has) ((?:people|ppl|anyone|anybody|folks|users|viewers|followers|fans|customers|they)(?= (?:share|shared|like|liked|comment|commented|save|saved|bookmark|bookmarked|view|viewed|watch|watched|click|clicked|open|opened|visit|visited|download|downloaded|repost|reposted)\b))/gi,
    'how many times $1 $2',
  ],
  // "New accounts opened in May", "people who opened an account": signed up.
  [/\b(accounts?) (?:(?:were|was|got|have been|has been) )?opened\b/gi, '$1 signed up'],
  [/\bopened (?:an |a |their |his |her )?(?:new )?accounts?\b/gi, 'signed up'],
  // "Name the 3 products with the fewest sales", "name my top 5 posts": show them.
  [
    /^\s*(?:(?:please|pls|can you|could you)\s+)?name (?=(?:the|my|our|all|every|each|any|top|bottom|\d+)\b)/gi,
    'show ',
  ],
  // "Ids of fb carousel posts", "the order ids for friday": the rows themselves, listed.
  [
    /^\s*(?:(?:pull|get|give me|show me|send me|grab|fetch)\s+)?(?:(?:the|all|all the)\s+)?(?:ids|id numbers|ids and names) (?:of|for) /gi,
    'list ',
  ],
  // "Invoice IDs billed to Basic subscribers", "order ids from friday": the rows themselves, listed.
  [
    /^\s*(?:(?:the|all|all the|my|our)\s+)?([a-z]+?)s? (?:ids|id numbers|id's) (?=(?:billed|sent|issued|paid|charged|for|from|to|that|which|with|in|since|placed|made|during|of|last|this)\b)/gi,
    'list $1s ',
  ],
  // "Which invoices have gone to pro subscribers": sent to them.
  [/\b(?:have|has|had) (?:gone|been sent) (?:out )?to\b/gi, 'billed to'],
  // "The week starting Monday 9 February": the weekday adds nothing to the date.
  [
    /\bweek (starting|beginning|commencing|from)(?: on)? (?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday),? (?=(?:the )?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)/gi,
    'week $1 ',
  ],
  // "How much of our billing is Europe, percentage-wise": as a percentage.
  [/,? (?:percentage|percent|%)[- ]?wise\b/gi, ' as a percentage'],
  // "What did feb bring in, revenue wise", "sales-wise": the figure named.
  [/\b(?<!percentage[- ]|percent[- ]|%[- ])([a-z]+)[- ]wise\b/gi, '$1'],
  // "Q3 to date", "March to date", "2026 to date": that period so far (alone, "to date" is all time).
  [
    /\b(q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:19|20)\d{2})((?: (?:19|20)\d{2})?),? to date\b/gi,
    '$1$2 so far',
  ],
  // "$30 to $45 inclusive": ranges of amounts include both ends already.
  [
    /(\d)(?:,? (?:both )?(?:inclusive|incl\.?|included)|,? (?:with |including )?both (?:days|dates|ends)(?: (?:included|inclusive|counted))?)(?=\W|$)/gi,
    '$1',
  ],
  // "A list price of $30 to $45", "orders from $50-$100": a range of money, said as "between".
  [
    /(?<![\w$£€])(?:(?:from|of) )?([$£€] ?\d[\d,]*(?:\.\d+)?k?) ?(?:to|-|–|through|thru) ?([$£€]? ?\d[\d,]*(?:\.\d+)?k?)(?![\d/])/gi,
    'between $1 and $2',
  ],
  // "TikTok-acquired versus Instagram-acquired customers": the people, then where they came from.
  [/\b([a-z]+)-(acquired|referred|sourced) (vs|versus|or|and) ([a-z]+)-\2 ([a-z]+)\b/gi, '$5 $2 through $1 $3 $4'],
  [/\b([a-z]+)-(acquired|referred|sourced) (?!new\b)([a-z]+)\b/gi, '$3 $2 through $1'],
  // "Lowest-priced product": the product with the lowest price.
  [/\b(lowest|highest|cheapest|lower|higher)[- ]priced\b/gi, '$1 price'],
  // "What does the velvet wallet go for": its price.
  [
    /\bwhat (?:does|do) (.+?) (?:go for|sell for|retail for|retail at|cost)\b(?! (?:me|us|you|them)\b)/gi,
    'price of $1',
  ],
  // ("What did the organic hoodie cost": its price too; what it went for, in the past, is what it sold at.)
  [/\bwhat did (.+?) cost\b(?! (?:me|us|you|them)\b)/gi, 'price of $1'],
  // "The sticker price on the vintage body oil", "its tag price": the price.
  [/\b(?:sticker|tag|shelf|ticket|label) price(s?) (?:on|for)\b/gi, 'price$1 of'],
  [/\b(?:sticker|tag|shelf|ticket|label) price(s?)\b/gi, 'price$1'],
  // "What % of orders ended up in each status": a share of each part.
  [/\b(?:ended|end|ends|ending|landed|land|fell|fall|falls) (?:up )?in (?:each|every) /gi, 'by '],
  // "Rev last 3 wks vs the 3 before", "last 7 days vs previous 7": the same number of the same unit, just before.
  [
    /\b(last|past) (\d+) ([a-z]+) (vs|versus|compared (?:to|with)|against) (?:the )?(?:\2 (?:before|prior|preceding)(?: (?:that|those|it|them))?|(?:previous|prior|preceding) \2(?!\s+(?:day|week|month|quarter|year|wk|mo)s?\b))\b/gi,
    '$1 $2 $3 $4 the previous $2 $3',
  ],
  // "Billing ytd vs last ytd": the same span of the year (month, quarter, week) before.
  [
    /\b(vs|versus|compared (?:to|with)|against) (?:the )?(?:last|previous|prior|last year'?s) ytd\b/gi,
    '$1 the same period last year',
  ],
  [
    /\b(vs|versus|compared (?:to|with)|against) (?:the )?(?:last|previous|prior) (mtd|qtd|wtd)\b/gi,
    '$1 the previous period',
  ],
  // "Yesterday vs a week ago", "vs the same day last week": one week before the period asked, whatever its length.
  [
    /\b(vs|versus|compared (?:to|with)|against) (?:(?:a|one) (day|week|month|quarter|year) (?:ago|earlier|back)|(?:the )?same day (?:last|the previous|a|one) (week|month|year)(?: before| earlier| ago)?)\b/gi,
    (_: string, joiner: string, ago: string | undefined, sameDay: string | undefined) =>
      `${joiner} a ${ago ?? sameDay ?? ''} before`,
  ],
  // "The customer who spent the most", "customers who ordered the most last year": which of them, ranked.
  [
    /^\s*(?:the |my |our )?([a-z]+?)(s?) (?:who|that) (spent|paid|ordered|bought|purchased|shopped)( the)? (most|least|fewest)\b/gi,
    'which $1$2 $3 the $5',
  ],
  // "Which customers ordered the most times", "shopped most often": the most orders placed.
  [
    /\b(?:ordered|purchased|bought|shopped|ordering|buying|shopping) (?:the )?(most|fewest|least) (?:times|often|frequently)\b/gi,
    (_: string, most: string) => `placed the ${most.toLowerCase() === 'most' ? 'most' : 'fewest'} orders`,
  ],
  // "Did revenue beat last month": higher than the period before, this one against it.
  [
    /\b(?:beat|beats|beating|top|tops|topped|outperform|outperforms|outperformed|exceed|exceeds|exceeded|surpass|surpassed) (last|the previous|the prior) (week|month|quarter|year)\b/gi,
    'higher than $1 $2',
  ],
  // "People who came on board": who signed up.
  [/\b(?:came|come|comes|coming) on ?board\b|\bonboarded\b/gi, 'signed up'],
  // "People who opened an account", "created accounts": who signed up.
  [
    /\b(?:opened|open|opens|opening|created|create|creates|made|make|set up|sets up) (?:an |their |a new |new )?accounts?\b/gi,
    'signed up',
  ],
  // "What % of our invoices were $99 ones": the rows named before, at that amount.
  [/\b([a-z]+s)\b(.*?)([$£€] ?\d[\d,]*(?:\.\d+)?k?) ones\b/gi, '$1$2$3 $1'],
  // "What portion of revenue did the TikTok Shop contribute": what share it accounts for.
  [
    /\b(what (?:share|portion|percentage|percent|proportion|fraction|part|%) of .+?) (?:contribute|contributed|contributes|generate|generated|generates|bring in|brought in|brings in|deliver|delivered|delivers)\b/gi,
    '$1 account for',
  ],
  // "What margin did accessories run at in 2025", "what is our refund rate running at": what it was.
  [/\b(did|does|do) ((?:[a-z]+ ){1,3}?)(?:run|ran) at\b/gi, '$1 $2have'],
  [/\b(what(?:'s| is| was| are| were) .+?) running at\b/gi, '$1'],
  // "What share does the Pro plan have": a share of a total not named, which the reading asks for.
  [
    /\bwhat (share|percentage|percent|proportion|fraction) (?:does|do|did) (.+?) (?:have|hold|account for|make up|represent)\b/gi,
    'what $1 of the total comes from $2',
  ],
  // "How many subs did we add in Q2": the ones we got.
  // "Did we win more customers on tiktok": new ones, gained.
  [
    /\b(?:win|won|gain|gained|acquire|acquired|land|landed|pick up|picked up) (more|fewer|any|the most|the fewest)? ?(customers|subscribers|clients|buyers|users|members)\b/gi,
    (_: string, more: string | undefined, people: string) => `${more ? `${more} ` : ''}new ${people}`,
  ],
  [/\b(did|do|does) (we|i|you) (?:add|pick up|win|land)\b/gi, '$1 $2 get'],
  [/\b(we|i|you) (?:picked up|won|landed)\b/gi, '$1 got'],
  // "Revenue growth rate", "how fast are we growing": the change against the period before.
  [/\b(growth|decline) (?:rate|%|percentage|pct)\b/gi, '$1'],
  [
    /\bhow (?:fast|quickly) (are|is|was|were|did|do|does) (.+?) (grow|growing|grew|shrink|shrinking|shrank)\b/gi,
    'how much $1 $2 $3',
  ],
  // "How much did our subscribers get charged", "how much were customers charged": what they paid.
  [
    /\bhow much (?:did|do|does|were|was|are|is|have|has) (.+?) (?:get |got |been |be )?charged\b/gi,
    'how much did $1 pay',
  ],
  [/\bwknd(s?)\b/gi, 'weekend$1'],
  // "Revenue the last 2 weekends": the weekend days of the last 2 weeks.
  [
    /\b(?:over |in |for |during )?(?:the )?(last|past|previous) (\d+|two|three|four|five|six) weekends\b/gi,
    'on weekends over the $1 $2 weeks',
  ],
  // "Revenue outside the US": every other country.
  [/\boutside (?:of )?(the )?(?=[a-z])/gi, 'excluding $1'],
  // "When was our earliest order": what it was, said with its date.
  [/^\s*when (was|were|is|are) /gi, 'what $1 '],
  [/\bppl\b/gi, 'people'],
  // "Rev lw vs ly": LY set against a period is the same period a year before, as retail reports say it.
  [/\b(vs|versus|against|compared to|compared with) ly\b/gi, '$1 the same period last year'],
  // "Margin in dollars": the profit, an amount, not the margin's rate.
  [/\b(?:gross )?margins? in (?:dollars|dollar terms|\$|money|cash|euros|pounds)\b/gi, 'gross profit'],
  [/\b(?:dollar|\$|cash) (?:gross )?margins?\b/gi, 'gross profit'],
  // "Posts that have got comments", "orders that have had a discount": the rows that got or had them.
  [/\b(?:have|has) (got|gotten|had|received)\b/gi, (_: string, verb: string) => (verb === 'gotten' ? 'got' : verb)],
  // "Orders w a promo code": with.
  [/\bw (?=(?:a|an|the|no|some|any|free|\d)\b)/gi, 'with '],
  // "Our first ever order", "the very first invoice": the earliest.
  [/\b(?:first[- ]ever|very first)\b/gi, 'earliest'],
  // "Items that were first added in 2025": when it happened to them, no ranking ("the customer we first billed in
  // may" is the earliest one, and stays).
  [/\b(was|were|got|been) first (?=[a-z]{3,}ed\b)/gi, '$1 '],
  // "New customers split by how we acquired them": by where they came from.
  [
    /\bby how (?:we|i) (?:acquired|got|gained|won|landed|found|reached|attracted) (?:them|each(?: one)?|these|those|(?:the|our|my) [a-z]+s)\b/gi,
    'by where they came from',
  ],
  // "The subscriber over in the Americas", "revenue over in France": in (not "went over in", "sold out in").
  [
    /(?<=\b(?:[a-z]+s|subscriber|customer|member|user|client|buyer|shopper|people|folks|ppl)) over in (?=(?:the )?[a-z])/gi,
    ' in ',
  ],
  // "Wild lip balm, how many of my captions ever talked about it": the thing said first is what "it" is.
  [
    /^\s*([a-z][a-z0-9' -]{2,40}?)\s*[,:–-]\s+(.*?\b(?:about|mention|mentions|mentioned|mentioning|feature|features|featured|featuring|tag|tags|tagged|tagging|promote|promotes|promoted|promoting)) (?:it|them)\b/gi,
    '$2 $1',
  ],
  // "Tix last wk": tickets.
  [/\btix\b/gi, 'tickets'],
  // "How many classes did we run", "events we hosted": the rows the business had (the verb only says it did them).
  [
    /\b(how many [a-z]+(?: [a-z]+)?) (?:did|do|have|has) (?:we|i) (?:run|ran|hold|held|host|hosted|put on|offer|offered|schedule|scheduled)\b/gi,
    '$1',
  ],
  // "How many order had the toner inside": orders that had it (in them).
  [
    /\b((?:orders?|baskets?|carts?|purchases?|parcels?) (?:(?:that|which) )?(?:had|have|has|with|having|contained|containing)) (.{2,60}?) inside\b/gi,
    '$1 $2',
  ],
  // "Which products showed up in the most cancelled orders": were in them.
  [/\b(?:appeared|appear|appears|appearing|showed up|show up|shows up|turned up|turn up) in\b/gi, 'were in'],
  // "The dollar amount of invoices over $50", "total $ amount of open invoices", "sum ($) of orders": their money,
  // never how many ("amount of" alone may still be a count).
  [
    /\b(?:(?:the |total |the total )?(?:dollar|dollars|\$|money|cash|monetary) (?:amount|value|total|worth|sum)|sum \(\$\)|\$ (?:sum|total)) of\b/gi,
    'value of',
  ],
  // "The dollar value of cancelled orders", "the money amount": the value, in the layer's own currency.
  [/\b(?:dollar|dollars|euro|euros|pound|pounds|money|cash|monetary)[- ](value|amount|total|worth)\b/gi, '$1'],

  // "The first week of the year", "the last week of 2025", "the first month of the year": the year's first or last
  // week or month.
  [/\b(first|1st) week of (?:the|this) year\b/gi, 'first week of january'],
  [/\blast week of (?:the|this) year\b/gi, 'last week of december'],
  [/\b(?:first|1st) month of (?:the|this) year\b/gi, 'january'],
  [/\blast month of (?:the|this) year\b/gi, 'december'],
  [/\b(first|1st) week of (\d{4})\b/gi, 'first week of january $2'],
  [/\blast week of (\d{4})\b/gi, 'last week of december $1'],
  // "The first of March", "the third of May": the day, in digits.
  [
    /\b(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-?first|twenty-?second|twenty-?third|twenty-?fourth|twenty-?fifth|twenty-?sixth|twenty-?seventh|twenty-?eighth|twenty-?ninth|thirtieth|thirty-?first) of (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    (_: string, ordinal: string) => `${DAY_ORDINALS.indexOf(ordinal.toLowerCase().replace('-', '')) + 1} `,
  ],
  // "The last full week", "the previous complete month": the last one is whole already.
  [/\b(last|past|previous|prior) (?:full|complete|whole) (week|month|quarter|year)\b/gi, '$1 $2'],
  // "The first four months of the year", "the last 3 months of 2025": those months of that year.
  [
    /\b(?:the )?(first|last|final) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months of (?:(the|this) year|((?:19|20)\d{2}))\b/gi,
    (whole: string, end: string, count: string, thisYear: string | undefined, year: string | undefined) => {
      const months = /^\d+$/.test(count) ? Number(count) : SMALL_NUMBERS.indexOf(count.toLowerCase());
      if (months < 2 || months > 11) return whole;
      const [from, to] = /^first$/i.test(end) ? [0, months - 1] : [12 - months, 11];
      return `${SHORT_MONTH_NAMES[from]} to ${SHORT_MONTH_NAMES[to]} ${thisYear ? 'this year' : year}`;
    },
  ],
  // "Revenue throughout 2025", "all through march": in it.
  [
    /\b(?:throughout|all (?:the way )?through) (?=(?:the )?(?:(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|h[12]|last|this)\b)/gi,
    'in ',
  ],
  // "From the beginning", "since the shop opened": all of the data.
  [/\b(?:right |all the way )?from the (?:very )?(?:beginning|start|get-?go)\b(?! of\b)/gi, 'of all time'],
  [
    /\bsince (?:the|my|our) (?:shop|store|business|company|brand|site|account) (?:first )?(?:opened|launched|started|began|went live)\b/gi,
    'since we opened',
  ],
  // "From christmas eve up to new years eve": from the one to the other, both in.
  [/\b(from (?:[a-z0-9',.]+ ){1,4}?)(?:up to|up until|up till|upto|right up to) (?!(?:now|today|date)\b)/gi, '$1to '],
  // "The most recent full calendar month", "the latest complete week": the last whole one.
  [
    /\b(?:the )?(?:most recent|latest) (?:(?:full|complete|completed|whole|finished|closed) (?:calendar )?|calendar )(week|month|quarter|year)\b/gi,
    'last $1',
  ],
  // "$ since monday compared w/ the full week before", "this month vs the whole month before": the unit before this
  // one, all of it (the first period being this one, to date).
  [
    /\b((?:since (?:mon|monday|the start of (?:the|this) week)|this week|week to date|wtd|this month|month to date|mtd|since the 1st)\b.*?\b(?:vs\.?|versus|against|compared (?:to|with|w\/)))\s+(?:the )?(?:full|whole|entire|complete) (week|month) (?:before|prior)(?: (?:that|it|this))?\b/gi,
    (whole: string, before: string, unit: string) =>
      (unit === 'week') === /\b(?:mon|monday|week|wtd)\b/i.test(before) ? `${before} all of last ${unit}` : whole,
  ],
  // "The past 3 full months", "the last 2 complete weeks": the last N are whole ones already.
  [
    /\b((?:past|last|previous|prior) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) )(?:full|complete|whole) /gi,
    '$1',
  ],
  // "Subscribers who chose pro in May": they chose it when they signed up, then.
  [
    /\b(?:(?:who|that) )?(?:chose|picked|opted for|went for|selected)(?= (?:the )?[a-z]+(?: plan| tier)? (?:in|during|last|this|since|between)\b)/gi,
    'signed up on',
  ],
  // "New subs that picked basic", "subscribers who chose pro": the people on that value.
  [
    /\b(?:(?:who|that) )?(?:chose|chosen|picked|opted for|went for|selected)(?= (?:the )?(?!(?:most|least|more|less|best|worst|up|out|from|them|it|this|that|which|what)\b)[a-z]+(?: plan| tier)?\b(?! (?:did|do|they|we|i)\b))/gi,
    'on',
  ],
  // "Which plan did they pick", "what tier are they on" after a count of people: the same figure, split by it.
  [
    /^\s*(?:and |so )?(?:which|what) ([a-z]+(?: [a-z]+)?) (?:did|do|have|are|were) (?:they|those|these|those people|these people) (?:pick|picked|choose|chose|chosen|go for|gone for|opt for|opted for|select|selected|sign up for|signed up for|end up on|ended up on|land on|landed on|on|buy|bought)\s*[?.!]*\s*$/gi,
    'by $1',
  ],
  // "How big are my discounts as a pct of the subtotal": what they are as that share.
  [
    /\bhow (?:big|large|high|heavy) (are|is|was|were) ((?:my |our |the )?[a-z]+ as an? (?:rate|percentage|percent|pct|%))/gi,
    'what $1 $2',
  ],
  // "Refund rate 1st half of 25", "the second quarter of 24": a half or a quarter with two digits after "of" is its
  // year.
  [
    /\b((?:first|second|1st|2nd) half|(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter|h[12]|q[1-4]) of ['’‘]?([1-4]\d)\b(?![\d,.%]| ?(?:%|percent|days?|weeks?|months?|orders?|posts?|customers?)\b)/gi,
    '$1 of 20$2',
  ],
  // "Rev bf 2025", "bf weekend": Black Friday.
  [/\bbf(?= ?['’‘]?(?:\d{2}|\d{4})\b| (?:weekend|week|sales?|day)\b)/gi, 'black friday'],
  // "Wk b4 last": before.
  [/\bb4\b/gi, 'before'],
  // "Sept onwards", "from march 2025 on": since that month.
  [
    /\b(?:from )?((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?: \d{4})?) (?:onwards?|and (?:later|after|beyond)|on(?= *(?:[?.!,]|$)))/gi,
    'since $1',
  ],
  // "Email-sourced new custs", "tiktok-acquired buyers": the people acquired through it.
  [
    /\b([a-z]+)[- ](?:sourced|acquired|referred|driven) ((?:new )?(?:customers|custs|buyers|shoppers|subscribers|clients|sign-?ups))\b/gi,
    '$2 acquired via $1',
  ],
  // "My 3 facebook posts w the biggest reach": the top 3 by it.
  [
    /\b(?:my|our|the) (\d+|two|three|four|five|six|seven|eight|nine|ten) ((?:[a-z]+ ){0,2}?[a-z]+s) (?:with|w|w\/) the (?:biggest|highest|most|largest|best|greatest|top) ([a-z]+(?: rate)?)\b/gi,
    'top $1 $2 by $3',
  ],
  // "Buyer country", "the customer's country": the country, which is the buyers'.
  [/\b(?:buyer|customer|shopper|client|purchaser)(?:'s|s'|s)? (countr(?:y|ies)|regions?|nations?)\b/gi, '$1'],
  // "Beauty items listed at more than $40": priced at it.
  [
    /\blisted (?=(?:at|for) (?:more|less|over|under|above|below|at least|at most|\$|£|€)|(?:over|under|above|below) )/gi,
    'priced ',
  ],
  // "Things in the catalogue", "items in the range", "what we stock": the products.
  [
    /\b(?:things|items|pieces|stuff|products|skus|lines) (?:(?:in|on|from) (?:the|our|my) (?:catalogue|catalog|range|line-?up|store|shop)|(?:we|i) (?:sell|stock|carry|offer|list))\b/gi,
    'products',
  ],
  // "What accessories are in the range": which of them we sell.
  [/\b(?:are|is) (?:in|on) (?:the|our|my) (?:catalogue|catalog|range|line-?up)\b/gi, 'do we sell'],
  // "Which accessories do we stock? just their names": the rows the words name, never how many of them sold ("which
  // products do we sell the most" is).
  [
    /\b(list|show|which|what)((?: all| the| our| my)*) ([a-z]+(?: (?!(?:do|does|did)\b)[a-z]+)?) (?:do |does |did )?(?:we|i) (?:sell|stock|carry|offer)\b(?=\s*(?:[?.!,:;]|-|$))/gi,
    '$1$2 $3',
  ],
  // "What do we sell in accessories": the products there (what sold in a period is asked with "did").
  [/\bwhat (?:else )?(?:do|does) (?:we|i) (?:sell|stock|carry|offer) (in|under|within) /gi, 'list products $1 '],
  // "Accessories whose launch date falls in 2025": launched then.
  [
    /\b(?:whose|with (?:a|their|its)) (?:launch|release|listing|creation|added) date (?:falls|fell|is|was|lands|landed) (in|during|within|between|before|after|since)\b/gi,
    'launched $1',
  ],
  // "Company-wide gross margin", "store-wide": the whole shop's, which a figure is unless split.
  [/\b(?:company|business|store|shop|site|brand|org|organi[sz]ation)[- ]wide\b/gi, 'overall'],
  // "Discount rate applied to paid orders": of those orders.
  [
    /\b(?:applied|given|granted|offered) (?:to|on) (?=(?:(?:the|our|my|all|paid|[a-z]+) ){0,3}(?:orders|purchases|sales|invoices|baskets|carts|bills)\b)/gi,
    'on ',
  ],
  // "Wats the avrage order worth": its value.
  [/\b((?:average|avg|avrage|typical|mean) (?:order|basket|cart|purchase|sale|invoice|bill)) worth\b/gi, '$1 value'],
  // "The average list price across our beauty range", "our apparel line": the products of that kind (never a price
  // or date range).
  [
    /\b(?:our|my|the) (?!(?:price|date|time|age|size|value|full|whole|entire|product|same|top|bottom|new|newest|latest|old|recent|current|seasonal|this|that|next|last|summer|winter|spring|fall|autumn|holiday|christmas)\b)([a-z]+) (?:line-?up|range|line|collection)\b/gi,
    '$1',
  ],
  // "What's in the beauty line-up", "what does our accessories range consist of": the rows, listed.
  [/^\s*what(?:'s| is| are) (?:in|on) ((?:the |our |my )?[a-z -]{2,40}?)\s*([?.!]*)\s*$/gi, 'list $1$2'],
  [
    /^\s*what (?:does|do) ((?:the |our |my )?[a-z -]{2,40}?) (?:consist of|contain|include|comprise|cover|hold)\s*([?.!]*)\s*$/gi,
    'list $1$2',
  ],
  // "Reels make up what percent of my uploads": the share of them that are.
  [
    /\b([a-z]+) (?:make|makes|made) up what (percent|percentage|share|fraction|proportion|pct|portion) of (.+?)\s*([?.!]*)\s*$/gi,
    'what $2 of $3 are $1$4',
  ],
  // "Customer accounts opened in 2024": the new ones.
  [
    /\bnew (customers|subscribers|users|clients|members|accounts) (?:opened|created|set up|made|registered)\b/gi,
    'new $1',
  ],
  // "2025 newcomers": the people new in that time.
  // ("New arrivals" in a shop are its products, left as said.)
  [/\b(?:newcomers|new joiners)\b/gi, 'new customers'],
  // "How many uploads went live": were posted.
  [/\b(?:went|go|goes|gone|going) live\b/gi, 'were posted'],
  // "The single 2025 upload with the biggest save count": the one that has it.
  [/\bthe single (?=(?:[a-z0-9]+ ){0,3}?(?:with|that|which|who) )/gi, 'the '],
  // "2024 gross profit as a quarterly series": by quarter.
  [/\b(?:as )?(?:a |an )?(daily|weekly|monthly|quarterly|yearly|annual) (?:time )?series\b/gi, '$1'],
  // "Shipping income per sales channel": what was charged for it.
  [/\b(shipping|postage|delivery|freight) (?:income|takings|earnings)\b/gi, '$1'],
  // "From friday to saturday (yday)": the day said, named again.
  [/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day) \((?:yday|yesterday|ystdy|ystd|today|tdy)\)/gi, '$1'],
  // "2025 laid beside the same six months of 2024": the same period of that year.
  [
    /\bthe same (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks|months|quarters) of (?=(?:19|20)\d{2}\b)/gi,
    'the same period of ',
  ],
  // "Money in open invoices", "dollar value sitting in invoices": what those rows are worth, never how many.
  [
    /\b(?:the |how much )?(?:(?:money|cash|dollars|dollar (?:value|amount|total)|[$] ?(?:value|amount|total)|monetary value)(?: (?:is |was |are )?(?:sitting|tied up|locked up|held|stuck))?|(?:value|amount) (?:is |was |are )?(?:sitting|tied up|locked up|held|stuck)) (?:in|on|across) (?=(?:the |our |my |all |any )?(?:[a-z-]+ ){0,3}?(?:invoices|orders|bills|purchases|baskets|carts|subscriptions)\b)/gi,
    'value of ',
  ],
  // "In h1, how much did we bill per pro subscriber that got invoiced": per one of them (the figure is theirs already).
  [
    /\bper ((?:[a-z]+ ){0,2}?)(subscriber|customer|client|buyer|shopper|member|account)s? (?:(?:that|who|which) (?:(?:got|were|was|have been|has been|had been) (?:invoiced|billed|charged)|(?:got|received|were sent|was sent|were issued|was issued|had) (?:an? |any |at least one )?(?:invoice|bill)s?)|invoiced|billed|charged)\b/gi,
    'per $1$2',
  ],
  // "How many bills went out over the previous sixty days": the last sixty, when no other period is said for the
  // previous ones to come before.
  [
    /\b(over|in|during|across|for|within) the (?:previous|prior|preceding) (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety) (days|weeks|months|quarters)\b/gi,
    (match: string, ...groups: string[]) => {
      // (The groups, then where the match starts and the whole question.)
      const [preposition, count, unit, offset, whole] = groups as [string, string, string, string, string];
      const rest = whole.slice(0, Number(offset)) + whole.slice(Number(offset) + match.length);
      return /\b(?:this|last|past|today|yesterday|ytd|mtd|qtd|since|vs|versus|compared|than|against|q[1-4]|h[12]|(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(
        rest,
      )
        ? match
        : `${preposition} the last ${count} ${unit}`;
    },
  ],
  // "The 30 days preceding": the ones before.
  [/\b(the (?:\d+|[a-z]+) (?:days|weeks|months|quarters)) preceding\s*(?=[?.!]*\s*$)/gi, '$1 before'],
  // "Still awaiting payment": not paid yet.
  [/\b(?:still )?(?:awaiting|waiting (?:on|for)) (?:payment|being paid)\b/gi, 'not paid yet'],
  // "What date did the european pro subscriber start with us": sign up.
  [/\b(?:start|started|begin|began) (?:with|at) (?:us|me)\b/gi, 'sign up'],
  // "Professional-tier subscribers": the plan named.
  [/\b([a-z]+)-(?:tier|plan|level)\b/gi, '$1'],
  // "What price is the tank listed at", "what's the toner selling for": its price.
  [
    /\bwhat(?: price)?(?:'s|s|\s+(?:is|are|was|were)) (.{2,60}?) (?:listed|priced|selling|retailing|going) (?:at|for)\b/gi,
    'what is the price of $1',
  ],
  // "How much the lip balm is costing to us for one piece", "how much does the toner cost us per unit": one unit's
  // cost (without "per unit", what it cost over a period may be meant).
  [
    /\bhow much (?:(?:does|do|did|is|are|was) )?((?:the |a |one |each |our |my )?(?:[a-z0-9'&-]+ ){0,4}?[a-z0-9'&-]+) (?:(?:is|are|was) )?(?:cost|costs|costing)(?: to)? (?:us|me|the shop) (?:per|a|for each|for one|for a|for 1) (?:unit|piece|item)\b/gi,
    'unit cost of $1',
  ],
  // "February refunds where the order was above a hundred bucks": the orders worth that much.
  [
    /\bwhere the (orders?|invoices?|baskets?|purchases?|bills?) (?:(?:was|were|is|are|came to|totalled|totaled|amounted to) )?(?=(?:over|above|under|below|more than|less than|at least|at most|greater than|between)\b)/gi,
    'of $1 ',
  ],
  // "Product revenue earned by the Oversized Earrings": of it, never split by anything.
  [/\b(earned|made|generated|brought in|produced|grossed|taken|pulled in) by the\b/gi, '$1 of the'],
  // "The four items that earned the most gross profit": the products that did.
  [/\bitems (?=(?:that|which) (?:earned|made|generated|brought in|grossed|produced|pulled in|sold)\b)/gi, 'products '],
  // "Pull up what i published on facebook": my posts there.
  [/\bwhat (?:i|we) (?:published|posted|put up|uploaded)\b/gi, 'my posts'],
  // "Last week (monday to sunday)": the week said again.
  [/\s*\((?:mon|monday) ?(?:to|through|thru|-|–) ?(?:sun|sunday)\)/gi, ''],
  // "Wild lip balm: number of 2025 orders including it": the orders with it.
  [
    /^\s*([a-z0-9'& -]{3,40}?)\s*:\s*((?:the )?(?:number|count|#) of|how many) (.{2,60}?) (?:including|containing|with|that (?:include|included|contain|contained|had)) (?:it|them)\b/gi,
    '$2 $3 with $1',
  ],
  // "Lifetime paid spend above $1,000: how many shoppers are past that mark": those who have it.
  [
    /^\s*(.{3,60}?(?:above|over|below|under|more than|less than|at least|at most|greater than) [$£€]?\d[\d,.]*k?)\s*:\s*how many ([a-z]+) (?:are|were|is|got|get) (?:past|over|above|beyond|under|below) (?:that|this|the) (?:mark|line|level|threshold|bar|figure|amount)\s*([?.!]*)\s*$/gi,
    'how many $2 have $1$3',
  ],
  // "Invoices nobody has settled yet": not paid yet.
  [
    /\b(?:that |which )?(?:nobody|no one|no-one) (?:has|have|had) (?:settled|paid)(?: (?:yet|so far))?\b/gi,
    'not paid yet',
  ],
  // "Subscriber acquisition count": the new ones (never an acquisition channel).
  [
    /\b(customer|subscriber|user|client|buyer|member|shopper)s? acquisitions?(?: (?:count|numbers?|figures?))?\b(?! (?:channels?|sources?|costs?)\b)/gi,
    'new $1s',
  ],
  // "Same question, August 2025 instead": a follow-up, the question kept.
  [/^\s*(?:the )?same (?:question|thing|query|one)(?: again)?(?:,|:| -| but)\s*/gi, ''],
  // "What did paid orders collect in shipping fees", "what did my posts make in likes": that figure of those rows
  // together (one row, "what did my latest post earn", is that row's own).
  [
    new RegExp(
      `\\bwhat did ((?:[a-z]+ ){0,2}?[a-z]+s) (?:collect|bring in|make|pay|generate|earn|take in|rake in|pull in|get) in (?!(?:${MONTH_NAMES}|q[1-4]|h[12]|the|total|all)\\b)((?:[a-z]+ ){0,2}?[a-z]+?)(?= (?:across|in|during|over|for|last|this|since|between|from|on|by|throughout)\\b|\\s*[?.!]*\\s*$)`,
      'gi',
    ),
    'what was the $2 from $1',
  ],
  // "Collected from basic subscribers in july": the amount collected, never how many of them.
  [/(?<!\b(?:amount|money|how much|much|dollars|value|cash|total) )\bcollected from\b/gi, 'amount collected from'],
  // "How many times did ppl stash my posts to look at later": saved them.
  [/\bstash(?:ed|es|ing)?\b/gi, 'saved'],
  [/\b(?:to (?:look at|read|watch|check(?: out)?|come back to|revisit) (?:later|again|another time))\b/gi, ''],
  // "Orders that ended with us sending the customer's money back": refunded.
  [
    /\b(?:ended|ending|end|ends) (?:up )?with (?:us |me )?(?:sending|giving|paying|handing) (?:the |a )?(?:customer'?s?'? |buyer'?s?'? |shopper'?s?'? |them |their )?money back\b/gi,
    'were refunded',
  ],
  [
    /\b(?:sent|gave|paid|handed) (?:the |a )?(?:customer'?s?'? |buyer'?s?'? |shopper'?s?'? |them |their )?money back\b/gi,
    'refunded',
  ],
  // "Dec customer signups, how many were new": signups are new, so "were new" only says it again.
  [
    /\b(sign ?ups|sign-ups|signups|joiners|new (?:customers|subscribers|members|users))\b(.*?),? how many (?:of (?:them|those) )?(?:were|are) (?:brand )?new\b/gi,
    '$1$2, how many',
  ],
  // "How many orders got their money back": the orders refunded (the buyers got it; the orders were refunded).
  [/\b(?:got|get|gets|getting|received) (?:their |the |its |a )?(?:money|cash) back\b/gi, 'were refunded'],
  // "Refunded afterwards", "cancelled later": refunded, whenever it happened.
  [/(?<=\b[a-z]+ed) (?:afterwards|afterward|later(?! than\b)|subsequently|eventually)\b/gi, ''],
  // "How engaging were my ig reels": their engagement rate.
  [
    /\bhow engaging (?:were|was|are|is) ([a-z' ]+?)(?= in\b| over\b| during\b| last\b| this\b| the past\b|[?.!(]|$)/gi,
    'engagement rate of $1',
  ],
  [/\(\s*eng(?:agement)? rate\s*\)/gi, ''],
  // "Cost us more than $50 apiece to stock", "cost us under ten dollars per unit": a unit cost over it.
  [
    /\bcost (?:us |me )?(more|less|over|under) (?:than )?([$£€]\s?\d[\d,.]*k?|(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?) (?:dollars?|bucks|euros?|pounds|quid)) (?:apiece|each|a piece|per unit|a unit)(?: to (?:stock|buy|make|source|restock))?/gi,
    (_: string, side: string, amount: string) =>
      `unit cost ${side}${/^(?:more|less)$/i.test(side) ? ' than' : ''} ${amount}`,
  ],
  // "At our buy-in price", "wholesale price": the unit cost.
  [/\b(?:buy-?in|wholesale|purchase|landed) (?:price|cost)s?\b/gi, 'unit cost'],
  // "Item sales", "item revenue": the sales.
  [/\bitem (sales|revenue|units)\b/gi, '$1'],
  // "How much is the Meadow Face Serum selling for right now": its price.
  [
    /\bhow much (?:is|are|does|do) (.+?) (?:selling|going|listed|priced|sell|go|retail|retailing) for(?: right now| now| currently| at the moment| today| these days)?(?=\s*(?:[?.!]|$))/gi,
    'what is the price of $1',
  ],
  // "By channel sold on", "the channel it was sold through": the sales channel.
  // ("Per channel they came through", "by the channel the order came in on": the orders' own channel too.)
  [
    /\bchannel (?:(?:(?:it|they|each|the order) (?:was |were )?)?sold (?:on|through|via|in)|(?:that |which )?(?:it|they|each order|the orders?|orders) (?:came|come|comes|arrived|arrive) (?:in )?(?:on|through|via|in|from))\b/gi,
    'sales channel',
  ],
  // "Posting cadence", "posting frequency": how many posts.
  [/\bposting (?:cadence|frequency|rhythm|rate|schedule|volume)\b/gi, 'posts'],
  // "Paid-order takings", "refunded order revenue": the money from those orders.
  [
    /\b(paid|refunded|cancell?ed|completed|fulfilled|returned)[- ]orders? (takings|revenue|sales|income|turnover|earnings)\b/gi,
    '$2 from $1 orders',
  ],
  // "Avg bill size": an invoice's size, as "invoice size" is read.
  [/\bbill(s?) sizes?\b/gi, 'invoice size'],
  // "Whos our top spender": who's.
  [/\bwhos\b/gi, "who's"],
  // "Which platform's posts got the best engagement rate", "which country's customers spent most": the group's.
  [
    /\b(which|what) ([a-z]+)(?:'s|’s|s') (?:posts|orders|invoices|customers|buyers|subscribers|products|sales|videos)\b/gi,
    '$1 $2',
  ],
  // "What's my take home this month", "take-home pay": what is kept, profit (never the Home category).
  [/\btake[- ]?home(?: pay| money| income| earnings)?\b/gi, 'profit'],
  // "Q2 '25", "jan ’26": a year typed with an apostrophe and two digits.
  [
    /\b(q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|[a-z]+uary|march|april|june|july|august|[a-z]+ember|october) ?['’‘](\d{2})\b/gi,
    '$1 20$2',
  ],
  // "Rev h1 25", "q4 24", "2h 24", "1h25": a quarter or a half never has a day, so two digits after one are its year.
  [/\b([1-4])q(?= ?(?:\d{2}|\d{4})?\b)/gi, 'q$1'],
  [/\b([12])h(?= ?(?:\d{2}|\d{4})?\b)/gi, 'h$1'],
  [/\b(q[1-4]|h[12]) ?([1-4]\d)\b(?! ?(?:%|percent|days?|weeks?|months?|orders?|posts?|customers?)\b)/gi, '$1 20$2'],
  // "The last order", "when did we last post", "first invoice of the year": the most recent or earliest one, never a
  // period ("last week", "the first half", "first-time customers" stay as they are).
  [
    new RegExp(
      `\\b(?:the |my |our )?(?:very )?last (?!${NOT_ROWS})([a-z]+)(?=\\s*(?:[?.!]|$)|\\s+(?:in|from|on|for|to|we|i|that|was|of|ever|placed|posted|sent|issued|billed)\\b)`,
      'gi',
    ),
    'most recent $1',
  ],
  [
    new RegExp(
      `\\b(?:the |my |our )?(?:very )?first (?!${NOT_ROWS})([a-z]+)(?=\\s*(?:[?.!]|$)|\\s+(?:in|from|on|for|to|we|i|that|was|of|ever|placed|posted|sent|issued|billed|this|last)\\b)`,
      'gi',
    ),
    'earliest $1',
  ],
  // "Cxl rate", "rfnd rate": the cancellation and refund rates, typed short.
  [/\b(?:cxl|cxld|canc|cncl|cancell?ed|cancel) rate\b/gi, 'cancellation rate'],
  [/\b(?:rfnd|rfd|refunded) rate\b/gi, 'refund rate'],
  [/\bx-?mas\b/gi, 'christmas'],
  // "The single largest refund": one row, as "the largest" already says.
  [/\bsingle (?=(?:largest|biggest|smallest|highest|lowest|most|least|best|worst)\b)/gi, ''],
  // "How did revenue per customer move from Q3 to Q4": the change between the periods.
  [
    /\b(how (?:did|has|have|does|do|is|was)) (.+?) (?:move|moved|moving|shift|shifted|shifting|trend|trended|trending|develop|developed) (from|between|since|over)\b/gi,
    '$1 $2 change $3',
  ],
  // "How many new customers have we added", "subscribers we've picked up": the ones we got.
  // ("Which products have I added" keeps "added": things added are created, which "got" would not say.)
  [/\b(have|has|had) (we|i|you) (?:picked up|won|landed|gained)\b/gi, '$1 $2 got'],
  [/\b(we|i|you)(?:'ve|’ve) (?:picked up|won|landed|gained)\b/gi, '$1 got'],
  [/\b(new [a-z]+s) (?:have|has|had) (?:we|i|you) added\b/gi, '$1'],
  // "New sign-ups": a sign-up is new already.
  [/\bnew (sign[- ]?ups?|signups?)\b/gi, '$1'],
  // "Same, but EMEA only": the follow-up's "but" only marks the change.
  [/^(\s*(?:(?:the )?same(?: thing| again)?|ok(?:ay)?|and|now)),? but\b/gi, '$1'],
  [/\bwkday(s?)\b/gi, 'weekday$1'],
  // "Orders on saturdays and sundays", "on a saturday or sunday": the days of the weekend together, not each.
  [/\b(on|over|during) (?:saturdays (?:and|&|or) sundays|a sat(?:urday)? or (?:a )?sun(?:day)?)\b/gi, '$1 weekends'],
  // "Sub-$30 invoices", "over $100 orders": the rows, then the amount they are under or over.
  [/\bsub(?:-|\s)?(?=[$£€]\d)|\bsub-(?=\d)/gi, 'under '],
  [
    /\b(over|under|above|below) ([$£€] ?\d[\d,]*(?:\.\d+)?k?) (?!(?:this|plus|less|was|is|as|its|has|does|per)\b)([a-z]{3,}s)\b(?! (?:or|and) )/gi,
    '$3 $1 $2',
  ],
  [/\bw\/\s*(?=[a-z])/gi, 'with '],
  // "Products that sold zero units", "sold nothing": had no sales.
  [/\b(?:sold|sell|sells) (?:zero|0|no|nothing)(?: (?:units|items|pieces|copies))?\b/gi, 'had no sales'],
  // "More this month than last": the same unit, the one before.
  [
    /\b(this (week|month|quarter|year)\b.*?\b(?:than|vs|versus|compared (?:to|with)) last)\b(?! (?:week|month|quarter|year|\d))/gi,
    '$1 $2',
  ],
  // "Customers who paid over $1000": what they spent (a verb, not the status of paid orders).
  [
    /\b(who|that|which) (?:paid|pay|pays) (?=(?:over|more than|above|under|less than|below|at least|at most) )/gi,
    '$1 spent ',
  ],
  // "Which subscriber paid us the most": spent the most.
  [/\b(who|which [a-z]+) (?:paid|pays|has paid|have paid) (?:us |me )?(?=(?:the )?(?:most|least)\b)/gi, '$1 spent '],
  // "North of $200", "south of 50": over and under; "$500 plus": at least.
  [/\bnorth of\b/gi, 'over'],
  [/\bsouth of\b/gi, 'under'],
  [/([$£€] ?\d[\d,]*(?:\.\d+)?k?) plus\b(?! (?:shipping|tax|fees?|discounts?)\b)/gi, 'at least $1'],
  // "Customers who spent 1000+": at least that much.
  [/\b(spent|spend|spends|paid) ([$£€]?\d[\d,]*(?:\.\d+)?k?) ?\+/gi, '$1 at least $2'],
  // "Customers who spent over 300": an amount of money, said without its sign.
  [
    /\b(spent|spend|spends|spending|paid|pay|pays|paying) (over|more than|above|under|less than|below|at least|at most) (?=\d)(?![\d,.]+k?\s*(?:%|percent|times|orders|items|units)\b)/gi,
    '$1 $2 $$',
  ],
  // "How many beauty items are priced above $30": items that have a price are the catalogue's products, not
  // units sold (read before the price condition is taken out of the question).
  [
    /\bitems (?=(?:(?:are|were|that are|which are) )?(?:priced|listed|costing|that cost|which cost)\b|(?:in|from) (?:my|our|the) (?:catalog|catalogue|range|lineup)\b|(?:with|having|that have|which have) (?:a |an )?(?:list |retail |sticker |unit )?price\b)/gi,
    'products ',
  ],
  // "Number of catalog items", "catalogue entries": the products themselves.
  [/\b(?:catalog|catalogue) (?:items|things|pieces|entries|lines)\b/gi, 'products'],
  // "Which subscribers signed up in april? ids pls" (listed above): list them; "which" asked nothing more.
  [/^(\s*list) (?:which|what) (?=[a-z]+s (?:were|was|got|had|did|came|made|bought|[a-z]+ed)\b)/gi, '$1 '],
  // "List who signed up in april": "who" asks for the people already.
  [/^\s*(?:list|show me|give me) (?=who\b)/gi, ''],
  // "Inclusive of both ends", "both days counted", "including both dates": a span's days are all counted anyway.
  [
    /,?\s*\b(?:inclusive of |including |counting )?both (?:ends|days|dates)(?: (?:counted|included|inclusive))?\b/gi,
    '',
  ],
  // "One figure per calendar month", "calendar 2025": the month, the year.
  [/\bcalendar (?=(?:day|week|month|quarter|year)s?\b|(?:19|20)\d{2}\b)/gi, ''],
  // "A single count", "one single number": that figure.
  [/\b(?:a |one )?single (?=(?:count|number|figure|total|sum)\b)/gi, ''],
  // "Account creations", "account openings", "accounts opened": new accounts.
  [/\b(?:new )?accounts? (?:creations?|openings?|opened|created|sign-?ups?|registrations?)\b/gi, 'new accounts'],
  // "New joiners", "our april joiner": the people who signed up.
  [/\b(?:new )?joiners\b/gi, 'signups'],
  [/\b(?:new )?joiner\b/gi, 'signup'],
  // "Every subscriber on our books": every one the data holds.
  [/\b(?:on|in) (?:our|the|my) books\b/gi, ''],
  // "As a share of the whole subscriber base": of all of them.
  [
    /\b((?:share|percentage|percent|%|fraction|proportion|portion) of|out of) (?:the |our |my )?(?:whole |entire |total )?(subscriber|customer|user|client|member|buyer|shopper)s? base\b/gi,
    '$1 all $2s',
  ],
  // "A price tag over 100": the price.
  [/\bprice ?tags?\b/gi, 'price'],
  // "Where in the world": where.
  [/\bwhere (?:in the world|on earth|on the planet)\b/gi, 'where'],
  // "Exceeded $250 in total value": an amount of the rows' money.
  [/([$£€] ?\d[\d,]*(?:\.\d+)?k?) in (?:total |order |gross )?value\b/gi, '$1'],
  // "Revenue attributable to the Golden Wall Print": from it.
  [/\b(?:attributable|attributed|credited) to\b/gi, 'from'],
  // "How did December measure up to the December before": compared with it.
  [/\b(?:measure|measures|measured|stack|stacks|stacked) up (?:to|against|with)\b/gi, 'compared to'],
  // "Were May signups up on April's", "is revenue down on last month": compared with that period, said by its name.
  [
    new RegExp(
      `\\b(?:up|down) on (?=(?:the )?(?:(?:last|previous|prior|same) |this )?(?:${MONTH_NAMES}|week|month|quarter|year|yesterday|q[1-4]|\\d{4})\\b)`,
      'gi',
    ),
    'compared to ',
  ],
  // "Compared to April's", "vs last month's": the period itself, its own figure being the one asked.
  [
    new RegExp(
      `\\b(compared to|compared with|vs\\.?|versus|than|against) ((?:(?:last|the previous|the prior|this) )?(?:${MONTH_NAMES}|week|month|quarter|year|yesterday))['’]s?(?![a-z])`,
      'gi',
    ),
    '$1 $2',
  ],
  // "How much did we knock off as money-off": discounts.
  [/\bmoney[- ]off\b/gi, 'discounts'],
  // "Orders that got called off": cancelled ones.
  [/\b(?:got |were |was |been |get )?called off\b/gi, 'cancelled'],
  // "Sign-ups that arrived via paid search", "customers who reached us through TikTok": from there.
  [/\b(?:arrived|arrive|arriving|reached us) (?:via|through|by way of|thru)\b/gi, 'from'],
  // "Whatever its status", "regardless of status": every status included.
  [
    /\b(?:whatever|regardless of|irrespective of) (?:its |their |the )?(?:status|statuses|state)\b/gi,
    'all statuses included',
  ],
  // "Post output by format", "video output": how many there were.
  [/\b([a-z]{3,}?)s? output\b/gi, '$1s'],
  // "Keep only buyers whose country is Canada", "keep just the paid ones": only those.
  [/\bkeep (?=(?:only|just)\b)/gi, ''],
  // "Cyber mon", "mon thru today": Monday.
  [/\bcyber mon\b/gi, 'cyber monday'],
  [/\bmon(?= (?:thru|through|to|till|until|-|–) )/gi, 'monday'],
  // "Monday thru today", "tuesday to now": since that day of this week.
  [
    /\b(?:from )?(mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)? (?:thru|through|to|till|until|up to) (?:today|now|date|yesterday)\b/gi,
    (_: string, day: string) => `since ${WEEKDAYS.find((name) => name.startsWith(day.toLowerCase())) ?? `${day}day`}`,
  ],
  // "Cyber Monday 25", "xmas eve '24": the year said short.
  [
    /\b(cyber monday|black friday|boxing day|christmas(?: eve| day)?|xmas(?: eve)?|new year'?s(?: eve| day)?|valentine'?s(?: day)?|halloween|thanksgiving|easter) '?([12]\d)\b(?![\d%:.,]|\s*(?:%|percent|orders|posts|days|k\b))/gi,
    '$1 20$2',
  ],
  // "This past December", "this past week": the last one.
  [
    /\bthis past (?=(?:week|weekend|month|quarter|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    'last ',
  ],
  // "Eight whole weeks back from this monday", "the 30 days to yesterday", "ten days up to yesterday": the last
  // that many.
  [
    /\b(?:the )?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|sixty|ninety) (?:whole |full |complete )?(days|weeks|months) (?:back from (?:this (?:monday|week|month)|today|now|yesterday)|(?:up )?(?:to|until|till|through|thru|ending) yesterday)\b/gi,
    'the last $1 $2',
  ],
  // "How much did we knock off", "took off as a discount": discounts.
  [/\b(?:knock|knocked|knocking|shave|shaved|shaving) off\b/gi, 'discount'],
  [
    /\b(?:discount|discounts|discounted) ((?:[a-z']+ ){1,4}?)as (?:a |the )?(?:discounts?|money[- ]off|markdowns?)\b/gi,
    'discounts on $1',
  ],
  // "Called off before anyone was charged": cancelled (refunded orders were paid first).
  [
    /\bbefore (?:anyone|any money|anything|they|the customer|the buyer|the shopper|it|we) (?:was|were|got|had been|had|could be) (?:charged|billed|paid|taken)\b/gi,
    '',
  ],
  // "Selling channel": the sales channel.
  [/\bselling channel/gi, 'sales channel'],
  // "On which channel were orders most often cancelled (by rate)": the highest cancellation rate (without "by rate",
  // the most often may be the most of them).
  [
    /\b(?:on |in |at |for )?(which|what) ((?:[a-z]+ ){0,2}?[a-z]+) (?:were|was|are|is|got|get|gets) (?:(?:the )?[a-z]+ )?(most|least) (?:often|frequently) (cancell?ed|canceled|refunded|returned)\b,?\s*\(?(?:by|as a) (?:rate|share|percentage)\)?/gi,
    (_: string, which: string, rows: string, most: string, status: string) =>
      `${which} ${rows} had the ${most.toLowerCase() === 'most' ? 'highest' : 'lowest'} ${STATUS_NOUNS[status.toLowerCase().replace('canceled', 'cancelled')] ?? status} rate`,
  ],
  // "Jul-dec 25", "jan–mar '26": a range of months, its year said short.
  [
    /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ?(?:[-–]|to|through|thru) ?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*) '?([12]\d)\b(?![\d%:.,]|\s*(?:st|nd|rd|th)\b)/gi,
    '$1 20$2',
  ],
  // "The December before it (2024)": that December, the year said.
  [
    /\bthe (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]*) (?:before|prior)(?: (?:it|that|then))?,? \(?((?:19|20)\d{2})\)?/gi,
    '$1$2 $3',
  ],
  // "From Black Friday 2025 up to today": since that day.
  [
    /\bfrom ((?:cyber monday|black friday|boxing day|christmas(?: eve| day)?|xmas(?: eve)?|new year'?s(?: eve| day)?|valentine'?s(?: day)?|halloween|thanksgiving|easter)(?: (?:19|20)\d{2})?) (?:up )?(?:to|until|till|through|thru) (?:today|now|date|yesterday)\b/gi,
    'since $1',
  ],
  // "Buyers whose country is Canada": buyers from there.
  [/\b(?:whose|where (?:the|their|his|her)) (?:country|nation|location|home country) (?:is|was|=) /gi, 'from '],
  // "Headcount of every subscriber": how many there are.
  [/\bheadcount of (?:every|each|all)(?: of)?(?: (?:our|my|the))? ([a-z]+?)s?\b/gi, 'number of $1s'],
  // "Bought again after their first order", "came back for a 2nd order": ordered more than once; "bought only once
  // and never again": exactly once.
  [
    /\b(?:bought|ordered|purchased|shopped|came back|returned|come back)(?: again)? (?:after|following|since) (?:their|the|his|her) (?:first|earliest|initial) (?:order|purchase|visit)\b|\b(?:came|come|coming) back (?:for|to place|to make) (?:a |an )?(?:2nd|second|another|repeat|new) (?:order|purchase)\b/gi,
    'ordered more than once',
  ],
  [
    /\b(?:bought|ordered|purchased|shopped) (?:only )?once and (?:never|not) (?:again|since|after)\b/gi,
    'ordered exactly once',
  ],
  // "3 orders or more", "2 invoices or fewer": at least (at most) that many.
  [
    /\b(?<!(?:last|past|next|top|bottom|first) )(\d+|two|three|four|five|six|seven|eight|nine|ten) ((?:paid |refunded |cancelled )?[a-z]+s) (?:or|and) (more|over|above|up|greater|higher|fewer|less|under|below|lower)\b/gi,
    (_: string, count: string, rows: string, more: string) =>
      `${/^(?:more|over|above|up|greater|higher)$/i.test(more) ? 'at least' : 'at most'} ${count} ${rows}`,
  ],
  // "Customers who placed exactly one paid order", "buyers that made just 2 orders", "had one order": who ordered
  // that many times.
  [
    /\b(?:placed|made|had|have|has|put in) (?:(?:exactly|only|just|precisely) )?(one|a single|1|two|2|three|3|four|4|five|5|\d+) (?:paid )?orders?\b(?! (?:or|and) (?:more|over|fewer|less|under|above|below|up)\b| (?:over|above|under|below|of|worth|at|for|totall?ing|with|from|on|in the)\b)/gi,
    (_: string, count: string) =>
      `ordered exactly ${/^(?:one|a single|1)$/i.test(count) ? 'once' : /^(?:two|2)$/i.test(count) ? 'twice' : `${count} times`}`,
  ],
  // "On a typical day last month how many orders came in": on average per day.
  [
    /^(.*?)\b(?:on|in|during|for) (?:a|an|the) (?:typical|average|normal|usual|regular|given|standard) (day|week|month)\b,?\s*(.*)$/gi,
    (_: string, before: string, unit: string, after: string) => `${`${before} ${after}`.trim()} per ${unit} on average`,
  ],
  // "Total $ of cancelled orders": their money.
  [
    /(?:\b(?:total|the) )?(?:\$|\b(?:dollars?|dollar value|money)) (?:of|on|for|from) (?=(?:the |my |our |all )?(?:[a-z]+ )?[a-z]+s\b)/gi,
    'value of ',
  ],
  // "Rank them by units sold instead", "sort those by revenue": ranked again, by that figure.
  [/\b(rank|sort|order|re-?rank|re-?sort) (?:them|those|these|that|'em)(?: all)? by\b/gi, '$1 by'],
  // "What were the cancelled orders from last month worth (in total)", "how much were they worth": their money, as
  // below.
  [
    /\b(?:what|how much) (were|was) ((?:the |my |our |all |those |these |all the )?(?:[a-z0-9-]+ ){0,3}?[a-z]+s\b.*?) worth(?: (?:in total|altogether|all together|combined|overall))?\b/gi,
    'how much money $1 $2',
  ],
  // "How much were the bills in june", "what did the june invoices come to": their money ("how much" is no count;
  // "how much are the joggers" is their price).
  [
    /\bhow much (were|was) (?=(?:the |my |our |all |those |these |all the )?(?:[a-z0-9]+ ){0,2}?[a-z]+s\b(?! (?:per|each|a)\b))(?!.*\b(?:cost|spend|spent|pay|paid|charge|charged|bill|billed|worth)\b)/gi,
    'how much money $1 ',
  ],
  // "How much are unpaid invoices", "refunded orders, how much": rows said by their state are rows of money, never a
  // price.
  [
    /\bhow much (are|is) (?=(?:the |my |our |all |those |these |all the )?(?:still )?(?:open|unpaid|outstanding|pending|overdue|refunded|cancelled|canceled|paid|void|voided) [a-z]+s\b)/gi,
    'how much money $1 ',
  ],
  [
    /^\s*((?:the |my |our |all |all the )?(?:open|unpaid|outstanding|pending|overdue|refunded|cancelled|canceled|paid|void|voided) [a-z]+s\b[^,?]*?),? how much\s*[?.!]*\s*$/gi,
    'how much money in $1',
  ],
  [
    /\b(?:what|how much) (did|do|does|will) ((?:the |my |our |all |those |these )?(?:[a-z0-9]+ ){0,2}?[a-z]+s) (come to|add up to|amount to|total|sum to)\b/gi,
    'how much money $1 $2 $3',
  ],
  // "How much is still pending from sponsors", "how much was refunded to customers": the money in that state.
  [
    /\bhow much (?:money |cash )?(is|are|was|were) (?:still |currently |now )?(open|unpaid|outstanding|pending|overdue|owed|owing|due|refunded|cancelled|canceled|void|voided) (from|to|by|with|on) (?=(?:the |our |my )?[a-z]+s\b)/gi,
    'how much money $1 $2 $3 ',
  ],
  // "How much is sitting in unpaid invoices": their money.
  [
    /\bhow much (?:money |cash )?(?:is|was|are|were) (?:(?:sitting|tied up|locked up|stuck|left|still|outstanding) )*in (?=(?:the |our |my )?(?:[a-z]+ )?[a-z]+s\b)/gi,
    'how much money in ',
  ],
  // "The difference between billed and collected", "gap between march and april": one against the other.
  [
    /\b(?:what(?:'s| is| was) )?(?:the )?(?:difference|gap) between (.+?) and (.+?)(?=$|[?.!,]| in | for | during | last | this | since )/gi,
    '$1 vs $2',
  ],
  // "How did accessories end up doing", "how many new customers did we end up with": how they did, how many.
  [/\b(?:end|ended|ending|ends) up (?:with |doing |being |at |as )?/gi, ''],
  // "Orders that came back": returned ones.
  [
    /\b(orders?|items?|products?|units?|purchases?) (?:that |which )?(?:came|come|coming|got sent|were sent|was sent) back\b/gi,
    '$1 returned',
  ],
  // "For the board:", "for our investors update", "i need it for a quote", "need it for the ledger": who or what the
  // answer is for, not what it is.
  [
    /(?:,?\s*(?:(?:i|we) )?(?:need|want) (?:it|this|that|them) )?\bfor (?:the|our|my|a|an) (?:board|team|boss|investors?|meeting|deck|slide|update|records|accountant|bookkeeper|newsletter|report|ledger|books|quote|spreadsheet|taxes|tax return|audit|forecast|budget|presentation|pitch)(?: (?:meeting|deck|update|report|slide|slides))?\b\s*[:,-]?/gi,
    '',
  ],
  // "Did the americas invoice from july get paid?", "was the order from yesterday refunded": whether one row is in a
  // state is asked of its status (which the data says, one row or several).
  [
    /^\s*(?:(?:and|so|ok|okay)[, ]+)?(?:did|has|have|was|were|is) (?!.*\b(?:revenue|sales|money|income|profit|amount|total)\b)((?:(?:the|that|this|our|my) (?:[\w$.,'-]+ ){0,5}?[a-z]+|(?:(?:the )?[a-z]+ )?[a-z]+_[a-z0-9_]*\d)(?: (?:from|on|in|for|of|to|dated|issued|placed|sent|billed) (?:[\w$.,'-]+ ){0,3}?[\w$.,'-]+)?) (?:ever |already |actually )?(?:get |got |gotten |been |be |end up |ended up )?(?:paid|refunded|cancell?ed|canceled|shipped|delivered|returned|completed|closed|resolved|approved|settled|fulfilled)\s*\?*\s*$/gi,
    "what's the status of $1",
  ],
  // "Orders that contained only a single unit", "baskets with exactly 2 items": that many and no other, a span of one.
  [
    /\b(?:exactly|precisely|only|just) (a single|one|two|three|four|five|\d+) (units?|items?|pieces?)\b/gi,
    (_: string, count: string, noun: string) => {
      const n = /^(?:a single|one)$/i.test(count) ? '1' : count;
      return `between ${n} and ${n} ${noun.replace(/s?$/, 's')}`;
    },
  ],
  // "How much sales the diffuser was making in 2025": what it made.
  [
    /\b(?:was|were|has been|have been|had been) (making|earning|generating|bringing in|pulling in)\b/gi,
    (_: string, verb: string) => PAST_OF[verb.toLowerCase()] ?? verb,
  ],
  // "Sum billed over 10–20 July": during those days, never an amount over 10.
  [
    /\b(?:over|across) (?:the )?(?=\d{1,2}(?:st|nd|rd|th)? (?:to|through|thru|until|and) (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    'from ',
  ],
  // "Sales in year 2025", "for the year 2024": that year.
  [/\b(in|for|during|over|of) (?:the )?year (?=(?:19|20)\d\d\b)/gi, '$1 '],
  // "What do we list it at", "what do we sell them for", "what's it listed at": its price.
  [
    /\b(?:what|how much) (?:do|did|does) (?:we|i|you) (?:list|sell|price|retail|charge for) (?:it|them|this|that|these|those) (?:at|for)\b|\bwhat(?:'s| is| are) (?:it|they) (?:listed|priced|selling|retailing) (?:at|for)\b/gi,
    "what's the price",
  ],
  // "Sell-through by event", "sell thru rate": the share of what was available that sold, one word (a figure the
  // layer names, or none), never "sold" with "through" dropped.
  [/\bsell[- ]?(?:through|thru)\b/gi, 'sellthrough'],
  // "Average order size in tickets", "basket size in items": how many of them per order.
  [/\b(?:average |avg |mean )?(order|basket|cart) size in ([a-z]+s)\b/gi, 'average $2 per $1'],
  // "Bookkeeping q:", "quick q -", "finance question:": what kind of question it is, said before it.
  [/^\s*(?:[a-z]+ )?(?:q|qn|question)\s*[:\u2013\u2014-]\s*/gi, ''],
  // "Units shipped in november? need it for the courier reconciliation", "- it's for the board deck": what the answer
  // is for, said after the question.
  [
    /(?:[?.!]|,|\s[-\u2013\u2014])\s*(?:(?:i|we) )?(?:need|want) (?:it|this|that|them|these|the numbers?|the figures?) for\b.*$|(?:[?.!]|,|\s[-\u2013\u2014])\s*(?:it'?s|it is|this is) for (?:my|our|the|a|an) .*$/gi,
    '?',
  ],
  // "What discount rate have instagram orders run at?", "what has the refund rate come in at": the figure itself.
  [
    /\b(?:run|ran|been running|sat|been sitting|come in|came in) at(?=\s*(?:[?.!,]|$|(?:since|in|during|over|for|this|last) ))/gi,
    '',
  ],
  // "On my phone, just the number": where the asker is, not what they ask.
  [/,?\s*\b(?:i'?m |i am )?on (?:my|the) (?:phone|mobile|laptop|ipad|tablet)\b\s*[,:-]?/gi, ' '],
  // "Orders that got cancelled in the end": cancelled ones.
  [/\b(?:in the end|at the end of the day|ultimately)\b,?/gi, ''],
  // "Thinking about website orders from last quarter - what % got refunded": the rows the question is about.
  [/^\s*(?:(?:just|so) )?(?:thinking|talking|asking) about\s+/gi, ''],
  // "Sum billed over 10–20 July, counting both end dates": a span counts both its days already.
  [
    /,?\s*\b(?:counting|including|incl\.?|with) both (?:the )?(?:end ?dates|ends|end ?days|days|dates)(?: included| inclusive| counted)?\b|,?\s*\bboth (?:end ?dates|ends|end ?days|days|dates) (?:included|inclusive|counted)\b/gi,
    '',
  ],
  // "The full-year 2024 revenue", "full year 2025": that year.
  [/\b(?:the )?full[- ]year(?: of)? (?=(?:19|20)\d\d\b)/gi, ''],
  // "2024 full-year revenue", "our full year revenue for 2024", "ER on carousels, 2025 full year": the year said
  // beside it, whole.
  [/(?<=\b(?:19|20)\d\d(?:'s)? )(?:full|whole|entire)[- ]year(?: (?=[a-z])|(?=\s*[?.!]*\s*$))/gi, ''],
  [/\b(?:the |our |my )?full[- ]year (?=(?:[a-z]+ ){1,2}(?:for |in |of |during )?(?:19|20)\d\d\b)/gi, ''],
  // "The order ids of everything refunded yesterday", "can i get the invoice ids for americas subscribers": those
  // rows, listed.
  [
    /^\s*(?:(?:i )?need |(?:can|could) (?:i|you|we) (?:get|see|have) |(?:give|send|get|show) me )?(?:the |all (?:the )?)?([a-z]+) (?:ids|id numbers|numbers) (?:of|for) (?:(?:everything|anything|all|the ones|those)(?: (?:that|which))?(?: (?:was|were|got|is|are|has been|have been))? (?=[a-z]+ed\b))?/gi,
    'list $1s ',
  ],
  // "Rank all customers by how much they spent": rank them.
  [/\b(rank|sort|order) all (?:of )?(?:(?:my|our|the) )?(?=[a-z]+s by\b)/gi, '$1 '],
  // "Names of products in beauty", "the ids of refunded orders": those rows, listed.
  [
    /^\s*(?:(?:give|show|get|send|pull up|tell) (?:me|us) |what are |can (?:i|you) (?:get|see|have) )?(?:the |all (?:the )?)?(?:names?|ids?|id numbers|numbers|titles?) of (?:the |all |all the |my |our )?(?=(?:[a-z]+ ){0,2}?[a-z]+s\b)/gi,
    'list ',
  ],
  // "How far ahead of last year are we on revenue": this year against the last, on that figure.
  [
    /^\s*how (?:far|much) (?:ahead|behind|up|down|above|below) (?:of |on |from |vs\.? |versus |compared to )?(?:the same (?:time|point) )?(last|the previous|the prior) (week|month|quarter|year)(?: are we| were we| is it| are things)?(?: on| in| for| with| when it comes to)? (.+?)\s*[?.!]*$/gi,
    (_: string, _last: string, unit: string, figure: string) => `${figure} this ${unit} vs last ${unit}`,
  ],
  // "Which country is behind on aov", "which product trailed in units": the lowest by that figure; "ahead on": the
  // highest. (Without a figure after it, "which region is ahead" asks which figure.)
  [
    /\b(which|what) ((?!of\b)(?:[a-z]+ ){0,2}?[a-z]+) (?:is|was|are|were|has been|have been) (?:the )?(?:furthest |most |falling )?(?:behind|trailing|lagging) (?:on|in|for|at|by) (?!(?:this|last|the last|past|next|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\\d\\d|year|month|week|quarter|today|yesterday)\\b)/gi,
    '$1 $2 has the lowest ',
  ],
  [
    /\b(which|what) ((?!of\b)(?:[a-z]+ ){0,2}?[a-z]+) (?:trailed|lagged|trails|lags) (?:on|in|for|at|by|behind) (?!(?:this|last|the last|past|next|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\\d\\d|year|month|week|quarter|today|yesterday)\\b)/gi,
    '$1 $2 had the lowest ',
  ],
  [
    /\b(which|what) ((?!of\b)(?:[a-z]+ ){0,2}?[a-z]+) (?:is|was|are|were) (?:the )?(?:furthest |most )?(?:ahead|in front|in the lead) (?:on|in|for|at|by) (?!(?:this|last|the last|past|next|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\\d\\d|year|month|week|quarter|today|yesterday)\\b)/gi,
    '$1 $2 has the highest ',
  ],
  // "Orders that later got cancelled": cancelled, whenever it happened.
  [
    /\b(?:later|subsequently|eventually|afterwards|ultimately) (?=(?:(?:got|get|gets|were|was|been|be) )?(?:[a-z]+ed|bought|sold|paid|spent|made|came)\b)/gi,
    '',
  ],
  // "Counting every December order": every one of them.
  [/\bcounting (?=(?:every|all|each)\b)/gi, ''],
  // "Posts that beat their average engagement": above the average.
  [
    /\b(?:beat|beats|beating|topped|tops|exceeded|exceeds|outperformed|outperform|outperforms) (?:their|the|its|my|our) (?:own )?(?:usual |typical )?average\b/gi,
    'above average',
  ],
  // "Aggregate unit volume for 2025": the total.
  [/\baggregate(?= [a-z])(?! (?:by|per|over|across)\b)/gi, 'total'],
  // "For the 2024 books: total revenue recorded that year": the year, as the books are kept by it; "recorded" and a
  // year pointed back at say nothing more.
  [/\b(?:for|in|on) (?:the|our|my) ((?:19|20)\d\d|fy ?\d{2,4}) (?:books|accounts|ledger)\b/gi, 'for $1'],
  [/\b(revenue|sales|orders|takings|income|figures?) (?:recorded|booked|logged|registered)\b/gi, '$1'],
  [/(\b(?:19|20)\d\d\b.*?)\s+(?:in |for |during |over )?that (?:year|calendar year)\b/gi, '$1'],
  // "How many parcels did we post out to people": sent out, to whoever bought.
  [/\b(post|posted|posting) out\b/gi, (_whole: string, verb: string) => `${SENT[verb.toLowerCase()] ?? 'send'} out`],
  [
    /\b(send|sent|ship|shipped|mail|mailed|dispatch|dispatched)( out)? to (?:people|customers|buyers|shoppers|our customers|folks)\b/gi,
    '$1$2',
  ],
  // "Unique buyers who checked out with us at least once": who bought, as buying once is buying.
  [
    /\b(bought|ordered|purchased|checked out|shopped|paid|placed)((?: (?:with|from|through) us)?) at least once\b/gi,
    '$1$2',
  ],
  // "The week that began Monday 19 January": the week starting then.
  [/\bweek (?:that |which )?(?:began|begun|started|begins|starts|commenced|kicked off)(?: on)?\b/gi, 'week starting'],
  // "Posts that reached over 50,000 accounts": whose reach is over that.
  [
    /\b(?:reached|reach) ((?:over|more than|above|at least|under|fewer than|less than|below) [\d,.]+k?) (?:accounts|people|users|viewers|followers|profiles)\b/gi,
    'had reach $1',
  ],
  // "Which post reached the most accounts": the most reach.
  [
    /\b(?:reached|reach) (the (?:most|fewest|least)|more|fewer|less) (?:accounts|people|users|viewers|profiles)\b/gi,
    'had $1 reach',
  ],
  // "Orders that happened on sat or sun": on the weekend (never "saturday and sunday", two days).
  [
    /\bon (?:a )?(?:saturdays?|sundays?) or (?:saturdays?|sundays?)\b|\bon (?:a )?(?:sat|sun) or (?:sat|sun)\b/gi,
    'on the weekend',
  ],
  // "Was engagement up in Q4 2025 from Q4 2024": the two periods, one against the other.
  [
    /\b(up|down|higher|lower|better|worse) in ((?:q[1-4]|h[12]|[a-z]+) \d{4}|\d{4}) (?:from|compared to|compared with|over|on|against) ((?:q[1-4]|h[12]|[a-z]+) \d{4}|\d{4})\b/gi,
    '$1 in $2 vs $3',
  ],
  // "How many first-time subscribers did we gain": new ones.
  [/\bfirst[- ]time (customers|subscribers|buyers|clients|shoppers|members|users)\b/gi, 'new $1'],
  // "Avg size of an invoice", "the average value of an order": the average one.
  [/\b(avg|average|mean|typical) (?:size|value|amount) of (?:an?|one|each|the) ([a-z]+)\b/gi, '$1 $2'],
  // "Orders that shipped free (zero shipping charged)": the bracket says the same again.
  [
    /\s*\((?:zero|no|0|\$0) ([a-z]+)(?: charged| paid| fee)?\)/gi,
    (_whole: string, figure: string, ...at: string[]) =>
      /\bfree\b/i.test(String(at[1]).slice(0, Number(at[0]))) ? '' : ` with no ${figure}`,
  ],
  // "The lowest priced homeware we stock": the catalogue's, as every product is.
  // ("How many units do we have in stock" asks for stock levels, which the data may not hold.)
  [/\s+(?:that |which )?(?:we|i) (?:currently )?stock(?=\s*[?.!]*\s*$)/gi, ''],
  // "Top 3 products by revenue, in order": a ranking is in order already.
  [/,?\s+in (?:that |this |the right |ranked )?order(?=\s*[?.!]*\s*$)/gi, ''],
  // "This week's takings by day, mon onwards": since Monday.
  [/,?\s+(?:from )?(?:mon|monday) (?:onwards?|on)(?=\s*(?:[?.!,]|$))/gi, ' since monday'],
  // "Cash actually collected from 1 June", "collected each month in Q3": the money collected.
  [/\bcash(?= (?:actually |really )?(?:collected|received|taken|banked|brought in|came in|coming in)\b)/gi, 'money'],
  [/^(\s*)(collected|settled|banked)\b/gi, '$1money $2'],
  // "Which month of 2025 saw the highest invoice count": had it.
  [
    /\b(?:saw|sees|see) (?=(?:the )?(?:most|highest|lowest|fewest|least|biggest|smallest|best|worst|more|fewer|less|top)\b)/gi,
    'had ',
  ],
  // "Now drop the category filter", "without the channel filter": every one of them again.
  [
    /\b(?:drop|remove|lose|clear|ditch|take off|take away|get rid of|without|forget|ignore|no) (?:the |that |this )?(?!(?:the|that|this|those|these|my|our|any|all|every)\b)([a-z]+) filter\b/gi,
    (_whole: string, kind: string) => `all ${pluralize(kind.toLowerCase())}`,
  ],
  // "How did cancellation rates differ country to country", "how does revenue vary by channel": by each of them.
  // (A period to the next, "month to month", is read as it is already.)
  [
    /\b(?:from |going )?(?!(?:day|week|month|quarter|year)s?\b)([a-z]+) to \1\b(?<!\b(?:back|side|face|door|hand|word|time|one|two) to \w+)/gi,
    'by $1',
  ],
  [
    /\s+(?:differ|differs|differed|vary|varies|varied|change|changes|changed)(?= (?:by|across|between|among|per)\b)/gi,
    '',
  ],
  // "Pull up sub_ac_06's complete invoice history", "her order history": that one's rows, listed.
  [
    /(\b[a-z0-9_]+'s|\b(?:their|his|her)) (?:complete |full |entire |whole )?([a-z]+(?<!ing)) history\b/gi,
    (_whole: string, whose: string, rows: string) => `${whose} ${pluralize(rows)}`,
  ],
  // "2025 gross margin achieved by the Oversized Cushion Cover": that thing's, never a breakdown "by" it.
  [/\b(?:achieved|earned|generated|delivered|produced|posted|brought in|racked up) by (?=(?:the|our|my) )/gi, 'for '],
  // "Most common category", "the most frequent country": the most popular one, by whichever figure is said or asked.
  [/\bmost (?:common|frequent|usual|typical|often seen)\b(?= [a-z])/gi, 'most popular'],
  // "Summer numbers, how'd we do": the figures over the summer.
  [
    /\b(summer|winter|spring|autumn)(?:'s)? (numbers|figures|stats|results|performance|sales|takings|revenue|billing)\b/gi,
    '$2 over the $1',
  ],
  // "Count per nation": the country.
  [/\bnations\b/gi, 'countries'],
  [/\bnation\b/gi, 'country'],
];

/** A status said as what happened to a row → its noun before "rate". */
const STATUS_NOUNS: Readonly<Record<string, string>> = {
  cancelled: 'cancellation',
  refunded: 'refund',
  returned: 'return',
};

const DAY_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twentyfirst',
  'twentysecond',
  'twentythird',
  'twentyfourth',
  'twentyfifth',
  'twentysixth',
  'twentyseventh',
  'twentyeighth',
  'twentyninth',
  'thirtieth',
  'thirtyfirst',
];

/** "The back half of 2025", "the front half of the year": its second and first halves, named so before years are shared. */
function halvesNamed(question: string): string {
  return (
    question
      .replace(/\b(?:back|latter|later|closing) half\b/gi, 'second half')
      .replace(/\b(?:front|early|earlier|opening) half\b/gi, 'first half')
      .replace(/\b1st half\b/gi, 'first half')
      .replace(/\b2nd half\b/gi, 'second half')
      // "The second half of June vs the first half": the other half of the same June, not of the year.
      .replace(
        /\b((?:first|second) half of ((?:the )?[a-z0-9]+(?: \d{4})?)(?:,? (?:vs\.?|versus|compared (?:to|with)|against) (?:the )?)(first|second) half)\b(?! of\b)/gi,
        (_whole, said: string, of: string) => `${said} of ${of}`,
      )
  );
}

/**
 * "Between Monday 16 and Sunday 22 February", "mon 2 – sun 8 march": a weekday named with its date adds nothing to
 * the date (never a filter on Mondays inside it). Dropped before the days' spans are read.
 */
function datedWeekdaysDropped(question: string): string {
  return (
    question
      // ("Refunded yesterday (sat)": the day's name beside the day.)
      .replace(
        /\b(yesterday|today|the day before yesterday)\s*[(,]\s*(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\s*\)?/gi,
        '$1',
      )
      .replace(
        /\b(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday),? (?=(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|(?:the )?\d{1,2}(?:st|nd|rd|th)? ?(?:and|to|through|thru|until|till|-|–) ?(?:(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday) )?(?:the )?\d{1,2}\b)/gi,
        '',
      )
  );
}

/** The past of a verb of money coming in, said as going on ("was making"). */
const PAST_OF: Readonly<Record<string, string>> = {
  making: 'made',
  earning: 'earned',
  generating: 'generated',
  'bringing in': 'brought in',
  'pulling in': 'pulled in',
};

/** Rows asked to be listed: the question as a list, unless it asks for them already ("show me…"). */
function listed(rows: string): string {
  return /^\s*(?:list|show|give|pull|get|send|display|name)\b/i.test(rows)
    ? rows
    : `list ${rows.replace(/^\s*(?:and |so )?/i, '')}`;
}

export function spelledOut(question: string): string {
  const known = spelled?.texts.get(question);
  if (known !== undefined) return known;
  // ("The buyer’s country": a phone's curly apostrophe is the plain one every spelling below looks for.)
  const typed = question.replace(/[’‘]/g, "'");
  // The layer's own phrases the spellings would rewrite, kept as the layer says them (see `spellingOnce`).
  const kept: string[] = [];
  const masked =
    spelled?.kept === null || spelled?.kept === undefined
      ? typed
      : typed.replace(spelled.kept, (phrase: string) => `zzkept${letterCode(kept.push(phrase) - 1)}zz`);
  const out = SPELLINGS.reduce(
    (asked, [pattern, replacement]) =>
      typeof replacement === 'string' ? asked.replace(pattern, replacement) : asked.replace(pattern, replacement),
    sharedYears(
      quartersByTheirMonths(
        dashedDaySpans(halvesNamed(datedWeekdaysDropped(numbersOfTime(slashedDaysOneWay(masked))))),
      ),
    ),
  );
  const unmasked =
    kept.length === 0
      ? out
      : out.replace(/zzkept([a-z]+)zz/gi, (_: string, code: string) => kept[letterIndex(code)] ?? '');
  spelled?.texts.set(question, unmasked);
  return unmasked;
}

/**
 * "Rev between 1/2 and 15/2": dates typed with slashes in one question are typed one way, and a day over 12 says
 * which ("15/2" is day first), so every one of them is read that way ("feb 1 and feb 15"), never the first month
 * first (January 2). Dates that say nothing either way are left to be read, or asked about, as typed.
 */
function slashedDaysOneWay(question: string): string {
  const pattern = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/]| of\b)/g;
  const dates = [...question.matchAll(pattern)].map((match) => [Number(match[1]), Number(match[2])] as const);
  if (dates.length < 2 || dates.some(([first, second]) => first < 1 || second < 1 || second > 31 || first > 31))
    return question;
  const dayFirst = dates.some(([first, second]) => first > 12 && second <= 12);
  const monthFirst = dates.some(([first, second]) => second > 12 && first <= 12);
  if (dayFirst === monthFirst) return question;
  if (dayFirst ? dates.some(([, month]) => month > 12) : dates.some(([month]) => month > 12)) return question;
  return question.replace(pattern, (_whole, first: string, second: string) => {
    const [month, day] = dayFirst ? [Number(second), Number(first)] : [Number(first), Number(second)];
    return `${SHORT_MONTH_NAMES[month - 1] as string} ${day}`;
  });
}

/** 0 → "a", 25 → "z", 26 → "ba": an index in letters, so a kept phrase's stand-in reads as one plain word. */
function letterCode(index: number): string {
  return index.toString(26).replace(/[0-9a-p]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
}

function letterIndex(code: string): number {
  return parseInt(
    code.toLowerCase().replace(/[a-z]/g, (letter) => (letter.charCodeAt(0) - 97).toString(26)),
    26,
  );
}

/**
 * The phrases of a layer that the spellings above would rewrite on their own into words the layer reads otherwise
 * ("freight" into "shipping", "item revenue" into "revenue"): said in a question, each is read as the layer says it,
 * never as the word a spelling meant for other layers. One pattern matching any of them (longest first), or null
 * when there are none.
 */
export function phrasesSpellingsRewrite(
  phrases: Iterable<string>,
  readsOtherwise: (phrase: string, spelled: string) => boolean,
): RegExp | null {
  const rewritten = [...new Set([...phrases].map((phrase) => phrase.toLowerCase().trim()))].filter((phrase) => {
    const spelled = phrase.length > 0 ? spelledOut(phrase) : phrase;
    return spelled !== phrase && readsOtherwise(phrase, spelled);
  });
  if (rewritten.length === 0) return null;
  const alternatives = rewritten
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'gi');
}

/**
 * "Did reach grow from jul–sep to oct–dec 2025": two quarters said by their months, one after the other, are a change
 * from one to the next, never the months between them (read before a year said once is shared: "jul vs sep");
 * "revenue from jan-mar to apr-jun" is still the span.
 */
function quartersByTheirMonths(question: string): string {
  // ("Did signups grow from the first quarter to the second": Q1 to Q2.)
  return question
    .replace(
      /\bfrom the (first|second|third|1st|2nd|3rd) quarter to the (second|third|fourth|2nd|3rd|4th)(?: (?:one|quarter))?\b/gi,
      (_: string, one: string, other: string) =>
        `from q${ORDINALS[one.toLowerCase()] ?? 1} to q${ORDINALS[other.toLowerCase()] ?? 2}`,
    )
    .replace(
      /(?<=\b(?:grow|grew|grown|growth|change|changed|go|went|gone|move|moved|increase|increased|decrease|decreased|rise|rose|fall|fell|drop|dropped|climb|climbed|shift|shifted) )from (jan|apr|jul|oct)[a-z]* ?(?:[–-]|to) ?(mar|jun|sep|dec)[a-z]* (?:to|into|vs) (jan|apr|jul|oct)[a-z]* ?(?:[–-]|to) ?(mar|jun|sep|dec)[a-z]*\b/gi,
      (whole: string, ...months: string[]) => {
        const starts = ['jan', 'apr', 'jul', 'oct'];
        const ends = ['mar', 'jun', 'sep', 'dec'];
        const [a, b, c, d] = months.slice(0, 4).map((month) => month.toLowerCase());
        const first = starts.indexOf(a ?? '');
        const second = starts.indexOf(c ?? '');
        return first === ends.indexOf(b ?? '') && second === ends.indexOf(d ?? '')
          ? `from q${first + 1} to q${second + 1}`
          : whole;
      },
    );
}

/** The texts spelled out during the one parse running, and the layer's phrases kept as said, or null outside one. */
let spelled: { readonly texts: Map<string, string>; readonly kept: RegExp | null } | null = null;

/**
 * Runs one parse, spelling out each text once: a parse spells out the same text several times (the question, then
 * its readings re-asked), and the result is pure. Nothing is kept after it. `kept`: the layer's phrases the
 * spellings would rewrite (`phrasesSpellingsRewrite`), left as said during the parse.
 */
export function spellingOnce<T>(parse: () => T, kept: RegExp | null = null): T {
  if (spelled !== null) return parse();
  spelled = { texts: new Map(), kept };
  try {
    return parse();
  } finally {
    spelled = null;
  }
}
