// Legends, facets and images that say only what the data has: no "(none)" facets or Stance keys for files without
// them, no "As of" line without a date, the file's own colours kept, twelve categories and one grey "others", and
// whole-graph labels placed so that no two overlap.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../src/model/seeded-random';
import { openApp, waitForCanvas, watchErrors } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

/** Opens a file the way a user does, through the file input, and waits until it is drawn. */
async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.setInputFiles('#file-input', file);
  const name = typeof file === 'string' ? file.split('/').pop() : file.name;
  await expect(page.locator('#status')).toContainText(`Opened ${name}`, { timeout: 60_000 });
  await waitForCanvas(page);
}

async function openExport(page: Page): Promise<void> {
  await page.locator('#export').click();
  await expect(dialog(page)).toBeVisible();
}

/** Clicks Download and returns the file's bytes; the dialog closes on saving and is opened again for what follows. */
async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByRole('button', { name: 'Download' }).click(),
  ]);
  await expect(dialog(page)).toBeHidden();
  await openExport(page);
  return readFileSync(await file.path());
}

/** The texts of an exported SVG's frame (title, legend, credit, "As of"). */
async function svgFrame(page: Page): Promise<string[]> {
  await dialog(page).getByLabel('SVG vector image').check();
  const text = (await download(page)).toString('utf8');
  return page.evaluate(
    (source) =>
      [...new DOMParser().parseFromString(source, 'image/svg+xml').querySelectorAll('g.frame text')].map(
        (t) => t.textContent ?? '',
      ),
    text,
  );
}

/** An image's size, decoded in the page. */
async function imageSize(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
}

test('a file without relation names, kinds, stances or certainties gets no "(none)" facets and no keys for them', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  // The seed has every one of them: the panel and the legend offer them all.
  await expect(page.locator('#filters fieldset legend')).toContainText(['Kinds', 'Relations', 'Stance', 'Certainty']);
  await expect(page.locator('#legend h3')).toHaveText(['Kinds', 'Stance', 'Certainty']);

  await openFile(page, 'tests/fixtures/backchannel__board-seats.graphml');
  await expect(page.locator('#filters fieldset legend')).toHaveText(['By group']);
  await expect(page.locator('#filters')).not.toContainText('(none)');
  await expect(page.locator('#filters fieldset').first().locator('label')).toHaveText([
    'bank (2)',
    'insurer (2)',
    'fund (1)',
  ]);
  await expect(page.locator('#legend h3')).toHaveText(['group']);
  await expect(page.locator('#legend li')).toHaveText(['bank', 'insurer', 'fund']);
  expect(errors).toEqual([]);
});

test('an image of a graph with no date has no "As of" line, unless the user types one; the credit is the file\'s', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'tests/fixtures/backchannel__board-seats.graphml');
  await openExport(page);
  const date = dialog(page).getByLabel('Date to show');
  await expect(date).toHaveAttribute('placeholder', 'none in the data');
  await expect(dialog(page).getByLabel('“As of” date')).toBeChecked();
  const frame = await svgFrame(page);
  expect(frame.filter((t) => t.startsWith('As of'))).toEqual([]);
  expect(frame).toContain('Source: Shared board seats among five invented firms');

  // The PNG has no line for it either: as tall with the box ticked as without.
  await dialog(page).getByLabel('PNG image').check();
  await dialog(page).getByLabel('Scale').selectOption('1');
  const ticked = await imageSize(page, await download(page));
  await dialog(page).getByLabel('“As of” date').uncheck();
  expect(await imageSize(page, await download(page))).toEqual(ticked);

  await dialog(page).getByLabel('“As of” date').check();
  await date.fill('2024-06-30');
  expect((await imageSize(page, await download(page))).height).toBeGreaterThan(ticked.height);
  expect(await svgFrame(page)).toContain('As of 2024-06-30');
});

test("Colour by an attribute the file's own colours follow keeps those colours, on the canvas and in the legend", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await openFile(page, 'tests/fixtures/backchannel__party-colours.gexf');
  const colours = () =>
    page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), String(n.data('color'))])));
  await expect(page.getByLabel('Colour by')).toHaveValue('@file');
  const fromFile = await colours();
  expect(new Set(Object.values(fromFile)).size).toBe(2);
  await page.getByLabel('Colour by').selectOption('party');
  await expect(page.locator('#legend h3')).toHaveText(['party']);
  // The larger Red party would take the palette's first colour, a blue: the file's red and blue stay instead.
  expect(await colours()).toEqual(fromFile);
  const swatches = await page
    .locator('#legend li')
    .evaluateAll((items) => items.map((li) => [li.textContent, li.querySelector('[fill]')?.getAttribute('fill')]));
  expect(swatches).toEqual([
    ['Red party', fromFile.r1],
    ['Blue party', fromFile.b1],
  ]);
  expect(errors).toEqual([]);
});

/** 60 parts: 12 cliques of 8 actors and 48 pairs, so Louvain finds 60 communities, the twelve largest the cliques. */
function sixtyCommunities(): string {
  const nodes: { key: string; attributes: { label: string } }[] = [];
  const edges: { source: string; target: string }[] = [];
  const part = (p: number, size: number) => {
    const keys = Array.from({ length: size }, (_, i) => `p${p}-${i}`);
    for (const key of keys) nodes.push({ key, attributes: { label: key } });
    keys.forEach((a, i) => {
      for (const b of keys.slice(i + 1)) edges.push({ source: a, target: b });
    });
  };
  for (let p = 0; p < 60; p++) part(p, p < 12 ? 8 : 2);
  return JSON.stringify({ options: { type: 'undirected' }, attributes: {}, nodes, edges });
}

test('a legend of 60 communities shows the twelve largest and one grey "others (48)"', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const buffer = Buffer.from(sixtyCommunities());
  await openFile(page, { name: 'backchannel__sixty-communities.json', mimeType: 'application/json', buffer });
  await page.getByLabel('Colour by').selectOption('community');
  const items = page.locator('#legend li');
  await expect(items).toHaveCount(13, { timeout: 30_000 });
  await expect(items.last()).toHaveText('others (48)');
  const fills = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('[fill]')?.getAttribute('fill')));
  expect(new Set(fills.slice(0, 12)).size).toBe(12);
  // The pairs are drawn in the others' grey, the cliques each in their own colour, as the legend says.
  const drawn = () =>
    page.evaluate(() => ({
      pair: String(window.cy.getElementById('p30-0').data('color')),
      colours: new Set(window.cy.nodes().map((n) => String(n.data('color')))).size,
    }));
  await expect.poll(drawn).toEqual({ pair: fills[12], colours: 13 });
  expect(errors).toEqual([]);
});

/** 2,000 actors packed into a square with their positions stored, so every label would overprint its neighbours. */
function crowd(): string {
  const random = seededRandom(2000);
  const nodes = Array.from({ length: 2000 }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor number ${i}`, x: random() * 1600, y: random() * 1600 },
  }));
  const edges = Array.from({ length: 2500 }, () => ({
    source: `n${Math.floor(random() * 2000)}`,
    target: `n${Math.floor(random() * 2000)}`,
  }));
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes, edges });
}

type Box = [number, number, number, number];

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [[a, b]] : []))).length;

/** The label boxes the PNG writer placed, as the dialog records them after a download. */
async function pngLabels(page: Page, mode: string): Promise<{ boxes: Box[]; dark: number }> {
  await dialog(page).getByLabel(mode, { exact: true }).check();
  const bytes = await download(page);
  // The dialog drops the last picture's boxes when an export starts and records the new ones when it ends.
  await expect(dialog(page)).toHaveAttribute('data-label-boxes', /^\[/);
  const boxes = JSON.parse((await dialog(page).getAttribute('data-label-boxes')) ?? 'null') as Box[];
  // Dark pixels (label text) in the picture, to see the boxes were drawn as recorded.
  const dark = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if ((px[i] ?? 255) + (px[i + 1] ?? 255) + (px[i + 2] ?? 255) < 150) n++;
    return n;
  }, bytes.toString('base64'));
  return { boxes, dark };
}

test('a whole-graph PNG and SVG of 2,000 actors draw only labels that fit: no two of the placed boxes overlap', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openApp(page);
  await openFile(page, { name: 'backchannel__crowd.json', mimeType: 'application/json', buffer: Buffer.from(crowd()) });
  expect(await page.evaluate(() => window.cy.nodes().length)).toBe(2000);
  await openExport(page);
  await expect(dialog(page).getByLabel('Labels that fit')).toBeChecked();
  await dialog(page).getByLabel('PNG image').check();
  const fit = await pngLabels(page, 'Labels that fit');
  console.log(`labels placed in the 2,000-actor PNG: ${fit.boxes.length}`);
  expect(fit.boxes.length).toBeGreaterThan(100);
  expect(fit.boxes.length).toBeLessThan(2000);
  expect(overlapping(fit.boxes)).toBe(0);
  // Every label drawn does overlap others: the check above has teeth; and no label leaves the least ink.
  const all = await pngLabels(page, 'All labels');
  expect(all.boxes).toHaveLength(2000);
  expect(overlapping(all.boxes)).toBeGreaterThan(1000);
  const none = await pngLabels(page, 'No labels');
  expect(none.boxes).toEqual([]);
  expect(all.dark).toBeGreaterThan(fit.dark);
  expect(fit.dark).toBeGreaterThan(none.dark);

  await dialog(page).getByLabel('Labels that fit', { exact: true }).check();
  await dialog(page).getByLabel('SVG vector image').check();
  const svg = (await download(page)).toString('utf8');
  const boxes = await page.evaluate(
    (source) =>
      [...new DOMParser().parseFromString(source, 'image/svg+xml').querySelectorAll('g.labels g.node-label')].map(
        (g) => (g.getAttribute('data-box') ?? '').split(' ').map(Number) as Box,
      ),
    svg,
  );
  expect(boxes.length).toBeGreaterThan(100);
  expect(boxes.length).toBeLessThan(2000);
  expect(overlapping(boxes)).toBe(0);
  expect(errors).toEqual([]);
});
