/** The longest preview kept on a conversation, ellipsis included. */
export const PREVIEW_MAX_LENGTH = 100;
/** The longest title derived from a first message, ellipsis included. */
export const TITLE_MAX_LENGTH = 60;

const ELLIPSIS = '…';

/**
 * Collapses whitespace and cuts `text` to at most `max` characters on a word boundary, ending with an
 * ellipsis when something was cut. A single word longer than the limit is cut mid-word rather than
 * leaving the preview empty.
 */
export function cutOnWordBoundary(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean); // code points, so an emoji is never split in half
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - ELLIPSIS.length + 1);
  // The character right after the cut tells whether the cut already falls between words.
  const endsOnBoundary = head[head.length - 1] === ' ';
  const kept = head.slice(0, -1).join('');
  const space = kept.lastIndexOf(' ');
  const words = endsOnBoundary || space <= 0 ? kept : kept.slice(0, space);
  return `${words.replace(/[\s,;:.!?-]+$/u, '')}${ELLIPSIS}`;
}
