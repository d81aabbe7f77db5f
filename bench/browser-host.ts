// Chromium for the bench: launched as a server so a page blocked for minutes can be killed, never waited out.

import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium';

/** A running Chromium: the client to drive it, and a hard kill for when a blocked page will not close. */
export interface BrowserHost {
  browser: Browser;
  /** Kills the browser process at once (only this process, by its handle). */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/** Launches the project's Chromium with its usual flags, plus precise heap numbers for `performance.memory`. */
export async function launchBrowser(): Promise<BrowserHost> {
  const server = await chromium.launchServer({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    kill: () => server.kill(),
    async close() {
      await browser.close().catch(() => {});
      await server.close().catch(() => server.kill());
    },
  };
}
