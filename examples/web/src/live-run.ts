import type { WebRunEventFragment } from '../../../src/gql/graphql.js';
import { ApiError, type Api } from './api.js';
import { drawAnswer, retryButton, type AnswerContext, type SavedMessage } from './answer-view.js';
import { h, icon } from './dom.js';
import { renderMarkdown } from './markdown.js';
import { WEB_ASK, WEB_CANCEL, WEB_REJOIN } from './documents.js';

type RunEvent = WebRunEventFragment;

/** What the page knows of a run: enough to draw it again after a reload and rejoin it where it left off. */
export interface RunSnapshot {
  readonly question: string;
  readonly conversationId: string | null;
  readonly runId: string | null;
  /** The last event seen: `askRun` sends the ones after it. */
  readonly seq: number;
  readonly percent: number;
  readonly label: string;
  readonly answer: string;
}

/** The snapshot after one more event. */
export function applyEvent(snapshot: RunSnapshot, event: RunEvent): RunSnapshot {
  const next = { ...snapshot, runId: event.runId, seq: event.seq };
  switch (event.__typename) {
    case 'AskStarted':
      return { ...next, conversationId: event.conversationId };
    case 'AskProgress':
      // A retried interpretation writes its answer afresh.
      return {
        ...next,
        percent: event.percent,
        label: event.message,
        answer: event.stage === 'INTERPRETING' && event.attempt > 1 ? '' : snapshot.answer,
      };
    case 'AnswerDelta':
      return { ...next, answer: snapshot.answer + event.text };
    default:
      return next;
  }
}

const STORAGE_KEY = 'askql.run';

/** The run this tab was following when it was reloaded, if any. */
export function storedRun(): RunSnapshot | null {
  try {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as RunSnapshot) : null;
  } catch {
    return null;
  }
}

/** Forgets the stored run: it was answered while the page was away, or belongs to another conversation's past. */
export function forgetStoredRun(): void {
  storeRun(null);
}

function storeRun(snapshot: RunSnapshot | null): void {
  try {
    if (snapshot === null || snapshot.runId === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot));
  } catch {
    // Private modes may refuse storage; the run then cannot be rejoined after a reload, and that is all.
  }
}

/** Waits between attempts to rejoin a run after the connection was lost; then the reader decides. */
const REJOIN_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

export interface LiveRunHost {
  readonly api: Api;
  /** The run's question is saved, in this conversation (new or not). */
  started(run: LiveRun): void;
  /** The run ended: answered, failed, stopped, or given up on. */
  finished(run: LiveRun): void;
  /** The server no longer knows the run: show the conversation as saved. */
  forgotten(run: LiveRun): void;
  readonly answerContext: (question: string) => AnswerContext;
}

/**
 * One question being answered, drawn as an answer in the transcript: a named progress bar, the answer
 * text growing inside a live region, a Stop button. A lost connection is said plainly and the run is
 * rejoined where it left off (`askRun` after the last event seen); the saved answer replaces it at the end.
 */
export class LiveRun {
  readonly element: HTMLElement;
  private snapshot: RunSnapshot;
  private ended = false;
  private unsubscribe: (() => void) | null = null;
  private rejoinTimer: ReturnType<typeof setTimeout> | undefined;
  private rejoinAttempt = 0;
  private drawPending = false;
  private unknownEvent = false;
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly label: HTMLElement;
  private readonly text: HTMLElement;
  private readonly status: HTMLElement;
  private readonly stopButton: HTMLButtonElement;

  constructor(
    private readonly host: LiveRunHost,
    snapshot: RunSnapshot,
  ) {
    this.snapshot = snapshot;
    this.fill = h('div', { class: 'fill' });
    this.bar = h(
      'div',
      { class: 'bar', role: 'progressbar', 'aria-label': 'Answer progress', 'aria-valuemin': 0, 'aria-valuemax': 100 },
      this.fill,
    );
    this.label = h('span', { class: 'progress-label' });
    this.stopButton = h(
      'button',
      { type: 'button', class: 'secondary stop', onclick: () => void this.stop() },
      icon('stop'),
      'Stop',
    );
    // aria-busy holds the announcement until the text is complete, instead of reading every fragment.
    this.text = h('div', { class: 'answer-text', 'aria-live': 'polite', 'aria-busy': 'true' });
    this.status = h('div', { class: 'run-status', role: 'alert' });
    this.element = h(
      'article',
      { class: 'message assistant running', 'aria-label': 'Answer' },
      h('div', { class: 'progress' }, this.bar, this.label, this.stopButton),
      this.text,
      this.status,
    );
    this.draw();
  }

  get conversationId(): string | null {
    return this.snapshot.conversationId;
  }

  get question(): string {
    return this.snapshot.question;
  }

  get runId(): string | null {
    return this.snapshot.runId;
  }

  /** True until the run has ended (or the page gave up on it). */
  get active(): boolean {
    return !this.ended;
  }

  /** Asks the question. */
  start(): void {
    this.listen(
      this.host.api.subscribe(
        WEB_ASK,
        { input: { question: this.snapshot.question, conversationId: this.snapshot.conversationId } },
        this.sink((data) => data.askQuery),
      ),
    );
  }

  /** Follows the run again from the last event seen. */
  rejoin(): void {
    const runId = this.snapshot.runId;
    if (runId === null) return;
    clearTimeout(this.rejoinTimer);
    this.bar.classList.remove('stalled');
    this.setStatus(this.rejoinAttempt > 0 ? 'Reconnecting…' : '');
    this.listen(
      this.host.api.subscribe(
        WEB_REJOIN,
        { runId, afterSeq: this.snapshot.seq },
        this.sink((data) => data.askRun),
      ),
    );
  }

  /** Stops the run: the server saves what was written so far and ends the run with CANCELLED. */
  async stop(): Promise<void> {
    this.stopButton.disabled = true;
    const runId = this.snapshot.runId;
    if (runId === null) {
      // Not started yet: ending an askQuery subscription cancels its run.
      this.unsubscribe?.();
      this.finish();
      this.setStatus(
        'Stopped.',
        retryButton(() => this.host.answerContext(this.question).actions.ask(this.question)),
      );
      return;
    }
    try {
      const { cancelAsk } = await this.host.api.mutate(WEB_CANCEL, { runId });
      // NOT_FOUND: the run ended long ago; its last event, or the saved conversation, says how.
      const refused = cancelAsk.userErrors[0];
      if (refused) this.setStatus(`Could not stop the run: ${refused.message}`);
    } catch (error) {
      this.stopButton.disabled = false;
      this.setStatus(`Could not stop the run: ${(error as Error).message}`);
    }
  }

  /** Ends the page's part in the run without cancelling it (the page is leaving). */
  detach(): void {
    clearTimeout(this.rejoinTimer);
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private listen(unsubscribe: () => void): void {
    this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
  }

  private sink<Data>(eventOf: (data: Data) => RunEvent) {
    return {
      next: (data: Data) => this.handle(eventOf(data)),
      error: (error: ApiError) => this.failed(error),
      // The server ended the stream before the last event (it is shutting down): like a lost connection.
      complete: () => {
        if (this.ended) return;
        if (this.unknownEvent) {
          this.finish();
          this.host.forgotten(this);
          return;
        }
        this.failed(new ApiError('The server ended the connection.', 'connection'));
      },
    };
  }

  private handle(event: RunEvent): void {
    if (this.ended || event.seq <= this.snapshot.seq) return;
    this.rejoinAttempt = 0;
    const startedNow = event.__typename === 'AskStarted';
    this.snapshot = applyEvent(this.snapshot, event);
    if (startedNow) this.host.started(this);
    switch (event.__typename) {
      case 'AskCompleted': {
        this.completed(event.savedMessage);
        return;
      }
      case 'AskFailed': {
        this.failedRun(event.code, event.message, event.retryable);
        return;
      }
      case 'AskStarted':
      case 'AskProgress':
      case 'AnswerDelta':
        storeRun(this.snapshot);
        this.setStatus('');
        this.bar.classList.remove('stalled');
        {
          this.scheduleDraw();
          return;
        }
      default:
        // An event of a newer server that this page does not draw yet: if it ends the run, the
        // conversation as saved shows how (see `complete` above).
        this.unknownEvent = true;
    }
  }

  private scheduleDraw(): void {
    if (this.drawPending) return;
    this.drawPending = true;
    requestAnimationFrame(() => {
      this.drawPending = false;
      if (!this.ended) this.draw();
    });
  }

  private draw(): void {
    const { percent, label, answer } = this.snapshot;
    this.bar.setAttribute('aria-valuenow', String(percent));
    this.bar.setAttribute('aria-valuetext', `${label || 'Starting'} ${percent}%`);
    this.fill.style.width = `${percent}%`;
    this.label.textContent = `${label || 'Starting…'} ${percent}%`;
    renderMarkdown(this.text, answer);
  }

  private completed(message: SavedMessage): void {
    this.finish();
    drawAnswer(this.element, message, { ...this.host.answerContext(this.question), liveText: this.text });
    this.host.finished(this);
  }

  private failedRun(code: string, message: string, retryable: boolean): void {
    this.finish();
    this.draw();
    this.text.setAttribute('aria-busy', 'false');
    this.element.querySelector('.progress')?.remove();
    const again = retryButton(() => this.host.answerContext(this.question).actions.ask(this.question));
    if (code === 'CANCELLED') {
      this.element.classList.add('cancelled');
      this.setStatus('Stopped before the answer was finished.', again);
    } else {
      this.element.classList.add('failed');
      this.setStatus(message, retryable || code === 'CONVERSATION_BUSY' ? again : null);
    }
    this.host.finished(this);
  }

  /** A subscription ended without the run's last event. */
  private failed(error: ApiError): void {
    this.unsubscribe = null;
    if (this.ended) return;
    if (error.kind === 'server') {
      if (this.snapshot.runId !== null && error.codes.includes('NOT_FOUND')) {
        // The run finished long ago or its server forgot it; what was saved is in the conversation.
        this.finish();
        this.host.forgotten(this);
        return;
      }
      this.failedRun('INTERNAL', error.message, true);
      return;
    }
    this.bar.classList.add('stalled');
    this.label.textContent = `Connection lost at ${this.snapshot.percent}%`;
    this.bar.setAttribute('aria-valuetext', `Connection lost at ${this.snapshot.percent}%`);
    if (this.snapshot.runId === null) {
      // Lost before the run started: there is nothing to rejoin, only the question to ask again.
      this.finish();
      this.element.querySelector('.progress')?.remove();
      this.setStatus(
        `${error.message} The question may not have been sent.`,
        retryButton(() => this.host.answerContext(this.question).actions.ask(this.question)),
      );
      this.host.finished(this);
      return;
    }
    const delay = REJOIN_DELAYS_MS[this.rejoinAttempt];
    const retryNow = retryButton(() => {
      this.rejoinAttempt = Math.max(this.rejoinAttempt, 1);
      this.rejoin();
    }, 'Retry now');
    if (delay === undefined) {
      this.setStatus(
        `${error.message} The answer may still be on its way: check your connection, then retry.`,
        retryNow,
      );
      return;
    }
    this.rejoinAttempt += 1;
    this.setStatus(`${error.message} Trying again in ${Math.round(delay / 1000)} s…`, retryNow);
    this.rejoinTimer = setTimeout(() => this.rejoin(), delay);
  }

  private finish(): void {
    this.ended = true;
    clearTimeout(this.rejoinTimer);
    this.element.classList.remove('running');
    storeRun(null);
  }

  private setStatus(message: string, action: HTMLElement | null = null): void {
    this.status.replaceChildren(...(message ? [h('p', {}, message)] : []), ...(action ? [action] : []));
  }
}
