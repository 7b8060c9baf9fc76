// Vite build of the single-page app into web/dist; in dev, /api is proxied to a running server (API_URL, default :8000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The quick-add box runs the assistant's own parser in the browser; it imports rrule the Node way.
  resolve: { alias: [{ find: /^rrule$/, replacement: fileURLToPath(new URL('./src/shims/rrule.ts', import.meta.url)) }] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/api': { target: apiUrl, ws: true } } },
});
