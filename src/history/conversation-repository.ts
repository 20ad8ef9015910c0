import type { Firestore } from 'firebase-admin/firestore';
import { ConversationReads } from './conversation-reads.js';
import { ConversationWrites } from './conversation-writes.js';
import {
  FIRESTORE_DEADLINES_MS,
  FirestoreCalls,
  type FirestoreCall,
  type FirestoreCallObserver,
} from './firestore-calls.js';
import { UserHistory, type UserHistoryOptions } from './user-history.js';

/**
 * Conversation history in Firestore, in two parts: `writes` (the store's own, and those it returns for
 * askQuery to commit with its run's events) and `reads` (by id for the loaders, and pages). Every call of
 * both is bounded in time and reported to observers. Resolvers use `forUser`, bound to the signed-in user.
 */
export class ConversationRepository {
  readonly reads: ConversationReads;
  readonly writes: ConversationWrites;
  private readonly calls: FirestoreCalls;

  constructor(
    firestore: Firestore,
    deadlines: Readonly<Record<FirestoreCall['operation'], number>> = FIRESTORE_DEADLINES_MS,
  ) {
    this.calls = new FirestoreCalls(deadlines);
    this.reads = new ConversationReads(firestore, this.calls);
    this.writes = new ConversationWrites(firestore, this.calls);
  }

  /** Reports every Firestore call of the history until the returned function is called. */
  observe(observer: FirestoreCallObserver): () => void {
    return this.calls.observe(observer);
  }

  /** Resolves when Firestore answers a read (for `/readyz`). */
  ping(signal?: AbortSignal): Promise<void> {
    return this.reads.ping(signal);
  }

  /** The history of one signed-in user, for one request: its loaders, pages and changes. */
  forUser(uid: string, options: UserHistoryOptions = {}): UserHistory {
    return new UserHistory(this.reads, this.writes, uid, options);
  }
}
