// Vite builds the single-page explorer; graph-data/ is served and bundled as static datasets.
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: scripts, workers, fonts and styles only from the app's own origin,
 * no plugins, no <base>, no form posts. Inline styles are allowed because cytoscape writes style attributes on its
 * canvas layers; inline scripts are not. Images may be data:/blob: (PNG export, legend swatches); any http(s) URL
 * may be fetched, since `?data=` opens a dataset from another site that allows it (CORS).
 * `frame-ancestors` is left out: browsers ignore it in a <meta> tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' http: https:",
  "form-action 'none'",
].join('; ');

/** The CSP as a <meta> tag, its quotes escaped for the attribute. */
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}" />`;

/**
 * Puts the CSP right after `<meta charset>` in the built index.html, before any script or stylesheet it must cover.
 * Build only: the dev server injects inline scripts (HMR client) that the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'backchannel-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      /<meta charset[^>]*>/i.test(html)
        ? html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${CSP_META}`)
        : html.replace(/<head>/i, `<head>\n    ${CSP_META}`),
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 800 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
