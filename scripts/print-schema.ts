// Regenerates schema.graphql from the Pothos schema (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { printSchemaFile } from '../src/schema/print.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
