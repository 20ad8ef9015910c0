import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { z } from 'zod';

/**
 * Trusted documents (persisted operations): the operations askql's own clients were built with, listed by
 * `npm run codegen` in a manifest (`src/gql/persisted-documents.json`: SHA-256 of each document → its text).
 * A client names one by its hash, as `extensions.persistedQuery.sha256Hash` (Apollo's form, version 1; yoga
 * refuses GraphQL over HTTP's draft `documentId` body parameter before any plugin sees it). With mode `only` (production's
 * default) nothing else runs, over HTTP, SSE and graphql-ws alike; with `any` a document sent as text runs
 * too (GraphiQL, scripts). yoga's usePersistedOperations plugin covers HTTP only (graphql-ws operations
 * never pass its hook), so both transports call `resolve` here instead.
 */
export type TrustedDocumentsMode = 'any' | 'only';

/** What a request carries that decides which document runs. */
export interface OperationParams {
  readonly query?: string | null | undefined;
  readonly extensions?: unknown;
}

export interface TrustedDocuments {
  readonly mode: TrustedDocumentsMode;
  /** How many documents the manifest lists. */
  readonly size: number;
  /** The text to run for these params, or the error to answer with. */
  resolve(params: OperationParams): { readonly query: string } | GraphQLError;
}

const manifestModel = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex hash'), z.string().min(1));

const persistedQueryModel = z.object({ persistedQuery: z.object({ version: z.literal(1), sha256Hash: z.string() }) });

/** The hash a request names, or null when it names none. */
function requestedHash(params: OperationParams): string | null {
  const persisted = persistedQueryModel.safeParse(params.extensions);
  return persisted.success ? persisted.data.persistedQuery.sha256Hash : null;
}

function refusal(code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_ONLY', message: string): GraphQLError {
  // The same request is refused again: a 400, never worth retrying.
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

export function trustedDocuments(
  mode: TrustedDocumentsMode,
  manifest: Readonly<Record<string, string>>,
): TrustedDocuments {
  const documents = new Map(Object.entries(manifestModel.parse(manifest)));
  return {
    mode,
    size: documents.size,
    resolve(params) {
      const hash = requestedHash(params);
      const known = hash === null ? undefined : documents.get(hash);
      if (known !== undefined) return { query: known };
      if (mode === 'any' && params.query) return { query: params.query };
      if (hash !== null)
        return refusal(
          'PERSISTED_QUERY_NOT_FOUND',
          'This server does not know that operation: it runs only the operations its clients were built with.',
        );
      return refusal(
        'PERSISTED_QUERY_ONLY',
        'This server runs only the operations its clients were built with: send a persisted operation’s hash, not a document.',
      );
    },
  };
}

/**
 * Reads the manifest. A missing file is an empty list with mode `any` (a checkout before `npm run codegen`),
 * and an error with mode `only`, where it would refuse every request.
 */
export function loadTrustedDocuments(mode: TrustedDocumentsMode, file: string): TrustedDocuments {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (mode === 'any') return trustedDocuments(mode, {});
    throw new Error(
      `ASKQL_TRUSTED_DOCUMENTS_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return trustedDocuments(mode, JSON.parse(text) as Record<string, string>);
}
