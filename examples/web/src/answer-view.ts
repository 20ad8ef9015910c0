import type { RatingValue, WebMessageFragment } from '../../../src/gql/graphql.js';
import { chartFigure } from './chart.js';
import { h, icon } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { resultTable } from './result-table.js';

export type SavedMessage = WebMessageFragment;

/** What a reader can do from an answer. */
export interface AnswerActions {
  /** Asks a question in the open conversation (a suggestion, or the same question again). */
  ask(question: string): void;
  /** Saves the reader's rating; resolves to the rating the server kept. */
  rate(messageId: string, value: RatingValue): Promise<RatingValue | null>;
}

export interface AnswerContext {
  /** The question this answers, for Retry and the table's name. */
  readonly question: string;
  readonly actions: AnswerActions;
  /**
   * The live region the answer was streamed into: the finished text goes into it, in place, so a screen
   * reader announces the answer once it is complete.
   */
  readonly liveText?: HTMLElement;
}

/** One part of an answer, drawn in order; null when the answer has nothing for it. */
type AnswerSection = (message: SavedMessage, context: AnswerContext) => Element | null;

function answerText(message: SavedMessage, context: AnswerContext): Element | null {
  if (message.status === 'FAILED') return h('p', { class: 'failure', role: 'alert' }, message.content);
  const text = context.liveText ?? h('div', { class: 'answer-text' });
  renderMarkdown(text, message.content);
  text.setAttribute('aria-busy', 'false');
  return text;
}

function stopped(message: SavedMessage): Element | null {
  return message.status === 'CANCELLED' ? h('p', { class: 'note' }, 'Stopped before the answer was finished.') : null;
}

function chart(message: SavedMessage): Element | null {
  return message.status === 'COMPLETE' ? chartFigure(message.chart) : null;
}

function table(message: SavedMessage, context: AnswerContext): Element | null {
  if (message.status !== 'COMPLETE' || !message.result || message.result.columns.length === 0) return null;
  return resultTable(message.result, message.chart, context.question);
}

/** What the question was understood to ask, above the answer: the metric, filters and period as dates. */
function understood(message: SavedMessage): Element | null {
  const interpretation = message.interpretation;
  if (!interpretation) return null;
  return h(
    'div',
    { class: 'understood' },
    h('p', {}, h('strong', {}, 'Understood as: '), interpretation.sentence),
    ...interpretation.notes.map((note) => h('p', { class: 'note' }, note)),
  );
}

/** A question with several readings: each reading is a button that asks it as it stands. */
function clarification(message: SavedMessage, context: AnswerContext): Element | null {
  const outcome = message.outcome;
  if (outcome?.__typename !== 'Clarification' || outcome.options.length === 0) return null;
  return h(
    'div',
    { class: 'suggestions clarification' },
    h('p', { class: 'note' }, 'Which did you mean?'),
    h(
      'ul',
      {},
      ...outcome.options.map((option) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'chip', onclick: () => context.actions.ask(option.question) },
            option.label,
          ),
        ),
      ),
    ),
  );
}

function suggestions(message: SavedMessage, context: AnswerContext): Element | null {
  if (message.suggestions.length === 0) return null;
  return h(
    'div',
    { class: 'suggestions' },
    h('p', { class: 'note' }, 'Ask next'),
    h(
      'ul',
      {},
      ...message.suggestions.map((suggestion) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'chip', onclick: () => context.actions.ask(suggestion) }, suggestion),
        ),
      ),
    ),
  );
}

function rating(message: SavedMessage, context: AnswerContext): Element | null {
  if (message.status !== 'COMPLETE') return null;
  const status = h('span', { class: 'note', role: 'status' });
  const buttons = (['UP', 'DOWN'] as const).map((value) =>
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button rate',
        'aria-label': value === 'UP' ? 'Good answer' : 'Bad answer',
        title: value === 'UP' ? 'Good answer' : 'Bad answer',
        'aria-pressed': String(message.rating?.value === value),
        onclick: () => void rate(value),
      },
      icon(value === 'UP' ? 'up' : 'down'),
    ),
  );
  async function rate(value: RatingValue): Promise<void> {
    status.textContent = '';
    try {
      const kept = await context.actions.rate(message.id, value);
      buttons.forEach((button, index) =>
        button.setAttribute('aria-pressed', String((['UP', 'DOWN'] as const)[index] === kept)),
      );
      status.textContent = 'Thanks for the feedback.';
    } catch (error) {
      status.textContent = `Could not save the rating: ${(error as Error).message}`;
    }
  }
  return h('div', { class: 'rating' }, ...buttons, status);
}

function retry(message: SavedMessage, context: AnswerContext): Element | null {
  if (message.status === 'COMPLETE') return null;
  return retryButton(() => context.actions.ask(context.question));
}

/** A button that asks the same question again. */
export function retryButton(onclick: () => void, text = 'Retry'): HTMLButtonElement {
  return h('button', { type: 'button', class: 'secondary', onclick }, icon('retry'), text);
}

/**
 * The parts of an answer, top to bottom. A new part (the interpretation of the question, say) is one more
 * function here, placed where it should show.
 */
const ANSWER_SECTIONS: readonly AnswerSection[] = [
  understood,
  answerText,
  clarification,
  stopped,
  chart,
  table,
  suggestions,
  footer,
];

function footer(message: SavedMessage, context: AnswerContext): Element | null {
  const parts = [rating(message, context), retry(message, context)].filter((part): part is Element => part !== null);
  return parts.length > 0 ? h('div', { class: 'answer-footer' }, ...parts) : null;
}

/** Draws a saved answer into `article` (replacing what it held): text, chart, table, suggestions, actions. */
export function drawAnswer(article: HTMLElement, message: SavedMessage, context: AnswerContext): HTMLElement {
  article.className = `message assistant ${message.status.toLowerCase()}`;
  article.dataset.messageId = message.id;
  const parts = ANSWER_SECTIONS.map((section) => section(message, context)).filter(
    (part): part is Element => part !== null,
  );
  const live = context.liveText && parts.includes(context.liveText) ? context.liveText : null;
  if (live === null) {
    article.replaceChildren(...parts);
    return article;
  }
  // The live region stays where it is (moving it would make it a new region, and silent).
  for (const child of Array.from(article.children)) if (child !== live) child.remove();
  const at = parts.indexOf(live);
  live.before(...parts.slice(0, at));
  live.after(...parts.slice(at + 1));
  return article;
}

export function answerArticle(message: SavedMessage, context: AnswerContext): HTMLElement {
  return drawAnswer(h('article', { 'aria-label': 'Answer' }), message, context);
}

export function questionBubble(question: string): HTMLElement {
  return h('div', { class: 'message user' }, h('p', {}, question));
}
