import { z } from 'zod';

/**
 * Opaque cursors for the history connections. A conversation cursor carries the sort key itself
 * (updatedAt and id), not an offset, so a page boundary stays put when conversations are updated,
 * added or deleted between two page requests.
 */

export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super('not a cursor from this connection');
    this.name = 'InvalidCursorError';
  }
}

const conversationCursorModel = z.object({ c: z.literal(1), t: z.number().int(), i: z.string().min(1) });
const messageCursorModel = z.object({ c: z.literal(2), s: z.number().int().min(0) });

export interface ConversationPosition {
  readonly updatedAt: Date;
  readonly id: string;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode<T>(cursor: string, model: z.ZodType<T>): T {
  try {
    return model.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursorError(cursor);
  }
}

export function encodeConversationCursor(position: ConversationPosition): string {
  return encode({ c: 1, t: position.updatedAt.getTime(), i: position.id });
}

export function decodeConversationCursor(cursor: string): ConversationPosition {
  const { t, i } = decode(cursor, conversationCursorModel);
  return { updatedAt: new Date(t), id: i };
}

export function encodeMessageCursor(seq: number): string {
  return encode({ c: 2, s: seq });
}

export function decodeMessageCursor(cursor: string): number {
  return decode(cursor, messageCursorModel).s;
}
