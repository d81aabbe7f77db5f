// The relation layer paints in a worker: its canvas is handed over, and each As of step is painted there in full.
import { expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../src/model/seeded-random';
import { openApp, watchErrors } from './helpers';
import { serve } from './large-fixtures';
import { inkedPixels, layerPainted } from './relation-layer-ink';

const PATH = '/fixtures/dated-steps.json';

/** 600 placed actors and 1,800 relations, each begun on one of 24 monthly dates of 2022–2023: every step adds some. */
function steppedGraph(): string {
  const random = seededRandom(5);
  const nodes = Array.from({ length: 600 }, (_, i) => ({
    key: `a${i}`,
    attributes: { label: `Member ${i}`, x: random() * 1000, y: random() * 1000 },
  }));
  const stances = ['cooperative', 'conflictual', 'neutral'];
  const edges = Array.from({ length: 1800 }, (_, i) => {
    const month = i % 24;
    const start = `${2022 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    return {
      key: `r${i}`,
      source: `a${Math.floor(random() * 600)}`,
      target: `a${Math.floor(random() * 600)}`,
      attributes: { relation: 'funds', stance: stances[i % 3], start },
    };
  });
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes, edges });
}

const layer = (page: Page) => page.locator('canvas.relation-layer');
const attr = (page: Page, name: string) => layer(page).getAttribute(name).then(Number);

test('the relation layer paints in a worker: an As of step is painted there, every relation shown drawn', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serve(page, PATH, steppedGraph());
  await openApp(page, `/?data=${PATH}`);
  await expect(page.locator('#canvas')).toHaveAttribute('data-profile', 'large');
  await expect(layer(page)).toHaveAttribute('data-painter', 'worker');
  // The page handed the canvas over: it can no longer draw on it itself.
  const pageContext = await layer(page).evaluate((c: HTMLCanvasElement) => {
    try {
      return c.getContext('2d') ? 'context' : 'none';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(pageContext).toBe('InvalidStateError');
  await layerPainted(page);
  await expect(layer(page)).toHaveAttribute('data-drawn', '1800');

  // Steps of the As of slider from the first date: each paints the relations shown as of it, in the worker.
  const slider = page.getByRole('region', { name: 'Time' }).getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(layer(page)).toHaveAttribute('data-relations', '75');
  await page.keyboard.press('ArrowRight');
  await expect(layer(page)).toHaveAttribute('data-relations', '150');
  await layerPainted(page);
  expect(await attr(page, 'data-drawn')).toBe(150);
  const fewer = await inkedPixels(page);
  expect(fewer).toBeGreaterThan(500);
  await page.keyboard.press('End');
  await expect(layer(page)).toHaveAttribute('data-relations', '1800');
  await layerPainted(page);
  expect(await attr(page, 'data-drawn')).toBe(1800);
  // The worker's picture is the one on screen: twelve times the relations leave more ink.
  expect(await inkedPixels(page)).toBeGreaterThan(fewer * 2);
  expect(errors).toEqual([]);
});
