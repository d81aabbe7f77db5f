// The seed explorer end to end: canvas, inspector by real clicks, neighbours, search, URL, hover, label overlap.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { clickNode, nodePoint, openApp, readSeed, selectedId, waitForCanvas, watchErrors } from './helpers';

const inspector = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Inspector' });

test('the canvas draws every actor and relation of the seed dataset, with a legend', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const seed = readSeed();
  const counts = await page.evaluate(() => ({ nodes: window.cy.nodes().length, edges: window.cy.edges().length }));
  expect(counts).toEqual({ nodes: seed.nodes.length, edges: seed.edges.length });
  await expect(page.getByRole('complementary', { name: 'Legend' })).toContainText('Person');
  await expect(page.locator('#dataset-counts')).toContainText(`${seed.nodes.length} actors`);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  expect(errors).toEqual([]);
});

test('a real click on Putin fills the inspector with his relations and quotes; a neighbour button follows', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await clickNode(page, 'vladimir-putin');
  expect(await selectedId(page)).toBe('vladimir-putin');
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Vladimir Putin');
  for (const name of ['Donald Trump', 'Emmanuel Macron', 'Olaf Scholz']) {
    await expect(panel.getByRole('button', { name, exact: true }).first()).toBeVisible();
  }
  await expect(panel.locator('blockquote').first()).not.toBeEmpty();
  await expect(panel).toContainText('sixth telephone conversation');
  await expect(panel).toContainText('Emmanuel Macron and Olaf Scholz');
  await expect(panel).toContainText('bilateral manipulation');
  expect(page.url()).toContain('#node=vladimir-putin');
  // The neighbourhood is highlighted and the rest faded.
  const faded = await page.evaluate(
    () => window.cy.getElementById('vladimir-putin').closedNeighborhood().filter('.faded').length,
  );
  expect(faded).toBe(0);
  expect(await page.evaluate(() => window.cy.$('.faded').length)).toBeGreaterThan(0);

  await panel.getByRole('button', { name: 'Donald Trump', exact: true }).first().click();
  expect(await selectedId(page)).toBe('donald-trump');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Donald Trump');
  expect(errors).toEqual([]);
});

test('a click on an edge shows that relation and its evidence; background click and Escape clear', async ({ page }) => {
  await openApp(page);
  const edge = await page.evaluate(() => {
    const e = window.cy
      .edges()
      .filter((x) => x.source().id() === 'donald-trump' || x.target().id() === 'donald-trump')[0];
    if (!e) throw new Error('no edge of Trump');
    return { id: e.id(), mid: e.renderedMidpoint() };
  });
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + edge.mid.x, box.y + edge.mid.y);
  expect(await selectedId(page)).toBe(edge.id);
  await expect(inspector(page).locator('blockquote').first()).not.toBeEmpty();
  await expect(inspector(page).getByRole('heading', { name: 'Evidence' })).toBeVisible();

  await page.mouse.click(box.x + 5, box.y + 5);
  expect(await selectedId(page)).toBeNull();
  await clickNode(page, 'vladimir-putin');
  await page.keyboard.press('Escape');
  expect(await selectedId(page)).toBeNull();
  await expect(inspector(page)).toContainText('Click an actor');
});

test('hovering a node shows its label', async ({ page }) => {
  await openApp(page);
  const point = await nodePoint(page, 'pentagon');
  await page.mouse.move(point.x, point.y);
  await expect(page.getByRole('tooltip')).toHaveText('Pentagon');
});

test('search matches aliases without regard to case and accents; Enter selects and centres', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('kyiv');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  const chosen = await selectedId(page);
  expect(chosen).not.toBeNull();
  const aliases = await page.evaluate((id) => window.cy.getElementById(id as string).data('label'), chosen);
  expect(aliases).toBeTruthy();

  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await search.fill('MACRÓN');
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  await search.press('Enter');
  expect(await selectedId(page)).toBe('emmanuel-macron');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Emmanuel Macron');
  // The centring is animated: poll until the actor sits at the middle of the canvas.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const p = window.cy.getElementById('emmanuel-macron').renderedPosition();
        return Math.max(Math.abs(p.x - window.cy.width() / 2), Math.abs(p.y - window.cy.height() / 2));
      }),
    )
    .toBeLessThan(2);
});

test('#node= opens with that actor selected, and back and forward move through selections', async ({ page }) => {
  await openApp(page, '/#node=olaf-scholz');
  expect(await selectedId(page)).toBe('olaf-scholz');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Olaf Scholz');
  await clickNode(page, 'vladimir-putin');
  await clickNode(page, 'donald-trump');
  expect(await selectedId(page)).toBe('donald-trump');
  await page.goBack();
  await expect.poll(() => selectedId(page)).toBe('vladimir-putin');
  await page.goBack();
  await expect.poll(() => selectedId(page)).toBe('olaf-scholz');
  await page.goForward();
  await expect.poll(() => selectedId(page)).toBe('vladimir-putin');
  await page.reload();
  await waitForCanvas(page);
  expect(await selectedId(page)).toBe('vladimir-putin');
});

test('no two labels overlap at the first fit', async ({ page }) => {
  await openApp(page);
  const overlaps = await page.evaluate(() => {
    const boxes = window.cy.nodes().map((n) => ({
      id: n.id(),
      box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
    }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]?.box;
        const b = boxes[j]?.box;
        if (!a || !b) continue;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${boxes[i]?.id} × ${boxes[j]?.id}`);
      }
    }
    return pairs;
  });
  console.log(`label overlaps at first fit: ${overlaps.length}`);
  expect(overlaps).toEqual([]);
});

test('zoom buttons and Reset view change and restore the camera', async ({ page }) => {
  await openApp(page);
  const start = await page.evaluate(() => window.cy.zoom());
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await page.evaluate(() => window.cy.zoom())).toBeGreaterThan(start);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => page.evaluate(() => window.cy.zoom())).toBeCloseTo(start, 2);
});
