import { setTimeout as sleep } from 'node:timers/promises';
import {
  retryWhileStale,
  type Appended,
  type ConversationVersion,
  type ConversationWrites,
  type HistoryWrite,
  type NewMessage,
} from '../history/conversation-writes.js';
import { HistoryUnavailableError, type RunEvent } from './events.js';
import type { LiveRun } from './live-run.js';
import type { RunStore } from './run-store.js';

/**
 * The commit of a run's writes. The question and the answer are each saved with the run's events not yet
 * copied (the first with AskStarted, the last with the closing events) in one atomic batch: the history
 * returns its writes, the run store adds its own, and the batch is committed here. Every write on the run's
 * path is bounded in time: an outage becomes HISTORY_UNAVAILABLE.
 */
export class RunCommits {
  constructor(
    private readonly history: ConversationWrites,
    private readonly store: RunStore,
    private readonly timeoutMs: number,
  ) {}

  /** Creates the conversation `conversationId` with the question (a question without a conversation). */
  startConversation(run: LiveRun, conversationId: string, question: NewMessage): Promise<ConversationVersion> {
    const write = this.history.startConversation(run.uid, { id: conversationId, messages: [question] });
    return this.commitWithEvents(run, [], conversationId, () => Promise.resolve(write)).then(
      (started) => started.version,
    );
  }

  /** Appends the question to the conversation the request named. */
  saveQuestion(run: LiveRun, conversationId: string, question: NewMessage): Promise<Appended> {
    return this.commitWithEvents(run, [], conversationId, (after) =>
      this.history.appendMessage(run.uid, conversationId, question, { after }),
    );
  }

  /** Saves the answer (or the agent's failure) with the run's closing events, not yet sent. */
  saveAnswer(
    run: LiveRun,
    conversationId: string,
    message: NewMessage & { readonly id: string },
    closing: readonly RunEvent[],
  ): Promise<Appended> {
    const { id, ...input } = message;
    return this.commitWithEvents(run, closing, conversationId, (after) =>
      this.history.appendMessage(run.uid, conversationId, input, { after, messageId: id }),
    );
  }

  /** Leaves an assistant message with the run's failed or cancelled status (its events go on their own). */
  saveStatus(run: LiveRun, conversationId: string, status: 'failed' | 'cancelled', content: string): Promise<Appended> {
    return this.bounded(
      this.history.append(
        run.uid,
        conversationId,
        { role: 'assistant', content, status, runId: run.id },
        {
          after: run.version,
        },
      ),
    );
  }

  /** A history write or read on the run's path: an outage becomes HISTORY_UNAVAILABLE, bounded in time. */
  async bounded<T>(operation: Promise<T>): Promise<T> {
    // Should the deadline win, the write may still fail later: that failure is already reported.
    operation.catch(() => undefined);
    const deadline = new AbortController();
    const timeout = sleep(this.timeoutMs, undefined, { signal: deadline.signal }).then(() => {
      throw new Error('Firestore did not answer in time');
    });
    timeout.catch(() => undefined);
    try {
      return await Promise.race([operation, timeout]);
    } catch (error) {
      throw new HistoryUnavailableError({ cause: error });
    } finally {
      deadline.abort();
    }
  }

  private commitWithEvents<T>(
    run: LiveRun,
    closing: readonly RunEvent[],
    conversationId: string,
    write: (after: ConversationVersion | null) => Promise<HistoryWrite<T>>,
  ): Promise<T> {
    return this.bounded(
      (async () => {
        const taken = await run.writer.take(closing);
        try {
          const value = await retryWhileStale(run.version, async (after) => {
            const historyWrite = await write(after);
            const batch = this.history.batch();
            historyWrite.addTo(batch);
            if (taken.chunk) this.store.addChunk(batch, taken.chunk);
            return historyWrite.committed(await this.history.commit(batch, conversationId));
          });
          taken.written();
          return value;
        } catch (error) {
          taken.failed();
          throw error;
        }
      })(),
    );
  }
}
