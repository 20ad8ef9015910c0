import { isDocumentId } from '../history/document-ids.js';
import { boundResult, boundText } from '../history/stored-size.js';
import { FieldValue, Timestamp, type Firestore, type WriteBatch } from 'firebase-admin/firestore';
import { z } from 'zod';
import { isTerminal, type RunEvent } from './events.js';

/**
 * Where runs live so that every server instance can see them (Firestore):
 *
 * - `runs/{runId}`: uid, conversationId, status, the instance running it, lastSeq, cancelRequested, timestamps
 *   and `expireAt` (for a Firestore TTL policy: nothing needs a run once its rejoin window is over).
 * - `runs/{runId}/events/{firstSeq}`: a batch of consecutive events, as JSON (results hold nested arrays,
 *   which Firestore fields cannot), and its own `expireAt`.
 * - `instances/{instanceId}`: `cancelRequests`, the ids of that instance's runs other instances asked to
 *   cancel. Each instance listens to its own document: a query listener over `runs` would be re-evaluated on
 *   every run write (the emulator re-runs it over the whole collection), a document listener is not.
 *
 * The instance running a question streams to its own subscribers from memory; this store is how another
 * instance rejoins a run or cancels it.
 */

export const RUN_STATUSES = ['running', 'completed', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

const runDocumentModel = z.object({
  uid: z.string(),
  conversationId: z.string().nullable().default(null),
  status: z.enum(RUN_STATUSES),
  instanceId: z.string(),
  lastSeq: z.number().int().min(0),
  cancelRequested: z.boolean().default(false),
  updatedAt: z.instanceof(Timestamp),
  finishedAt: z.instanceof(Timestamp).nullable(),
  expireAt: z.instanceof(Timestamp),
});

export interface RunRecord {
  readonly id: string;
  readonly uid: string;
  readonly conversationId: string | null;
  readonly status: RunStatus;
  readonly instanceId: string;
  readonly lastSeq: number;
  readonly cancelRequested: boolean;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

const eventChunkModel = z.object({ firstSeq: z.number().int(), lastSeq: z.number().int(), events: z.string() });

/** How long a run can be rejoined after it finished. */
export const REJOIN_WINDOW_MS = 15 * 60_000;

/** A run not heard of for this long is taken to have died with its instance (it no longer blocks its conversation). */
export const STALE_RUN_MS = 10 * 60_000;

export interface RunChunk {
  readonly runId: string;
  readonly uid: string;
  readonly conversationId: string | null;
  readonly instanceId: string;
  readonly events: readonly RunEvent[];
  /** True for the first chunk of a run: creates its document. */
  readonly first: boolean;
}

function statusAfter(events: readonly RunEvent[]): RunStatus {
  const last = events.at(-1);
  if (!last || !isTerminal(last)) return 'running';
  if (last.type === 'completed') return 'completed';
  return last.code === 'CANCELLED' ? 'cancelled' : 'failed';
}

function toRecord(id: string, data: unknown): RunRecord | null {
  const parsed = runDocumentModel.safeParse(data);
  if (!parsed.success) return null;
  const doc = parsed.data;
  return {
    id,
    uid: doc.uid,
    conversationId: doc.conversationId,
    status: doc.status,
    instanceId: doc.instanceId,
    lastSeq: doc.lastSeq,
    cancelRequested: doc.cancelRequested,
    updatedAt: doc.updatedAt.toDate(),
    finishedAt: doc.finishedAt?.toDate() ?? null,
  };
}

/** JSON of consecutive events per event document, well under Firestore's 1 MiB per document. */
const CHUNK_MAX_BYTES = 512 * 1024;

/** The copy of an event kept for rejoining: what history keeps of an answer, whatever the run produced. */
function storedEvent(event: RunEvent): RunEvent {
  switch (event.type) {
    case 'completed': {
      const { saved: _local, ...kept } = event;
      const chart =
        event.chart && Buffer.byteLength(JSON.stringify(event.chart)) > CHUNK_MAX_BYTES / 4 ? null : event.chart;
      return {
        ...kept,
        answer: boundText(event.answer),
        result: event.result ? boundResult(event.result) : null,
        chart,
      };
    }
    case 'delta':
      return { ...event, text: boundText(event.text) };
    default:
      return event;
  }
}

/** Consecutive events grouped so that each group's JSON stays under CHUNK_MAX_BYTES (one event alone may not). */
function splitBySize(events: readonly RunEvent[]): { firstSeq: number; lastSeq: number; json: string }[] {
  const parts: { firstSeq: number; lastSeq: number; json: string }[] = [];
  let group: string[] = [];
  let bytes = 0;
  let firstSeq = 0;
  let lastSeq = 0;
  const flush = () => {
    if (group.length > 0) parts.push({ firstSeq, lastSeq, json: `[${group.join(',')}]` });
    group = [];
    bytes = 0;
  };
  for (const event of events) {
    const json = JSON.stringify(event);
    const size = Buffer.byteLength(json);
    if (group.length > 0 && bytes + size > CHUNK_MAX_BYTES) flush();
    if (group.length === 0) firstSeq = event.seq;
    group.push(json);
    bytes += size + 1;
    lastSeq = event.seq;
  }
  flush();
  return parts;
}

function chunkId(firstSeq: number): string {
  return String(firstSeq).padStart(8, '0');
}

export class RunStore {
  constructor(private readonly firestore: Firestore) {}

  /** Appends a batch of events (and creates the run's document with its first batch), in one write. */
  async append(chunk: RunChunk): Promise<void> {
    if (chunk.events.length === 0) return;
    const batch = this.firestore.batch();
    this.addChunk(batch, chunk);
    await batch.commit();
  }

  /**
   * Adds the writes of `append` to a batch someone else commits: askQuery saves a run's first and last
   * events in the same atomic write as the question and the answer.
   */
  addChunk(batch: WriteBatch, chunk: RunChunk): void {
    const first = chunk.events[0];
    const last = chunk.events.at(-1);
    if (!first || !last) return;
    const runRef = this.runs().doc(chunk.runId);
    const now = Timestamp.now();
    const status = statusAfter(chunk.events);
    const finished = status !== 'running';
    const expireAt = Timestamp.fromMillis(now.toMillis() + REJOIN_WINDOW_MS + STALE_RUN_MS);
    // A document holds at most 1 MiB: the stored copies are bounded, and split over several documents when needed.
    for (const part of splitBySize(chunk.events.map(storedEvent))) {
      batch.set(runRef.collection('events').doc(chunkId(part.firstSeq)), {
        firstSeq: part.firstSeq,
        lastSeq: part.lastSeq,
        events: part.json,
        // A TTL policy deletes a document, not its subcollections: each chunk expires on its own.
        expireAt,
      });
    }
    if (chunk.first) {
      batch.set(runRef, {
        uid: chunk.uid,
        conversationId: chunk.conversationId,
        status,
        instanceId: chunk.instanceId,
        lastSeq: last.seq,
        cancelRequested: false,
        createdAt: now,
        updatedAt: now,
        finishedAt: finished ? now : null,
        expireAt,
      });
    } else {
      // A merge, not an update: should the first batch never have landed, this one still creates the run.
      batch.set(
        runRef,
        {
          uid: chunk.uid,
          instanceId: chunk.instanceId,
          status,
          lastSeq: last.seq,
          updatedAt: now,
          expireAt,
          ...(chunk.conversationId ? { conversationId: chunk.conversationId } : {}),
          finishedAt: finished ? now : null,
        },
        { merge: true },
      );
    }
  }

  async get(runId: string): Promise<RunRecord | null> {
    if (!isDocumentId(runId)) return null;
    const snapshot = await this.runs().doc(runId).get();
    return snapshot.exists ? toRecord(snapshot.id, snapshot.data()) : null;
  }

  /** A run still going in this conversation (on any instance), or null. */
  async findRunning(uid: string, conversationId: string, now = Date.now()): Promise<RunRecord | null> {
    const snapshot = await this.runs()
      .where('uid', '==', uid)
      .where('conversationId', '==', conversationId)
      .where('status', '==', 'running')
      .get();
    for (const doc of snapshot.docs) {
      const record = toRecord(doc.id, doc.data());
      if (record && now - record.updatedAt.getTime() < STALE_RUN_MS) return record;
    }
    return null;
  }

  /** The user's runs still going (on any instance), one query: what `Conversation.activeRun` reads for a page. */
  async listRunning(uid: string, now = Date.now()): Promise<RunRecord[]> {
    const snapshot = await this.runs().where('uid', '==', uid).where('status', '==', 'running').get();
    return snapshot.docs
      .map((doc) => toRecord(doc.id, doc.data()))
      .filter((record): record is RunRecord => record !== null && now - record.updatedAt.getTime() < STALE_RUN_MS);
  }

  /** Asks the instance running the run to cancel it. */
  async requestCancel(run: Pick<RunRecord, 'id' | 'instanceId'>): Promise<void> {
    const now = Timestamp.now();
    await this.firestore
      .batch()
      .update(this.runs().doc(run.id), { cancelRequested: true, updatedAt: now })
      .set(
        this.instances().doc(run.instanceId),
        { cancelRequests: FieldValue.arrayUnion(run.id), updatedAt: now },
        { merge: true },
      )
      .commit();
  }

  /** Takes a handled request off the instance's list. */
  async forgetCancel(instanceId: string, runId: string): Promise<void> {
    await this.instances()
      .doc(instanceId)
      .update({ cancelRequests: FieldValue.arrayRemove(runId) });
  }

  /**
   * Calls `onCancel` with the ids of this instance's runs other instances asked to cancel, whenever that
   * list changes (an id stays on it until `forgetCancel`). Returns the function that stops listening.
   */
  watchCancels(
    instanceId: string,
    onCancel: (runIds: readonly string[]) => void,
    onError: (error: Error) => void,
  ): () => void {
    return this.instances()
      .doc(instanceId)
      .onSnapshot((snapshot) => {
        const requests: unknown = snapshot.get('cancelRequests');
        if (Array.isArray(requests) && requests.length > 0)
          onCancel(requests.filter((id): id is string => typeof id === 'string'));
      }, onError);
  }

  /** Calls `onRun` with the run's document whenever it changes. */
  watchRun(runId: string, onRun: (run: RunRecord | null) => void, onError: (error: Error) => void): () => void {
    return this.runs()
      .doc(runId)
      .onSnapshot((snapshot) => onRun(snapshot.exists ? toRecord(snapshot.id, snapshot.data()) : null), onError);
  }

  /**
   * Calls `onEvents` with the run's events after `afterSeq`, in order: first those already written, then
   * each batch as it lands. Returns the function that stops listening.
   */
  watchEvents(
    runId: string,
    afterSeq: number,
    onEvents: (events: readonly RunEvent[]) => void,
    onError: (error: Error) => void,
  ): () => void {
    let delivered = afterSeq;
    return this.runs()
      .doc(runId)
      .collection('events')
      .where('lastSeq', '>', afterSeq)
      .orderBy('lastSeq')
      .onSnapshot((snapshot) => {
        const fresh: RunEvent[] = [];
        for (const doc of snapshot.docs) {
          const chunk = eventChunkModel.safeParse(doc.data());
          if (!chunk.success || chunk.data.lastSeq <= delivered) continue;
          for (const event of JSON.parse(chunk.data.events) as RunEvent[]) {
            if (event.seq === delivered + 1) {
              fresh.push(event);
              delivered = event.seq;
            }
          }
        }
        if (fresh.length > 0) onEvents(fresh);
      }, onError);
  }

  private runs() {
    return this.firestore.collection('runs');
  }

  private instances() {
    return this.firestore.collection('instances');
  }
}
