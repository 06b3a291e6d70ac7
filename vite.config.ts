/**
 * The browser app's build (docs/adr/0003). Root is web/, output dist/web. Everything is emitted as files so
 * the strict CSP (`default-src 'self'; script-src 'self'`, no inline) holds: CSS as stylesheets, scripts as
 * modules, the map's layout worker as its own script, no inlined assets (no data: URLs).
 *
 * `vite build --mode harness` adds the component harness (web/harness/) for the browser tests; production
 * builds never contain it.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, 'web');

export default defineConfig(({ mode }) => ({
  root,
  base: '/',
  publicDir: path.join(root, 'public'),
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, mode === 'harness' ? 'dist/web-harness' : 'dist/web'),
    emptyOutDir: true,
    // A data: URL would need `img-src data:` or `font-src data:` in the CSP; files need nothing.
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        main: path.join(root, 'index.html'),
        ...(mode === 'harness' ? { harness: path.join(root, 'harness/index.html') } : {}),
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', strictPort: true },
  preview: { host: '127.0.0.1' },
}));
