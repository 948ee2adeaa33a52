import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app's root is web/; the bundle goes to dist/web/, which `corroborate serve` serves.
// `npx vite --config web/vite.config.ts` proxies /api to a server started with
// `corroborate serve --port 4173` for development.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:4173' } },
});
