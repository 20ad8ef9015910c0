import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every client in this repository (the `askql` CLI, `examples/`, the web app and the
 * tests), generated from the checked-in `schema.graphql`, so `npm run codegen` needs no running server and
 * no network. A schema change that breaks a client's operation breaks `npm run codegen` and the type check.
 *
 * An operation is picked up when it is written as `graphql(\`…\`)` with the generated `graphql` function.
 * Plain query strings (tests send deliberately invalid ones) are not picked up: `gql` imports and the
 * `/* GraphQL *\/` magic comment are switched off below, so only opted-in operations have to validate.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/cli/**/*.ts', 'examples/**/*.ts', 'test/**/*.ts', '!src/gql/**', '!**/node_modules/**', '!examples/web/dist/**'],
  ignoreNoDocuments: true,
  // NodeNext needs explicit `.js` extensions in the generated imports.
  emitLegacyCommonJSImports: false,
  pluckConfig: { modules: [], globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'askql typed operation' },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
