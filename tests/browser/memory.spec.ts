// Opening and replacing datasets fifty times leaves one cytoscape core, no growing listeners, and a bounded heap.
import { expect, type Page, test } from '@playwright/test';
import { openApp, readSeed, waitForCanvas } from './helpers';

/** Event listeners on window and document, counted through the DevTools protocol. */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId as string });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

/** Canvas elements inside the graph container: cytoscape draws with a fixed set per core. */
const canvases = (page: Page) => page.locator('#canvas canvas').count();

test('fifty dataset loads keep one cytoscape core and the same listeners', async ({ page }) => {
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
  // Reported, not asserted: heap size depends on when the collector last ran.
  console.log(
    `heap after the first load ${(firstHeap / 1e6).toFixed(1)} MB, after fifty ${((await heap()) / 1e6).toFixed(1)} MB`,
  );
});
