// Reading the relation layer as the page shows it: its canvas belongs to its paint worker, so no pixel reads back.
import { expect, type Page } from '@playwright/test';

/** Waits until the relation layer reports the paint of the latest picture asked for on the canvas. */
export async function layerPainted(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator('canvas.relation-layer')
        .evaluate((c: HTMLElement) => c.dataset.paintSeq !== undefined && c.dataset.paintedSeq === c.dataset.paintSeq),
    )
    .toBe(true);
}

/**
 * How many pixels of the relation layer hold ink, once it has painted: a screenshot of its box with cytoscape's
 * canvases hidden, counting the pixels that differ from the commonest colour (the background behind the layer).
 */
export async function inkedPixels(page: Page): Promise<number> {
  await layerPainted(page);
  const hide = (hidden: boolean) =>
    page.evaluate((hidden) => {
      for (const c of document.querySelectorAll<HTMLElement>('#canvas canvas:not(.relation-layer)'))
        c.style.visibility = hidden ? 'hidden' : '';
    }, hidden);
  await hide(true);
  const shot = await page.locator('.relation-clip').screenshot({ animations: 'disabled' });
  await hide(false);
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
    const counts = new Map<number, number>();
    for (const p of px) counts.set(p, (counts.get(p) ?? 0) + 1);
    const background = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return px.reduce((inked, p) => inked + (p === background ? 0 : 1), 0);
  }, shot.toString('base64'));
}
