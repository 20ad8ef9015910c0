import { z } from 'zod';
import { InvalidCursorError } from '../history/cursor.js';
import { badUserInput } from './errors.js';

/** The largest page a client may ask for. */
export const PAGE_SIZE_MAX = 100;

const pageSize = z.number().int().min(1).max(PAGE_SIZE_MAX).nullish();
const cursor = z.string().min(1).max(500).nullish();

/** Relay connection arguments, validated: sizes 1..100, at most one of `first` and `last`. */
export const connectionArgsModel = z
  .object({ first: pageSize, last: pageSize, after: cursor, before: cursor })
  .refine((args) => args.first == null || args.last == null, {
    error: 'pass either first or last, not both',
    path: ['last'],
  });

/** Turns a cursor this connection did not issue into BAD_USER_INPUT naming the argument that carried it. */
export async function withCursorErrors<T>(
  args: { after?: string | null; before?: string | null },
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      const field = error.cursor === args.before ? 'before' : 'after';
      throw badUserInput(`${field}: not a cursor from this connection`, field);
    }
    throw error;
  }
}
