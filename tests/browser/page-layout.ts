// Shared steps for the page-layout tests: a placed synthetic graph, and what is wrong with the layout at a size.
import type { Page } from '@playwright/test';
import { seededRandom } from '../../src/model/seeded-random';

/** The sizes the layout is checked at: a desktop, a small laptop or tablet in landscape, a phone. */
export const SIZES = [
  { name: '1440', width: 1440, height: 900 },
  { name: '1024', width: 1024, height: 700 },
  { name: '390', width: 390, height: 844 },
] as const;

/** A random graphology JSON graph with positions (no worker layout to wait for), built here so no file is committed. */
export function placedGraph(nodes: number, edges: number): string {
  const random = seededRandom(7);
  const list = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, x: random() * 4000, y: random() * 4000 },
  }));
  const links = Array.from({ length: edges }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(random() * nodes)}`,
    target: `n${Math.floor(random() * nodes)}`,
  }));
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes: list, edges: links });
}

/** Answers requests for `path` with `body`, matching the path only (the page's address ends with `?data=<path>`). */
export async function serve(page: Page, path: string, body: string): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
}

/** The panels that must never scroll sideways. */
export const PANELS = ['.topbar', '.sidebar', '.graph', '.inspector', '.statusbar', '.legend'] as const;

/**
 * Everything wrong with the layout as it is now, as sentences (empty when all is well): sideways overflow of the
 * page or of a shown panel, a canvas shorter than half the viewport, a header control outside the viewport, outside
 * its parent, or with its text cut, and a search box too small to type in.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((panels) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth} wide in ${root.clientWidth}`);
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    for (const selector of panels) {
      const panel = document.querySelector(selector);
      if (panel && shown(panel) && panel.scrollWidth > panel.clientWidth)
        problems.push(`${selector} ${panel.scrollWidth} wide in ${panel.clientWidth}`);
    }
    const canvas = document.querySelector('#canvas')?.getBoundingClientRect();
    if (!canvas || canvas.height < Math.floor(innerHeight / 2))
      problems.push(`canvas ${canvas?.height} high in a ${innerHeight} viewport`);
    // The Explore and Inspector buttons are for narrow screens only (below 900 px).
    const controls = '.topbar :is(button, select, input):not([type="file"], [hidden])';
    for (const control of document.querySelectorAll<HTMLElement>(controls)) {
      if (innerWidth >= 900 && control.closest('.panel-toggles')) continue;
      if (!shown(control)) {
        problems.push(`${control.id || control.textContent} not shown`);
        continue;
      }
      const box = control.getBoundingClientRect();
      const parent = control.parentElement?.getBoundingClientRect();
      const name = control.id || control.textContent;
      if (box.left < 0 || box.right > root.clientWidth) problems.push(`${name} outside the viewport`);
      if (parent && (box.left < parent.left - 0.5 || box.right > parent.right + 0.5))
        problems.push(`${name} outside its parent`);
      if (control.scrollWidth > control.clientWidth + 1 && control.tagName === 'BUTTON')
        problems.push(`${name} cut: ${control.scrollWidth} in ${control.clientWidth}`);
    }
    const search = document.querySelector('#search')?.getBoundingClientRect();
    if (!search || search.width < 150) problems.push(`search box ${search?.width} px wide`);
    return problems;
  }, PANELS);
}
