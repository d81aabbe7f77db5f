// Builds the two peer pages (bare cytoscape, sigma.js + graphology) into bench/dist/pages for the runner to serve.

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = resolve(import.meta.dirname, 'pages');

/** The peer pages' build: two HTML inputs, written to bench/dist/pages. */
export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/pages'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { cytoscape: resolve(pages, 'cytoscape.html'), sigma: resolve(pages, 'sigma.html') },
    },
  },
});
