import type { Citation, Interpretation } from '../analyst.js';

/**
 * Text with its figures cited: each figure's span, the cells it came from and how it was computed, so a
 * client can show where a number came from and the grounding check can trace it.
 */

/** The computations a citation can name; the grounding check derives the same values independently. */
export const COMPUTATION = {
  value: 'value',
  total: 'total',
  share: 'share of total',
  average: 'average',
  median: 'median',
  multipleOfAverage: 'multiple of the average',
  multipleOfMedian: 'multiple of the median',
  difference: 'difference',
  relativeDifference: 'relative difference',
  periodChange: 'change vs previous period',
  perDay: 'per day, over periods of different lengths',
  trendChange: 'change from first to last period',
  count: 'count of rows',
  topShare: 'combined share of the top rows',
  period: 'period',
  plan: 'from the question',
  followUp: 'from the previous question',
  dataStart: 'where the data begins',
} as const;

/** How many rows a list in a sentence names before it ends with "and 558 more": the writer's and the check's. */
export const LISTED_ROWS = 10;

export type CellRef = Citation['cells'][number];

/** Builds text piece by piece, recording each figure's span and provenance. */
export class CitedText {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly citations: Citation[] = [];

  text(value: string): this {
    this.parts.push(value);
    this.length += value.length;
    return this;
  }

  figure(value: string, cells: readonly CellRef[], computation: string): this {
    this.citations.push({ start: this.length, end: this.length + value.length, text: value, cells, computation });
    return this.text(value);
  }

  /** Appends another cited text, shifting its spans. */
  append(other: Interpretation): this {
    for (const citation of other.citations) {
      this.citations.push({ ...citation, start: citation.start + this.length, end: citation.end + this.length });
    }
    return this.text(other.text);
  }

  build(): Interpretation {
    return { text: this.parts.join(''), citations: this.citations };
  }
}

const FIGURE = /\d[\d,.:-]*\d|\d/g;

/**
 * `sentence` as cited text whose every figure comes from elsewhere than the result (`computation`: the plan, the
 * previous question, where the data begins), each cited as such so the grounding check can tell them apart.
 */
export function citedFigures(sentence: string, computation: string): Interpretation {
  const out = new CitedText();
  let at = 0;
  for (const match of sentence.matchAll(FIGURE)) {
    out.text(sentence.slice(at, match.index)).figure(match[0], [], computation);
    at = match.index + match[0].length;
  }
  out.text(sentence.slice(at));
  return out.build();
}
