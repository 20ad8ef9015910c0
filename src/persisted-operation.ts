/**
 * The request extension that names a persisted operation by its hash (Apollo's form: askql's server reads it
 * over HTTP, SSE and graphql-ws), from a document `npm run codegen` generated (it carries `__meta__.hash`).
 * Undefined for a document without one. No imports: the web app bundles this file.
 */
export function persistedQuery(document: unknown): { persistedQuery: { version: 1; sha256Hash: string } } | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
  return typeof hash === 'string' ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
}
