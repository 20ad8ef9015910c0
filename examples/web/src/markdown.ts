import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * A model's answer may use markdown. It is rendered to HTML and then sanitized down to text formatting,
 * lists, tables and plain links, so HTML a model (or a prompt injected into the data) writes is never run.
 */
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
];

/** Replaces `target`'s content with `text` rendered as safe markdown. */
export function renderMarkdown(target: HTMLElement, text: string): void {
  // Headings inside an answer are sub-headings of the page: # and ## become h3 and h4.
  const html = (markdown.parse(text) as string).replace(
    /<(\/?)h([12])>/g,
    (_tag, slash: string, level: string) => `<${slash}h${Number(level) + 2}>`,
  );
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    RETURN_DOM_FRAGMENT: true,
  });
  fragment.querySelectorAll('a').forEach((link) => {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  });
  target.replaceChildren(fragment);
}
