#!/usr/bin/env node
// The npm `bin` entry: runs the compiled CLI in dist/ (`npm run build`, which `npm start` runs first).
// From a clone, `npm run askql -- …` runs the TypeScript source through tsx instead.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('askql: not built yet: run `npm run build` (or `npm run askql -- …` to run the source with tsx)');
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(main.href);
