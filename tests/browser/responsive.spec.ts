// The page fits every window from 320 px up: no sideways scrolling, a canvas of at least half the height, every
// header control whole, the side panels folding over the canvas on narrow screens, and touch working on the graph.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { nodePoint, openApp, selectedId, waitForCanvas, watchErrors } from './helpers';
import { placedGraph, serve } from './large-fixtures';
import { layoutProblems, SIZES } from './page-layout';

async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const explore = (page: Page) => page.getByRole('button', { name: 'Explore', exact: true });
const inspectorButton = (page: Page) => page.getByRole('button', { name: 'Inspector', exact: true });

/** At a narrow size: each panel opens over the canvas, alone, and the layout holds with it open. */
async function checkNarrowPanels(page: Page): Promise<void> {
  await expect(page.locator('#sidebar')).toBeHidden();
  await expect(page.locator('#inspector')).toBeHidden();
  await expect(explore(page)).toHaveAttribute('aria-controls', 'sidebar');
  await explore(page).click();
  await expect(explore(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  expect(await seriousAxe(page)).toEqual([]);
  await inspectorButton(page).click();
  await expect(explore(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#sidebar')).toBeHidden();
  await expect(inspectorButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#inspector')).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  expect(await seriousAxe(page)).toEqual([]);
  await inspectorButton(page).click();
  await expect(page.locator('#inspector')).toBeHidden();
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the seed fits: nothing scrolls sideways, the canvas keeps half the height`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await openApp(page, '/#node=vladimir-putin');
    if (size.width < 900) {
      // On a phone the selected actor's inspector opens over the canvas; close it for the picture.
      await expect(inspectorButton(page)).toHaveAttribute('aria-expanded', 'true');
      await inspectorButton(page).click();
    }
    expect(await layoutProblems(page)).toEqual([]);
    expect(await seriousAxe(page)).toEqual([]);
    await page.screenshot({ path: `docs/layout-${size.name}.png` });
    if (size.width < 900) await checkNarrowPanels(page);
    else {
      // Wide enough for all three columns: the panels are always there and need no buttons.
      await expect(page.locator('#sidebar')).toBeVisible();
      await expect(page.locator('#inspector')).toBeVisible();
      await expect(explore(page)).toBeHidden();
    }
    expect(errors).toEqual([]);
  });
}

test('a 6,000-actor, 19,000-relation graph fits at every size, the canvas following the window', async ({ page }) => {
  test.setTimeout(120_000);
  await serve(page, '/fixtures/placed.json', placedGraph(6000, 19_000));
  await page.setViewportSize(SIZES[0]);
  await openApp(page, '/?data=/fixtures/placed.json');
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const box = await page.locator('#canvas').boundingBox();
    // Cytoscape is told the new size of its container (a ResizeObserver in src/view/canvas/mount-canvas.ts).
    await expect.poll(() => page.evaluate(() => window.cy.width())).toBe(Math.round(box?.width ?? 0));
    await expect.poll(() => layoutProblems(page), { message: `at ${size.width}` }).toEqual([]);
    if (size.width < 900) await checkNarrowPanels(page);
  }
});

test('the Paths ends fit the sidebar: no sideways scroll on focus, the From list never covers To', async ({ page }) => {
  for (const size of SIZES.slice(0, 2)) {
    await page.setViewportSize(size);
    await openApp(page);
    const sidebar = page.locator('#sidebar');
    const from = page.getByRole('combobox', { name: 'From actor' });
    const to = page.getByRole('combobox', { name: 'To actor' });
    await to.focus();
    await from.fill('pu');
    await expect(page.locator('#path-from-options li').first()).toBeVisible();
    // The list is open: To is still where a click reaches it, below the list, not under it.
    const toBox = await to.boundingBox();
    const listBox = await page.locator('#path-from-options').boundingBox();
    if (!toBox || !listBox) throw new Error('no box');
    expect(toBox.y).toBeGreaterThanOrEqual(listBox.y + listBox.height);
    await to.scrollIntoViewIfNeeded();
    await expect(page.locator('#path-from-options')).toBeVisible();
    const shown = await to.boundingBox();
    if (!shown) throw new Error('no box');
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.id,
      [shown.x + shown.width / 2, shown.y + shown.height / 2],
    );
    expect(hit).toBe('path-to');
    expect(await sidebar.evaluate((s) => [s.scrollLeft, s.scrollWidth <= s.clientWidth])).toEqual([0, true]);
    for (const input of [from, to]) {
      const box = await input.boundingBox();
      const panel = await sidebar.boundingBox();
      expect(box && panel && box.x + box.width <= panel.x + panel.width).toBe(true);
    }
    // A list open above the buttons closes when the press lands, and the press still counts as a click.
    await from.fill('Vladimir Putin');
    await to.fill('Donald Trump');
    await expect(page.locator('#path-to-options')).toBeVisible();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect(page.locator('#paths li.hop').first()).toBeVisible();
    await expect(page.locator('#path-to-options')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Find paths' })).toBeFocused();
  }
});

test('opening Export at 1024 px moves nothing on the page', async ({ page }) => {
  await page.setViewportSize(SIZES[1]);
  await openApp(page);
  const where = () =>
    page.evaluate(() => ({
      scroll: [scrollX, document.documentElement.scrollLeft, document.querySelector('#sidebar')?.scrollLeft],
      boxes: ['.topbar', '#canvas', '#inspector', '#export'].map((s) => {
        const b = document.querySelector(s)?.getBoundingClientRect();
        return [b?.x, b?.y, b?.width];
      }),
    }));
  const before = await where();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  expect(await where()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeHidden();
  expect(await where()).toEqual(before);
});

test('on a phone, a tap selects an actor and opens its inspector, and a pinch zooms the graph', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openApp(page);
  const point = await nodePoint(page, 'vladimir-putin');
  await page.touchscreen.tap(point.x, point.y);
  await expect.poll(() => selectedId(page)).toBe('vladimir-putin');
  await expect(inspectorButton(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#inspector h2').first()).toHaveText('Vladimir Putin');
  await expect(page.locator('#inspector')).toBeInViewport();
  await inspectorButton(page).click();
  await waitForCanvas(page);

  // Two fingers moving apart over the canvas, as the browser reports them to cytoscape (touch events).
  const zoom = await page.evaluate(() => window.cy.zoom());
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('no canvas box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const cdp = await context.newCDPSession(page);
  const fingers = (spread: number) => [
    { x: cx - spread, y: cy, id: 0 },
    { x: cx + spread, y: cy, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let spread = 30; spread <= 120; spread += 10)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  expect(await page.evaluate(() => window.cy.zoom())).toBeGreaterThan(zoom * 2);
  // The page itself did not zoom or scroll sideways: the pinch went to the graph.
  expect(await page.evaluate(() => [visualViewport?.scale, scrollX])).toEqual([1, 0]);
  // The browser's own pinch gesture reaches cytoscape as well, and still leaves the page's scale alone.
  const before = await page.evaluate(() => window.cy.zoom());
  await cdp.send('Input.synthesizePinchGesture', { x: cx, y: cy, scaleFactor: 2, gestureSourceType: 'touch' });
  expect(await page.evaluate(() => window.cy.zoom())).toBeGreaterThan(before * 1.3);
  expect(await page.evaluate(() => [visualViewport?.scale, scrollX])).toEqual([1, 0]);
  await context.close();
});
