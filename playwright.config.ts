// Browser tests: Playwright drives Chromium against the built app served by `vite preview` on 127.0.0.1.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser/chromium';

// PLAYWRIGHT_PORT lets two checkouts on one machine run their browser tests at once without sharing a server.
const PORT = Number(process.env.PLAYWRIGHT_PORT) || 4173;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    acceptDownloads: true,
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
