import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed documents for every client in this repository (the `askql` CLI, `examples/`, the web app) and for the
 * tests, generated from the checked-in `schema.graphql`, so `npm run codegen` needs no running server and no
 * network. A schema change that breaks an operation breaks `npm run codegen` and the type check.
 *
 * An operation is picked up when it is written as `graphql(\`…\`)` with the generated `graphql` function.
 * Plain query strings (tests send deliberately invalid ones) are not picked up: `gql` imports and the
 * `/* GraphQL *\/` magic comment are switched off below, so only opted-in operations have to validate.
 *
 * Clients and tests have separate outputs: the clients' operations are what a production server trusts
 * (`src/gql/persisted-documents.json`), and no operation written only for a test may join them.
 */
const SCALARS = { DateTime: 'string', JSON: 'unknown', ID: 'string' };

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // NodeNext needs explicit `.js` extensions in the generated imports.
  emitLegacyCommonJSImports: false,
  pluckConfig: { modules: [], globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'askql typed operation' },
  generates: {
    'src/gql/': {
      documents: ['src/cli/**/*.ts', 'examples/**/*.ts', '!**/node_modules/**', '!examples/web/dist/**'],
      preset: 'client',
      // Trusted documents: every operation gets `__meta__.hash` (SHA-256 of its text) and the manifest
      // `src/gql/persisted-documents.json` maps each hash to its text; a production server runs only those.
      // `__typename` is added everywhere first, as Apollo's and urql's caches add it, so what they send is
      // the manifest's document.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: SCALARS,
        strictScalars: true,
      },
    },
    // The tests' own operations: typed like the clients', but neither hashed nor in any manifest, and without
    // the added `__typename`, so a test's expectations are exactly the selection it wrote. A test of trusted
    // documents sends the clients' operations (src/cli/operations.ts), which are in the manifest.
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: SCALARS, strictScalars: true },
    },
  },
};

export default config;
