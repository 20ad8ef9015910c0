import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The text of `schema.graphql`: the Pothos schema, sorted so diffs stay small. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
