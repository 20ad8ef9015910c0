import type { LayerIndex } from '../semantic-layer.js';

/**
 * "What share of revenue came from the Instagram Shop", "% of orders cancelled", "percentage of sales by
 * country": a share of a total. Found before the rest of the question is read (so "share" is not read as the
 * social metric), and blanked out; the parser then makes the question's filter the part, or its breakdown the
 * parts of the whole.
 */

const SHARE =
  /(?:^|(?<=\s))(?:share|percentage|percent|%)(?= (?:by|per|across|for each) )|\bas an? (?:share|percentage|percent|%|proportion) of (?:the )?total\b|(?:^|(?<=\s))(?:(?:what|which|the) )?(?:share|percent|percentage|pct|%|proportion|fraction|portion|part) of\b|(?:^|(?<=\s))how much of (?:my |our |the )?(?=\S+ (?:came|come|comes|was|were|is|are) )/gi;

export interface ShareScan {
  readonly text: string;
  readonly share: boolean;
}

/** Blanks out the words asking for a share; `share` says whether there were any. */
export function scanShare(question: string): ShareScan {
  let share = false;
  const text = question.replace(SHARE, (match) => {
    share = true;
    return ' '.repeat(match.length);
  });
  return { text, share };
}

/**
 * "How often do customers who came from email ask for a refund": how often rows end in a value is that value's
 * rate, when the layer has one labelled so ("Refund rate"): said in place of the words, the rows kept.
 */
export function howOftenAsRate(question: string, index: LayerIndex): string {
  const asked = /\bhow often (?:do|does|did|are|is|were|was) /i.exec(question);
  if (!asked) return question;
  const after = question.slice(asked.index + asked[0].length);
  // "Customers who came from email ask for a refund", "orders get cancelled", "orders are refunded in Canada".
  const match =
    /^(.+?) (?:ask for|request|want|need|file|end up with|get|got) (?:a |an )?([a-z]+)\b(.*)$/i.exec(after) ??
    /^(.+?) ([a-z]+ed)\b(.*)$/i.exec(after);
  if (!match) return question;
  // "Refunded", "cancelled", "refunds": the rate whose first word grows from the same stem ("cancellation rate").
  const stem = (match[2] ?? '').toLowerCase().replace(/(?:led|ed|s)$/, '');
  const rate =
    stem.length < 4
      ? undefined
      : index.layer.metrics.find((candidate) => new RegExp(`^${stem}[a-z]* rate$`).test(candidate.label.toLowerCase()));
  if (!rate) return question;
  return `${question.slice(0, asked.index)}${rate.label.toLowerCase()} for ${match[1]}${match[3]}`;
}
