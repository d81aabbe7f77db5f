// Effects with a lifecycle: the last open wins, and a worker that fails says so and leaves the graph on screen.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const FIXTURES = 'tests/fixtures/';
const SMALL = 'graphology+graphology__basic.gexf'; // 2 nodes, 2 edges
const BROKEN = 'backchannel__malformed.graphml';

/** The dataset in the app's store: its id and its counts. */
const shownDataset = (page: Page) =>
  page.evaluate(() => {
    const dataset = window.app.store.get().dataset;
    return dataset && { id: dataset.id, order: dataset.graph.order, size: dataset.graph.size };
  });

/**
 * Opens a broken file and waits for its alert. The load worker answers in order, so once this newer open has
 * failed, any older answer that was going to replace the graph has already done so: a barrier, not a sleep.
 */
async function openBrokenAsBarrier(page: Page): Promise<void> {
  await page.setInputFiles('#file-input', FIXTURES + BROKEN);
  await expect(page.getByRole('alert')).toContainText(BROKEN);
}

test('a ?data= address that answers late loses to a file chosen before it answers', async ({ page }) => {
  const errors = watchErrors(page);
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held: () => void = () => {};
  const requested = new Promise<void>((resolve) => {
    held = resolve;
  });
  // The address answers only when the test says so, with a graph of its own (84 actors).
  await page.route(
    (url) => url.pathname === '/fixtures/late.graphml',
    async (route) => {
      held();
      await released;
      const body = readFileSync(`${FIXTURES}Calpano+graphinout__got-graph.graphml`, 'utf8');
      await route.fulfill({ body, contentType: 'application/xml' }).catch(() => {}); // the page may have given up
    },
  );
  // How the held request ends, heard from the start: the page may give up on it before it answers.
  const settled = new Promise<string>((resolve) => {
    page.on('requestfailed', (r) => r.url().includes('/fixtures/late.graphml') && resolve('failed'));
    page.on('requestfinished', (r) => r.url().includes('/fixtures/late.graphml') && resolve('finished'));
  });
  await page.goto('/?data=/fixtures/late.graphml');
  await requested;
  await expect(page.locator('#status')).toContainText('Fetching late.graphml');

  await page.setInputFiles('#file-input', FIXTURES + SMALL);
  await expect(page.locator('#status')).toContainText(`Opened ${SMALL} (GEXF, 2 nodes, 2 edges)`);
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');

  // Now the address answers (to a page that gave up on it: Playwright may still count the request as finished);
  // once it has, the file's graph and status stay.
  release();
  await settled;
  await expect(page.locator('#status')).toContainText(`Opened ${SMALL} (GEXF, 2 nodes, 2 edges)`);
  await openBrokenAsBarrier(page);
  expect(await shownDataset(page)).toEqual({ id: SMALL, order: 2, size: 2 });
  await expect(page.locator('#dataset-counts')).toContainText('2 actors');
  expect(await page.evaluate(() => window.cy.nodes().length)).toBe(2);
  expect(errors).toEqual([]);
});

/**
 * Serves the built load worker with a line in front that misbehaves for files whose name holds a marker:
 * "crash-" throws (the worker's `error` event), "garble-" answers with something outside the protocol, and "hang-"
 * never answers, as a parse of a very large file would not for a long time.
 */
async function plantFaultyLoadWorker(page: Page): Promise<string[]> {
  const served: string[] = [];
  await page.route(/\/assets\/load-worker-[^/]+\.js$/, async (route) => {
    served.push(route.request().url());
    const response = await route.fetch();
    const planted = `self.addEventListener('message', (event) => {
      const names = JSON.stringify(event.data?.body?.files?.map((f) => f.name) ?? []);
      if (names.includes('crash-')) { event.stopImmediatePropagation(); throw new Error('planted failure'); }
      if (names.includes('garble-')) { event.stopImmediatePropagation(); self.postMessage('garbage'); }
      if (names.includes('hang-')) {
        event.stopImmediatePropagation();
        self.postMessage({ id: event.data.id, type: 'progress', progress: 'parsing' });
      }
    });\n`;
    await route.fulfill({ response, body: planted + (await response.text()) });
  });
  return served;
}

for (const [marker, reason] of [
  ['crash-', 'it threw: Uncaught Error: planted failure'],
  ['garble-', 'it sent a message the page cannot use'],
] as const) {
  test(`a load worker that fails (${marker}) gives an alert, keeps the graph, and leaves no progress`, async ({
    page,
  }) => {
    const served = await plantFaultyLoadWorker(page);
    await openApp(page);
    expect(served).toHaveLength(1); // the worker the seed was opened with is the planted one
    const before = await shownDataset(page);
    const name = `${marker}${SMALL}`;
    await page.setInputFiles('#file-input', { name, mimeType: 'text/xml', buffer: readFileSync(FIXTURES + SMALL) });
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      `The file reader stopped unexpectedly while opening ${name} (${reason}). Reload the page and try again; if it happens again the file may be too large for this browser.`,
    );
    expect(await shownDataset(page)).toEqual(before);
    await expect(page.locator('#load-progress')).toBeHidden();
    await expect(page.locator('#progress')).toBeHidden();
    await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('#status')).toHaveAttribute('data-kind', 'error');
    // The next open gets a fresh worker and works.
    await page.setInputFiles('#file-input', FIXTURES + SMALL);
    await expect(page.locator('#status')).toContainText(`Opened ${SMALL} (GEXF, 2 nodes, 2 edges)`);
    expect(served).toHaveLength(2);
  });
}

test('a file still being parsed is stopped when another is chosen, and its graph never shows', async ({ page }) => {
  const errors = watchErrors(page);
  await plantFaultyLoadWorker(page);
  // Counts the load workers the page starts and stops.
  await page.addInitScript(() => {
    const counts = { started: 0, stopped: 0 };
    (window as unknown as { loadWorkers: typeof counts }).loadWorkers = counts;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('load-worker')) return;
        counts.started++;
        this.terminate = () => {
          counts.stopped++;
          super.terminate();
        };
      }
    };
  });
  await openApp(page);
  const workers = () => page.evaluate(() => (window as unknown as { loadWorkers: object }).loadWorkers);
  expect(await workers()).toEqual({ started: 1, stopped: 0 });
  const hanging = `hang-${SMALL}`;
  await page.setInputFiles('#file-input', {
    name: hanging,
    mimeType: 'text/xml',
    buffer: readFileSync(FIXTURES + SMALL),
  });
  await expect(page.locator('#status')).toContainText(`Opening ${hanging}: parsing`);
  await expect(page.locator('#load-progress')).toBeVisible();
  await page.setInputFiles('#file-input', FIXTURES + SMALL);
  await expect(page.locator('#status')).toContainText(`Opened ${SMALL} (GEXF, 2 nodes, 2 edges)`);
  await expect(page.locator('#load-progress')).toBeHidden();
  expect(await workers()).toEqual({ started: 2, stopped: 1 });
  expect(await shownDataset(page)).toEqual({ id: SMALL, order: 2, size: 2 });
  expect(errors).toEqual([]);
});

test('a layout worker that fails gives an alert, draws the graph anyway, and leaves no progress', async ({ page }) => {
  await page.route(/\/assets\/force-worker-[^/]+\.js$/, (route) =>
    route.fulfill({ body: "throw new Error('planted failure');", contentType: 'text/javascript' }),
  );
  await openApp(page);
  // A ring of 600 actors without positions: large enough for ForceAtlas2 in its worker.
  const rows = Array.from({ length: 600 }, (_, i) => `a${i},a${(i + 1) % 600}`);
  const buffer = Buffer.from(`source,target\n${rows.join('\n')}\n`);
  await page.setInputFiles('#file-input', { name: 'ring.csv', mimeType: 'text/csv', buffer });
  await expect(page.getByRole('alert')).toHaveText(
    /^The force layout stopped unexpectedly while laying out 600 actors \(it threw: Uncaught Error: planted failure\)\. The graph is shown where the layout left it; reload the page and try again, or choose another layout\.$/,
  );
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
  expect(await shownDataset(page)).toEqual({ id: 'ring.csv', order: 600, size: 600 });
  expect(await page.evaluate(() => window.cy.nodes().length)).toBe(600);
  await expect(page.locator('#progress')).toBeHidden();
  await expect(page.locator('#cancel-layout')).toBeHidden();
  await expect(page.locator('#load-progress')).toBeHidden();
});
