import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app's root is web/; the bundle goes to dist/web/, which `corroborate serve` serves.
// `npx vite --config web/vite.config.ts` serves the app with live reload and passes /api on to
// `corroborate serve` (http://127.0.0.1:4173, or CORROBORATE_API). The Host header is passed on
// unchanged, so the server's Origin check sees the page's own origin on uploads.
const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.CORROBORATE_API ?? 'http://127.0.0.1:4173';

export default defineConfig({
  root,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
});
