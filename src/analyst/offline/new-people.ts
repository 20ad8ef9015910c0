import { capitalize } from '../sentence-case.js';
import type { PlanDecision } from '../analyst.js';
import { scanTime } from './time-expressions.js';

/**
 * "How many orders over $100 from new customers in the UK this month", "billed to new subscribers last quarter":
 * "new" may mean the people who joined in that period, or those buying for the first time, which the data cannot
 * tell apart. Asked: the figure from the people who joined then (the cohort the parser reads, "from customers who
 * joined this month", the figure keeping its own period), or from all of them. Only when the question says exactly
 * one period: "new" alone says no span to join in.
 */
const FROM_NEW_PEOPLE =
  /\b(from|to|among|for|(?<!\b(?:number|numbers|count|total|tally|share|percentage|percent|proportion|fraction|rate|ratio|list|names|ids|all|most|many|some|none|each|any|which|growth|trend|amount|how many) )of|by) (?:our |my |the )?(?:brand[- ])?new (customers|subscribers|buyers|shoppers|clients|members|users|accounts)\b/i;

/**
 * "Revenue from new customers", "clicks of new subscribers" with no period: "new" says no span to have joined in, so
 * the people meant are unknown; the phrase, to be named rather than dropped. Null when a period is said (asked about
 * above) or there is no such phrase.
 */
export function newPeopleWithoutPeriod(question: string, today: string): string | null {
  const match = newPeopleSaid(question);
  if (!match || scanTime(question.toLowerCase(), today).mentions.length > 0) return null;
  return match[0].replace(/^(?:from|to|among|for|of|by) /i, '');
}

/** "From new customers", "of new subscribers": the people said new; never "top 3 countries for new customers". */
function newPeopleSaid(question: string): RegExpExecArray | null {
  const match = FROM_NEW_PEOPLE.exec(question);
  // ("Top 3 countries for new customers": ranked by how many joined, the count itself.)
  const ranked =
    match !== null &&
    /^for$/i.test(match[1] as string) &&
    /\b(?:top|bottom|best|worst|most|least|fewest|rank|ranked|which)\b/i.test(question);
  return ranked ? null : match;
}

export function askNewPeople(
  question: string,
  today: string,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const spent = NEW_PEOPLE_SPENT.exec(question);
  if (spent) return askNewPeopleSpent(question, spent, today, answerable);
  const match = newPeopleSaid(question);
  if (!match) return null;
  const mentions = scanTime(question.toLowerCase(), today).mentions;
  const mention = mentions[0];
  if (mentions.length !== 1 || mention === undefined) return null;
  const said = mention.text.trim();
  if (said === '') return null;
  const [connective, people] = [match[1] as string, match[2] as string];
  // The figure's period said before the people, the same period after "joined": "amount billed last quarter to
  // subscribers who joined last quarter".
  const at = question.toLowerCase().indexOf(said);
  const without = `${question.slice(0, at)}${question.slice(at + said.length)}`.replace(/\s{2,}/g, ' ').trim();
  const options = [
    {
      label: `${capitalize(people)} who joined ${said}`,
      question: without.replace(FROM_NEW_PEOPLE, `${said} ${connective} ${people} who joined ${said}`),
    },
    // (All of them: the question without the people, which every row is of.)
    {
      label: `All ${people}`,
      question: question
        .replace(FROM_NEW_PEOPLE, '')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    },
  ].filter((option) => answerable(option.question));
  return whichNewPeople(people, said, options);
}

/** "How much did new customers spend last month", "what did new subscribers pay in june": new people as the payers. */
const NEW_PEOPLE_SPENT =
  /\b(how much|what) (did|do|does|have|has) (?:our |my |the )?(?:brand[- ])?new (customers|subscribers|buyers|shoppers|clients|members|users|accounts) (spend|spent|pay|paid|buy|bought)\b/i;

/**
 * "How much did new customers spend last month": the same two readings as "from new customers", said with the
 * people as the ones who spent ("how much did customers who joined last month spend last month", or all of them);
 * never the spending of every customer with "new" dropped.
 */
function askNewPeopleSpent(
  question: string,
  match: RegExpExecArray,
  today: string,
  answerable: (question: string) => boolean,
): PlanDecision | null {
  const mentions = scanTime(question.toLowerCase(), today).mentions;
  const mention = mentions[0];
  if (mentions.length !== 1 || mention === undefined || mention.text.trim() === '') return null;
  const said = mention.text.trim();
  const [, how, verb, people, spend] = match as unknown as [string, string, string, string, string];
  const options = [
    {
      label: `${capitalize(people)} who joined ${said}`,
      question: question.replace(match[0], `${how} ${verb} ${people} who joined ${said} ${spend}`),
    },
    { label: `All ${people}`, question: question.replace(match[0], `${how} ${verb} ${people} ${spend}`) },
  ].filter((option) => answerable(option.question));
  return whichNewPeople(people, said, options);
}

/** The question back about "new": those who joined in the period said, or all of them; null unless both answer. */
function whichNewPeople(
  people: string,
  said: string,
  options: readonly { readonly label: string; readonly question: string }[],
): PlanDecision | null {
  if (options.length < 2) return null;
  return {
    kind: 'clarify',
    text: `"New ${people}" can mean the ${people} who joined ${said}, or those buying for the first time, which your data does not tell apart. Which did you mean?`,
    word: 'new',
    options: [...options],
  };
}
