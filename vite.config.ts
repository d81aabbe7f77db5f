// Vite builds the single-page explorer; graph-data/ is served and bundled as static datasets.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 800 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
