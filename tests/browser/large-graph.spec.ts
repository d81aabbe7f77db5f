// Large graphs: the fast drawing profile, and force-directed layout in a worker with progress and cancel.
import { expect, type Page, test } from '@playwright/test';
import { waitForCanvas, watchErrors } from './helpers';

/** A random graphology JSON graph without positions, built in the test so no large file is committed. */
function syntheticGraph(nodes: number, edges: number): string {
  let state = 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const list = Array.from({ length: nodes }, (_, i) => ({ key: `n${i}`, attributes: { label: `Actor ${i}` } }));
  const links = Array.from({ length: edges }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(random() * nodes)}`,
    target: `n${Math.floor(random() * nodes)}`,
  }));
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes: list, edges: links });
}

async function serve(page: Page, path: string, body: string): Promise<void> {
  // Match the path, not the whole URL: the page's own address ends with `?data=<path>` too.
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
}

test('a 6,000-actor graph without positions is laid out in a worker while the page keeps answering', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await serve(page, '/fixtures/large.json', syntheticGraph(6000, 18000));
  // Record, at the moment each click is handled, whether the layout was still running.
  await page.addInitScript(() => {
    document.addEventListener(
      'click',
      () => {
        (window as unknown as { __clickDuringLayout: boolean }).__clickDuringLayout =
          document.querySelector<HTMLProgressElement>('#progress')?.hidden === false;
      },
      true,
    );
  });
  await page.goto('/?data=/fixtures/large.json');
  await expect(page.locator('#progress')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Cancel layout' })).toBeVisible();
  // The page answers while the worker lays out: a click is handled before the layout ends.
  const zoom = await page.evaluate(() => window.cy.zoom());
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await page.evaluate(() => window.cy.zoom())).toBeGreaterThan(zoom);
  expect(await page.evaluate(() => (window as unknown as { __clickDuringLayout: boolean }).__clickDuringLayout)).toBe(
    true,
  );
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large');
  // Meanwhile the worker's positions are sketched on a plain canvas: something is drawn on it.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const sketch = document.querySelector<HTMLCanvasElement>('#canvas .layout-preview');
          const pixels = sketch?.getContext('2d')?.getImageData(0, 0, sketch.width, sketch.height).data;
          return pixels ? pixels.filter((_value, i) => i % 4 === 3 && pixels[i] !== 0).length : 0;
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(1000);
  await page.getByRole('button', { name: 'Cancel layout' }).click();
  await waitForCanvas(page);
  await expect(page.locator('#progress')).toBeHidden();
  await expect(page.locator('#canvas .layout-preview')).toHaveCount(0);
  const spread = await page.evaluate(() => {
    const xs = window.cy.nodes().map((n) => n.position('x'));
    return Math.max(...xs) - Math.min(...xs);
  });
  expect(spread).toBeGreaterThan(100);
  expect(await page.evaluate(() => window.cy.nodes().length)).toBe(6000);
  expect(errors).toEqual([]);
});

test('a small graph keeps the detailed profile, and opening datasets again leaves one cytoscape core', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await serve(page, '/fixtures/large.json', syntheticGraph(4000, 12000));
  await page.goto('/');
  await waitForCanvas(page);
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'detailed');
  // Switching between size classes replaces the core; the old canvas elements must be gone with it.
  await page.goto('/?data=/fixtures/large.json');
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large', { timeout: 30_000 });
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  // The finished layout reached cytoscape in one go, every actor placed, and its sketch is gone.
  const placed = await page.evaluate(() => {
    const xs = window.cy.nodes().map((n) => n.position('x'));
    return { count: xs.length, spread: Math.max(...xs) - Math.min(...xs) };
  });
  expect(placed.count).toBe(4000);
  expect(placed.spread).toBeGreaterThan(100);
  await expect(page.locator('#canvas .layout-preview')).toHaveCount(0);
  await page.getByLabel('Dataset').selectOption('sixth-call');
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'detailed', { timeout: 30_000 });
  await waitForCanvas(page);
  expect(await page.locator('#canvas canvas').count()).toBeLessThanOrEqual(3);
});
