// Comparing two dates on a graph large enough for the relation layer: ended relations are drawn as ghosts and
// appeared ones marked, counted on the layer's canvas as the Changes region counts them, and in an SVG export.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../src/model/seeded-random';
import { openApp, watchErrors } from './helpers';
import { serve } from './large-fixtures';

const PATH = '/fixtures/dated-large.json';

/**
 * 600 placed actors (undated, so every ghost has both its actors) and 1,800 lasting relations, enough for the
 * 'large' profile: a third end in June 2024, a third begin in July 2024, the rest last from 2020 on.
 */
function datedGraph(): string {
  const random = seededRandom(11);
  const nodes = Array.from({ length: 600 }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, x: random() * 1000, y: random() * 1000 },
  }));
  const stances = ['cooperative', 'conflictual', 'neutral'];
  const edges = Array.from({ length: 1800 }, (_, i) => {
    const dates =
      i % 3 === 0 ? { start: '2020-01-01', end: '2024-06-01' } : { start: i % 3 === 1 ? '2024-07-01' : '2020' };
    return {
      key: `e${i}`,
      source: `n${Math.floor(random() * 600)}`,
      target: `n${Math.floor(random() * 600)}`,
      attributes: { relation: 'member-of', stance: stances[(i % 7) % 3], ...dates },
    };
  });
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes, edges });
}

const timeRegion = (page: Page) => page.getByRole('region', { name: 'Time' });
const layer = (page: Page) => page.locator('canvas.relation-layer');

/** Compares two dates in the Time panel and waits for the Changes region to list them. */
async function compare(page: Page, from: string, to: string) {
  const region = timeRegion(page);
  await region.getByLabel('Compare from').fill(from);
  await region.getByLabel('Compare to').fill(to);
  await region.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(region.locator('#as-of-value')).toHaveText(to);
}

/** Downloads an export in a format of the dialog's. */
async function exportAs(page: Page, format: string): Promise<Buffer> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await page.locator('#export').click();
  await dialog.getByLabel(format, { exact: false }).first().check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFileSync(await file.path());
}

/** The fraction of pixels that differ between two PNGs (1 when their sizes differ), decoded in the page. */
async function pixelsDiffering(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const read = async (b64: string) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(bitmap, 0, 0);
        return new Uint32Array(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
      };
      const [pa, pb] = [await read(a64 as string), await read(b64 as string)];
      if (pa.length !== pb.length) return 1;
      let differing = 0;
      for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) differing++;
      return differing / pa.length;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/**
 * The layer's next redraw, which a nudge of the camera causes: its `data-paint-ms` (the drawing calls, in the paint
 * worker) and the time from asking for it to the worker's report that it is painted (printed, not asserted).
 */
async function paintMs(page: Page): Promise<{ paint: number; flushed: number }> {
  return page.evaluate(
    () =>
      new Promise<{ paint: number; flushed: number }>((resolve) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.relation-layer');
        if (!canvas) throw new Error('no relation layer');
        // The redraw the nudge causes (after the camera settles) sets data-paint-seq; its report, data-painted-seq.
        let asked = 0;
        const observer = new MutationObserver(() => {
          if (!asked && canvas.dataset.paintSeq !== canvas.dataset.paintedSeq) asked = performance.now();
          if (!asked || canvas.dataset.paintSeq !== canvas.dataset.paintedSeq) return;
          observer.disconnect();
          resolve({ paint: Number(canvas.dataset.paintMs), flushed: performance.now() - asked });
        });
        observer.observe(canvas, { attributes: true, attributeFilter: ['data-paint-seq', 'data-painted-seq'] });
        window.cy.zoom(window.cy.zoom() * 1.001);
      }),
  );
}

test('compare two dates on the relation layer: ghosts and appeared marks counted as the Changes list them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await serve(page, PATH, datedGraph());
  await openApp(page, `/?data=${PATH}`);
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large');
  await expect(layer(page)).toHaveAttribute('data-ghosts', '0');
  await compare(page, '2024-01-01', '2024-12-31');
  const changes = timeRegion(page).getByRole('region', { name: 'Changes' });
  await expect(changes.locator('li.ended').first()).toBeVisible();
  const ended = await changes.locator('li.ended').count();
  const appeared = await changes.locator('li.appeared').count();
  expect(ended).toBe(600);
  expect(appeared).toBe(600);
  await expect(layer(page)).toHaveAttribute('data-ghosts', String(ended));
  await expect(layer(page)).toHaveAttribute('data-appeared', String(appeared));
  // The base holds only what is shown as of the later date: a ghost is not among the relations shown (nor hit).
  await expect(layer(page)).toHaveAttribute('data-relations', '1200');

  // An SVG export draws them as the screen does: dashed ghosts beneath, appeared relations over an underlay.
  const svg = (await exportAs(page, 'SVG')).toString('utf8');
  const lines = (cls: string) =>
    [...svg.matchAll(new RegExp(`<path class="${cls}" d="([^"]*)"`, 'g'))].reduce(
      (sum, [, d]) => sum + (d?.match(/M/g)?.length ?? 0),
      0,
    );
  expect(svg).toMatch(/<path class="ghosts"[^>]*stroke-dasharray="3 4"/);
  expect(lines('ghosts')).toBe(ended);
  expect(lines('appeared')).toBe(appeared);
  expect(lines('relations')).toBe(1200);
  const markedPng = await exportAs(page, 'PNG image');

  // What the marks add to a paint, printed for docs/design-choices.md (timings are not asserted).
  const marked: { paint: number; flushed: number }[] = [];
  for (let i = 0; i < 5; i++) marked.push(await paintMs(page));
  await timeRegion(page).getByRole('button', { name: 'Stop comparing' }).click();
  await expect(layer(page)).toHaveAttribute('data-ghosts', '0');
  await expect(layer(page)).toHaveAttribute('data-appeared', '0');
  // The same date without the comparison: the PNG differs by the marks (they cover a good part of the picture).
  const plainPng = await exportAs(page, 'PNG image');
  expect(await pixelsDiffering(page, markedPng, plainPng)).toBeGreaterThan(0.02);
  const plain: { paint: number; flushed: number }[] = [];
  for (let i = 0; i < 5; i++) plain.push(await paintMs(page));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(1);
  const figures = (runs: { paint: number; flushed: number }[]) =>
    `${median(runs.map((r) => r.paint))} ms (${median(runs.map((r) => r.flushed))} ms flushed)`;
  console.log(
    `relation layer paint, 1,200 relations shown: ${figures(plain)}; with ${ended} ghosts and ${appeared} appeared: ${figures(marked)} (medians of 5)`,
  );
  expect(errors).toEqual([]);
});
