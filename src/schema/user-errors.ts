import type { z } from 'zod';
import { builder } from './builder.js';

/**
 * What a mutation reports about its input, in the payload (the GitHub and Shopify convention): a value the
 * user can fix or an object that is not theirs is data the client shows, not a GraphQL error.
 */
export interface UserErrorShape {
  /** The path to the input value at fault, from the argument (`['input', 'title']`); null for the input as a whole. */
  readonly field: readonly string[] | null;
  readonly message: string;
  readonly code: UserErrorCode;
}

export type UserErrorCode = 'INVALID' | 'NOT_FOUND';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'What is wrong with a mutation’s input. Sending the same input again never helps.',
  values: {
    INVALID: {
      description:
        'A value breaks a limit its description states (empty, too long, the wrong kind of id…): fix it and send again.',
    },
    NOT_FOUND: { description: 'The object does not exist, or is not yours (the two read alike): do not retry.' },
  } as const,
});

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'Something in a mutation’s input that could not be done, for the person who sent it.',
  fields: (t) => ({
    field: t.stringList({
      nullable: true,
      description:
        'The path to the input value at fault, from the argument (`["input", "title"]`); null when it is the input as a whole.',
      resolve: (error) => (error.field ? [...error.field] : null),
    }),
    message: t.exposeString('message', { description: 'What went wrong, in a sentence for people.' }),
    code: t.field({
      type: UserErrorCodeEnum,
      description: 'What went wrong, for code.',
      resolve: (error) => error.code,
    }),
  }),
});

/** The userErrors of an input that fails its zod model: one per issue, its path under `input`. */
export function invalidInput(error: z.ZodError): UserErrorShape[] {
  return error.issues.map((issue) => ({
    field: ['input', ...issue.path.map(String)],
    message: issue.message,
    code: 'INVALID' as const,
  }));
}

export function notFound(field: readonly string[], message: string): UserErrorShape[] {
  return [{ field, message, code: 'NOT_FOUND' }];
}

/** The description of every payload's `userErrors`. */
export const USER_ERRORS_DESCRIPTION = 'What in the input could not be done; empty when the mutation succeeded.';
