// Builds what the bench serves (the app's production build and the peer pages) and sizes the app's initial JS.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

/** Where the bench puts the app's build: its own folder, so a run never overwrites dist/ under someone's tests. */
export const APP_DIST = join(import.meta.dirname, 'dist/app');
/** Where the peer pages are built. */
export const PAGES_DIST = join(import.meta.dirname, 'dist/pages');

/** The app's production build (the project's own vite.config.ts, only the output folder differs) and the pages. */
export function buildAll(): void {
  const run = (args: string[]) => execFileSync(process.execPath, [VITE, ...args], { cwd: ROOT, stdio: 'inherit' });
  run(['build', '--logLevel', 'warn', '--outDir', APP_DIST, '--emptyOutDir']);
  run(['build', '--logLevel', 'warn', '--config', join(import.meta.dirname, 'vite.config.ts')]);
}

/** The gzip size of one file, in bytes (zlib's default level, as a web server would send it). */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** The JavaScript index.html loads before anything runs: its module scripts and modulepreloads, gzipped. */
export function initialJs(appDir = APP_DIST): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = [...new Set(urls)].map((url) => join(appDir, url.replace(/^\.?\//, '')));
  return { files, gzipBytes: files.reduce((sum, file) => sum + gzipBytes(file), 0) };
}
