import { GraphQLError } from 'graphql';

/**
 * Expected failures that a client can act on. Each carries `extensions.code`; yoga's error masking lets
 * GraphQLErrors through and hides everything else behind "Unexpected error.".
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';

export function userError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return userError('BAD_USER_INPUT', message, field === undefined ? {} : { field });
}
