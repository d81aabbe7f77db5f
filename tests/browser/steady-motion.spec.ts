// Large graphs stay steady while they move: the relation layer stays inside the canvas, labels never pile up,
// important actors keep their labels and the selected one its halo at any zoom, the wheel zooms by a fixed step.
import { expect, type Page, test } from '@playwright/test';
import { HALO_PX } from '../../src/view/canvas/canvas-labels';
import { WHEEL_ZOOM_PER_NOTCH } from '../../src/view/canvas/wheel-zoom';
import { anyOverlap, boxesOverlap, type LabelBox } from '../../src/view/export/place-labels';
import { nodePoint, openApp, waitForCanvas, watchErrors } from './helpers';
import { positionedGraph, serve } from './large-fixtures';

/** The large fixture: about 6,000 actors and 19,000 relations with stored positions, drawn in the 'large' profile. */
async function openLarge(page: Page): Promise<void> {
  await serve(page, '/fixtures/steady.json', positionedGraph(6000, 19_000));
  await page.goto('/?data=/fixtures/steady.json');
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large', { timeout: 60_000 });
  await waitForCanvas(page);
}

/** Sets the zoom about the canvas centre and waits until the labels are placed for it. */
async function zoomTo(page: Page, zoom: number): Promise<void> {
  await page.evaluate((level) => {
    const cy = window.cy;
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, zoom);
  await expect(page.locator('#canvas')).toHaveAttribute('data-label-zoom', zoom.toFixed(2));
}

/** The screen boxes of the labels the canvas shows, as cytoscape lays them out. */
function shownLabelBoxes(page: Page): Promise<{ key: string; box: LabelBox }[]> {
  return page.evaluate(() =>
    window.backchannel.labelledActors().map((key) => {
      const node = window.cy.getElementById(key);
      const { x1, y1, x2, y2 } = node.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false });
      const zoom = window.cy.zoom();
      const pan = window.cy.pan();
      // Only what is drawn: a label cytoscape would not draw (too small, culled) must not be reported as shown.
      const drawn = node.numericStyle('text-opacity') > 0 && node.visible();
      const box = { x1: x1 * zoom + pan.x, y1: y1 * zoom + pan.y, x2: x2 * zoom + pan.x, y2: y2 * zoom + pan.y };
      return { key: drawn ? key : `${key} (not drawn)`, box };
    }),
  );
}

/** A box grown by `by` pixels on every side. */
const grow = (box: LabelBox, by: number): LabelBox => ({
  x1: box.x1 - by,
  y1: box.y1 - by,
  x2: box.x2 + by,
  y2: box.y2 + by,
});

/** Whether two screenshots of the same region are byte for byte the same. */
async function sameShots(page: Page, selector: string, before: Buffer): Promise<boolean> {
  return Buffer.compare(await page.locator(selector).screenshot({ animations: 'disabled' }), before) === 0;
}

test('dragging and wheel-zooming a large graph never paints over the sidebar or the inspector', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openLarge(page);
  await zoomTo(page, 0.6);
  const before = {
    sidebar: await page.locator('.sidebar').screenshot({ animations: 'disabled' }),
    inspector: await page.locator('.inspector').screenshot({ animations: 'disabled' }),
  };
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('no canvas box');
  // Start near the inspector's edge and drag towards it, so lines carried along would cross into it.
  const start = { x: box.x + box.width - 60, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(start.x + 25 * k, start.y + 10 * k);
  expect(await page.evaluate(() => window.cy.pan().x)).not.toBe(0);
  expect(await sameShots(page, '.inspector', before.inspector)).toBe(true);
  expect(await sameShots(page, '.sidebar', before.sidebar)).toBe(true);
  await page.mouse.up();
  // Zoomed in far with the wheel near the sidebar, the picture grows towards it; still nothing crosses.
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  for (let k = 0; k < 4; k++) await page.mouse.wheel(0, -100);
  expect(await sameShots(page, '.sidebar', before.sidebar)).toBe(true);
  expect(await sameShots(page, '.inspector', before.inspector)).toBe(true);
  // The relation layer moves with the camera cytoscape drew: after the camera rests it is redrawn untransformed.
  await expect(page.locator('.relation-layer')).toHaveCSS('transform', 'none');
  expect(errors).toEqual([]);
});

test('one wheel notch zooms by the fixed step, in and out, about the pointer', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('no canvas box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const [delta, factor] of [
    [-100, WHEEL_ZOOM_PER_NOTCH],
    [-100, WHEEL_ZOOM_PER_NOTCH],
    [100, 1 / WHEEL_ZOOM_PER_NOTCH],
  ] as const) {
    const zoom = await page.evaluate(() => window.cy.zoom());
    await page.mouse.wheel(0, delta);
    await expect.poll(() => page.evaluate(() => window.cy.zoom())).not.toBe(zoom);
    const after = await page.evaluate(() => window.cy.zoom());
    expect(after / zoom).toBeCloseTo(factor, 3);
  }
  expect(errors).toEqual([]);
});

test('labels shown at a mid zoom never overlap, on the seed and on a large graph', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page);
  for (const zoom of [0.8, 1.6]) {
    await zoomTo(page, zoom);
    const labels = await shownLabelBoxes(page);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((l) => l.key.endsWith('(not drawn)'))).toEqual([]);
    expect(anyOverlap(labels.map((l) => l.box))).toBe(false);
  }
  await openLarge(page);
  // Right after a wheel notch in from a zoom where labels are too small to draw (1.0 to 1.7), before the camera
  // rests, no label cytoscape would draw overlaps another.
  await zoomTo(page, 1); // fresh: no label of this graph placed yet
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('no canvas box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -100);
  const drawn = await drawnLabelBoxes(page);
  expect(drawn.length).toBeGreaterThan(5);
  expect(anyOverlap(drawn)).toBe(false);
  // In one task: out to 1.0, over to actors never placed, and in to 1.7. The last zoom comes well inside the
  // placement throttle and must still place, or those actors' labels pile up until the camera rests.
  await page.evaluate(() => {
    const cy = window.cy;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.zoom({ level: 1, renderedPosition: centre });
    cy.panBy({ x: -cy.width(), y: -cy.height() / 2 });
    cy.zoom({ level: 1.7, renderedPosition: centre });
  });
  const twice = await drawnLabelBoxes(page);
  expect(twice.length).toBeGreaterThan(5);
  expect(anyOverlap(twice)).toBe(false);
  await zoomTo(page, 1.6);
  const labels = await shownLabelBoxes(page);
  expect(labels.length).toBeGreaterThan(20);
  expect(labels.filter((l) => l.key.endsWith('(not drawn)'))).toEqual([]);
  expect(anyOverlap(labels.map((l) => l.box))).toBe(false);
  // Culling did something: some actors in view keep their label hidden.
  expect(await page.evaluate(() => window.cy.nodes('.label-culled').length)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

/** Counts the halo-coloured pixels cytoscape drew on its actor layer in a square around a point of the canvas. */
function haloPixels(page: Page, point: { x: number; y: number }, radius: number): Promise<number> {
  return page.evaluate(
    ({ x, y, r }) => {
      const layer = document.querySelector<HTMLCanvasElement>('#canvas canvas[data-id$="-node"]');
      const data = layer?.getContext('2d')?.getImageData(Math.round(x - r), Math.round(y - r), 2 * r, 2 * r).data;
      let count = 0;
      // The halo (#f59e0b at 0.55 opacity) is orange: red high, blue far below green, partly transparent.
      for (let i = 0; data && i < data.length; i += 4) {
        const [red, green, blue, alpha] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
        if (alpha > 60 && red > 200 && green > 120 && green < 200 && blue < 80) count++;
      }
      return count;
    },
    { ...point, r: radius },
  );
}

test('at overview zoom the selected actor, its neighbours and a found path keep labels, and a halo shows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openLarge(page);
  // Select an actor with a real click where it is drawn, then go back to the overview.
  await page.evaluate(() => {
    window.cy.zoom(2);
    window.cy.center(window.cy.getElementById('n42'));
  });
  const point = await nodePoint(page, 'n42');
  await page.mouse.click(point.x + 1.5, point.y + 1.5);
  await expect(page.locator('#inspector-body h2')).toHaveText('Actor 42');
  await page.getByRole('button', { name: 'Reset view' }).click();
  const overview = await page.evaluate(() => window.cy.zoom());
  expect(overview).toBeLessThan(0.3);
  await expect(page.locator('#canvas')).toHaveAttribute('data-label-zoom', overview.toFixed(2));
  const neighbours = await page.evaluate(() => window.backchannel.graph.neighbors('n42'));
  await expect.poll(() => page.evaluate(() => window.backchannel.labelledActors())).toContain('n42');
  const labelled = await page.evaluate(() => window.backchannel.labelledActors());
  // Every important label is drawn at a readable size, and only those: the rest are too small at this zoom.
  expect(labelled.every((key) => key === 'n42' || neighbours.includes(key))).toBe(true);
  expect(labelled.length).toBeGreaterThan(1);
  const fontPx = await page.evaluate(
    () => window.cy.getElementById('n42').numericStyle('font-size') * window.cy.zoom(),
  );
  expect(fontPx).toBeGreaterThanOrEqual(10);
  // The halo keeps its screen size: padding × zoom, and orange pixels around the actor on the page.
  const padding = await page.evaluate(
    () => window.cy.getElementById('n42').numericStyle('underlay-padding') * window.cy.zoom(),
  );
  expect(padding).toBeGreaterThanOrEqual(HALO_PX - 0.01);
  const rendered = await page.evaluate(() => window.cy.getElementById('n42').renderedPosition());
  expect(await haloPixels(page, rendered, HALO_PX + 6)).toBeGreaterThan(HALO_PX * HALO_PX);
  expect(errors).toEqual([]);
});

test('a found path is labelled at overview zoom, every actor on it', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const paths = page.getByRole('region', { name: 'Paths' });
  await paths.getByRole('combobox', { name: 'From actor' }).fill('Macron');
  await paths.getByRole('combobox', { name: 'From actor' }).press('Enter');
  await paths.getByRole('combobox', { name: 'To actor' }).fill('Iran');
  await paths.getByRole('combobox', { name: 'To actor' }).press('Enter');
  await paths.getByRole('button', { name: 'Find paths' }).click();
  await expect(paths.locator('li.path').first()).toBeVisible();
  // The camera first fits the path (animated); zoom out once it rests.
  await expect.poll(() => page.evaluate(() => window.cy.animated())).toBe(false);
  await zoomTo(page, 0.4);
  const onPath = await page.evaluate(() => window.cy.nodes('.on-path').map((n) => n.id()));
  expect(onPath.length).toBeGreaterThan(1);
  // Each actor on the path is labelled at a readable size, unless its label would cover one of the path's already
  // placed (labels never pile up): most of them are, and every one left out is covered by a shown one.
  const labels = await shownLabelBoxes(page);
  const shownKeys = labels.map((l) => l.key);
  expect(shownKeys.filter((key) => onPath.includes(key)).length).toBeGreaterThanOrEqual(Math.ceil(onPath.length / 2));
  const missing = onPath.filter((key) => !shownKeys.includes(key));
  const missingBoxes = await page.evaluate(
    (keys) =>
      keys.map((key) => {
        const { x1, y1, x2, y2 } = window.cy
          .getElementById(key)
          .boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false });
        const [zoom, pan] = [window.cy.zoom(), window.cy.pan()];
        return { x1: x1 * zoom + pan.x, y1: y1 * zoom + pan.y, x2: x2 * zoom + pan.x, y2: y2 * zoom + pan.y };
      }),
    missing,
  );
  for (const box of missingBoxes) expect(labels.some((l) => boxesOverlap(grow(box, 2), l.box))).toBe(true);
  expect(
    await page.evaluate(() => window.cy.getElementById('emmanuel-macron').numericStyle('font-size') * window.cy.zoom()),
  ).toBeGreaterThanOrEqual(10);
  expect(anyOverlap((await shownLabelBoxes(page)).map((l) => l.box))).toBe(false);
  expect(errors).toEqual([]);
});

test('the hover tooltip goes when the actor is clicked', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const key = await page.evaluate(() => window.cy.nodes()[0]?.id() ?? '');
  const point = await nodePoint(page, key);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('#canvas .tooltip')).toBeVisible();
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.locator('#canvas .tooltip')).toBeHidden();
  expect(errors).toEqual([]);
});

/** The screen boxes of the labels cytoscape would draw now (readable, visible, on screen), read at once. */
function drawnLabelBoxes(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    const [zoom, pan, width, height] = [cy.zoom(), cy.pan(), cy.width(), cy.height()];
    return cy
      .nodes()
      .filter((node) => {
        const readable = node.numericStyle('font-size') * zoom >= node.numericStyle('min-zoomed-font-size');
        return readable && node.numericStyle('text-opacity') > 0 && node.visible();
      })
      .map((node) => {
        const b = node.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false });
        return { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y };
      })
      .filter((b) => b.x2 > 0 && b.x1 < width && b.y2 > 0 && b.y1 < height); // labels on the screen
  });
}

test('at rest a large graph stops drawing: placing labels does not make cytoscape resize and draw again', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openLarge(page);
  await zoomTo(page, 1.6);
  // Labels write their counts on the canvas's element; cytoscape once answered each write with a resize (a full
  // redraw, the relation layer and the labels again), 100 ms later, for ever.
  const resizes = await page.evaluate(async () => {
    let count = 0;
    window.cy.on('resize', () => count++);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return count;
  });
  expect(resizes).toBe(0);
  // A real change of size is still followed.
  const before = await page.evaluate(() => window.cy.width());
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(() => page.evaluate(() => window.cy.width())).not.toBe(before);
  expect(errors).toEqual([]);
});
