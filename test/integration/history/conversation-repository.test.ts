import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFirestoreClient, type FirestoreClient } from '../../../src/history/firestore-client.js';
import { ConversationRepository } from '../../../src/history/conversation-repository.js';
import { ConversationNotFoundError, DEFAULT_TITLE } from '../../../src/history/conversation-writes.js';
import { LATEST_MESSAGE_IDS_KEPT, STORED_ROWS_MAX, type AssistantResult } from '../../../src/history/records.js';
import { clearFirestore, firestoreEmulatorHost, TEST_PROJECT_ID } from '../../helpers/firestore.js';
import { appendMessage, createConversation, importConversation } from './seed-history.js';

let client: FirestoreClient;
let history: ConversationRepository;

beforeAll(() => {
  client = createFirestoreClient({ projectId: TEST_PROJECT_ID, emulatorHost: firestoreEmulatorHost() });
  history = new ConversationRepository(client.firestore);
});
afterAll(async () => client.close());
beforeEach(async () => clearFirestore());

const result: AssistantResult = {
  sql: 'SELECT channel, sum(revenue) AS revenue FROM orders GROUP BY 1',
  columns: [
    { name: 'channel', type: 'text' },
    { name: 'revenue', type: 'decimal' },
  ],
  rows: Array.from({ length: STORED_ROWS_MAX + 5 }, (_, i) => [`channel ${i}`, i * 1.5]),
  rowCount: STORED_ROWS_MAX + 5,
  truncated: false,
  chart: { mark: 'bar', encoding: { x: { field: 'channel' } }, data: { values: [[1, 2]] } },
  citations: [{ start: 0, end: 4, text: '1.50', computation: 'value', cells: [{ row: 1, column: 'revenue' }] }],
  suggestions: ['What about last month?'],
  plan: { metric: 'revenue', groupBy: ['channel'] },
};

describe('ConversationRepository', () => {
  it('counts 50 concurrent saves to one conversation exactly, each with its own position', async () => {
    const conversation = await createConversation(history, 'alice');
    const saved = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        appendMessage(history, 'alice', conversation.id, {
          role: i % 2 ? 'assistant' : 'user',
          content: `message ${i}`,
          status: 'complete',
        }),
      ),
    );
    const [reread] = await history.reads.getConversations('alice', [conversation.id]);
    expect(reread?.messageCount).toBe(50);
    expect(saved.map((message) => message.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const page = await history.reads.listMessages('alice', conversation.id, { first: 100 });
    expect(page.items.map((item) => item.record.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('keeps the count exact when two servers append to the same conversation at once', async () => {
    const other = createFirestoreClient({ projectId: TEST_PROJECT_ID, emulatorHost: firestoreEmulatorHost() });
    try {
      const otherHistory = new ConversationRepository(other.firestore);
      const conversation = await createConversation(history, 'alice');
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          appendMessage(i % 2 ? history : otherHistory, 'alice', conversation.id, {
            role: 'user',
            content: `m${i}`,
            status: 'complete',
          }),
        ),
      );
      const page = await history.reads.listMessages('alice', conversation.id, { first: 100 });
      expect(page.items.map((item) => item.record.seq)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
      expect((await history.reads.getConversation('alice', conversation.id))?.messageCount).toBe(8);
    } finally {
      await other.close();
    }
  });

  it('saves on top of a version it wrote in one round trip, with no read', async () => {
    const conversation = await createConversation(history, 'alice');
    const first = await history.writes.append('alice', conversation.id, {
      role: 'user',
      content: 'Revenue by month',
      status: 'complete',
    });
    const calls: string[] = [];
    const stop = history.observe((call) => calls.push(call.operation));
    const messageId = history.writes.newMessageId('alice', conversation.id);
    const second = await history.writes.append(
      'alice',
      conversation.id,
      { role: 'assistant', content: 'March was best.', status: 'complete' },
      { after: first.version, messageId },
    );
    stop();
    expect(calls).toEqual(['write']);
    expect(second.message).toMatchObject({ id: messageId, seq: 2 });
    expect(await history.reads.getConversation('alice', conversation.id)).toMatchObject({
      messageCount: 2,
      preview: 'Revenue by month',
      latestMessageIds: [first.message.id, messageId],
    });
  });

  it('reads again and keeps the count exact when the version it holds is stale', async () => {
    const conversation = await createConversation(history, 'alice');
    const mine = await history.writes.append('alice', conversation.id, {
      role: 'user',
      content: 'q1',
      status: 'complete',
    });
    // Meanwhile another server saves a message and the user renames the conversation.
    const other = createFirestoreClient({ projectId: TEST_PROJECT_ID, emulatorHost: firestoreEmulatorHost() });
    try {
      const theirs = await appendMessage(new ConversationRepository(other.firestore), 'alice', conversation.id, {
        role: 'user',
        content: 'q2',
        status: 'complete',
      });
      await history.writes.renameConversation('alice', conversation.id, 'Mine');
      const calls: string[] = [];
      const stop = history.observe((call) => calls.push(call.operation));
      const late = await history.writes.append(
        'alice',
        conversation.id,
        { role: 'assistant', content: 'a1', status: 'complete' },
        { after: mine.version },
      );
      stop();
      expect(calls).toEqual(['write', 'getAll', 'write']);
      expect(late.message.seq).toBe(3);
      expect(await history.reads.getConversation('alice', conversation.id)).toMatchObject({
        title: 'Mine',
        messageCount: 3,
        latestMessageIds: [mine.message.id, theirs.id, late.message.id],
      });
    } finally {
      await other.close();
    }
  });

  it('fails a save on top of a deleted conversation as not found, and writes nothing', async () => {
    const conversation = await createConversation(history, 'alice');
    const mine = await history.writes.append('alice', conversation.id, {
      role: 'user',
      content: 'q1',
      status: 'complete',
    });
    await history.writes.deleteConversation('alice', conversation.id);
    await expect(
      history.writes.append(
        'alice',
        conversation.id,
        { role: 'assistant', content: 'a1', status: 'complete' },
        { after: mine.version },
      ),
    ).rejects.toBeInstanceOf(ConversationNotFoundError);
    expect((await client.firestore.collectionGroup('messages').get()).size).toBe(0);
  });

  it('names the conversation and sets its preview from the first user message only', async () => {
    const conversation = await createConversation(history, 'alice');
    expect(conversation.title).toBe(DEFAULT_TITLE);
    const question =
      'Which of my sales channels brought in the most revenue over the last ninety days, and how does that compare with the quarter before?';
    await appendMessage(history, 'alice', conversation.id, { role: 'user', content: question, status: 'complete' });
    await appendMessage(history, 'alice', conversation.id, {
      role: 'user',
      content: 'And TikTok?',
      status: 'complete',
    });
    const reread = await history.reads.getConversation('alice', conversation.id);
    expect(reread?.preview).toBe(
      'Which of my sales channels brought in the most revenue over the last ninety days, and how does that…',
    );
    expect(reread?.preview.length).toBeLessThanOrEqual(100);
    expect(reread?.title).toBe('Which of my sales channels brought in the most revenue over…');
    expect(reread?.updatedAt.getTime()).toBeGreaterThan(conversation.updatedAt.getTime() - 1);
  });

  it('keeps the ids of the latest messages on the conversation, oldest first', async () => {
    const conversation = await createConversation(history, 'alice');
    const saved = [];
    for (let i = 0; i < 3; i += 1) {
      saved.push(
        await appendMessage(history, 'alice', conversation.id, { role: 'user', content: `q${i}`, status: 'complete' }),
      );
    }
    expect((await history.reads.getConversation('alice', conversation.id))?.latestMessageIds).toEqual(
      saved.map((message) => message.id),
    );
  });

  it('imports a whole conversation in order, titled by its first question', async () => {
    const imported = await importConversation(history, 'alice', {
      messages: Array.from(
        { length: 60 },
        (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `m${i}`, status: 'complete' }) as const,
      ),
    });
    expect(imported).toMatchObject({ title: 'm0', preview: 'm0', messageCount: 60 });
    expect(imported.latestMessageIds).toHaveLength(LATEST_MESSAGE_IDS_KEPT);
    const page = await history.reads.listMessages('alice', imported.id, { last: 3 });
    expect(page.items.map((item) => [item.record.seq, item.record.content, item.record.id])).toEqual(
      [58, 59, 60].map((seq, i) => [seq, `m${seq - 1}`, imported.latestMessageIds.slice(-3)[i]]),
    );
  });

  it('keeps a title the user chose', async () => {
    const conversation = await createConversation(history, 'alice', { title: 'Q3 review' });
    await appendMessage(history, 'alice', conversation.id, {
      role: 'user',
      content: 'Revenue by month',
      status: 'complete',
    });
    const reread = await history.reads.getConversation('alice', conversation.id);
    expect(reread).toMatchObject({ title: 'Q3 review', preview: 'Revenue by month' });
  });

  it('stores the assistant result round trip, with rows bounded and marked truncated', async () => {
    const conversation = await createConversation(history, 'alice');
    const saved = await appendMessage(history, 'alice', conversation.id, {
      role: 'assistant',
      content: 'Channel 1 made 1.50.',
      status: 'complete',
      runId: 'run-1',
      result,
    });
    const [reread] = await history.reads.getMessages('alice', [
      { conversationId: conversation.id, messageId: saved.id },
    ]);
    expect(reread?.result?.rows).toHaveLength(STORED_ROWS_MAX);
    expect(reread?.result).toEqual({ ...result, rows: result.rows.slice(0, STORED_ROWS_MAX), truncated: true });
    expect(reread).toMatchObject({ runId: 'run-1', role: 'assistant', status: 'complete', rating: null });
  });

  it('rates a message and reads the rating back', async () => {
    const conversation = await createConversation(history, 'alice');
    const saved = await appendMessage(history, 'alice', conversation.id, {
      role: 'assistant',
      content: 'x',
      status: 'complete',
    });
    const rated = await history.writes.rateMessage('alice', conversation.id, saved.id, {
      value: 'DOWN',
      comment: ' wrong month ',
    });
    expect(rated?.rating).toMatchObject({ value: 'DOWN', comment: 'wrong month' });
    const [reread] = await history.reads.getMessages('alice', [
      { conversationId: conversation.id, messageId: saved.id },
    ]);
    expect(reread?.rating?.value).toBe('DOWN');
    expect(await history.writes.rateMessage('bob', conversation.id, saved.id, { value: 'UP' })).toBeNull();
  });

  it("never reaches another user's conversation, nor a path smuggled in an id", async () => {
    const conversation = await createConversation(history, 'alice');
    expect(await history.reads.getConversations('bob', [conversation.id, 'missing', '../alice'])).toEqual([
      null,
      null,
      null,
    ]);
    await expect(
      appendMessage(history, 'bob', conversation.id, { role: 'user', content: 'hi', status: 'complete' }),
    ).rejects.toBeInstanceOf(ConversationNotFoundError);
    expect(await history.writes.renameConversation('bob', conversation.id, 'mine now')).toBeNull();
    expect(await history.writes.deleteConversation('bob', conversation.id)).toBe(false);
    expect(await history.reads.getConversation('alice', conversation.id)).toMatchObject({ title: DEFAULT_TITLE });
  });

  it('deletes a conversation with all its messages', async () => {
    const conversation = await createConversation(history, 'alice');
    for (let i = 0; i < 5; i += 1) {
      await appendMessage(history, 'alice', conversation.id, { role: 'user', content: `q${i}`, status: 'complete' });
    }
    expect(await history.writes.deleteConversation('alice', conversation.id)).toBe(true);
    expect(await history.reads.getConversation('alice', conversation.id)).toBeNull();
    const leftovers = await client.firestore.collectionGroup('messages').get();
    expect(leftovers.size).toBe(0);
  });
});
