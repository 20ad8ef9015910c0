import { median } from 'simple-statistics';
import type { Citation } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import { dimensionInfo, numericCells, rowLabel, unlinkedRows, type ResultShape } from './result-shape.js';
import { filterTerms } from './filter-phrase.js';
import { RUN_PAST_TODAY } from './data-start.js';
import type { QueryResult } from '../../warehouse/warehouse.js';

/**
 * Checks the claims an answer's sentences make, not just its numbers: who leads, comes second or is lowest
 * (and that no tie is written as a ranking); "leads" for a metric where lower is better; a multiple of the
 * median or average attached to the row it belongs to; the direction of a change; the periods named; and
 * that a rate over several rows is never averaged (the layer defines it as a ratio of sums); and that no sentence
 * gives a cause ("driven by", "because"), which no table can show; and that the answer names every filter the
 * plan applied, so "orders: 51" never hides "cancelled". Any answer,
 * offline or from a model, goes through it; a claim it finds false rejects the answer.
 */

interface Point {
  readonly row: number;
  readonly value: number;
}

const TOLERANCE = 0.051;

/** Words that claim a rank, and the rank they claim. */
const RANK_CLAIMS: readonly { readonly pattern: RegExp; readonly rank: 'first' | 'second' | 'last' | 'listEnd' }[] = [
  {
    pattern:
      /\b(?:leads|tops|has the highest|has the higher|has the most|is (?:the )?highest|comes first|ranks first|is (?:the )?top|is the best)\b/i,
    rank: 'first',
  },
  { pattern: /\b(?:comes second|is second|ranks second)\b/i, rank: 'second' },
  { pattern: /\b(?:has the lowest|is (?:the )?lowest|comes last|ranks last|trails)\b/i, rank: 'last' },
  { pattern: /\brounds out the (?:list|(?:top|bottom) [\d,]+)\b/i, rank: 'listEnd' },
];

const BEST_WORDS = /\b(?:leads|tops|is the best|best|strongest|winner)\b/i;
const UP_WORDS = /\b(?:up|rose|grew|increased|higher than|gained)\b/i;
const DOWN_WORDS = /\b(?:down|fell|dropped|decreased|declined|lower than|shrank)\b/i;
/**
 * Words that give a reason for what the data shows. A result says what happened, never why: such a claim
 * cannot be checked against the table, so it is rejected like a figure that cannot be traced.
 */
const CAUSE_WORDS =
  /\b(?:because(?: of)?|due to|driven by|thanks to|as a result of|caused by|owing to|fu?ell?ed by|boosted by|on the back of|explained by|attributable to)\b/i;
const RELATIVE_PERIODS =
  /\b(?:yesterday|today|this (?:week|month|quarter|year)|last (?:week|month|quarter|year)|(?:last|past) \d+ (?:days|weeks|months|quarters|years))\b/gi;

/** Sentences with their start offsets, split after . ! ? followed by a space or the end (not inside 8.5). */
function sentences(text: string, names: readonly string[]): { text: string; start: number }[] {
  // A name may hold a full stop ("Back in stock. Grab yours"): it never ends a sentence.
  let masked = text;
  for (const name of names) {
    if (!/[.!?]/.test(name)) continue;
    masked = masked.split(name).join(name.replace(/[.!?]/g, '_'));
  }
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of masked.matchAll(/[.!?](?=\s+\S|\s*$)/g)) {
    const end = match.index + 1;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push({ text: sentence, start: text.indexOf(sentence, start) });
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, start: text.indexOf(rest, start) });
  return out;
}

function parseMultiple(text: string): number | null {
  const match = /(\d+(?:\.\d+)?)\s*(?:×|x\b|times)/i.exec(text);
  return match ? Number(match[1]) : null;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-9) + 0.05;
}

export interface ClaimContext {
  readonly plan: QueryPlan;
  readonly result: QueryResult;
  readonly shape: ResultShape;
  /** False when lower values are better (refund rate): "leads" would praise the worst. */
  readonly higherIsBetter: boolean;
  /** Period phrases the answer may name: the plan's and its comparison's (" last month" → "last month"). */
  readonly periods: readonly string[];
  /** The answer's citations (figure spans and their computations), from the grounding. */
  readonly citations: readonly Citation[];
}

/** The first claim found false, as a reason to give the writer; null when every claim holds. */
export function checkClaims(text: string, context: ClaimContext): string | null {
  const { result, shape } = context;
  const lowerText = text.toLowerCase();
  for (const filter of context.plan.filters) {
    if ((shape.dimensions.includes(filter.dimension) && filter.operator !== 'mentions') || text.trim() === '') continue;
    const info = dimensionInfo(shape, filter.dimension);
    const named = filter.values.some(
      (value, at) =>
        lowerText.includes(info.valueLabel(value).toLowerCase()) ||
        lowerText.includes(value.toLowerCase()) ||
        (filter.labels?.[at] !== undefined && lowerText.includes(filter.labels[at].toLowerCase())),
    );
    if (!named) {
      const term = filterTerms({ ...context.plan, filters: [filter] }, shape)[0]?.text ?? filter.dimension;
      return `the answer leaves out that it covers ${filter.operator === 'neq' ? 'everything except' : 'only'} ${term}: say so.`;
    }
  }
  const primary = shape.primary;
  const grouped = shape.dimensions.length > 0 && shape.time === null;
  // (Rows linked to no value of the one breakdown, "revenue by plan" where a member is gone: no rank of their own.)
  const unlinked = unlinkedRows(result, shape);
  const points: Point[] =
    primary === null
      ? []
      : numericCells(result, primary).flatMap((value, row) =>
          value === null || unlinked.has(row) ? [] : [{ row, value }],
        );
  const labels = new Map<string, number[]>();
  if (grouped) {
    for (let row = 0; row < result.rows.length; row += 1) {
      const label = rowLabel(result, shape, row).toLowerCase();
      labels.set(label, [...(labels.get(label) ?? []), row]);
    }
  }
  const subjectOf = (sentence: string): number | null => {
    const lower = sentence.toLowerCase().replace(/^(?:the |and |so |but )/, '');
    let best: { label: string; rows: number[] } | null = null;
    for (const [label, rows] of labels) {
      if (lower.startsWith(label) && (best === null || label.length > best.label.length)) best = { label, rows };
    }
    return best && best.rows.length === 1 ? (best.rows[0] as number) : null;
  };
  const ascending = context.plan.sort?.direction === 'asc';
  const ordered = [...points].sort((a, b) => (ascending ? a.value - b.value : b.value - a.value));
  const byValue = [...points].sort((a, b) => b.value - a.value);
  const valueOf = (row: number) => points.find((point) => point.row === row)?.value;
  const tiedWith = (row: number) => {
    const value = valueOf(row);
    return points.filter((point) => point.row !== row && point.value === value);
  };
  const name = (row: number) => rowLabel(result, shape, row);

  let previousSubject: number | null = null;
  const names = shape.dimensions.length > 0 ? result.rows.map((_, row) => rowLabel(result, shape, row)) : [];
  for (const sentence of sentences(text, names)) {
    const subject = grouped ? subjectOf(sentence.text) : null;
    const who: number | null = subject ?? (/^(?:it|this|that)\b/i.test(sentence.text) ? previousSubject : null);

    // "So Canada is ahead by 0.8 points" of a refund rate: a gap in a metric where lower is better is no lead.
    if (!context.higherIsBetter && /\b(?:is|are|comes out|stays) ahead\b/i.test(sentence.text)) {
      return `"${sentence.text}" praises the higher value of a metric where lower is better: say "higher".`;
    }

    if (grouped && who !== null && points.length >= 2) {
      for (const claim of RANK_CLAIMS) {
        if (!claim.pattern.test(sentence.text)) continue;
        // "X and Y tie": a ranking between equal values is not a claim this checks against, it is the wording to use.
        if (/\btie[ds]?\b|\btied\b/i.test(sentence.text)) continue;
        const ties = tiedWith(who);
        if (ties.length > 0)
          return `"${sentence.text}" ranks ${name(who)}, but it has the same value as ${ties.map((tie) => name(tie.row)).join(', ')}: say they are tied.`;
        const value = valueOf(who);
        const top = byValue[0]?.value;
        const bottom = byValue.at(-1)?.value;
        const wrong =
          (claim.rank === 'first' && value !== top) ||
          (claim.rank === 'last' && value !== bottom) ||
          (claim.rank === 'second' && ordered[1]?.row !== who) ||
          (claim.rank === 'listEnd' && ordered.at(-1)?.row !== who);
        if (wrong) return `"${sentence.text}" is not what the result shows for ${name(who)}.`;
        if (claim.rank === 'first' && !context.higherIsBetter && BEST_WORDS.test(sentence.text)) {
          return `"${sentence.text}" praises the highest value of a metric where lower is better: say "has the highest".`;
        }
      }
    }

    // "The trend is upward: from 7,484 to 5,130 (down 31.5%)": a direction the figures it quotes contradict.
    const trend = /\b(?:trend is|trended) (upward|downward)\b/i.exec(sentence.text)?.[1]?.toLowerCase();
    const moved = /\((up|down) [\d.,]+%\)/i.exec(sentence.text)?.[1]?.toLowerCase();
    if (trend !== undefined && moved !== undefined && (trend === 'upward') !== (moved === 'up'))
      return `"${sentence.text}" calls the trend ${trend}, but the figures it quotes went ${moved}.`;

    const multiple = /\b(?:stands? out|×|times)\b/i.test(sentence.text) ? parseMultiple(sentence.text) : null;
    if (multiple !== null && points.length > 0 && /\b(?:median|average)\b/i.test(sentence.text)) {
      const base = /\bmedian\b/i.test(sentence.text)
        ? median(points.map((point) => point.value))
        : points.reduce((sum, point) => sum + point.value, 0) / points.length;
      if (grouped && who === null) return `"${sentence.text}" does not say which row the multiple belongs to.`;
      if (who !== null && base !== 0) {
        const row = who;
        const own = (valueOf(row) ?? Number.NaN) / base;
        if (!close(own, multiple))
          return `"${sentence.text}": ${name(row)} is ${own.toFixed(1)}× the ${/\bmedian\b/i.test(sentence.text) ? 'median' : 'average'}, not ${multiple}×.`;
      }
    }

    if (
      primary !== null &&
      !shape.info.get(primary)?.additive &&
      /\baverag(?:e|ed|es|ing)\b/i.test(sentence.text) &&
      points.length > 1
    ) {
      const averaged = context.citations.some(
        (citation) =>
          citation.start >= sentence.start &&
          citation.end <= sentence.start + sentence.text.length &&
          /average/.test(citation.computation) &&
          citation.cells.some((cell) => cell.column === primary),
      );
      if (averaged)
        return `"${sentence.text}" averages ${shape.info.get(primary)?.label ?? primary} across rows; over a period it is the ratio of sums, not the mean of the rows.`;
    }

    // The metric a sentence is about: the first whose label it names, else the primary one.
    const about =
      shape.metrics
        .map((metric) => ({
          metric,
          at: sentence.text.toLowerCase().indexOf((shape.info.get(metric)?.label ?? metric).toLowerCase()),
        }))
        .filter((entry) => entry.at >= 0)
        .sort((a, b) => a.at - b.at)[0]?.metric ?? primary;
    // (Beside a period still running, the change said is against its same days, the whole period said after.)
    const prior = about === null ? undefined : (shape.sameDays.get(about) ?? shape.previous.get(about));
    if (about !== null && prior !== undefined && result.rows.length === 1 && !grouped) {
      const now = numericCells(result, about)[0];
      const before = numericCells(result, prior)[0];
      if (now === null || now === undefined) continue;
      if (before !== null && before !== undefined && now !== before) {
        const rose = now > before;
        if (rose && DOWN_WORDS.test(sentence.text) && !UP_WORDS.test(sentence.text))
          return `"${sentence.text}" says it went down, but it went up.`;
        if (!rose && UP_WORDS.test(sentence.text) && !DOWN_WORDS.test(sentence.text))
          return `"${sentence.text}" says it went up, but it went down.`;
      }
    }

    // A follow-up's "what changed" sentence names the previous question's period on purpose.
    // Names (a caption that says "today") are not claims about the period: only the rest of the sentence is.
    // (Nor is the note on rows dated ahead, "your viewings run on past today", which says where the rows end.)
    let bare = sentence.text.replace(/“[^”]*”|"[^"]*"/g, ' ').replaceAll(RUN_PAST_TODAY, ' ');
    for (let row = 0; row < result.rows.length && shape.dimensions.length > 0; row += 1)
      bare = bare.split(rowLabel(result, shape, row)).join(' ');
    const cause = CAUSE_WORDS.exec(bare);
    if (cause)
      return `"${sentence.text}" gives a reason ("${cause[0]}") that the result cannot show: say only what the data shows.`;
    const periodsNamed = /\binstead of\b/i.test(bare) ? [] : bare.matchAll(RELATIVE_PERIODS);
    for (const match of periodsNamed) {
      const named = match[0].toLowerCase();
      if (!context.periods.some((period) => period.includes(named))) {
        return `"${sentence.text}" names ${named}, but the answer covers ${context.periods[0] ?? 'another period'}.`;
      }
    }
    if (who !== null) previousSubject = who;
  }
  return null;
}
