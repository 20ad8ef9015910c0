import { filterNames } from './filter-phrase.js';
import { describeJoined } from '../describe-plan.js';
import type { Citation, Interpretation, InterpretationCheck } from '../analyst.js';
import type { QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import { parseIsoDate } from './format.js';
import { COMPUTATION } from './cited-text.js';
import { datedPreviousRange, periodPhrase } from './period-phrase.js';
import { checkClaims } from './claims.js';
import { buildCandidates, pad, resolveCells, type Candidate } from './supported-figures.js';
import {
  analyzeShape,
  cellText,
  dimensionInfo,
  dimensionLabel,
  rowLabel,
  type Presentation,
  type ResultShape,
} from './result-shape.js';

/**
 * The grounding check: every number in an answer must be traceable to a cell of the result or to a value
 * computed from it (totals, shares, differences, changes, ratios, averages, medians, counts, ranks), within
 * the rounding its formatting implies. It reads text from anyone — the offline interpreter or a model —
 * and derives every candidate value itself, so a changed or invented figure is caught and named.
 */

export interface GroundingOptions {
  readonly presentation?: Presentation;
  /** The asker's today and where the data begins: the days each period covers, for figures said per day. */
  readonly today?: string;
  readonly dataStart?: string | null;
}

/** A number (or date) found in the text. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Grounding {
  /** One citation per number that could be traced. */
  readonly citations: Citation[];
  /** The numbers that could not. */
  readonly ungrounded: Token[];
}

const APPROXIMATE =
  /(?:about|around|roughly|approximately|approx\.?|nearly|almost|over|under|more than|less than|close to|just over|just under|some|~)\s*$/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)));
}

/** Date patterns, most specific first; each yields the key the grounding looks up. */
const DATE_PATTERNS: { pattern: RegExp; key: (match: RegExpExecArray) => string | null }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?\b/g, key: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    key: (m) => `${m[3]}-${pad(monthIndex(m[1] ?? '') + 1)}-${pad(Number(m[2]))}`,
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`, 'gi'),
    key: (m) => `${m[3]}-${pad(monthIndex(m[2] ?? '') + 1)}-${pad(Number(m[1]))}`,
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{4})\\b`, 'gi'),
    key: (m) => `${m[2]}-${pad(monthIndex(m[1] ?? '') + 1)}`,
  },
  { pattern: /\bQ([1-4])\s+(\d{4})\b/g, key: (m) => `${m[2]}-Q${m[1]}` },
  { pattern: /\b(\d{4})\s+Q([1-4])\b/g, key: (m) => `${m[1]}-Q${m[2]}` },
  { pattern: /\b(\d{4})-(\d{2})\b/g, key: (m) => `${m[1]}-${m[2]}` },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi'),
    key: (m) => `${pad(monthIndex(m[1] ?? '') + 1)}-${pad(Number(m[2]))}`,
  },
  { pattern: /\bQ([1-4])\b/g, key: (m) => `Q${m[1]}` },
];

const NUMBER =
  /(?<![\w.,:])([-−+])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:\s?(k|K|thousand|m|M|mn|million|bn|B|billion)\b)?(\s?%|\s?percent(?:age points?)?\b|\s?pp\b|\s?points?\b|\s?×|x\b|\s?times\b|st\b|nd\b|rd\b|th\b)?/g;

const SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  B: 1e9,
  billion: 1e9,
};

/** Text that names things rather than measures them: dimension values, titles, captions, labels. */
function namingTexts(plan: QueryPlan, result: QueryResult, shape: ResultShape): string[] {
  const names = new Set<string>();
  result.columns.forEach((column, index) => {
    const isDimension = shape.dimensions.includes(column.name);
    for (const row of result.rows) {
      const cell = row[index] ?? null;
      if (typeof cell === 'string' && !/^-?\d+(\.\d+)?$/.test(cell) && parseIsoDate(cell) === null) {
        names.add(cell);
        names.add(cellText(cell));
      }
      if (isDimension) names.add(dimensionInfo(shape, column.name).valueLabel(cell));
    }
  });
  for (let row = 0; row < result.rows.length; row += 1) {
    names.add(rowLabel(result, shape, row));
    for (const dimension of shape.dimensions) names.add(dimensionLabel(result, shape, row, dimension));
  }
  for (const info of shape.info.values()) names.add(info.label);
  for (const name of filterNames(plan, shape)) names.add(name);
  // ("Counting only customers who joined in January 2026": the people the plan keeps, said as it says them.)
  if (plan.joined) names.add(describeJoined(plan.joined));
  return [...names].filter((name) => /[a-z]/i.test(name) && /\d/.test(name)).sort((a, b) => b.length - a.length);
}

/** Blanks out `[start, end)` keeping offsets. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function within(value: number, target: number, tolerance: number): boolean {
  return Math.abs(Math.abs(value) - Math.abs(target)) <= tolerance + 1e-9 * Math.max(1, Math.abs(target));
}

/** Finds every number and date in `text` and traces each to the result. */
export function groundText(
  text: string,
  plan: QueryPlan,
  result: QueryResult,
  options: GroundingOptions & { trusted?: readonly Citation[] } = {},
): Grounding {
  const shape = analyzeShape(plan, result, options.presentation);
  const candidates = buildCandidates(plan, result, shape, options);
  const citations: Citation[] = [];
  const ungrounded: Token[] = [];
  let masked = text;

  for (const citation of options.trusted ?? []) {
    const fromElsewhere =
      citation.computation === COMPUTATION.followUp || citation.computation === COMPUTATION.dataStart;
    if (fromElsewhere && text.slice(citation.start, citation.end) === citation.text) {
      citations.push(citation);
      masked = blank(masked, citation.start, citation.end);
    }
  }
  for (const name of namingTexts(plan, result, shape)) {
    let at = masked.indexOf(name);
    while (at !== -1) {
      masked = blank(masked, at, at + name.length);
      at = masked.indexOf(name, at + name.length);
    }
  }

  for (const { pattern, key } of DATE_PATTERNS) {
    for (const match of masked.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const dateKey = key(match);
      const cells = dateKey === null ? undefined : candidates.dates.get(dateKey);
      const token = { start, end, text: text.slice(start, end) };
      if (cells === undefined) ungrounded.push(token);
      else citations.push({ ...token, cells, computation: COMPUTATION.period });
      masked = blank(masked, start, end);
    }
  }

  let multiplePool: Candidate[] | undefined;
  for (const match of masked.matchAll(NUMBER)) {
    const [whole, , , digits = '', scaleWord, unitRaw] = match;
    const start = match.index + (whole.length - whole.trimStart().length);
    const end = match.index + whole.length;
    const token = { start, end, text: text.slice(start, end) };
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    const scale = scaleWord === undefined ? 1 : (SCALE[scaleWord] ?? 1);
    const value = Number(digits.replace(/,/g, '')) * scale;
    const approximate = APPROXIMATE.test(masked.slice(Math.max(0, start - 16), start).replace(/\$\s*$/, ''));
    const tolerance = (approximate ? 1 : 0.5) * 10 ** -decimals * scale;
    const unit = (unitRaw ?? '').trim().toLowerCase();

    if (scale === 1 && decimals === 0 && !digits.includes(',') && /^(19|20)\d{2}$/.test(digits) && unit === '') {
      const cells = candidates.dates.get(digits);
      if (cells !== undefined) {
        citations.push({ ...token, cells, computation: COMPUTATION.period });
        continue;
      }
    }
    let pool: Candidate[];
    let target = value;
    if (unit === '%' || unit.startsWith('percent') || unit === 'pp' || unit.startsWith('point')) {
      pool = candidates.fractions;
      target = value / 100;
    } else if (unit === '×' || unit === 'x' || unit === 'times') {
      // "2.3 times" is also 1 + a relative change ("up 130%").
      multiplePool ??= [
        ...candidates.multiples,
        ...candidates.fractions.map((candidate) => ({ ...candidate, value: 1 + candidate.value })),
      ];
      pool = multiplePool;
    } else {
      pool = candidates.amounts;
    }
    const scaledTolerance = pool === candidates.fractions ? tolerance / 100 : tolerance;
    const found = pool.find((candidate) => within(candidate.value, target, scaledTolerance));
    if (found === undefined) ungrounded.push(token);
    else citations.push({ ...token, cells: resolveCells(found.cells), computation: found.computation });
  }
  citations.sort((a, b) => a.start - b.start);
  ungrounded.sort((a, b) => a.start - b.start);
  return { citations, ungrounded };
}

/**
 * Checks an interpretation: every number in its text traces to the result (its own citations are not
 * trusted, except the follow-up sentence's figures from the previous question when they still match the text).
 */
export function checkInterpretation(
  interpretation: Interpretation,
  result: QueryResult,
  plan: QueryPlan,
  options: GroundingOptions = {},
): InterpretationCheck {
  const { ungrounded, citations } = groundText(interpretation.text, plan, result, {
    ...options,
    trusted: interpretation.citations,
  });
  if (ungrounded.length === 0) {
    const shape = analyzeShape(plan, result, options.presentation);
    const periods = [periodPhrase(plan.timeRange).trim()];
    if (plan.comparison?.kind === 'period') periods.push(periodPhrase(plan.comparison.timeRange).trim());
    const before = datedPreviousRange(plan);
    if (before !== null) periods.push(periodPhrase(before).trim());
    const higherIsBetter = shape.primary === null ? true : (shape.info.get(shape.primary)?.higherIsBetter ?? true);
    const problem = checkClaims(interpretation.text, { plan, result, shape, higherIsBetter, periods, citations });
    return problem === null ? { ok: true } : { ok: false, reason: problem };
  }
  const named = ungrounded.slice(0, 3).map((token) => `"${token.text}"`);
  return {
    ok: false,
    reason: `${named.join(', ')}${ungrounded.length > 3 ? ` and ${ungrounded.length - 3} more` : ''} ${ungrounded.length === 1 ? 'is' : 'are'} not in the result and cannot be computed from it; use only figures from the result.`,
  };
}
