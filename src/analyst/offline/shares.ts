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
