import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The chat page. `npm run build:web` writes it to examples/web/dist, which `askql serve` serves at `/`
 * in development. `npm run dev:web` runs Vite's dev server against an askql server on port 4000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The generated typed documents live in src/gql at the repository root.
  server: {
    fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] },
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  // firebase pins @firebase/app exactly while @firebase/auth takes the copy firebase-admin brought: two
  // component registries, and "Component auth has not been registered yet". One copy for the page.
  resolve: { dedupe: ['@firebase/app', '@firebase/component'] },
});
