// Printing: the title, the graph as an image of the current view, the legend and the inspector's text, none overlapping.
import { expect, type Page, test } from '@playwright/test';
import { openApp } from './helpers';
import { placedGraph, serve } from './large-fixtures';

/** The page boxes of the printed parts, in print media after the `beforeprint` path ran. */
async function printedBoxes(page: Page) {
  const parts = {
    brand: '.brand',
    title: '#dataset-title',
    graph: 'img.print-graph',
    legend: '#legend',
    inspector: '#inspector',
  };
  const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (const [name, selector] of Object.entries(parts)) {
    await expect(page.locator(selector), name).toBeVisible();
    const box = await page.locator(selector).boundingBox();
    if (!box || box.width < 1 || box.height < 1) throw new Error(`${name} has no box`);
    boxes[name] = box;
  }
  return boxes;
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** How many of the printed image's pixels are not white: a blank or clipped-away graph has next to none. */
async function inkedPixels(page: Page): Promise<number> {
  return page.locator('img.print-graph').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = canvas.getContext('2d');
    ctx?.drawImage(img, 0, 0);
    const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 600) inked++;
    return inked;
  });
}

async function printAndCheck(page: Page, actor: string): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const boxes = await printedBoxes(page);
  const names = Object.keys(boxes);
  for (const [i, a] of names.entries())
    for (const b of names.slice(i + 1)) expect(overlap(boxes[a] as Box, boxes[b] as Box), `${a} over ${b}`).toBe(false);
  // The canvas itself and the controls do not print; the image stands in for the canvas.
  await expect(page.locator('#canvas')).toBeHidden();
  await expect(page.locator('#sidebar')).toBeHidden();
  for (const toolbar of await page.locator('.toolbar').all()) await expect(toolbar).toBeHidden();
  await expect(page.locator('#inspector .edit-tools')).toBeHidden();
  await expect(page.locator('#inspector h2').first()).toHaveText(actor);
  await expect(page.locator('#inspector')).toContainText('Relations');
  expect(await inkedPixels(page)).toBeGreaterThan(200);
  // Chromium headless renders the printed page (page.pdf does not fire beforeprint itself: the image is in already).
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(20_000);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('img.print-graph')).toHaveCount(0);
  await expect(page.locator('#canvas')).toBeVisible();
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`printed at ${size.width} px: title, graph image, legend and inspector, one after another`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page, '/#node=vladimir-putin');
    await printAndCheck(page, 'Vladimir Putin');
  });
}

test('a 6,000-actor graph (relations on the relation layer) prints the same way', async ({ page }) => {
  test.setTimeout(120_000);
  await serve(page, '/fixtures/placed.json', placedGraph(6000, 19_000));
  await openApp(page, '/?data=/fixtures/placed.json#node=n1');
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large');
  await printAndCheck(page, 'Actor 1');
});
