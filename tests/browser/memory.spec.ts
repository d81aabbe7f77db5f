// Opening and replacing datasets fifty times leaves one cytoscape core, no growing listeners, and a bounded heap;
// destroying the app then leaves no listener on window or document.
import { expect, type Page, test } from '@playwright/test';
import { openApp, readSeed, waitForCanvas } from './helpers';

/** Event listeners on window and document (as "window:keydown"), listed through the DevTools protocol. */
async function listeners(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const found: string[] = [];
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const answer = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId as string });
    found.push(...answer.listeners.map((listener) => `${expression}:${listener.type}`));
  }
  await cdp.detach();
  return found;
}

const listenerCount = async (page: Page) => (await listeners(page)).length;

/** Canvas elements inside the graph container: cytoscape draws with a fixed set per core. */
const canvases = (page: Page) => page.locator('#canvas canvas').count();

test('fifty dataset loads keep one cytoscape core and the same listeners; destroy() leaves none', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  const picker = page.getByLabel('Dataset');
  await picker.selectOption('got-relations');
  await expect(page.locator('#dataset-counts')).toContainText('84 actors');
  await waitForCanvas(page);
  const firstCanvases = await canvases(page);
  const firstListeners = await listenerCount(page);
  // Heap measured after a forced collection, so garbage not yet collected does not look like a leak.
  const heap = async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    return page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
  };
  const firstHeap = await heap();
  const seedActors = `${readSeed().nodes.length} actors`;
  for (let i = 0; i < 50; i++) {
    const [id, actors] = i % 2 === 0 ? ['sixth-call', seedActors] : ['got-relations', '84 actors'];
    await picker.selectOption(id);
    await expect(page.locator('#dataset-counts')).toContainText(actors);
    await waitForCanvas(page);
  }
  expect(await canvases(page)).toBe(firstCanvases);
  expect(await listenerCount(page)).toBe(firstListeners);
  expect(firstListeners).toBeGreaterThan(0); // the app does listen on the page (keys, history, cytoscape)
  // Reported, not asserted: heap size depends on when the collector last ran.
  console.log(
    `heap after the first load ${(firstHeap / 1e6).toFixed(1)} MB, after fifty ${((await heap()) / 1e6).toFixed(1)} MB`,
  );
  // Everything the app added to window and document goes with it; its canvas and panels stop following the store.
  await page.evaluate(() => window.app.destroy());
  expect(await listeners(page)).toEqual([]);
  expect(await canvases(page)).toBe(0);
  await page.evaluate(() => window.app.store.update((s) => ({ ...s, status: { kind: 'info', message: 'after' } })));
  await expect(page.locator('#status')).not.toHaveText('after');
});
