import { capitalize } from '../sentence-case.js';
import { pluralize } from '../answer/result-shape.js';
import { groupCondition } from './group-conditions.js';
import { QUESTION_MAX_LENGTH } from '../../question-limit.js';
import type { PlanDecision, Turn } from '../analyst.js';
import type { ClarificationOption } from '../outcome.js';
import { placeWord } from '../sentence-case.js';
import { checkPlan } from '../compiler.js';
import { describeChange, describePlan } from '../describe-plan.js';
import { entityDimensions, entityOfTable, figureExamples, helpText, holdsPeople, singular } from '../layer-words.js';
import { addDays, queryPlanModel, resolveTimeRange, shiftDate, startOfUnit, type QueryPlan } from '../plan.js';
import {
  addsUp,
  countsCreations,
  countsRowsOf,
  indexLayer,
  normalizeSql,
  ownCount,
  rowNoun,
  type LayerIndex,
  type SemanticLayer,
} from '../semantic-layer.js';
import { clarificationOptions, escapeRegExp, pairedOptions, rephrase } from './ambiguity.js';
import { askBracketedPeriod } from './bracketed-period.js';
import { MONTH_NAMES, SHORT_MONTH_NAMES, withLayerWeeks } from './calendar.js';
import { figureChoice, figureOfRows } from './figure-choice.js';
import { interpret, WHO_JOINED, type Reading } from './interpret.js';
import { EVER_SAID, figuresFor } from './layer-figures.js';
import {
  askBreakdown,
  askAverageOf,
  askAveragePer,
  askGross,
  askRepeatOverPeriod,
  askSoldPrice,
  askCostOfThing,
  askWhichCost,
  askPriceOverPeriod,
  askTypicalSpend,
  refuseFigureAgainstFigure,
  refuseIncomeAsCost,
  refuseValueBesideFigure,
  askCosts,
  askCostToUs,
  askWhatAbout,
  askWhichOfKind,
  READ_ONLY,
  refuseInstruction,
  refusePeriodOfRankedRow,
  askOwnSpending,
  refuseBoughtTogether,
  refuseOtherCurrency,
  refuseCountOfPeriods,
  refuseTopShareOfRows,
  refuseFuture,
  refuseTellMore,
  refuseThanAverage,
  askTimesBought,
  askHowManySold,
  askLatestPeriod,
  askChristmasOrSeason,
  askRowsLike,
  askDayOrder,
  askGroupSize,
  askRevenuePerUser,
  askOnePersonOfValue,
  askSizeOfAverage,
  refuseDistinctCount,
} from './asking.js';
import {
  asRate,
  moneyOfThem,
  asShareOfTotal,
  shareOfPart,
  partOfYearBefore,
  leaveOut,
  peopleWhoDid,
  figureFromNewPeople,
  worthOfRows,
  whichOneOfThem,
  boundOnly,
  countOfThem,
  onlyOfPeople,
  bothTogether,
  compareTheTwo,
  allOfTheRows,
  lastPlan,
  dropTheFilters,
  listThem,
  periodAfter,
  endMovedOnly,
  nextPeriodOf,
  listedInFull,
  otherEndOf,
  perThingOf,
  sameDaysOf,
  rowsLeftOut,
  sameForFigure,
  sameForRate,
  wholeYearOf,
  restOfPlace,
  sameTimeBefore,
} from './follow-up-words.js';
import {
  howOftenAsCount,
  howOftenAsFrequency,
  howOftenAsRate,
  judgedByRate,
  percentAsRate,
  valueRateAsShare,
} from './shares.js';
import { namesNotHeld, type EntityName, type NameScan } from './names.js';
import { applyPhrases, scanPhrases, type PhraseScans } from './phrase-scans.js';
import {
  countOfRowsAsBound,
  layerWeeks,
  otherWeeksSaid,
  popularAsPeople,
  startedAsSignedUp,
  valueInsideFigure,
  valuesOfPeopleWhoHave,
  idsAsList,
  keyAskedByValue,
  listedWithTheir,
  peopleNamed,
  definitionAsSaid,
  sumAsSaid,
  peopleWithFigure,
  leftAfterCost,
  acquiredByDimension,
  acquiredThrough,
  verbOfDimension,
  peopleByTheirVerb,
  cameFromAsOrigin,
  valuesPresence,
  nounSaidOnce,
  percentSaidFirst,
  grainWordAsValue,
  definitionDiffers,
  glossedInBrackets,
  ratioByItsParts,
  textAsRows,
  theRowsAsList,
  whatSoldAsProduct,
  whichAreAsList,
  listPickedByCondition,
  valuesSlashed,
  figureForBoth,
  spendingAsLayerSays,
  paidForFigure,
  layerPhrasesKept,
  valueRowsAdded,
} from './layer-respellings.js';
import { emptyReading, followUp, notStartedYet, planFrom, traitsOfRanked, withTraits } from './plan-from-reading.js';
import { decline, suggestionsFor, unanswerable } from './replies.js';
import { daysSinceWeekday, longDate, namesDayOfMonth, WEEKDAYS } from './time-expressions.js';
import { spelledOut, spellingOnce } from './spelled-out.js';
import { planRecency } from './recency.js';
import { keywordOf, read, type Slots } from './slots.js';
import { askUnknownQualifier } from './unknown-qualifier.js';
import { askWhichMothersDay } from './named-day-readings.js';
import { droppedGrouping, droppedValue } from './dropped-values.js';
import { secondAsk } from './second-ask.js';
import { askNewPeople, newPeopleWithoutPeriod } from './new-people.js';
import {
  askAroundDay,
  askDayOrYear,
  askEdgeOfMonth,
  askHowFew,
  askWhichUnit,
  askStartOfYear,
  askWhichNamedWeek,
  askWeekBesideDay,
  askWhichNthWeek,
  askWhichSeason,
  askWhichWeekend,
  askWhichWeekOf,
} from './period-readings.js';
import { vagueCount, vagueRanking, vagueSize } from './vague-size.js';
import { codesAsTyped, PLACE as PLACE_WORDS, stem, vocabularyOf, type Keyword, type Vocabulary } from './vocabulary.js';
import { expandAbbreviation } from './abbreviations.js';
import { incomeChoice } from './money-in.js';
import { sharedFigureChoice } from './shared-figures.js';
import { whereQuestion } from './where-question.js';
import { aboutOneRow, figureOfRow, sameFigureForRow } from './one-row.js';
import { beyondOnePlan, shareOfOtherFigure } from './beyond-one-plan.js';
import { FOLLOW_UP_CUE, perUnitOf, SPENT } from './reading-words.js';

/**
 * The offline analyst's parser: English question (plus the conversation so far) → query plan, with no model
 * and no network. It reads the question as slots (metrics, breakdowns, filters, time, ranking, comparison)
 * found with a vocabulary built from the semantic layer, tolerates small typos, inherits the previous plan
 * for follow-ups, and declines (with questions it can answer) whenever some part of the question has no
 * meaning it knows: answering a different question than the one asked is worse than not answering.
 */

export interface ParseRequest {
  readonly question: string;
  readonly history: readonly Turn[];
  /** The asking user's today, YYYY-MM-DD. */
  readonly today: string;
  /** The semantic layer the question is asked of: its words are the parser's vocabulary. */
  readonly layer: SemanticLayer;
  /** Names of the user's rows (product titles), looked up in their data; questions may filter by them. */
  readonly names?: readonly EntityName[];
  /**
   * The time columns (`timeColumnOf`) whose rows run on past today (events, bookings, deliveries: dated ahead) → the
   * last day they hold, looked up in the user's data when the question is otherwise declined or asked back. "Next
   * week" is then read over those rows; over any other figure it stays a forecast, declined.
   */
  readonly ahead?: ReadonlyMap<string, string>;
}

/**
 * The API's one question limit, also the parser's bound (longer input is not a question, and the bound keeps planning
 * time bounded), for callers that skip the API (the evaluation, the LLM path's fallback).
 */
export const MAX_QUESTION_LENGTH = QUESTION_MAX_LENGTH;

/** "List pro customers who were billed over 200", "pull up customers w 5+ orders": a request for rows said first. */
const LIST_VERB =
  /^\s*(?:(?:can you|could you|pls|please|ok|now)\s+)*(?:list|show(?: me)?|pull up|give me|get me|display)\s+(?:(?:all|every)\s+)?(?:(?:the|my|our)\s+)?(?=[a-z])/i;

/**
 * A request for rows that was not answered as said, asked as "which …" ("which pro customers were billed over
 * 200"): taken when that reads as the rows themselves, a breakdown by the rows' own dimension.
 */
function listedAsWhich(question: string, request: ParseRequest): PlanDecision | null {
  const verb = LIST_VERB.exec(question);
  // (Rows said in the plural: never "a summary", "an overview".)
  if (
    !verb ||
    request.history.length > 0 ||
    !/^(?!(?:a|an)\b)(?:[a-z-]+ ){0,2}[a-z-]+s\b/i.test(question.slice(verb[0].length))
  )
    return null;
  const which = parseWithin({ ...request, question: `which ${question.slice(verb[0].length)}` }, false);
  return which.kind === 'query' && which.plan.dimensions.length > 0 ? which : null;
}

/**
 * Parses a question (with the conversation so far) into a plan, or a reply when no data is needed
 * (greeting, help) or the question cannot be answered with the semantic layer.
 */
export function parseQuestion(request: ParseRequest): PlanDecision {
  return spellingOnce(() => parseLabelled(request), layerPhrasesKept(request.layer));
}

/**
 * Who asks, or what for, said as a label before the question: "finance:", "support q:", "new starter -", "quick
 * question for the board:". English, not any layer's words; a label of other words ("globex:", "velvet wallet:",
 * "mar to date:") may pick rows or a period, so it stays part of the question.
 */
const LABEL_WORDS = new Set(
  `finance financial accounting accounts accountant bookkeeping bookkeeper books support ops operations marketing
  admin hr legal management manager boss owner founder ceo cfo coo analyst intern new starter hire newbie team dept
  department q qn question query request asking ask note fyi urgent asap quick quickie eod board investor investors
  audit auditor tax customer client shopper buyer colleague someone somebody asks asked wonders wondering is was wants want needs need know the a my our
  from for to`.split(/\s+/),
);

/**
 * "Finance: what fraction of 2025 takings …", "new starter - customers per source", "bookkeeping, pull every invoice
 * …": up to four words before a colon, a dash, or a comma followed by the question.
 */
const LABEL =
  /^\s*((?:[a-z][a-z'\u2019-]* ){0,3}[a-z][a-z'\u2019-]*)\s*(?::|\s[-\u2013\u2014]|,(?=\s*(?:pull|list|show|give|get|what|what's|whats|how|which|who|when|where|can|could|is|are|was|were|do|does|did)\b))\s*(\S.*)$/i;

/**
 * A label before the question saying who asks or what for, whose words the layer does not know, is read as the label
 * it is: the question after it is answered, or declined for a word of its own. Only a decline naming a word of the
 * label is read again.
 */
function parseLabelled(request: ParseRequest): PlanDecision {
  const read = parseOnce(request);
  const pointer = refusePeriodOfRankedRow(request.question, lastPlan(request.history), read, request.layer);
  if (pointer) return pointer;
  // First in a conversation, a question declined as it stands may be one to ask back: "compare those two" (what),
  // "the rate for last month" (which of the rates). After a question, such words point at it ("as a rate").
  if (read.kind === 'reply' && read.reason === 'unanswerable' && request.history.length === 0) {
    const vocabulary = vocabularyOf(request.layer);
    const answerable = (asked: string) => parseOnce({ ...request, question: asked }).kind === 'query';
    const asked =
      askWhatAbout(request.question, request.layer, vocabulary) ??
      (typeof read.word === 'string'
        ? askWhichOfKind(request.question, read.word, request.layer, vocabulary, answerable)
        : null);
    if (asked) return asked;
  }
  const label = read.kind === 'reply' && typeof read.word === 'string' ? LABEL.exec(request.question) : null;
  const words = label ? (label[1] as string).toLowerCase().split(/\s+/) : [];
  if (
    !label ||
    read.kind !== 'reply' ||
    !words.includes((read.word ?? '').toLowerCase()) ||
    !words.every((word) => LABEL_WORDS.has(word))
  )
    return read;
  // (Declined again, the question's own word is the one to name: "finance: revenue from wholesale accounts".)
  return parseOnce({ ...request, question: label[2] as string });
}

const FORECAST = 'I report on what has happened; I cannot forecast the future';

/** A metric's time column as one key: "orders.delivery_date". */
export function timeColumnOf(time: { readonly table: string; readonly column: string }): string {
  return `${time.table}.${time.column}`;
}

/** The last day any rows ahead hold (see `ParseRequest.ahead`). */
function lastDayAhead(ahead: ReadonlyMap<string, string>): string {
  return [...ahead.values()].reduce((latest, day) => (day > latest ? day : latest), '');
}

/**
 * Time ahead said ("next week", "upcoming") read as its dates where some rows are dated ahead, "upcoming" running to
 * the last of them; whether the figure's rows are among them is checked with the plan (`checkedQuery`).
 */
function readAhead(slots: Slots, request: ParseRequest): Slots {
  if (request.ahead === undefined || request.ahead.size === 0) return slots;
  const last = lastDayAhead(request.ahead);
  const { today } = request;
  return {
    ...slots,
    time: slots.time.map((mention) => {
      if (mention.kind === 'future' && mention.range?.kind === 'absolute')
        return {
          kind: 'range' as const,
          start: mention.start,
          range: { ...mention.range, to: mention.range.to ?? addDays(last, 1) },
          text: mention.text,
        };
      // "Deliveries today", "appointments this week", "what's booked for december" on its first day, "in january
      // 2026": the whole period, days ahead too.
      if (mention.kind !== 'range') return mention;
      const { range } = mention;
      // ("Revenue mtd", "this month so far": to today, never the days ahead booked already.)
      if (
        range.kind === 'relative' &&
        range.anchor === 'this' &&
        !/\b(?:so far|to[ -]date|[wmqy]td)\b/i.test(mention.text)
      ) {
        const from = startOfUnit(today, range.unit);
        return {
          ...mention,
          range: { kind: 'absolute' as const, from, to: shiftDate(from, range.unit, 1), ahead: true as const },
        };
      }
      if (range.kind === 'absolute' && range.from !== null && range.to !== null && range.to > today)
        return { ...mention, range: { ...range, ahead: true as const } };
      return mention;
    }),
  };
}

function parseOnce(request: ParseRequest): PlanDecision {
  const picked = pickedOption(request);
  const question = picked ?? request.question;
  // "Which Monday-to-Sunday week", where the data's weeks run Sunday to Saturday: never its own weeks instead.
  const otherWeeks = otherWeeksSaid(question, request.layer.weekStart);
  if (otherWeeks !== null)
    return unanswerable(
      `your data's weeks run ${request.layer.weekStart === 'monday' ? 'Monday to Sunday' : 'Sunday to Saturday'}, so I can't answer for "${otherWeeks.trim()}"`,
      request.layer,
    );
  // "Revenue by platform last month" (asked back, or declined) >> "what about engagement instead", "the worst one":
  // pointing back at an answer that was never given; never read against an older one, or as a new question.
  const last = request.history.at(-1);
  if (
    picked === null &&
    last !== undefined &&
    last.plan === null &&
    // (After "and the bottom 5?" got no answer, the answer before it is still the one talked about.)
    !FOLLOW_UP_CUE.test(last.question.toLowerCase().trim()) &&
    pointsBack(question)
  )
    return unanswerable(
      'it points back at the question before, which got no answer (ask it again in full, with what you want changed)',
      request.layer,
    );
  // "The biggest invoice" >> "who was it billed to": the person of the rows just given, before any figure the verb
  // names ("billed") is read as a new question.
  const whoOfThem = WHO_OF_THEM.test(question) ? whoOfRowsBefore(question, request) : null;
  if (whoOfThem) return whoOfThem;
  const read = parseWithin({ ...request, question }, false);
  // "Revenue last week" >> "which is lowest": one figure was given and is read again, so there is nothing to pick the
  // lowest of; never the same figure with "lowest" dropped.
  const extreme = picked === null && request.history.length > 0 ? WHICH_EXTREME.exec(question) : null;
  if (
    extreme &&
    read.kind === 'query' &&
    read.plan.dimensions.length === 0 &&
    read.plan.grain === null &&
    read.plan.comparison === null
  )
    return unanswerable(
      `"${extreme[0].trim()}" asks for one of several, and the answer before was one figure (ask for it split by something first)`,
      request.layer,
    );
  // "How many customers from Canada" >> "how much did they spend": the money of the people just counted (over all
  // time only: people counted as they joined in a period spent over another span).
  const counted = lastPlan(request.history);
  if (read.kind !== 'query' && counted?.timeRange.kind === 'all' && THEIR_SPENDING.test(question)) {
    const money = muchOfPeople(question, counted, request.layer);
    if (money !== null && !money.metrics.some((name) => counted.metrics.includes(name)))
      return {
        kind: 'query',
        plan: money,
        summary: describePlan(money, request.layer),
        change: 'What they spent instead of how many there are',
      };
  }
  // ("Billed to the may subscribers", declined as said: the readings it can be, where the layer answers them.)
  const declinedCohort =
    read.kind === 'reply' && picked === null
      ? peopleOfPeriod(question, null, vocabularyOf(request.layer), indexLayer(request.layer))
      : null;
  const cohortAsked = declinedCohort === null ? null : cohortOrPeriod(declinedCohort, request);
  if (cohortAsked) return cohortAsked;
  const home = read.kind === 'reply' && picked === null ? askWhereHomeIs(question, read.word, request) : null;
  if (home) return home;
  if (read.kind !== 'query')
    return (
      whoOfRowsBefore(question, request) ?? (read.kind === 'reply' ? listedAsWhich(question, request) : null) ?? read
    );
  // "Who placed the most recent order": the person, beside the row or as what the rows are split by.
  const who = whoAsked(question, read.plan, indexLayer(request.layer));
  if (typeof who === 'string') return unanswerable(`I can't answer ${who}`, request.layer);
  // "Our five largest subscribers, by name": names the data does not hold are declined, never shown as their ids.
  const unnamed = namesNotHeld(question, who ?? read.plan, request.layer);
  if (unnamed !== null) return unanswerable(unnamed, request.layer);
  const asMoney = muchOfPeople(question, who ?? read.plan, request.layer);
  const planned = placeAsked(question, asMoney ?? who ?? read.plan) ?? asMoney ?? who;
  const decision = planned === null ? read : { ...read, plan: planned, summary: describePlan(planned, request.layer) };
  // Two things asked at once: both answered, or the asker picks which first; never one of them alone, unsaid.
  const second = secondAsk(
    question,
    decision,
    // (Each clause read as the whole question was: a follow-up's with the conversation, a new question's alone.)
    (clause) =>
      parseWithin({ ...request, question: clause, history: decision.change === null ? [] : request.history }, true),
    request.today,
    request.layer,
  );
  if (second) return second;
  // A value the question names and the plan reads nowhere: this plan answers another question.
  const context = {
    vocabulary: vocabularyOf(request.layer),
    index: indexLayer(request.layer),
    today: request.today,
    names: request.names ?? [],
  };
  // (The layer's own weeks said as typed, "last week mon to sun", name no day; "came from" names no value "came".)
  const dropped = droppedValue(
    cameFromAsOrigin(layerWeeks(spelledOut(question), request.layer.weekStart), context.vocabulary),
    decision.plan,
    context,
  );
  if (dropped !== null)
    return unanswerable(`I can't work out how "${dropped}" applies to this question`, request.layer);
  // "Discounted orders over $100": the bound could be the orders' own value or their discounts; asked, never guessed.
  const bound = boundAfterParticiple(question, decision.plan, context.vocabulary, context.index);
  if (bound !== null) {
    const options = bound.readings
      .filter((reading) => parseWithin({ ...request, question: reading.question }, true).kind === 'query')
      .map((reading) => ({ label: reading.label, question: reading.question }));
    if (options.length === 2)
      return {
        kind: 'clarify',
        text: `Does "${bound.said}" apply to what the ${bound.rows} are worth, or to their ${bound.figure}?`,
        word: bound.said,
        options,
      };
  }
  // "Customers who signed up last year with more than 5 orders": the period is when they joined; a plan that dates
  // the orders by it instead answers another question.
  const joined = joinedPeriodMisread(question, decision.plan, context.index);
  if (joined !== null)
    return unanswerable(
      `"${joined}" says when they joined, and I can't yet count what they did apart from that period (ask for the people who joined then, or for the figure in a period of its own)`,
      request.layer,
    );
  // "How much did the May subscribers pay us": those who signed up in May, or everyone in May's figure.
  const cohort = peopleOfPeriod(question, decision.plan, context.vocabulary, context.index);
  if (cohort !== null)
    return (
      cohortOrPeriod(cohort, request) ??
      unanswerable(
        `"${cohort.said}" may be the ${cohort.people} who signed up then, and I can't yet work out their figure apart from that period`,
        request.layer,
      )
    );
  // A grouping the question asks for that the plan has nowhere: the total alone would answer another question.
  // (As spelled out: "revenue earned by the Oversized Earrings" is of them.)
  const grouping = droppedGrouping(spelledOut(question), decision.plan, context);
  return grouping === null ? decision : unanswerable(`I can't work out what "${grouping}" groups by`, request.layer);
}

/** "Who placed it", "who is it for", "whose was it", "who are they for": the person behind the rows just given. */
const WHO_OF_THEM =
  /^\s*(?:(?:and|so|ok|okay|then)[, ]+)?(?:who|whose|for whom)\b(?: [a-z']+){0,4} (?:it|that|they|them|those|these|this one|that one)(?: [a-z]+){0,2}\s*[?.!]*$/i;

/**
 * "Biggest invoice last month" >> "who was it for": the rows of the answer before, each with its person beside it
 * (or split by them), said as what changed; null when the question is no such follow-up or the plan before names
 * no rows a person is reached from.
 */
function whoOfRowsBefore(question: string, request: ParseRequest): PlanDecision | null {
  const base = lastPlan(request.history);
  if (base === null || !WHO_OF_THEM.test(question) || question.trim().split(/\s+/).length > 7) return null;
  const who = whoAsked(question, base, indexLayer(request.layer));
  if (who === null || typeof who === 'string') return null;
  return checkedQuery(who, describeChange(base, who, request.layer), question, request.today, request.layer);
}

/**
 * "Discounted orders over $100 last week": a participle of a figure ("discounted") said before the rows, then a bound
 * the plan put on that figure, where the rows have a value of their own the bound could as well be on. The two
 * readings, each said so it has one, or null.
 */
function boundAfterParticiple(
  question: string,
  plan: QueryPlan,
  vocabulary: Vocabulary,
  index: LayerIndex,
): { said: string; rows: string; figure: string; readings: { label: string; question: string }[] } | null {
  const match =
    /\b([a-z]+ed) ([a-z]+s) ((?:over|above|under|below|more than|less than|at least|at most|exceeding) [$€£]?\d[\d,.]*k?)/i.exec(
      question,
    );
  if (!match) return null;
  const [whole, participle, rows, said] = match as unknown as [string, string, string, string];
  if (!vocabulary.rowNouns.has(stem(rows.toLowerCase()))) return null;
  // ("Discounted": the figure "discount" names; "refunded" is a value of a status, no figure.)
  const figures = [participle, participle.replace(/ed$/i, ''), participle.replace(/d$/i, '')]
    .flatMap((word) => vocabulary.phrases.get(stem(word.toLowerCase())) ?? [])
    .flatMap((meaning) => (meaning.type === 'metric' ? [meaning.name] : []));
  const condition = (plan.conditions ?? []).find((candidate) => figures.includes(candidate.metric));
  const metric = condition === undefined ? undefined : index.metric(condition.metric);
  if (!condition || !metric || metric.format !== 'currency' || condition.value === 0) return null;
  // (Only where the rows have money of their own: "orders worth over $100".)
  if (!vocabulary.phrases.has(`${stem(rows.toLowerCase())} ${stem('value')}`)) return null;
  const figure = metric.label.toLowerCase();
  return {
    said,
    rows,
    figure,
    readings: [
      {
        label: `${capitalize(participle)} ${rows} worth ${said}`,
        question: question.replace(whole, `${participle} ${rows} worth ${said}`),
      },
      {
        label: `${capitalize(rows)} with ${figure} ${said}`,
        question: question.replace(whole, `${rows} with ${figure} ${said}`),
      },
    ],
  };
}

/** "Who signed up last year with …": a joining (the reading's own words for it) with a period, then more said. */
const JOINED_THEN_MORE = new RegExp(
  `(?:\\b${WHO_JOINED}|\\b(?:which|what) [a-z]+s (?:have |had )?(?:joined|signed up|signed on|registered|subscribed|came on board|onboarded)\\b)\\s+(?:in|during|last|this|since|over|on|back in)\\b[^,;]*?(?=\\s+(?:with|who|that|and|having|placing|placed|making|made)\\b)`,
  'i',
);

/** Words that say where people are from relative to a home the data does not name. */
const AWAY_FROM_HOME = /^(?:international|overseas|foreign|abroad)$/i;
const AT_HOME = /^(?:domestic|local|home)$/i;

/**
 * "August billing to our international subscribers": away from home, where the data says no home; each place of the
 * layer's one dimension of a few places is offered as home ("outside EMEA"), never one guessed.
 */
function askWhereHomeIs(question: string, word: string | null | undefined, request: ParseRequest): PlanDecision | null {
  if (!word || !(AWAY_FROM_HOME.test(word) || AT_HOME.test(word))) return null;
  const places = request.layer.dimensions.filter(
    (dimension) =>
      PLACE_WORDS.test(`${dimension.name} ${dimension.label}`) &&
      dimension.values.length >= 2 &&
      dimension.values.length <= 6,
  );
  const [place] = places;
  if (place === undefined || places.length > 1) return null;
  const away = AWAY_FROM_HOME.test(word);
  const without = question
    .replace(new RegExp(`\\s*\\b${escapeRegExp(word)}\\b`, 'i'), '')
    .replace(/\s*[?.!]*\s*$/, '')
    .trim();
  const options = place.values
    .map((value) => ({
      label: `${away ? 'Outside' : 'In'} ${value.label} (home is ${value.label})`,
      question: `${without} ${away ? 'outside' : 'in'} ${value.label}`,
    }))
    .filter((option) => parseWithin({ ...request, question: option.question }, true).kind === 'query')
    .slice(0, 3);
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"${word}" depends on where home is, which your data does not say. Which ${place.label.toLowerCase()} is home?`,
    word,
    options,
  };
}

/** The layer's people named by a period: the cohort's question and the period's, as said. */
interface PeopleOfPeriod {
  readonly said: string;
  readonly people: string;
  readonly period: string;
  /** The question about everyone in the period's figure. */
  readonly question: string;
  /** The question about the people who joined in the period. */
  readonly joined: string;
}

/**
 * The readings of "the May subscribers" the layer can answer, offered: the people who joined then, and everyone in the
 * period's figure; null when it can answer neither.
 */
function cohortOrPeriod(cohort: PeopleOfPeriod, request: ParseRequest): PlanDecision | null {
  // (Each reading as the plan has it: the people by when they joined, or the figure by its own period.)
  const readings = [cohort.joined, cohort.question].flatMap((asked) => {
    const read = parseWithin({ ...request, question: asked }, true);
    const joined = read.kind === 'query' && read.plan.joined !== undefined;
    return read.kind === 'query' && joined === (asked === cohort.joined)
      ? [{ label: capitalize(read.summary), question: asked }]
      : [];
  });
  if (readings.length === 0) return null;
  const joinedOnly = readings[0]?.question === cohort.joined;
  const both = `"${cohort.said}" can mean the ${cohort.people} who signed up in ${cohort.period}, or everyone in ${cohort.period}'s figure.`;
  return {
    kind: 'clarify',
    text:
      readings.length === 2
        ? `${both} Which did you mean?`
        : `${both} I can only answer the ${joinedOnly ? 'first' : 'second'} yet: did you mean that?`,
    word: cohort.said,
    options: readings,
  };
}

/**
 * "The May subscribers", "our Q1 customers": the layer's people named by a period, as a cohort may be; with a plan
 * read, only where it counts something other than those people by when they joined.
 */
function peopleOfPeriod(
  question: string,
  plan: QueryPlan | null,
  vocabulary: Vocabulary,
  index: LayerIndex,
): PeopleOfPeriod | null {
  const people = vocabulary.people;
  if (people === null || plan?.timeRange.kind === 'all') return null;
  const said = new RegExp(
    `\\b(?:the|our|my) ((?:${MONTH_NAMES})|q[1-4](?: (?:19|20)\\d{2})?|(?:19|20)\\d{2}) (${people}|${singular(people)}|customers|clients|members|users|sign-?ups)\\b`,
    'i',
  ).exec(question);
  if (!said) return null;
  // (Counting the people themselves, by when they joined, is that cohort already.)
  const creations = plan?.metrics.every((name) => {
    const metric = index.metric(name);
    return metric !== undefined && countsCreations(metric);
  });
  if (creations) return null;
  const period = (said[1] as string).replace(/^[a-z]/, (letter) => letter.toUpperCase());
  const rest = `${question.slice(0, said.index)}the ${people}${question.slice(said.index + said[0].length)}`;
  return {
    said: said[0],
    people,
    period,
    joined: `${question.slice(0, said.index)}${people} who joined in ${said[1] as string}${question.slice(said.index + said[0].length)}`,
    question: `${rest.replace(/\s*[?.!]*\s*$/, '')} in ${said[1] as string}`,
  };
}

/**
 * "Customers who signed up last year with more than 5 orders", "subscribers who joined in may with 2+ invoices": a
 * joining said with a period and then something more of those people, where the plan neither keeps the period as
 * theirs (`joined`) nor counts the joining itself: the words of the joining, or null.
 */
function joinedPeriodMisread(question: string, plan: QueryPlan, index: LayerIndex): string | null {
  const said = JOINED_THEN_MORE.exec(question);
  if (!said || plan.joined || plan.timeRange.kind === 'all') return null;
  const creations = plan.metrics.every((name) => {
    const metric = index.metric(name);
    return metric !== undefined && countsCreations(metric);
  });
  return creations ? null : said[0];
}

/**
 * "Sales channel" typed after "revenue by channel" was asked about: the reply names one of the clarification's
 * options (its label, or the label's last words), so the option's own question is the one asked. Null when the
 * last turn got no clarification or the reply names none of its options, or more than one.
 */
function pickedOption(request: ParseRequest): string | null {
  const last = request.history.at(-1);
  const reply = normalizeReply(request.question);
  // (A reply of a few words, or an option's whole label: "Customers who joined this month".)
  if (!last || last.plan !== null || reply === '' || reply.split(' ').length > 8) return null;
  const asked = parseWithin({ ...request, question: last.question, history: request.history.slice(0, -1) }, false);
  return asked.kind === 'clarify' ? optionPicked(request.question, asked.options) : null;
}

/** "The second one", "2nd", "last": an option picked by its place in the list offered. */
const ORDINAL =
  /^(?:(?:ok|okay|yes|yeah|um|uh|so)[, ]+)?(?:the )?(first|1st|second|2nd|third|3rd|last|number (?:1|2|3|one|two|three)|option (?:1|2|3|one|two|three|a|b|c)|[123])(?: one| option)?(?: please| pls)?$/;

/**
 * The option of a clarification a short reply picks: by its whole label, the label's last part ("inv_ac_008" for
 * "Invoice ID: inv_ac_008"), words inside one label ("units" for "Units sold"), or its place ("the second one").
 */
export function optionPicked(typed: string, options: readonly ClarificationOption[]): string | null {
  const reply = normalizeReply(typed);
  if (reply === '' || reply.split(' ').length > 8) return null;
  const named = options.filter((option) => {
    const label = normalizeReply(option.label);
    return label === reply || label.endsWith(`: ${reply}`) || label.split(': ').at(-1) === reply;
  });
  if (named.length === 1) return named[0]?.question ?? null;
  const place = ORDINAL.exec(reply)?.[1];
  if (place !== undefined && named.length === 0) {
    const at = /last/.test(place) ? options.length : (placeSaid(place.split(' ').at(-1) ?? '') ?? 0);
    return options[at - 1]?.question ?? null;
  }
  if (reply.split(' ').length > 4) return null;
  // "Units" for "Units sold", "revenue" for "Product revenue": the reply's words inside one option's label.
  const within = new RegExp(`(?:^|[\\s:(])${escapeRegExp(reply)}(?=$|[\\s,)])`);
  const partly = options.filter((option) => within.test(normalizeReply(option.label)));
  return named.length === 0 && partly.length === 1 ? (partly[0]?.question ?? null) : null;
}

/** The place a word says: "second", "2nd", "two", "2" and an option's "b" are 2; up to the fifth. Null for others. */
function placeSaid(word: string): number | null {
  const places = [
    ['first', '1st', 'one', '1', 'a'],
    ['second', '2nd', 'two', '2', 'b'],
    ['third', '3rd', 'three', '3', 'c'],
    ['fourth', '4th', 'four', '4'],
    ['fifth', '5th', 'five', '5'],
  ];
  const at = places.findIndex((words) => words.includes(word.toLowerCase()));
  return at < 0 ? null : at + 1;
}

/**
 * "Second best product by revenue", "the 3rd biggest customer": that place of the ranking, one row (read as the top
 * two, three, so the rows above it are found), never the leader named first as if it were the one asked. Null when
 * the question asks no place, or the plan ranks no rows by that many.
 */
function placeAsked(question: string, plan: QueryPlan): QueryPlan | null {
  const said =
    /\b(second|2nd|third|3rd|fourth|4th|fifth|5th) (?:best|most|biggest|highest|largest|top|worst|lowest|smallest|least)\b/i.exec(
      question,
    )?.[1];
  const place = said === undefined ? null : placeSaid(said);
  if (place === null || plan.limit !== place || plan.sort === null || plan.dimensions.length === 0) return null;
  if (plan.grain !== null || plan.comparison !== null || plan.offset !== undefined) return null;
  return { ...plan, limit: 1, offset: place - 1 };
}

/** "And the second one?", "what about the 3rd", "the next one": a place in the ranking just given. */
const PLACE =
  /^\s*(?:(?:and|so|ok|okay|now|then)[, ]+)*(?:(?:what|how) about |and )?(?:the |that )?(second|2nd|third|3rd|fourth|4th|fifth|5th|next)(?: (?:one|place|spot|row|item|best|biggest|highest|largest|top one|in line))?(?: one)?(?: then| please| pls)?\s*[?.!]*\s*$/i;

/**
 * "Top product last month" >> "and the second one?": the same ranking, one row, that many places down ("the next one"
 * after a first place or a place asked before); never the unknown word "second" declined. Null when the question is
 * not that, or nothing ranked rows before it.
 */
function placeInRanking(question: string, base: QueryPlan | null, layer: SemanticLayer): PlanDecision | null {
  const said = PLACE.exec(question)?.[1]?.toLowerCase();
  if (said === undefined || base === null || base.dimensions.length === 0 || base.grain !== null) return null;
  if (base.comparison !== null || base.share) return null;
  const sort =
    base.sort !== null && base.metrics.includes(base.sort.by)
      ? base.sort
      : base.sort === null
        ? { by: base.metrics[0] as string, direction: 'desc' as const }
        : null;
  if (sort === null) return null;
  // ("The next one" only after one row: after a list it could be any of them.)
  if (said === 'next' && base.limit !== 1) return null;
  const place = said === 'next' ? (base.offset ?? 0) + 2 : (placeSaid(said) ?? 2);
  const plan: QueryPlan = { ...base, sort, limit: 1, offset: place - 1 };
  return {
    kind: 'query',
    plan,
    summary: describePlan(plan, layer),
    change: `Same ranking, the ${placeWord(place)}${sort.direction === 'desc' ? '' : ' from the bottom'}`,
  };
}

/** "How many orders that month", "and revenue that week?", "what were signups in that quarter": a figure of "that" period. */
const THAT_PERIOD =
  /^\s*(?:(?:and|so|ok|okay|now|then)[, ]+)*(.+?),? (?:in |for |during |over )?(?:that|the same) (day|week|month|quarter|year)\s*[?.!]*\s*$/i;

/**
 * "Which month was best for revenue" >> "how many orders that month": the one period the ranking found, with the new
 * figure beside the one it was found by (the plan cannot name the period before the rows are in). Null when the
 * question is not that, or the plan before found no one period of that unit.
 */
function figureOfPeriodFound(
  question: string,
  base: QueryPlan | null,
  index: LayerIndex,
  parse: (question: string) => PlanDecision,
): Extract<PlanDecision, { kind: 'query' }> | null {
  const said = THAT_PERIOD.exec(question);
  if (!said || base === null || base.limit !== 1 || base.sort === null || base.dimensions.length > 0) return null;
  if (base.grain !== said[2]?.toLowerCase() || !base.metrics.includes(base.sort.by)) return null;
  const asked = parse(said[1] ?? '');
  if (asked.kind !== 'query') return null;
  const { metrics, dimensions, filters } = asked.plan;
  if (metrics.length !== 1 || dimensions.length > 0 || filters.length > 0 || metrics[0] === base.sort.by) return null;
  const plan: QueryPlan = { ...base, metrics: [base.sort.by, ...metrics] };
  const label = index.metric(metrics[0] ?? '')?.label.toLowerCase() ?? metrics[0];
  return { kind: 'query', plan, summary: '', change: `The same ${base.grain}, with its ${label}` };
}

/**
 * "Cxl by sales channel past 90 days", "cancelled last month": a state of rows said with no figure (a participle value
 * of their table's own dimension) is how many of those rows there are; never a choice of figures to pick from.
 */
function stateCounted(reading: Reading, index: LayerIndex): string | null {
  if (reading.filters.length === 0 || reading.ranges.length > 1) return null;
  const tables = new Set(
    reading.filters.map((filter) =>
      filter.operator === 'eq' && filter.values.every((value) => /^[a-z]+ed$/i.test(value))
        ? index.dimension(filter.dimension)?.table
        : undefined,
    ),
  );
  const [table] = tables;
  return tables.size === 1 && table !== undefined ? (ownCount(index.layer, table)?.name ?? null) : null;
}

function normalizeReply(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[?.!]+$/, '')
      // ("Um, revenue pls", "orders I guess": the option, said loosely.)
      .replace(/^(?:(?:um+|uh+|ok|okay|hmm+|well|yeah|yes|just|oh)[, ]+)+/, '')
      .replace(/(?:[, ]+(?:pls|please|plz|thanks|thx|ty|i guess|i think|i suppose|probably|then))+$/, '')
      .replace(/^(?:the|by|i meant|i mean|meant|use|using)\s+/, '')
      .trim()
  );
}

/**
 * The steps of one parse, in order; each returns the reply that ends the parse early, or null to go on.
 * `rephrased`: an option of a clarification, which must be answerable as it stands (it never asks again).
 */
function parseWithin(request: ParseRequest, rephrased: boolean): PlanDecision {
  const layer = request.layer;
  const index = indexLayer(layer);
  const vocabulary = vocabularyOf(layer);
  // "What was our income for June": everything billed, or only what was collected, where the layer has both.
  const billedOrCollected = incomeChoice(
    request.question,
    vocabulary,
    index,
    (asked) => parseWithin({ ...request, question: asked }, true).kind === 'query',
  );
  if (billedOrCollected) return billedOrCollected;
  // "Revenue last month" where two figures are "revenue" in the layer: which one, asked.
  const sharedFigure = rephrased
    ? null
    : sharedFigureChoice(
        // (Shorthand read as the words it stands for: "rev ytd".)
        request.question.replace(/[a-z]+/gi, (word) => {
          const expanded = expandAbbreviation(word.toLowerCase(), vocabulary);
          return expanded === word.toLowerCase() ? word : expanded;
        }),
        layer,
        (asked) => parseWithin({ ...request, question: asked }, true),
      );
  if (sharedFigure) return sharedFigure;
  // Words said in terms of something else, each spelled out before the question is read, in this order.
  const respellings: readonly ((asked: string) => string)[] = [
    (asked) => codesAsTyped(asked, layer),
    (asked) => valueRowsAdded(asked, vocabulary, index),
    (asked) => spendingAsLayerSays(asked, layer),
    (asked) => paidForFigure(asked, vocabulary),
    (asked) => valuesSlashed(asked, vocabulary),
    (asked) => figureForBoth(asked, vocabulary),
    (asked) => layerWeeks(asked, layer.weekStart),
    (asked) => popularAsPeople(asked, vocabulary, index),
    (asked) => startedAsSignedUp(asked, vocabulary),
    (asked) => howOftenAsRate(asked, index),
    (asked) => howOftenAsFrequency(asked, index),
    (asked) => howOftenAsCount(asked, vocabulary),
    (asked) => percentSaidFirst(asked, layer),
    (asked) => glossedInBrackets(asked, vocabulary),
    (asked) => acquiredByDimension(asked, vocabulary),
    (asked) => acquiredThrough(asked, vocabulary),
    (asked) => peopleByTheirVerb(asked, layer),
    (asked) => verbOfDimension(asked, vocabulary, index),
    (asked) => cameFromAsOrigin(asked, vocabulary),
    (asked) => valuesPresence(asked, vocabulary),
    (asked) => nounSaidOnce(asked, vocabulary),
    (asked) => grainWordAsValue(asked, layer),
    (asked) => definitionAsSaid(asked, layer),
    (asked) => sumAsSaid(asked, layer),
    (asked) => leftAfterCost(asked, layer),
    (asked) => ratioByItsParts(asked, vocabulary),
    (asked) => percentAsRate(asked, index, vocabulary),
    (asked) => valueRateAsShare(asked, vocabulary),
    (asked) => judgedByRate(asked, index),
    (asked) => countOfRowsAsBound(asked, vocabulary),
    (asked) => valueInsideFigure(asked, vocabulary),
    (asked) => valuesOfPeopleWhoHave(asked, vocabulary),
    (asked) => peopleWithFigure(asked, vocabulary, index),
    (asked) => keyAskedByValue(asked, vocabulary),
    (asked) => idsAsList(asked, vocabulary),
    (asked) => theRowsAsList(asked, vocabulary),
    (asked) => whichAreAsList(asked, vocabulary),
    (asked) => listPickedByCondition(asked, vocabulary),
    (asked) => whatSoldAsProduct(asked, vocabulary),
    (asked) => listedWithTheir(asked, vocabulary),
    (asked) => listThem(asked, request.history, index),
    (asked) => moneyOfThem(asked, request.history, index),
    (asked) => asRate(asked, request.history, index),
    (asked) => sameTimeBefore(asked, request.history, request.question),
    (asked) => sameDaysOf(asked, request.history, request.today),
    (asked) => partOfYearBefore(asked, request.history, request.today),
    (asked) => wholeYearOf(asked, request.history, request.today),
    (asked) => restOfPlace(asked, request.history, index),
    (asked) => textAsRows(asked, index),
    (asked) => peopleNamed(asked, vocabulary),
    (asked) => sameForRate(asked, request.history, index),
    (asked) => sameForFigure(asked, request.history, vocabulary),
    (asked) => periodAfter(asked, request.today),
    (asked) => nextPeriodOf(asked, request.history, request.today),
    (asked) => endMovedOnly(asked, request.history, request.today),
    (asked) => listedInFull(asked, request.history, index),
    (asked) => otherEndOf(asked, request.history, index),
    (asked) => dropTheFilters(asked, request.history, index),
    (asked) => leaveOut(asked, request.history),
    (asked) => rowsLeftOut(asked, request.history, vocabulary),
    (asked) => peopleWhoDid(asked, request.history, index),
    (asked) => figureFromNewPeople(asked, request.history, index),
    (asked) => worthOfRows(asked, request.history, index),
    (asked) => perThingOf(asked, request.history, index),
    (asked) => whichOneOfThem(asked, request.history, index),
    (asked) => countOfThem(asked, request.history, index),
    (asked) => boundOnly(asked, request.history, index),
    (asked) => onlyOfPeople(asked, request.history, index),
    (asked) => compareTheTwo(asked, request.history, index, request.today),
    (asked) => bothTogether(asked, request.history, index),
    (asked) => allOfTheRows(asked, request.history, index),
    (asked) => asShareOfTotal(asked, request.history),
    (asked) => shareOfPart(asked, request.history, request.today),
  ];
  const question = respellings.reduce((asked, respell) => respell(asked), spelledOut(request.question.trim()));
  const answerable = (asked: string) => parseWithin({ ...request, question: asked }, true).kind === 'query';
  const notAQuestion = refuseLength(question, layer);
  if (notAQuestion) return notAQuestion;
  // "Cancellation rate, cancelled over paid": a figure of the layer's, defined otherwise in the question.
  const differs = definitionDiffers(question, layer);
  if (differs) {
    const figure = differs.metric.label.toLowerCase();
    const defined = differs.metric.description.replace(/\.$/, '');
    return unanswerable(
      `"${differs.typed}" as the ${figure}: here it is ${defined} (ask for the ${figure} itself, or for each part)`,
      layer,
    );
  }
  // (As typed: the brackets are read out of the question once it is spelled out.)
  const bracketed = askBracketedPeriod(request.question, request.today, rephrased, (asked) =>
    parseWithin({ ...request, question: asked }, true),
  );
  if (bracketed) return bracketed;

  // "Which invoice did we send most recently": the rows by their own time, the rest of the question saying which.
  const recency = planRecency(question, { today: request.today, index, vocabulary }, (asked) =>
    parseWithin({ ...request, question: asked }, true),
  );
  // ("How much have our oldest customers spent": the rows picked by their date are listed, never what they spent;
  // a question of their money is declined rather than answered with the list alone.)
  if (recency && 'plan' in recency && /\bhow much\b|\b(?:spent|spend|spends|paid|pay|pays|worth)\b/i.test(question))
    return unanswerable(
      'what the rows picked by their own date spent or are worth (ask for that figure by each of them instead)',
      layer,
    );
  if (recency && 'plan' in recency) return checkedQuery(recency.plan, null, question, request.today, layer);
  if (recency) return recency.decision;

  const scans = scanPhrases(question, { ...request, names: request.names ?? [], index, vocabulary });
  if (scans.rows.vague) return vagueSize(question, scans.rows.vague, rephrased, layer, answerable);
  const oneOfKind = askOneOfKind(
    question,
    scans.named.oneOfKind,
    rephrased,
    answerable,
    // (Read as a question of its own, which may ask back in turn.)
    (asked) => parseWithin({ ...request, question: asked }, false).kind !== 'reply',
  );
  if (oneOfKind) return oneOfKind;
  const fiscal = askFiscal(scans, rephrased, layer, answerable);
  if (fiscal) return fiscal;
  const period = askPeriodLength(
    question,
    rephrased,
    answerable,
    (asked) => parseWithin({ ...request, question: asked }, false),
    // (A layer with an "active" status of its own says who is active.)
    (vocabulary.phrases.get(stem('active')) ?? []).some((meaning) => meaning.type === 'value'),
  );
  if (period) return period;
  const weekday = askWhichWeekday(question, request.today, rephrased, answerable);
  if (weekday) return weekday;
  const weekend = askWhichWeekend(question, request.today, rephrased, answerable, (asked) =>
    parseWithin({ ...request, question: asked }, true),
  );
  if (weekend) return weekend;
  const few = askHowFew(question, rephrased, answerable);
  if (few) return few;
  const theUnit = askWhichUnit(question, request.today, rephrased, answerable);
  if (theUnit) return theUnit;
  const startOfYear = askStartOfYear(question, request.today, rephrased, answerable);
  if (startOfYear) return startOfYear;
  const edgeOfMonth = askEdgeOfMonth(question, request.today, rephrased, answerable);
  if (edgeOfMonth) return edgeOfMonth;
  const around = askAroundDay(question, request.today, rephrased, answerable);
  if (around) return around;
  const mothersDay = askWhichMothersDay(question, request.today, rephrased, answerable);
  if (mothersDay) return mothersDay;
  const season = askWhichSeason(question, request.today, rephrased, answerable);
  if (season) return season;
  const dayOrYear = askDayOrYear(question, request.today, rephrased, answerable);
  if (dayOrYear) return dayOrYear;
  const nthWeek = askWhichNthWeek(question, request.question, request.today, rephrased, answerable);
  if (nthWeek) return nthWeek;
  const weekOf = askWhichWeekOf(question, request.question, request.today, layer.weekStart, rephrased, answerable);
  if (weekOf) return weekOf;
  const namedWeek = askWhichNamedWeek(question, request.today, layer.weekStart, rephrased, answerable);
  if (namedWeek) return namedWeek;
  const besideDay = askWeekBesideDay(question, request.today, layer.weekStart, rephrased, answerable);
  if (besideDay) return besideDay;

  // "And the second one?" after a ranking: the row in that place of the same ranking.
  const placed = placeInRanking(question, lastPlan(request.history), layer);
  if (placed) return placed;
  // "Which month was best" >> "how many orders that month": the figure of the period found, beside the one it won by.
  const thatPeriod = figureOfPeriodFound(question, lastPlan(request.history), index, (asked) =>
    parseWithin({ ...request, question: asked, history: [] }, true),
  );
  if (thatPeriod) return { ...thatPeriod, summary: describePlan(thatPeriod.plan, layer) };

  const slots = readAhead(read(scans.rest, request.today, vocabulary), request);
  const keys = new Set(slots.items.map(keywordOf).filter((key): key is Keyword => key !== null));
  // ("Average revenue per user": the asker's own users, never other accounts'.)
  const perUser = askRevenuePerUser(question, rephrased, answerable);
  if (perUser) return perUser;
  const noData = replyWithoutData(slots, keys, layer);
  if (noData) return noData;
  // "What do people buy together with the hoodie": pairs in one order, declined before any word is read.
  const together = refuseBoughtTogether(question, layer);
  if (together) return together;
  const currency = refuseOtherCurrency(question, layer);
  if (currency) return currency;
  const periodsCounted = refuseCountOfPeriods(question, layer);
  if (periodsCounted) return periodsCounted;
  const topShare = refuseTopShareOfRows(question, layer);
  if (topShare) return topShare;
  const future = refuseFuture(question, layer);
  if (future) return future;
  const instruction = refuseInstruction(question, layer);
  if (instruction) return instruction;
  const thanAverage = refuseThanAverage(question, layer);
  if (thanAverage) return thanAverage;
  const tellMore = refuseTellMore(question, layer);
  if (tellMore) return tellMore;
  const timesBought = askTimesBought(question, rephrased, answerable);
  if (timesBought) return timesBought;
  const newPeople = rephrased ? null : askNewPeople(question, request.today, answerable);
  const newWithoutPeriod = newPeopleWithoutPeriod(question, request.today);
  if (newWithoutPeriod !== null)
    return unanswerable(
      `"${newWithoutPeriod}" without a period (say when they joined, as in "from ${newWithoutPeriod.replace(/^(?:our |my |the )?(?:brand[- ])?new /i, '')} who joined this year")`,
      layer,
    );
  if (newPeople) return newPeople;
  const howManySold = askHowManySold(question, rephrased, answerable);
  if (howManySold) return howManySold;
  const latestPeriod = askLatestPeriod(question, rephrased, answerable);
  if (latestPeriod) return latestPeriod;
  const christmas = askChristmasOrSeason(question, rephrased, answerable);
  if (christmas) return christmas;
  const rowsLike = askRowsLike(question, rephrased, vocabulary, answerable);
  if (rowsLike) return rowsLike;
  const dayOrder = askDayOrder(question, request.today, rephrased, answerable);
  if (dayOrder) return dayOrder;
  const onePerson = askOnePersonOfValue(question, rephrased, vocabulary, answerable);
  if (onePerson) return onePerson;
  const sizeOfAverage = askSizeOfAverage(question, rephrased, answerable);
  if (sizeOfAverage) return sizeOfAverage;
  const costOfThing = askCostOfThing(question, request.question, index, rephrased, answerable);
  if (costOfThing) return costOfThing;
  const costs = askCosts(question, slots.unknown, layer, rephrased, answerable);
  if (costs) return costs;
  const qualifier =
    rephrased || slots.unknown.length !== 1 || slots.unknown[0] === 'where'
      ? null
      : // The question without the word has one unknown word fewer: asking it may clarify, never recurse far.
        askUnknownQualifier(question, slots.unknown[0] as string, vocabulary, index, (asked) =>
          parseWithin({ ...request, question: asked }, false),
        );
  if (qualifier) return qualifier;
  const unknownWords = refuseUnknownWords(
    question,
    slots,
    index,
    rephrased,
    layer,
    (asked) => parseWithin({ ...request, question: asked, history: [] }, true).kind === 'query',
    (asked) => parseWithin({ ...request, question: asked, history: [] }, true),
    (asked) => parseWithin({ ...request, question: asked }, true),
    lastPlan(request.history)?.metrics[0] ?? null,
  );
  if (unknownWords) return unknownWords;

  const base = lastPlan(request.history);
  const shareOfOther = base ? shareOfOtherFigure(request.question, base, slots, layer) : null;
  if (shareOfOther) return shareOfOther;
  // "Top customer by billing" (not answered) >> "how many invoices did they get": whom "they" means was never found;
  // never the rows of an older answer, nor everyone's.
  const latest = request.history.at(-1);
  const pointer =
    BACK_REFERENCE.exec(question) ??
    THAT_ROW.exec(question) ??
    SAME_AGAIN.exec(question) ??
    RESHAPE_THAT.exec(question);
  if (latest !== undefined && latest.plan === null && pointer !== null)
    return unanswerable(
      `I can't tell what "${pointer[0].trim()}" points back at: the question before it was not answered`,
      layer,
    );
  // "Restrict that to customers in France" with nothing asked before: there is no answer to restrict.
  const reshaped = RESHAPE_THAT.exec(question);
  if (latest === undefined && reshaped !== null)
    return unanswerable(
      `I can't tell what "${reshaped[0].trim()}" points back at: nothing was asked before it in this conversation`,
      layer,
    );
  const reading = interpret(slots, index, scans.rest, {
    carried: index.metric(base?.metrics[0] ?? ''),
    carriedDimensions: base ? [...base.dimensions, ...base.filters.map((filter) => filter.dimension)] : [],
    shareAsked: scans.share,
    namedTables: [...scans.named.filters, ...scans.named.kinds].flatMap(
      (filter) => index.dimension(filter.dimension)?.table ?? [],
    ),
    everAsked: EVER_SAID.test(question),
  });
  const besideFigure = refuseValueBesideFigure(question, slots, layer);
  if (besideFigure) return besideFigure;
  const againstFigure = refuseFigureAgainstFigure(question, vocabulary, layer);
  if (againstFigure) return againstFigure;
  const income = refuseIncomeAsCost(question, vocabulary, index);
  if (income) return income;
  const spending = askOwnSpending(question, layer, answerable);
  if (spending) return spending;
  const soldPrice = askSoldPrice(question, slots, index, rephrased, answerable);
  if (soldPrice) return soldPrice;
  const cost = askWhichCost(question, index, rephrased, answerable);
  if (cost) return cost;
  const priceOverPeriod = askPriceOverPeriod(question, slots, index, rephrased, answerable);
  if (priceOverPeriod) return priceOverPeriod;
  const namedPeriod = slots.time.find((mention) => mention.kind === 'range' && mention.range.kind !== 'all');
  // The option says the rows in full, so re-asking it cannot come back here.
  const repeatOverPeriod = askRepeatOverPeriod(
    layer,
    namedPeriod?.kind === 'range' ? resolveTimeRange(namedPeriod.range, request.today).from : null,
    scans.rows.repeated,
    question,
    rephrased,
    (asked) => parseWithin({ ...request, question: asked }, false).kind === 'query',
  );
  if (repeatOverPeriod) return repeatOverPeriod;
  // ("Tickets over $100" where tickets have sales and tips: which, unless it is asked again with one.)
  const figureOf =
    scans.rows.figureOf && !rephrased ? figureOfRows(question, scans.rows.figureOf, layer, answerable) : null;
  if (figureOf) return figureOf;
  const unreadPhrases = refuseUnreadPhrases(scans, layer);
  if (unreadPhrases) return unreadPhrases;
  applyPhrases(reading, scans, slots, index, base !== null);
  // A word typed with a typo ("chanel") is found in the corrected text, where the options replace it.
  const spelled = rephrase(question, reading.ambiguities[0]?.word ?? '', '') === null ? slots.text : question;
  const unclear = askAmbiguity(reading, slots, spelled, rephrased, layer, (asked) =>
    parseWithin({ ...request, question: asked }, true),
  );
  if (unclear) return unclear;
  // "What was the average discount in Q4": an average of a total, over what is not said.
  const averaged = index.metric(reading.metrics[0] ?? '');
  if (reading.problems.length === 1 && reading.problems[0]?.startsWith('an average of ') && averaged)
    return askAverageOf(question, averaged, index, rephrased, answerable);
  const had =
    reading.problems.length === 1 ? askHadThen(question, reading, request.today, rephrased, answerable) : null;
  if (had) return had;
  const averagePer = reading.problems.length === 1 ? askAveragePer(question, reading, index, answerable) : null;
  if (averagePer) return averagePer;
  if (reading.problems.length > 0) return unanswerable(`I can't work out ${reading.problems.join(' or ')}`, layer);
  if (reading.vagueRanking !== null) {
    // "Which products performed best": neither the figure nor how many is said; which figure is asked, with the
    // top 10 offered in each reading.
    const numbered =
      reading.metrics.length === 0 && reading.figuresToOffer !== null && !rephrased
        ? question.replace(/\b(which|what) (?:of (?:my|our|the) )?(?=[a-z]+s\b)/i, '$1 10 ')
        : question;
    const asked = numbered === question ? null : parseWithin({ ...request, question: numbered }, false);
    if (asked?.kind === 'clarify') return asked;
    return vagueRanking(question, reading.vagueRanking, rephrased, layer, answerable);
  }
  const breakdown = askBreakdown(question, slots, reading, index, rephrased, answerable);
  if (breakdown) return breakdown;
  const typicalSpend = askTypicalSpend(question, reading, index, rephrased, answerable);
  if (typicalSpend) return typicalSpend;
  const gross = askGross(question, slots, reading, index, rephrased, answerable, (plain) =>
    parseWithin({ ...request, question: plain }, rephrased),
  );
  if (gross) return gross;
  if (reading.vagueCount !== null) {
    const dimension = index.dimension(reading.vagueCount.dimension);
    const figures = dimension ? figuresFor(dimension, index) : [];
    return vagueCount(reading.vagueCount, figures, rephrased, index, answerable);
  }

  // A vague word typed with a typo ("performin") is found in the corrected text, where the options replace it.
  const figureWord = reading.figureWord;
  const said =
    figureWord !== null && rephrase(question, figureWord, '') === null && rephrase(slots.text, figureWord, '') !== null
      ? slots.text
      : question;
  // "Average likes per day", "avg daily likes": the likes of the period per day of it, never the layer's per-post
  // average ("average likes") by day.
  const unit = perUnitOf(question.toLowerCase());
  const averageOf =
    reading.metrics.length === 1 ? index.metric(index.metric(reading.metrics[0] ?? '')?.averageOf ?? '') : undefined;
  if (averageOf && addsUp(averageOf) && unit !== null && reading.grain === unit) {
    reading.metrics = [averageOf.name];
    reading.per = unit;
    reading.grain = null;
  }
  // "Show me sub_ac_03": the row's own figure, when none is said.
  const rowFigure = reading.metrics.length === 0 ? figureOfRow(request.question, reading.filters, index) : null;
  if (rowFigure !== null) reading.metrics = [rowFigure];
  let planned = planReading(
    reading,
    base,
    keys,
    { question: said, today: request.today, layer, index, rephrased },
    answerable,
  );
  if (planned.kind !== 'plan') return planned.decision;
  const costToUs = askCostToUs(question, planned.plan, slots, index, rephrased, answerable);
  if (costToUs) return costToUs;
  // "Average refunds last month": an average asked, and a total planned (the figure came from a value, after the
  // averages were read): asked over what, never the total.
  const total = index.metric(planned.plan.metrics[0] ?? '');
  if (
    slots.items.some((item) => keywordOf(item) === 'average') &&
    !planned.plan.per &&
    !planned.plan.perRow &&
    planned.plan.grain === null &&
    total &&
    (total.aggregation === 'sum' || total.aggregation === 'count')
  )
    return askAverageOf(question, total, index, rephrased, answerable);
  const selfRanked = rankedByOwnCount(planned.plan, question, rephrased, layer, answerable);
  if (selfRanked) return selfRanked;
  const distinct = refuseDistinctCount(question, planned.plan, index);
  if (distinct) return distinct;
  const movers = refuseRankedByChange(question, planned.plan, index);
  if (movers) return movers;
  const conditionOn = refuseConditionElsewhere(question, planned.plan, index);
  if (conditionOn) return conditionOn;
  const cohort = refuseCohort(question, planned.plan, index);
  if (cohort) return cohort;
  const soldThen = refuseSoldByCreation(question, planned.plan, index);
  if (soldThen) return soldThen;
  const madeThen = refuseMadeThen(question, planned.plan, index);
  if (madeThen) return madeThen;
  const beyond = beyondOnePlan(question, request.question, planned.plan, layer);
  if (beyond) return beyond;
  const groups = groupCondition(question, planned.plan, index, reading.howMany);
  if (groups && 'decision' in groups) return groups.decision;
  if (groups) planned = { ...planned, plan: groups.plan };
  const groupSize = askGroupSize(question, request.question, planned.plan, reading, index, rephrased, answerable);
  if (groupSize) return groupSize;
  // (As typed: "when was …" is read as "what was …", its date said with it.)
  const oneRow = aboutOneRow(request.question, planned.plan, index);
  if (oneRow) planned = { ...planned, plan: oneRow };
  const sameFigure = sameFigureForRow(request.question, planned.plan, base, index);
  if (sameFigure && base) planned = { ...planned, plan: sameFigure, change: describeChange(base, sameFigure, layer) };
  const picked = rowsPickedBefore(request.question, planned.plan, base, layer, index);
  if (typeof picked === 'string') return unanswerable(`I can't answer ${picked}`, layer);
  if (picked && base) planned = { ...planned, plan: picked, change: describeChange(base, picked, layer) };
  const parts = partAgainstWhole(question, planned.plan, index);
  if (parts) planned = { ...planned, plan: parts };
  // "What share came from January" after a monthly series: a share asked and none planned is not answered as
  // the part alone.
  if (reading.share && !planned.plan.share)
    return unanswerable(
      "I can't answer a share here: the part asked is no value of a breakdown (for a period, ask for it and the whole side by side)",
      layer,
    );
  // "And the December before" read as the same question again: a follow-up that changes nothing is not answered
  // as if it had (the same figure under a new question).
  if (
    reading.followUpCue &&
    base !== null &&
    JSON.stringify(planned.plan) === JSON.stringify(base) &&
    !AGAIN.test(question) &&
    reading.leftOutAlready.length === 0
  )
    return unanswerable(`I can't tell what to change from the last answer in "${question.trim()}"`, layer);
  const split = splitBetween(question, planned.plan);
  if (split) return checkedQuery(split, planned.change, question, request.today, layer, request.ahead);
  return checkedQuery(planned.plan, planned.change, question, request.today, layer, request.ahead);
}

/** "Who placed the biggest order", "the invoice dated july 19 — whose is it", "who is the open invoice for": a person. */
const WHO_ASKED = /(?:^|[,;:?!—–]\s*|\s-\s*|\b(?:and|so|but|then)\s+)(?:who|whose|whom|for whom|to whom)\b/i;

/**
 * A question that asks who ("who placed the biggest order last month", "who is the open invoice for") and a plan
 * that names no one of the layer's one table of people: the people are added, beside each row ranked when they are
 * reached from it (an order's customer), or as what the rows are split by when nothing is (the open invoices by
 * subscriber); a plan split by something else is declined, never answered with a total or a row id alone. Null
 * when no one is asked for, or the plan already names them.
 */
function whoAsked(asked: string, plan: QueryPlan, index: LayerIndex): QueryPlan | string | null {
  // ("Canada or us, who bought more": which of the values compared, no person.)
  if (!(WHO_ASKED.test(asked) || WHO_ASKED.test(spelledOut(asked))) || plan.comparison !== null) return null;
  const peopleTables = index.layer.tables.filter((table) => holdsPeople(table));
  const [people] = peopleTables;
  if (people === undefined || peopleTables.length !== 1) return null;
  const person = entityOfTable(index.layer, people.name);
  if (person === null) return null;
  // (A trait of theirs only says which rows, "the smallest pro invoice": no one is named by it.)
  const named = (dimension: string) => index.dimension(dimension)?.table === people.name;
  if (plan.dimensions.some(named) || plan.filters.some((filter) => filter.dimension === person)) return null;
  // (A figure kept on the people's own table, "who signed up in april", names them by its rows already.)
  if (plan.metrics.some((metric) => index.metric(metric)?.table === people.name)) return null;
  const traits = traitsOfRanked(plan, [person], index);
  if (traits !== null) return withTraits(plan, traits);
  if (plan.dimensions.length === 0 && plan.grain === null) {
    const split = { ...plan, dimensions: [person] };
    if (checkPlan(split, index.layer) === null) return split;
  }
  const figure = index.metric(plan.metrics[0] ?? '')?.label.toLowerCase() ?? 'this figure';
  const split = plan.dimensions.map((dimension) => index.dimension(dimension)?.label.toLowerCase() ?? dimension);
  // (What to ask instead only where it can be answered: "price by customer" cannot.)
  const byPerson = checkPlan({ ...plan, dimensions: [person], sort: null, limit: null }, index.layer) === null;
  return `who from ${figure}${split.length > 0 ? ` by ${split.join(' and ')}` : ''}: it names no ${person}${byPerson ? ` (ask for ${figure} by ${person} instead)` : ''}`;
}

/**
 * "How much is open for emea subscribers", "how much is refunded for canadian customers": money asked ("how much"),
 * and a plan that counts the people instead (the people word read as the figure): the layer's money figure of the
 * same rows. Null when no money is asked, the plan counts no people, or the money cannot be had of those rows.
 */
function muchOfPeople(question: string, plan: QueryPlan, layer: SemanticLayer): QueryPlan | null {
  if (
    !/\bhow much\b/i.test(question) ||
    /\bhow many\b|\bhow much (?:more|less|higher|lower|bigger|smaller)\b|\b(?:count|number|headcount|base|#)\b/i.test(
      question,
    )
  )
    return null;
  const index = indexLayer(layer);
  const people = (metric: { readonly table: string; readonly aggregation: string }) => {
    const table = layer.tables.find((candidate) => candidate.name === metric.table);
    return metric.aggregation === 'count_distinct' || (table !== undefined && holdsPeople(table));
  };
  const spending = vocabularyOf(layer).spending;
  const count = plan.metrics.length === 1 ? index.metric(plan.metrics[0] as string) : undefined;
  if (spending === null || count === undefined) return null;
  // "How much did Maya Patel spend on classes", "how much has Sarah Chen spent": money spent, never a count of the
  // rows (bookings) or of things (units): the money of the counted rows' own table where it has one, else what
  // people spend.
  const spentOnCount = count.format === 'number' && SPENT.test(question);
  if (!spentOnCount && (!people(count) || HOW_MUCH_PEOPLE.test(question))) return null;
  const ownMoney = layer.metrics.filter(
    (metric) => metric.table === count.table && metric.format === 'currency' && metric.aggregation === 'sum',
  );
  const own = spentOnCount && ownMoney.length === 1 ? ownMoney[0]?.name : undefined;
  const asked = { ...plan, metrics: [own ?? spending] };
  return checkPlan(asked, layer) === null ? asked : null;
}

/**
 * "How much new customers are we getting", "how much signups this week": "how much" said right before the people
 * (as "how many"), with no word of money anywhere; what they paid is asked with a verb ("how much did …"), caught
 * before this.
 */
const HOW_MUCH_PEOPLE =
  /^(?!.*\b(?:worth|value|amount|dollars?|money|cash|collected|open|outstanding|owed|owe|owes|refunded|billed|charged|invoiced|spend|spent|pay|paid)\b).*\bhow much (?:(?:new|more|unique|distinct|separate|different|returning|repeat|paying|active) )*(?!(?:is|was|has|does|this|his|its|us)\b)[a-z]+s\b/i;

/** "How much did they spend", "what have those people paid": the money of the people just counted. */
const THEIR_SPENDING =
  /\b(?:how much|what) (?:did|have|has|do|does) (?:they|those|these|them|those people|these people|he|she)(?: all)? (?:spend|spent|pay|paid)\b/i;

/** "Which of them", "how many of those", "among them": the rows the last answer counted, pointed back at. */
const AMONG_THEM =
  /\b(?:which|what|who|how many)(?: [a-z]+)? (?:of (?:them|those|these)|ones)\b|\b(?:among|out of|of) (?:them|those|these)\b/i;

/**
 * "Customers from canada" >> "which of them spent over $1000", "pro subscribers" >> "which of them have open
 * invoices": the rows counted before are the ones asked about, so the values that picked them (Canada, Pro) stay,
 * whatever figure the new question asks; where the new figure cannot be limited by one, the question is declined,
 * never answered over every row. Null when the question does not point back at a count's rows, or keeps them.
 */
function rowsPickedBefore(
  asked: string,
  plan: QueryPlan,
  base: QueryPlan | null,
  layer: SemanticLayer,
  index: LayerIndex,
): QueryPlan | string | null {
  if (base === null || base.dimensions.length > 0 || base.filters.length === 0 || !AMONG_THEM.test(asked)) return null;
  const missing = base.filters.filter(
    (filter) =>
      !plan.filters.some((own) => own.dimension === filter.dimension) && !plan.dimensions.includes(filter.dimension),
  );
  if (missing.length === 0) return null;
  const kept = { ...plan, filters: [...plan.filters, ...missing] };
  if (checkPlan(kept, layer) === null) return kept;
  const labels = missing.map((filter) => index.dimension(filter.dimension)?.label.toLowerCase() ?? filter.dimension);
  return `that of the same rows: ${index.metric(plan.metrics[0] ?? '')?.label.toLowerCase() ?? 'this figure'} cannot be limited by ${labels.join(' and ')}`;
}

/**
 * "Billed vs collected in July", "collected vs billed by month": the figure set against one part of itself (a value of
 * the dimension its own rule gives way to, "paid" of the invoices' status). Both are shown as the figure by that
 * dimension (each part, adding up to the figure), never the one part alone as if it were the comparison asked.
 */
function partAgainstWhole(question: string, plan: QueryPlan, index: LayerIndex): QueryPlan | null {
  if (plan.comparison !== null || plan.metrics.length !== 1 || !/\b(?:vs|versus|against)\b/i.test(question))
    return null;
  const metric = index.metric(plan.metrics[0] ?? '');
  const part = plan.filters.find(
    (filter) =>
      filter.operator === 'eq' &&
      filter.values.length === 1 &&
      metric?.filters.some((own) => own.overriddenBy === filter.dimension),
  );
  if (!part || plan.dimensions.includes(part.dimension) || plan.dimensions.length > 0) return null;
  return { ...plan, filters: plan.filters.filter((filter) => filter !== part), dimensions: [part.dimension] };
}

/** Words that ask for the same answer again. */
/** A total said as such ("what about total shares"): the figure as summed, never averaged like the one before. */
const TOTAL_SAID = /\b(?:total|totals|overall|sum|altogether|combined)\b/i;

const AGAIN = /\b(?:again|same|repeat|refresh|rerun|re-run|still|once more)\b/i;

/** Nothing asked, or more than a question. */
function refuseLength(question: string, layer: SemanticLayer): PlanDecision | null {
  if (question === '') return decline('help', 'Ask me a question about your data.', layer);
  if (question.length > MAX_QUESTION_LENGTH) {
    return decline(
      'unanswerable',
      `That is longer than a question (${MAX_QUESTION_LENGTH} characters at most): ask one thing at a time.`,
      layer,
    );
  }
  return null;
}

/** A fiscal period the layer cannot place: asks whether the calendar period was meant, or declines. */
function askFiscal(
  scans: PhraseScans,
  rephrased: boolean,
  layer: SemanticLayer,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const fiscal = scans.fiscal;
  if (fiscal.unknown === null) return null;
  // The layer does not say when the fiscal year starts: ask whether the calendar period was meant.
  const calendar = fiscal.calendar;
  const word = fiscal.unknown;
  if (!rephrased && calendar !== null && answerable(calendar)) {
    return {
      kind: 'clarify',
      text: `Your data does not say when your fiscal year starts, so I can't tell which dates "${word}" covers. Did you mean the calendar period?`,
      word,
      options: [{ label: calendar, question: calendar }],
    };
  }
  return {
    ...unanswerable(
      `your data does not say when your fiscal year starts, so I can't tell which dates "${word}" covers`,
      layer,
    ),
    word,
  };
}

/**
 * "How many customers did we have in July": the ones who joined in July, or all of them by its end. Asked, each
 * reading said so it answers as it stands ("how many new customers did we have in july", "how many customers
 * joined before aug 1 2025").
 */
function askHadThen(
  question: string,
  reading: Reading,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const word = reading.hadThen;
  const range = reading.ranges[0];
  if (word === null || rephrased || range === undefined) return null;
  const at = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').exec(question);
  if (!at) return null;
  const end = resolveTimeRange(range, today).to;
  const [year, month, day] = end.split('-').map(Number) as [number, number, number];
  const options = [
    {
      label: `New ${word} in that period`,
      question: `${question.slice(0, at.index)}new ${word}${question.slice(at.index + word.length)}`,
    },
    {
      label: `All ${word} by its end`,
      // ("how many australian customers": the values said before them kept)
      question: `how many ${new RegExp(`\\bhow many ((?:[a-z]+ ){0,3})${escapeRegExp(word)}\\b`, 'i').exec(question)?.[1] ?? ''}${word} joined before ${SHORT_MONTH_NAMES[month - 1]} ${day} ${year}`,
    },
  ].filter((option) => answerable(option.question));
  if (options.length === 0) return null;
  return {
    kind: 'clarify',
    text: `"${word}" you had then can mean the ones who joined in that period, or all of them by its end. Which did you mean?`,
    word,
    options,
  };
}

const LAST_WEEKDAY = /\blast (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s)/i;

/**
 * "Revenue last Tuesday" asked on a Sunday: this week's Tuesday or the one before is the asker's to say; both are
 * offered by their dates (never one of them guessed).
 */
function askWhichWeekday(
  question: string,
  today: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  const match = LAST_WEEKDAY.exec(question);
  if (rephrased || !match) return null;
  const target = WEEKDAYS.indexOf((match[1] as string).toLowerCase());
  const back = daysSinceWeekday(today, target) || 7;
  // "March 10, 2026": the day, as the parser reads a date.
  const said = (days: number) => longDate(addDays(today, -days));
  // ("Since last Tuesday": the word before says how the day is used; "on" only where none does.)
  const joined = /\b(?:since|from|before|after|until|till|on|than|vs|versus|to|and|through)\s*$/i.test(
    question.slice(0, match.index),
  );
  const options = [back, back + 7]
    .map((days) => ({ date: said(days), asked: question.replace(match[0], `${joined ? '' : 'on '}${said(days)}`) }))
    .filter(({ asked }) => answerable(asked))
    .map(({ date, asked }) => ({ label: `${capitalize(match[1] as string)}, ${date}`, question: asked }));
  if (options.length === 0) return null;
  return { kind: 'clarify', text: `Which ${capitalize(match[1] as string)} do you mean?`, word: match[0], options };
}

/** "Last period" with no period named before it: which length of period is the user's to say. */
/** "The holiday season", "over the holidays": a period without its dates. */
const HOLIDAY_SEASON =
  /\b(?:(?:over|during|in|for|across) )?(?:the )?(?:holiday season|holiday period|holidays|festive season|christmas season|holiday rush)\b/i;

/** "Which day", "what day" said alone (not "day of the week", "days"). */
const WHICH_DAY = /\b(which|what) day\b(?! of\b)(?!s)/i;
const NAMED_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const RANKED = /\b(?:most|best|highest|biggest|busiest|top|worst|lowest|least|fewest|smallest|slowest|quietest)\b/i;

/** "Over the past year", "in the last year": twelve months back from today, or the calendar year before this one. */
const PAST_YEAR = /\b(?:(?:over|in|during|for|across|within|throughout) )?the (?:past|last|previous) year\b/i;

/** "For the past month": the last 30 days, or the calendar month before this one ("in the last month" is that month). */
const PAST_MONTH = /\b(?:(?:over|in|during|for|across|within|throughout) )?the past month\b/i;

/** A stretch back from today said one way, and the two periods it can mean. */
const PAST_PERIODS: readonly (readonly [RegExp, readonly string[]])[] = [
  [PAST_YEAR, ['in the last 12 months', 'last year']],
  [PAST_MONTH, ['in the last 30 days', 'last month']],
];

const UNSIZED_PERIOD = /\b(last|previous|prior|this|current) period\b/i;

/** "Active customers", "active subscribers": people who did something within a stretch the words leave open. */
const ACTIVE_PEOPLE = /\bactive (?:customers|subscribers|users|members|buyers|clients|shoppers|accounts|people)\b/i;

/** "Recently", "lately", "right now": some recent stretch of days, whose length is the user's to say (never all time). */
const RECENTLY =
  /\b(?:recently|lately|of late|these days|nowadays|in recent (?:days|weeks|months)|right now|rn|at the moment|atm)\b/i;

/** A period named elsewhere in the question sizes the vague one ("compared with the previous period"). */
const SIZED = /\b(?:days?|weeks?|months?|quarters?|years?|ytd|mtd|qtd|wtd|today|yesterday|q[1-4]|\d{4})\b/i;

/** Asks which period a vague period word means ("last period", "recently"), offering answerable ones. */
function askPeriodLength(
  question: string,
  rephrased: boolean,
  answerable: (question: string) => boolean,
  reask: (question: string) => PlanDecision,
  activeIsValue = false,
): Extract<PlanDecision, { kind: 'clarify' }> | null {
  if (rephrased) return null;
  // "Over the holiday season": which dates is the merchant's call (all of November and December, or the
  // shopping days from Black Friday to Christmas).
  const holidays = HOLIDAY_SEASON.exec(question);
  // "Over the holidays, Dec 24 to Dec 26": the dates are said.
  if (holidays && !namesDayOfMonth(question.replace(holidays[0], ' '))) {
    const options = ['from november to december', 'from black friday to christmas']
      .map((replacement) => question.replace(holidays[0], replacement))
      .filter(answerable)
      .map((asked) => ({ label: asked.charAt(0).toUpperCase() + asked.slice(1), question: asked }));
    if (options.length > 0)
      return { kind: 'clarify', text: `Which dates do you mean by "${holidays[0]}"?`, word: holidays[0], options };
    // "Did the holiday season go well": the figure is open too; its options, on the first reading of the dates.
    const figure = reask(question.replace(holidays[0], 'from november to december'));
    if (figure.kind === 'clarify' && figure.options.length > 0)
      return {
        kind: 'clarify',
        text: `Which dates do you mean by "${holidays[0].trim()}" (here November to December), and which figure? ${figure.text}`,
        word: holidays[0],
        options: figure.options,
      };
  }
  // "Which day do my posts get the most engagement", no period said: a day of the week, or one date, is the
  // asker's to say (never a date guessed where a weekday was meant).
  const whichDay = WHICH_DAY.exec(question);
  const besideDay = whichDay ? question.replace(whichDay[0], ' ') : '';
  if (whichDay && RANKED.test(question) && !SIZED.test(besideDay) && !NAMED_MONTH.test(besideDay)) {
    const options = [
      {
        label: 'The day of the week',
        asked: question.replace(whichDay[0], `${whichDay[1] as string} day of the week`),
      },
      { label: 'The single date', asked: question.replace(whichDay[0], `${whichDay[1] as string} date`) },
    ]
      .filter(({ asked }) => answerable(asked))
      .map(({ label, asked }) => ({ label, question: asked }));
    if (options.length === 2)
      return { kind: 'clarify', text: 'Do you mean a day of the week, or one date?', word: whichDay[0], options };
  }
  // "Over the past year", "for the past month": the last 12 months (30 days), or the last calendar year (month), is
  // the asker's to say.
  for (const [pattern, periods] of PAST_PERIODS) {
    const past = pattern.exec(question);
    if (!past) continue;
    const options = periods
      .map((replacement) => question.replace(past[0], replacement))
      .filter(answerable)
      .map((asked) => ({ label: asked.charAt(0).toUpperCase() + asked.slice(1), question: asked }));
    if (options.length > 0)
      return { kind: 'clarify', text: `Which period do you mean by "${past[0].trim()}"?`, word: past[0], options };
  }
  // "How many active customers do we have": active over which recent stretch is the asker's to say.
  const active = activeIsValue ? null : ACTIVE_PEOPLE.exec(question);
  if (active && !SIZED.test(question) && !RECENTLY.test(question) && !UNSIZED_PERIOD.test(question)) {
    const bare = question.replace(/\s*[?.!]*\s*$/, '');
    const options = ['30 days', '90 days', '12 months']
      .map((span) => ({ label: `Active in the last ${span}`, question: `${bare} in the last ${span}` }))
      .filter((option) => answerable(option.question));
    if (options.length > 1)
      return {
        kind: 'clarify',
        text: `Active over which period? "${active[0]}" depends on it.`,
        word: active[0],
        options,
      };
  }
  const unsized = UNSIZED_PERIOD.exec(question);
  const recent = unsized ? null : RECENTLY.exec(question);
  const match = unsized ?? recent;
  if (!match) return null;
  const elsewhere = question.slice(0, match.index) + question.slice(match.index + match[0].length);
  if (SIZED.test(elsewhere)) return null;
  const anchor = /^(?:this|current)$/i.test(match[1] ?? '') ? 'this' : 'last';
  const replacements = unsized
    ? ['week', 'month', 'quarter'].map((unit) => `${anchor} ${unit}`)
    : ['7 days', '30 days', '90 days'].map((span) => `in the last ${span}`);
  const options = replacements
    .map((replacement) => question.replace(match[0], replacement))
    .filter(answerable)
    .map((asked) => ({ label: asked.charAt(0).toUpperCase() + asked.slice(1), question: asked }));
  if (options.length > 0)
    return { kind: 'clarify', text: `Which period do you mean by "${match[0]}"?`, word: match[0], options };
  // "Which platform is treating me best lately": the figure is open too; its options, on the first period offered.
  const first = (replacements[1] ?? replacements[0]) as string;
  const figure = reask(question.replace(match[0], first));
  if (figure.kind !== 'clarify' || figure.options.length === 0) return null;
  return {
    kind: 'clarify',
    text: `Which period do you mean by "${match[0].trim()}" (here ${first.replace(/^in /, '')}), and which figure? ${figure.text}`,
    word: match[0],
    options: figure.options,
  };
}

/**
 * "Revenue from the cardigan": one row asked about, which several rows' names fit. Asked which: two of them by
 * name, and all of them added up, each option the question as it stands with that said instead.
 */
function askOneOfKind(
  question: string,
  oneOfKind: NameScan['oneOfKind'],
  rephrased: boolean,
  answerable: (question: string) => boolean,
  /** Answerable, or asked back in turn ("how much has Anna Kowalski spent": which money). */
  askable: (question: string) => boolean = answerable,
): PlanDecision | null {
  if (oneOfKind === null || rephrased) return null;
  const pattern = new RegExp(escapeRegExp(oneOfKind.typed), 'i');
  if (!pattern.test(question)) return null;
  const noun = oneOfKind.noun;
  // ("The joggers" is a plural already: never "joggerses".)
  const nouns = /[^s]s$/i.test(noun) ? noun : pluralize(noun);
  // Up to three: two of them by name, and all of them (or the third by name, where all of them cannot be added up:
  // an account and two products that begin "Matcha"). (A first name is replaced by the whole name, no "the".)
  const firstName = oneOfKind.labels.every((label) => label.toLowerCase().startsWith(`${noun.toLowerCase()} `));
  // ("Whats sams total": a first name typed as its possessive, without the apostrophe.)
  const owner = oneOfKind.typed.toLowerCase() === `${noun.toLowerCase()}s` ? "'s" : '';
  const named = (label: string) => ({
    label,
    question: question.replace(pattern, firstName ? `${label}${owner}` : `the ${label}`),
  });
  const options = [
    ...oneOfKind.labels.slice(0, 2).map(named),
    {
      label: `${oneOfKind.labels.length === 2 ? 'Both' : `All ${oneOfKind.labels.length}`} ${nouns}`,
      question: question.replace(pattern, `all ${nouns}${owner === '' ? '' : "'"}`),
    },
    ...oneOfKind.labels.slice(2, 3).map(named),
  ]
    .filter((option) => (firstName ? askable : answerable)(option.question))
    .slice(0, 3);
  if (options.length < 2) return null;
  const names = oneOfKind.labels;
  const listed = `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return {
    kind: 'clarify',
    text: `"${oneOfKind.typed}" could be any of ${names.length}: ${listed}. Which did you mean?`,
    word: noun,
    options,
  };
}

/** What askql does not do (other users' data, changes, forecasts, advice), help, and greetings. */
function replyWithoutData(slots: Slots, keys: ReadonlySet<Keyword>, layer: SemanticLayer): PlanDecision | null {
  if (keys.has('other_users')) {
    return unanswerable('I can only see your own data, not other users, stores or benchmarks', layer);
  }
  // "Email of my top customer": contact details are never among the columns read, whoever's rows they are.
  if (keys.has('personal'))
    return unanswerable(
      "I can't see contact or personal details (emails, phone numbers, addresses, passwords): they are not among the columns I read",
      layer,
    );
  if (keys.has('write')) return unanswerable(READ_ONLY, layer);
  if (slots.time.some((mention) => mention.kind === 'future')) {
    return unanswerable(FORECAST, layer);
  }
  if (keys.has('why')) {
    return unanswerable('I can show the numbers, but not explain why they moved or give advice', layer);
  }
  const meaningful = slots.items.filter((item) => {
    const key = keywordOf(item);
    return key !== 'greeting' && key !== 'thanks' && key !== 'help' && key !== 'which' && key !== 'show';
  });
  if (keys.has('help') && meaningful.length === 0 && slots.unknown.length === 0) {
    return { kind: 'reply', reason: 'help', text: helpText(layer), suggestions: suggestionsFor(layer) };
  }
  if (
    (keys.has('greeting') || keys.has('thanks')) &&
    meaningful.length === 0 &&
    slots.time.length === 0 &&
    slots.unknown.length === 0
  ) {
    return {
      kind: 'reply',
      reason: 'greeting',
      text:
        keys.has('thanks') && !keys.has('greeting')
          ? 'You are welcome! Ask me anything else about your data.'
          : `Hello! ${helpText(layer)}`,
      suggestions: suggestionsFor(layer),
    };
  }
  return null;
}

/**
 * "Where were our buyers based, by revenue per country": the question names the place, so "where" only asks it,
 * and the people it asks about are the subject, never a breakdown of their own (the buyers one by one).
 */
function whereNamed(question: string, index: LayerIndex, reask: (question: string) => PlanDecision): PlanDecision {
  // ("Where do my customers live, by country": the verb of being somewhere goes with the "where".)
  const plain = reask(
    question.replace(/\bwhere\b/i, ' ').replace(/\b(?:live|lives|living|lived|reside|resides|based|located)\b/gi, ' '),
  );
  const subject = WHERE_SUBJECT.exec(question);
  const entities = entityDimensions(index.layer);
  if (plain.kind !== 'query' || !subject || !plain.plan.dimensions.some((name) => entities.has(name))) return plain;
  const without = reask(`${question.slice(0, subject.index)} ${question.slice(subject.index + subject[0].length)}`);
  return without.kind === 'query' && without.plan.dimensions.length < plain.plan.dimensions.length ? without : plain;
}

/** "Where were our buyers", "where do my customers who bought": the "where" and the people it asks about. */
const WHERE_SUBJECT =
  /\bwhere (?:do|does|did|are|is|were|was) (?:(?:my|our|the|all of|most of) )*[a-z]+(?: who [a-z]+)?\b/i;

/** Words with no meaning in the layer: asks which "where" was meant, else declines naming them. */
function refuseUnknownWords(
  question: string,
  slots: Slots,
  index: LayerIndex,
  rephrased: boolean,
  layer: SemanticLayer,
  answerableAlone: (question: string) => boolean,
  reask: (question: string) => PlanDecision,
  reaskInTurn: (question: string) => PlanDecision,
  carried: string | null,
): PlanDecision | null {
  // ("Split by where the buyer lives": the verb of being somewhere is part of the "where".)
  const living = /^(?:live|lives|living|lived|reside|resides|based|located)$/;
  const unknown = slots.unknown.filter((word) => !living.test(word));
  if (slots.unknown[0] === 'where' && unknown.length === 1 && !rephrased) {
    // "Where do my customers live": a place, never the channel they came through.
    const placeOnly = /\bwhere\b.*\b(?:live|lives|living|reside|resides|based|located)\b/i.test(question);
    const asked = whereQuestion(
      question,
      slots,
      index,
      answerableAlone,
      placeOnly,
      (option) => reaskInTurn(option).kind === 'query',
      carried,
    );
    // "Where are they from, country by country": the question names which place it means; "where" only asks it.
    // ("UK or France: where did more new customers come from": the values named are of one of them.)
    const valued = (label: string) =>
      slots.items.some((item) =>
        item.meanings.some(
          (meaning) => meaning.type === 'value' && index.dimension(meaning.dimension)?.label === label,
        ),
      );
    const named =
      asked?.kind === 'clarify' &&
      (asked.options.some((option) =>
        new RegExp(`\\b${option.label.toLowerCase().replace(/[^a-z0-9 ]/g, '.')}s?\\b`).test(question.toLowerCase()),
      ) ||
        asked.options.filter((option) => valued(option.label)).length === 1);
    if (named) return whereNamed(question, index, reaskInTurn);
    // ("Where was our margin weakest? Just the worst product category": a grouping said outright, when the question
    // answers without the "where".)
    const grouped =
      asked?.kind === 'clarify' &&
      slots.items.some((item) =>
        item.meanings.some(
          (meaning) => meaning.type === 'dimension' && (index.dimension(meaning.name)?.values.length ?? 0) > 0,
        ),
      )
        ? reaskInTurn(question.replace(/\bwhere\b/i, ' '))
        : null;
    if (grouped?.kind === 'query') return grouped;
    // One place to be in: no choice to offer, the answer names it.
    const only = asked?.kind === 'clarify' && placeOnly && asked.options.length === 1 ? asked.options[0] : undefined;
    if (only) return reaskInTurn(only.question);
    if (asked) return asked;
  }
  if (slots.unknown.length === 0) return null;
  const terms = slots.unknown.map((word) => `"${word}"`).join(', ');
  return {
    ...unanswerable(`I don't know what ${terms} refers to in your data`, layer),
    word: slots.unknown[0] ?? null,
  };
}

/** Phrases that were recognised but could not be given a meaning ("over 100" of what?). */
function refuseUnreadPhrases(scans: PhraseScans, layer: SemanticLayer): PlanDecision | null {
  const { rows, weekPart } = scans;
  if (rows.problems.length === 0 && !weekPart.unknown) return null;
  const what = [
    ...rows.problems,
    ...(weekPart.unknown ? [`"${weekPart.unknown}" (no day of the week in your data)`] : []),
  ];
  return { ...unanswerable(`I can't work out ${what.join(' or ')}`, layer), word: weekPart.unknown ?? null };
}

/** A word with more than one reading for the figure asked: asks which, with answerable options. */
function askAmbiguity(
  reading: Reading,
  slots: Slots,
  question: string,
  rephrased: boolean,
  layer: SemanticLayer,
  reaskOnce: (question: string) => PlanDecision,
): PlanDecision | null {
  const ambiguity = reading.ambiguities[0];
  if (!ambiguity) return null;
  if (rephrased) return unanswerable(`"${ambiguity.word}" can mean more than one thing in your data`, layer);
  // Each reading is parsed once, however many of the checks below look at it.
  const parsed = new Map<string, PlanDecision>();
  const reask = (asked: string): PlanDecision => {
    const known = parsed.get(asked) ?? reaskOnce(asked);
    parsed.set(asked, known);
    return known;
  };
  const answers = (asked: string) => reask(asked).kind === 'query';
  const alone = clarificationOptions(question, ambiguity, answers);
  const other = reading.ambiguities.find((next) => next.word !== ambiguity.word);
  // "Does TikTok or Instagram sell more": both words read alike, when that offers more readings than the first alone.
  const paired = other ? pairedOptions(question, ambiguity, other, answers) : [];
  const options = paired.length > alone.length ? paired : alone;
  // "Customers by channel": of the word's meanings, only one can answer the question (customers have an
  // acquisition channel, no sales channel), so it is no choice; the answer names the one read.
  // ("Paid customers": when only "Paid search" answers, the word was but the start of its name; asked, not taken.)
  const partial = ambiguity.readings.some((reading) => reading.partial && reading.label === options[0]?.label);
  const only = options.length === 1 ? reask(options[0]?.question ?? '') : null;
  if (only?.kind === 'query' && !partial) return only;
  if (only?.kind === 'query' && partial) {
    const option = options[0] as (typeof options)[number];
    return {
      kind: 'clarify',
      text: `By "${ambiguity.word}", did you mean ${option.label.replace(/: .*$/, '').toLowerCase()} ${option.label.replace(/^[^:]*: /, '')}? It is the only reading I can answer.`,
      word: ambiguity.word,
      options,
    };
  }
  // "Revenue by channel last month, just the online store": a value the question names says which of the word's
  // readings it is split by (Online store is a sales channel), where it is a value of one of them alone.
  const valued = ambiguity.readings.filter(
    (one) => one.value === null && reading.filters.some((filter) => filter.dimension === one.dimension),
  );
  // (Never where another value said is of another reading: "each channel (web, insta, tiktok)".)
  const others = new Set(ambiguity.readings.filter((one) => !valued.includes(one)).map((one) => one.dimension));
  const mixed = slots.items.some((item) =>
    item.meanings.some((meaning) => meaning.type === 'value' && others.has(meaning.dimension)),
  );
  const settled =
    valued.length === 1 && !mixed && reading.ambiguities.length === 1
      ? options.find((option) => option.label === valued[0]?.label)
      : undefined;
  const named = settled ? reask(settled.question) : null;
  if (named?.kind === 'query') return named;
  // "How many customers came from each channel": a count of people split by their own column (the channel they
  // came by), not by a column of the rows they lead to (their orders' sales channel). An order's channel stays
  // asked: where it was sold, or where its buyer came from.
  const own = ownColumnReading(
    options.map((option) => reask(option.question)),
    indexLayer(layer),
  );
  if (own) return own;
  if (options.length > 0) {
    const word = options === alone || !other ? ambiguity.word : `${ambiguity.word}" and "${other.word}`;
    const text = `"${word}" can mean more than one thing in your data: ${options.map((option) => option.label).join(', or ')}. Which did you mean?`;
    return { kind: 'clarify', text, word: ambiguity.word, options };
  }
  return {
    ...unanswerable(
      `"${ambiguity.word}" can mean more than one thing in your data, and I could not tell which you meant`,
      layer,
    ),
    word: ambiguity.word,
  };
}

/** Of the readings' plans, the one splitting a count of people by a column of their own table, when only one does. */
function ownColumnReading(decisions: readonly PlanDecision[], index: LayerIndex): PlanDecision | null {
  const plans = decisions.flatMap((decision) => (decision.kind === 'query' ? [decision] : []));
  if (plans.length < 2 || plans.length !== decisions.length) return null;
  const own = plans.filter(({ plan }) => {
    const metric = index.metric(plan.metrics[0] ?? '');
    return (
      plan.metrics.length === 1 &&
      metric?.aggregation === 'count' &&
      plan.dimensions.length === 1 &&
      index.dimension(plan.dimensions[0] ?? '')?.table === metric.table &&
      index.layer.tables.some((table) => table.name === metric.table && holdsPeople(table))
    );
  });
  const counts = plans.every(({ plan }) => index.metric(plan.metrics[0] ?? '')?.aggregation.startsWith('count'));
  return counts && own.length === 1 ? (own[0] ?? null) : null;
}

type Planned =
  | { readonly kind: 'plan'; readonly plan: QueryPlan; readonly change: string | null }
  | { readonly kind: 'decided'; readonly decision: PlanDecision };

/** A follow-up's opening that leans on the question before: "and for …", "what about …", "same for …". */
const FOLLOW_UP_OPENING = /^\s*(?:and|what about|how about|same for|now)\b/i;
/** A count asked for in so many words: "how many", "number of", "count". */
const COUNT_ASKED = /\b(?:how many|how much|number of|count|#|total)\b/i;

/**
 * "Only the TikTok Shop orders" after "units sold per category": the rows are narrowed, the figure stays; a count
 * of rows named beside the filter is the rows' noun, not a new figure ("just TikTok Shop revenue" does change it).
 */
function narrowedRows(reading: Reading, base: QueryPlan, question: string, index: LayerIndex): Reading {
  const [named] = reading.metrics;
  const counted = index.metric(named ?? '');
  const narrows =
    (/^\s*(?:only|just)\b/i.test(question) ||
      // "And for Instagram Shop orders?" after an average order value: the same figure, of the rows the value picks.
      (FOLLOW_UP_OPENING.test(question) &&
        !COUNT_ASKED.test(question) &&
        counted?.table === index.metric(base.metrics[0] ?? '')?.table)) &&
    reading.filters.length > 0 &&
    reading.metrics.length === 1 &&
    named !== undefined &&
    !base.metrics.includes(named) &&
    counted?.aggregation === 'count';
  return narrows ? { ...reading, metrics: [] } : reading;
}

/**
 * The reading as a plan: a change to the previous question's plan when it leans on it, a fresh plan when
 * it names a figure, else a question back about which figure.
 */
function planReading(
  reading: Reading,
  base: QueryPlan | null,
  keys: ReadonlySet<Keyword>,
  context: {
    readonly question: string;
    readonly today: string;
    readonly layer: SemanticLayer;
    readonly index: LayerIndex;
    readonly rephrased: boolean;
  },
  answerable: (question: string) => boolean,
): Planned {
  const { question, today, layer, index, rephrased } = context;
  const followUpShaped = reading.followUpCue || reading.metrics.length === 0 || reading.metricImplied;
  let plan: QueryPlan | string;
  let change: string | null = null;
  const theirs = base ? aboutTheRowsBefore(reading, base, question, today, index, followUpShaped) : null;
  // ("Cxl by sales channel": a state of rows said with no figure, counted.)
  const counted = reading.metrics.length === 0 && !base ? stateCounted(reading, index) : null;
  if (theirs !== null) {
    plan = theirs;
    if (typeof plan !== 'string') change = describeChange(base as QueryPlan, plan, layer);
  } else if (base && emptyReading(reading) && reading.leftOutAlready.length > 0) {
    // "Revenue last month" >> "and after refunds?": the figure leaves them out already; the same answer, said so.
    plan = base;
    const figure = index.metric(base.metrics[0] ?? '');
    const defined = (figure?.description ?? '').replace(/\.\s*$/, '');
    const what = defined ? `: ${defined.charAt(0).toLowerCase()}${defined.slice(1)}` : '';
    change = `${figure?.label ?? 'That figure'} already leaves out what "${reading.leftOutAlready[0] as string}" takes off${what}; the same figure`;
  } else if (base && followUpShaped && !emptyReading(reading)) {
    plan = followUp(base, narrowedRows(reading, base, question, index), today, index, TOTAL_SAID.test(question));
    if (typeof plan !== 'string') change = describeChange(base, plan, layer);
  } else if (reading.metrics.length === 0 && !base && counted !== null) {
    plan = planFrom({ ...reading, metrics: [counted] }, today, index);
  } else if (reading.metrics.length === 0) {
    const figureless = emptyReading(reading) && !keys.has('change') && !keys.has('perform') && !keys.has('count');
    if (!figureless && !rephrased) {
      const choice = figureChoice(
        question,
        layer,
        // "How much" asks for an amount of anything, money first; "how many" for a count.
        keys.has('count') && !/\bhow much\b/i.test(question),
        answerable,
        reading.figuresToOffer ?? [],
        reading.figureWord,
      );
      if (choice) return { kind: 'decided', decision: choice };
    }
    return {
      kind: 'decided',
      decision: unanswerable(
        figureless
          ? 'I could not find a question about your data in that'
          : `which figure do you want (${figureExamples(layer)})?`,
        layer,
      ),
    };
  } else {
    plan = planFrom(reading, today, index);
    // "Which product sold the most" right after "revenue last month": a short question that names no period asks
    // about the one being talked about (said in the answer, as every period is), never all time.
    if (
      typeof plan !== 'string' &&
      base &&
      base.timeRange.kind !== 'all' &&
      plan.timeRange.kind === 'all' &&
      reading.ranges.length === 0 &&
      !reading.previous &&
      plan.comparison === null &&
      question.trim().split(/\s+/).length <= 6
    ) {
      plan = { ...plan, timeRange: base.timeRange };
      change = 'Same period';
      // "Best selling product last month" >> "how many units": the figure of the row just ranked, beside it (the
      // total of every product would answer another question).
      const ranked =
        base.dimensions.length > 0 && base.limit !== null && base.sort !== null && base.sort.by !== 'period';
      if (
        ranked &&
        plan.dimensions.length === 0 &&
        plan.grain === null &&
        plan.filters.length === 0 &&
        question.trim().split(/\s+/).length <= 4 &&
        !/\b(?:total|overall|all|altogether|together|combined|every|everything|whole)\b/i.test(question)
      ) {
        const beside: QueryPlan = { ...base, metrics: [...new Set([...base.metrics, ...plan.metrics])] };
        if (checkPlan(beside, layer) === null) {
          plan = beside;
          change = 'The same rows';
        }
      }
      // "Instagram posts last month" >> "which got the most comments": among the same rows, the filters kept
      // where the new figure can hold them, and said where it cannot (never dropped silently).
      const current = plan;
      const carried = base.filters.filter(
        (filter) =>
          !current.filters.some((own) => own.dimension === filter.dimension) &&
          !current.dimensions.includes(filter.dimension),
      );
      if (carried.length > 0) {
        const kept = carried.filter(
          (filter) => checkPlan({ ...current, filters: [...current.filters, filter] }, layer) === null,
        );
        plan = { ...current, filters: [...current.filters, ...kept] };
        const dropped = carried.filter((filter) => !kept.includes(filter));
        const droppedLabels = dropped
          .map((filter) => index.dimension(filter.dimension)?.label.toLowerCase() ?? filter.dimension)
          .join(' and ');
        change =
          dropped.length === 0
            ? 'Same period and filters'
            : `Same period, but not only the same ${droppedLabels}: ${index.metric(plan.metrics[0] ?? '')?.label.toLowerCase() ?? 'this figure'} cannot be limited by it`;
      }
    }
  }
  if (typeof plan === 'string') return { kind: 'decided', decision: unanswerable(`I can't answer ${plan}`, layer) };
  return { kind: 'plan', plan, change };
}

/**
 * "Which products are selling less than last month": the things whose figure fell, which a plan cannot rank by
 * (ranking by this month's figure would answer another question); declined, naming the question that shows
 * each one's change.
 */
function refuseRankedByChange(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const against =
    /\b(?:less|more|fewer|lower|higher|worse|better) than (?:last|the previous|the prior|before|a (?:week|month|quarter|year) (?:ago|before))\b/i;
  if (!against.test(question) || plan.sort === null || plan.sort.by === 'period' || plan.dimensions.length === 0)
    return null;
  if (plan.comparison?.kind !== 'previous_period' && plan.comparison?.kind !== 'period') return null;
  const metric = index.metric(plan.metrics[0] ?? '')?.label.toLowerCase() ?? 'it';
  const dimension = index.dimension(plan.dimensions[0] ?? '')?.label.toLowerCase() ?? 'thing';
  return unanswerable(
    `I can't pick the ones that rose or fell yet (ask for "${metric} by ${dimension} this month vs last month" to see each one's change)`,
    index.layer,
  );
}

/** "By the month subscribers signed up", "by the week they joined": a breakdown by when the people arrived. */
const COHORT =
  /\bby (?:the )?(?:day|week|month|quarter|year) (?:(?:that|when|in which) )?(?:[a-z]+ ){0,2}?(?:signed up|joined|registered|subscribed|started|were acquired|came in|first (?:ordered|bought|purchased))\b|\bby (?:their |the )?(?:sign[- ]?up|signup|join|joining|registration|subscription start|acquisition|cohort|start) (?:day|week|month|quarter|year|date|cohort)s?\b/i;

/**
 * "Amount billed by the month subscribers signed up": a cohort, each figure by when its people arrived. The plan
 * buckets a figure by its own date (when it was billed), so unless the figure counts those arrivals it is declined,
 * never answered by the other date.
 */
function refuseCohort(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const said = COHORT.exec(question);
  if (!said) return null;
  const metric = index.metric(plan.metrics[0] ?? '');
  if (metric && /^created/.test(metric.time.column)) return null;
  return unanswerable(
    `I can't group ${metric?.label.toLowerCase() ?? 'a figure'} by when people signed up ("${said[0].trim()}"): it is dated by its own time, not theirs`,
    index.layer,
  );
}

/**
 * "The most expensive item we sold last week": a figure of things dated by when each was added (a list price) over a
 * period is of the things added then, not of those sold then. Declined, never answered for the other rows.
 */
function refuseSoldByCreation(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const metric = index.metric(plan.metrics[0] ?? '');
  if (!metric || metric.aggregation.startsWith('count') || !countsCreations(metric)) return null;
  if (plan.timeRange.kind === 'all' || !/\b(?:sold|sell|sells|bought|ordered|purchased)\b/i.test(question)) return null;
  return unanswerable(
    `I can't take ${metric.label.toLowerCase()} over what sold in a period yet: it is dated by when each was added, not by its sales`,
    index.layer,
  );
}

/**
 * "Revenue from posts posted in January", "top 3 posts i published in 2025 by revenue": the period is of when the
 * rows named were made, and the figure is dated by other rows (the orders). Declined, never answered for the orders
 * of that period as if they were the posts of it.
 */
function refuseMadeThen(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const metric = index.metric(plan.metrics[0] ?? '');
  const made =
    /\b([a-z]+s) (?:(?:that|which) )?(?:(?:i|we) )?(?:(?:have|had|was|were) )?(?:posted|published|uploaded|launched|added|created|put out)\b/i.exec(
      question,
    );
  if (!metric || !made || plan.timeRange.kind === 'all') return null;
  const noun = (made[1] as string).toLowerCase();
  const rows = index.layer.dimensions.find(
    (dimension) => dimension.plural.toLowerCase() === noun || `${rowNoun(dimension).toLowerCase()}s` === noun,
  );
  if (!rows?.table || rows.table === metric.time.table) return null;
  return unanswerable(
    `I can't take ${metric.label.toLowerCase()} of the ${rows.plural.toLowerCase()} ${made[0].slice(made[1]?.length ?? 0).trim()} in a period yet: it is dated by its ${metric.time.table.replaceAll('_', ' ')}, not by when the ${rows.plural.toLowerCase()} were made`,
    index.layer,
  );
}

/**
 * A condition said of rows the plan cannot put it on: "customers who spent over $300 in a single order" (on each of
 * their orders, not on what they spent in all), "days in February with revenue over $5,000" (on each day's total,
 * not on each order). Declined, never answered with the condition on other rows.
 */
function refuseConditionElsewhere(question: string, plan: QueryPlan, index: LayerIndex): PlanDecision | null {
  const condition = plan.conditions?.[0];
  if (!condition) return null;
  const rows = index.dimension(condition.dimension);
  const single = /\b(?:in|on|with|for) (?:a single|one single|one|any one|a) ([a-z]+)\b/i.exec(question);
  if (
    single &&
    rows &&
    !new RegExp(`^${single[1] as string}`, 'i').test(rowNoun(rows)) &&
    index.layer.dimensions.some((dimension) => rowNoun(dimension) === (single[1] as string).toLowerCase())
  ) {
    return unanswerable(
      `I can't put "${single[0]}" on the ${rows.plural} yet (the condition would be on what each one did in all)`,
      index.layer,
    );
  }
  const periods =
    // ("Orders from the last 7 days that had a discount over $40": the days are a period, the rows the orders.)
    /(?<!\b(?:last|past|previous|prior|recent|first) (?:\d+|[a-z]+) )\b(days|weeks|months|quarters|years)\b (?:(?:in|of|during|from|last|this|past|previous) [a-z0-9]+ (?:\d{4} )?)?(?:with|where|that had|when|having|had|that saw|saw)\b/i.exec(
      question,
    );
  // ("Which months did we bill more than 300", "revenue by month where revenue > 150k": each month's total, when the
  // rows themselves are not named.)
  const unnamed = plan.grain !== null && rows !== undefined && !new RegExp(`\\b${rowNoun(rows)}`, 'i').test(question);
  const picked = periods?.[1] ?? (unnamed ? `${plan.grain as string}s` : null);
  // ("Days last month with revenue over 5k": each day's total, never each order's.)
  if (picked !== null && rows?.values.length === 0) {
    return unanswerable(
      `I can't pick ${picked} by their own total yet (the condition would be on each ${rowNoun(rows)})`,
      index.layer,
    );
  }
  return null;
}

/**
 * "Revenue split between the online store and the shops": the split is by the thing the one value named was of,
 * every value of it (a word for the rest, "the shops", is never dropped for a total of the one named).
 */
function splitBetween(question: string, plan: QueryPlan): QueryPlan | null {
  if (!/\b(?:split|divided|broken down) (?:between|across|among)\b/i.test(question)) return null;
  const [only, ...others] = plan.filters;
  if (only === undefined || others.length > 0 || only.operator !== 'eq' || plan.dimensions.length > 0) return null;
  if (plan.comparison !== null || plan.grain !== null) return null;
  return { ...plan, filters: [], dimensions: [only.dimension] };
}

/**
 * "How much revenue did they drive", "what was its AOV", "how much did she spend on extras": a pronoun pointing back
 * at what the last answer was about.
 */
const BACK_REFERENCE =
  /\b(?:they|them|their|theirs|those|these|its|he|she|him|his|her|hers)\b|\b(?:did|does|do|has|had|was|is) each\b|\beach one\b|\b(?:in|of|for|from) each\s*[?.!]*\s*$|^\s*(?:and )?how many (?:were|are|was|is|had|have|got|came)\b|\b(?:did|does|do|was|is|has|had) it\b|\b(?:did|does|has|had) (?:that|this)(?: one)?\b(?! (?:day|week|month|quarter|year|period|time|date)s?\b)|\b(?:that|this) one(?:'s)?\b|\b(?:of|from|for|on|by|in) it\b|\bit\s*[?.!]*\s*$/i;

/** A follow-up that can only mean something of the answer before: "instead", "the worst one", "which of them". */
function pointsBack(question: string): boolean {
  return (
    /\binstead\b/i.test(question) ||
    // ("Now only Canadian customers": narrowing the answer before.)
    /^\s*(?:(?:and|ok|okay|so|right),? )?now (?:only|just)\b/i.test(question) ||
    // ("Canadian buyers only", "just the online store": a narrowing said alone, with no figure of its own.)
    /^\s*(?:(?:and|ok|okay|so|but),? )?(?:(?:only|just) (?:[a-z-]+ ){0,3}[a-z-]+|(?:[a-z-]+ ){0,3}[a-z-]+ only)\s*[?.!]*\s*$/i.test(
      question,
    ) ||
    TOP_ONE.test(question) ||
    BOTTOM_ONE.test(question) ||
    WHICH_OF_THEM.test(question) ||
    /\bthe (?:worst|best|biggest|smallest|top|bottom|first|last|second|third) one\b/i.test(question)
  );
}

/** "Which is lowest", "which one was the best": one of the rows just given, asked with no figure or thing of its own. */
const WHICH_EXTREME =
  /^\s*(?:(?:and|so|ok|okay|now|but)[, ]+)?(?:which|what|who)(?: one)? (?:is|was|has|had|did|came) (?:the )?(?:lowest|highest|best|worst|biggest|smallest|most|least|fewest|top|bottom|strongest|weakest)\s*[?.!]*\s*$/i;

/** "Restrict that to France", "break it down by country": the last answer, reshaped. */
const RESHAPE_THAT =
  /\b(?:restrict|narrow|filter|limit|trim|drill|break|split|sort|re-?sort|rank|re-?rank|chart|plot|graph)(?: (?:it|that|this|those|these|them))(?!'s|\s+(?:day|week|month|quarter|year|period|weekend|season|half|time)s?\b)(?: down)?\b/i;

/** "Same for orders", "same but revenue", "the same thing for tiktok": the question before, again. */
const SAME_AGAIN =
  /^\s*(?:and |ok |okay |now )?(?:the )?same(?: thing| again| question)?(?: for| but| with| by| on|,|$)/i;

/** "The top one", "the number one": the first row of the ranking just given. */
const TOP_ONE =
  /\b(?:the|that|your) (?:top|first|number one|no\.? ?1|#1|leading|winning) one\b|\b(?:the|that) (?:leader|winner|number one)\b/i;

/** "Which one has the lowest margin", "which of those got the most saves": one of the rows just ranked. */
const WHICH_OF_THEM =
  /\bwhich (?:one|ones|of (?:them|those|these|the (?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?: [a-z]+)?))\b/i;

/** "The bottom one", "the last one", "the second one": a row of the ranking just given by its place. */
const BOTTOM_ONE =
  /\b(?:the|that) (?:bottom|last|lowest|second|third|fourth|fifth|2nd|3rd|4th|5th|next) one\b|\b(?:the|that) (?:bottom|last) (?:row|entry|result)\b/i;

/** "In that category", "from the same country": a row of the last answer, pointed back at by its kind. */
const THAT_ROW =
  /\b(?:in|of|from|for|within|inside|on) (?:that|this|the same) (?!(?:day|week|month|quarter|year|period|time|date|span|stretch)s?\b)[a-z]+\b/i;

/** "How many orders", "units?": a figure alone, nothing else said, after an answer: about what was just answered. */
function bareFigure(reading: Reading, question: string): boolean {
  return (
    reading.metrics.length > 0 &&
    reading.ranges.length === 0 &&
    !reading.previous &&
    reading.filters.length === 0 &&
    reading.dimensions.length === 0 &&
    reading.grain === null &&
    reading.valueComparison === null &&
    reading.conditions.length === 0 &&
    !reading.share &&
    question.trim().split(/\s+/).length <= 4
  );
}

/**
 * A full question about the rows of the last answer ("top 3 posts last month" >> "how much revenue did they
 * drive"): never a new question over all time. Rows picked by a ranking keep it, with the new figure beside
 * the old ("the same 3 posts, and their revenue"); a total or breakdown keeps its rows and period, the figure
 * swapped. What the plan cannot follow is declined: the ranked rows over another period (a new ranking would pick
 * other rows), and the people a count of arrivals counted ("signups in Q2" >> "how much have they been billed":
 * a cohort). Null when the question does not point back, or the pointing back needs no help.
 */
function aboutTheRowsBefore(
  reading: Reading,
  base: QueryPlan,
  question: string,
  today: string,
  index: LayerIndex,
  followUpShaped: boolean,
): QueryPlan | string | null {
  if (
    !BACK_REFERENCE.test(question) &&
    !THAT_ROW.test(question) &&
    !TOP_ONE.test(question) &&
    !BOTTOM_ONE.test(question) &&
    !WHICH_OF_THEM.test(question) &&
    !bareFigure(reading, question)
  )
    return null;
  // "Cancellation rate by country >> those orders, list them": a rate's rows are of two kinds (the ones it counts, and
  // all of them); which ones is never guessed (nor their money listed in their place).
  const rate = index.metric(base.metrics[0] ?? '');
  if (
    rate?.aggregation === 'ratio' &&
    BACK_REFERENCE.test(question) &&
    reading.dimensions.some((name) => !base.dimensions.includes(name))
  )
    return `the rows behind ${rate.label.toLowerCase()} (the ones it counts, or all of them): ask for the ones you mean by name`;
  const ranked = base.sort !== null && base.limit !== null && base.dimensions.length > 0;
  // "Top 3 products by revenue" >> "which one has the lowest margin": one of those 3, never a new ranking of every
  // product (which named one not in the list). The same rows, the new figure beside the old, each row's said.
  if (ranked && WHICH_OF_THEM.test(question) && reading.dimensions.length === 0 && reading.valueComparison === null) {
    if (reading.ranges.length > 0 || reading.previous || reading.filters.length > 0 || reading.conditions.length > 0)
      return 'a ranking within the rows of the last answer under another period or condition (name them instead)';
    const added = reading.metrics.filter((metric) => !base.metrics.includes(metric));
    return { ...base, metrics: [...base.metrics, ...added] };
  }
  if (ranked && reading.dimensions.length === 0 && (reading.ranges.length > 0 || reading.previous)) {
    return 'a figure of the rows of the last answer over another period (a new ranking would pick other rows: name them instead)';
  }
  // "Top product last month" >> "how many of those got refunded", "how many of them are from Canada": the same rows
  // under a new condition; filtering first would rank other rows.
  const newFilter = reading.filters.some(
    (filter) =>
      !base.filters.some(
        (known) => known.dimension === filter.dimension && known.values.join('|') === filter.values.join('|'),
      ),
  );
  if (ranked && (newFilter || reading.conditions.length > 0)) {
    return 'a new condition on the rows of the last answer (filtering first would rank other rows: name them instead)';
  }
  // "Top 3 invoices" >> "what plan were they on": a trait of each row ranked, beside it; the ranking stays.
  const traits = traitsOfRanked(base, reading.dimensions, index);
  if (
    traits !== null &&
    reading.metrics.every((metric) => base.metrics.includes(metric)) &&
    (BACK_REFERENCE.test(question) || THAT_ROW.test(question))
  )
    return withTraits(base, traits);
  // "Which category sold the most" >> "what were the top products in it / in that category": a breakdown within the
  // rows just ranked, which the plan cannot hold (it would drop them for every row).
  if (
    ranked &&
    (BACK_REFERENCE.test(question) || THAT_ROW.test(question)) &&
    reading.dimensions.some((dimension) => !base.dimensions.includes(dimension))
  ) {
    return 'a breakdown within the rows of the last answer (name the one you mean instead, as in "<that one> by <what to split by>")';
  }
  // "The bottom one", "the last one" of a top 5: a row by its place, which no ranking of the plan picks.
  if (ranked && BOTTOM_ONE.test(question))
    return 'a row of the ranking just given by its place (name the one you mean instead)';
  // "How much profit did the top one make", "what share of the total did the top one have" after a top 3: the
  // first row of the same ranking, with the new figure (or its share of everything) beside it.
  if (ranked && TOP_ONE.test(question) && reading.dimensions.length === 0 && reading.valueComparison === null) {
    const added = reading.metrics.filter((metric) => !base.metrics.includes(metric));
    if (reading.share) return { ...base, limit: 1, share: { dimension: null } };
    return { ...base, limit: 1, metrics: [...base.metrics, ...added] };
  }
  // "AOV by country last month" >> "how many orders did the top one have": the row with the most of the figure just
  // broken down, with the new figure beside it; never a new ranking by the new figure (which named another row).
  // A breakdown of that one row ("the top one by month") is not one plan: declined.
  const breakdown = !ranked && base.dimensions.length > 0 && base.grain === null && base.comparison === null;
  if (breakdown && (TOP_ONE.test(question) || BOTTOM_ONE.test(question))) {
    const figure = base.metrics[0];
    const direction = TOP_ONE.test(question) ? 'desc' : /\b(?:bottom|last|lowest)\b/i.test(question) ? 'asc' : null;
    if (
      figure === undefined ||
      direction === null ||
      reading.dimensions.length > 0 ||
      reading.grain !== null ||
      reading.valueComparison !== null ||
      reading.share
    )
      return 'a row of the last answer by its place, broken down again (name the one you mean instead)';
    const added = reading.metrics.filter((metric) => !base.metrics.includes(metric));
    return { ...base, sort: { by: figure, direction }, limit: 1, metrics: [...base.metrics, ...added] };
  }
  // "List customers who signed up in january" >> "revenue from them": the figure of the people who arrived then,
  // followed over time, which no plan holds (the period would date the new figure's rows instead).
  const arrived = index.metric(base.metrics[0] ?? '');
  const ofThem = reading.metrics
    .map((name) => index.metric(name))
    .find((figure) => figure && figure.table !== arrived?.table);
  if (
    !ranked &&
    arrived &&
    countsCreations(arrived) &&
    base.timeRange.kind !== 'all' &&
    ofThem &&
    BACK_REFERENCE.test(question)
  )
    return `${ofThem.label.toLowerCase()} of the ${arrived.label.toLowerCase()} counted before (the ones that arrived then, followed over time)`;
  // "And their AOV" after "top 3 countries by orders": follow-up shaped, but about the same rows all the same.
  const sameRows = ranked && BACK_REFERENCE.test(question);
  if ((followUpShaped && !sameRows) || reading.metrics.length === 0) return null;
  if (reading.dimensions.length > 0 || reading.valueComparison !== null || reading.share) return null;
  const named = reading.metrics.filter((metric) => !base.metrics.includes(metric));
  if (named.length === 0) return null;
  const counted = index.metric(base.metrics[0] ?? '');
  // ("Products launched this year" >> "how much have they sold": listed or counted, the same cohort.)
  if (!ranked && counted && countsCreations(counted)) {
    const figure = index.metric(named[0] as string);
    if (figure && figure.table !== counted.table)
      return `${figure.label.toLowerCase()} of the ${counted.label.toLowerCase()} counted before (the ones that arrived then, followed over time)`;
  }
  if (ranked)
    return followUp({ ...base, metrics: [...base.metrics, ...named] }, { ...reading, metrics: [] }, today, index);
  return followUp(base, reading, today, index, TOTAL_SAID.test(question));
}

/**
 * "Which customers are the biggest buyers" read as customers ranked by customers who bought: a count of the
 * ranked rows themselves is 1 for each, so the ranking would pick rows at random. Ask by which of their
 * figures instead (or say so, when no figure makes the question answerable).
 */
function rankedByOwnCount(
  plan: QueryPlan,
  question: string,
  rephrased: boolean,
  layer: SemanticLayer,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const index = indexLayer(layer);
  const ranked = index.dimension(plan.dimensions[0] ?? '');
  const metric = index.metric(plan.sort?.by ?? '');
  if (!ranked || !metric || plan.sort === null || !countsRowsOf(metric, ranked)) return null;
  // ("Top 3 staff by shifts": a column of the rows that is no key of theirs, each name on many rows, counts them.)
  if (metric.table === ranked.table && !entityDimensions(layer).has(ranked.name) && !/_id$/.test(ranked.name))
    return null;
  const choice = rephrased ? null : figureChoice(question, layer, false, answerable, figuresFor(ranked, index));
  return (
    choice ??
    unanswerable(
      `I can't rank ${ranked.plural} by ${metric.label.toLowerCase()}: each counts once. Say which figure to rank them by`,
      layer,
    )
  );
}

/**
 * "Refund rate for paid orders": a rate the layer works out from a column itself (refunded orders over paid and
 * refunded ones, by status) taken over rows kept to one value of that column is no longer that rate (0% here, or
 * 100%), a wrong figure presented as the rate. Said instead, naming how the rate is defined.
 */
function rateOverItsOwnColumn(plan: QueryPlan, layer: SemanticLayer): string | null {
  const index = indexLayer(layer);
  for (const filter of plan.filters) {
    const dimension = index.dimension(filter.dimension);
    if (!dimension || filter.operator === 'neq') continue;
    for (const name of plan.metrics) {
      const metric = index.metric(name);
      // (The column as a whole word of the expression: "orders.status" is not inside "orders.status_code".)
      const column = new RegExp(`(?<![\\w.])${escapeRegExp(dimension.expression)}(?!\\w)`);
      if (!metric || metric.aggregation !== 'ratio' || !column.test(metric.expression)) continue;
      const values = filter.values.map(
        (value) => dimension.values.find((known) => known.value === value)?.label ?? value,
      );
      return `${metric.label.toLowerCase()} is worked out from ${dimension.label.toLowerCase()} itself (${metric.description.replace(/\.$/, '') || 'see its definition'}), so it cannot be taken over ${values.join(' or ')} ${index.layer.tables.find((table) => table.name === metric.table)?.name.replaceAll('_', ' ') ?? 'rows'} alone: ask for the ${metric.label.toLowerCase()} itself`;
    }
  }
  return null;
}

/**
 * "Longest open tickets", "which urgent tickets are still open" by resolution time, which counts solved tickets only
 * (its own filter, `tickets.status = 'solved'`, that the status asked does not override): no row the plan keeps has
 * that figure, so the answer would be empty, or the figure of other rows. Said instead, naming what it counts.
 */
function filterTheFigureExcludes(plan: QueryPlan, layer: SemanticLayer): string | null {
  const index = indexLayer(layer);
  for (const filter of plan.filters) {
    const dimension = index.dimension(filter.dimension);
    if (!dimension || (filter.operator !== 'eq' && filter.operator !== 'in')) continue;
    const column = normalizeSql(dimension.expression);
    for (const name of plan.metrics) {
      const metric = index.metric(name);
      for (const own of metric?.filters ?? []) {
        if (own.overriddenBy === filter.dimension) continue;
        const said = /^\s*([\w.]+)\s*=\s*'([^']*)'\s*$/.exec(own.sql);
        if (!metric || !said || normalizeSql(said[1] as string) !== column) continue;
        const kept = (said[2] as string).toLowerCase();
        if (filter.values.some((value) => value.toLowerCase() === kept)) continue;
        const label = (value: string) => dimension.values.find((known) => known.value === value)?.label ?? value;
        return `${metric.label.toLowerCase()} counts only ${dimension.label.toLowerCase()} ${label(kept)} rows, so it has no value for ${filter.values.map(label).join(' or ')} ones (ask for another figure of them, such as how many)`;
      }
    }
  }
  return null;
}

/** An open "upcoming" range (to the last day of any rows ahead) ended at the last day of the figure's own column. */
function ownLastDay<T extends { from: string | null; to: string | null }>(
  range: T,
  ahead: ReadonlyMap<string, string>,
  column: string,
): T {
  const own = ahead.get(column);
  const last = lastDayAhead(ahead);
  return own !== undefined && range.to === addDays(last, 1) && own < last ? { ...range, to: addDays(own, 1) } : range;
}

/** The plan checked against its model, the calendar and the layer, then sent as the query. */
function checkedQuery(
  plan: QueryPlan,
  change: string | null,
  question: string,
  today: string,
  layer: SemanticLayer,
  /** Time columns holding rows dated ahead (see `ParseRequest.ahead`): a period ahead is theirs to answer. */
  ahead?: ReadonlyMap<string, string>,
): PlanDecision {
  if (!queryPlanModel.safeParse(plan).success)
    return unanswerable('the period or the number of rows asked for is not possible', layer);
  const span = resolveTimeRange(plan.timeRange, today);
  // ("Next week", "upcoming" over rows dated ahead, events or bookings: their dates, read on.)
  const time = indexLayer(layer).metric(plan.metrics[0] ?? '')?.time;
  const saidAhead = plan.timeRange.kind === 'absolute' && plan.timeRange.ahead === true;
  const aheadAsked = saidAhead && time !== undefined && ahead?.has(timeColumnOf(time)) === true;
  if (saidAhead && !aheadAsked) return unanswerable(FORECAST, layer);
  // ("Upcoming cancellations": to the last of the figure's own rows, never another table's last day.)
  if (aheadAsked && plan.timeRange.kind === 'absolute')
    plan = { ...plan, timeRange: ownLastDay(plan.timeRange, ahead, timeColumnOf(time)) };
  if (!aheadAsked && span.from !== null && span.from > today) {
    return unanswerable('that period is in the future, and I report on what has happened', layer);
  }
  // "Since March" asked on March 1: the period starts today, and the data runs through yesterday.
  if (!aheadAsked && plan.timeRange.kind === 'absolute' && span.from === today && plan.comparison === null) {
    return unanswerable('that period starts today, and your data runs through yesterday', layer);
  }
  const problem = checkPlan(plan, layer) ?? rateOverItsOwnColumn(plan, layer) ?? filterTheFigureExcludes(plan, layer);
  if (problem) return unanswerable(problem, layer);
  const empty = notStartedYet(question, plan, today, layer);
  if (empty) return empty;
  const weeks = withLayerWeeks(plan, today, layer);
  return { kind: 'query', plan: weeks, summary: describePlan(weeks, layer), change };
}
