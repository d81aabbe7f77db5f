// Shared steps for the page-layout tests: the sizes checked, and what is wrong with the layout at a size.
import type { Page } from '@playwright/test';

/** The sizes the layout is checked at: a desktop, a small laptop or tablet in landscape, a phone. */
export const SIZES = [
  { name: '1440', width: 1440, height: 900 },
  { name: '1024', width: 1024, height: 700 },
  { name: '390', width: 390, height: 844 },
] as const;

/** The panels that must never scroll sideways. */
export const PANELS = ['.topbar', '.sidebar', '.graph', '.inspector', '.statusbar', '.legend'] as const;

/** Sideways overflow of the page, or of a panel that is shown. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate((panels) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth} wide in ${root.clientWidth}`);
    for (const selector of panels) {
      const panel = document.querySelector(selector);
      if (panel && panel.getClientRects().length > 0 && panel.scrollWidth > panel.clientWidth)
        problems.push(`${selector} ${panel.scrollWidth} wide in ${panel.clientWidth}`);
    }
    const canvas = document.querySelector('#canvas')?.getBoundingClientRect();
    if (!canvas || canvas.height < Math.floor(innerHeight / 2))
      problems.push(`canvas ${canvas?.height} high in a ${innerHeight} viewport`);
    return problems;
  }, PANELS);
}

/** Header controls outside the viewport, outside their parent, hidden, or with their text cut; a tiny search box. */
function headerControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    // The Explore and Inspector buttons are for narrow screens only (below 900 px).
    const selector = '.topbar :is(button, select, input):not([type="file"], [hidden])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (control) => innerWidth < 900 || !control.closest('.panel-toggles'),
    );
    const problem = (control: HTMLElement): string | null => {
      const box = control.getBoundingClientRect();
      const parent = control.parentElement?.getBoundingClientRect() ?? box;
      const inside = (outer: { left: number; right: number }) =>
        box.left >= outer.left - 0.5 && box.right <= outer.right + 0.5;
      if (control.getClientRects().length === 0) return 'not shown';
      if (!inside({ left: 0, right: width })) return 'outside the viewport';
      if (!inside(parent)) return 'outside its parent';
      const cut = control.tagName === 'BUTTON' && control.scrollWidth > control.clientWidth + 1;
      return cut ? `cut: ${control.scrollWidth} in ${control.clientWidth}` : null;
    };
    for (const control of controls) {
      const found = problem(control);
      if (found) problems.push(`${control.id || control.textContent} ${found}`);
    }
    const search = document.querySelector('#search')?.getBoundingClientRect();
    if (!search || search.width < 150) problems.push(`search box ${search?.width} px wide`);
    return problems;
  });
}

/**
 * Everything wrong with the layout as it is now, as sentences (empty when all is well): sideways overflow of the
 * page or of a shown panel, a canvas shorter than half the viewport, a header control outside the viewport, outside
 * its parent, or with its text cut, and a search box too small to type in.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return [...(await overflows(page)), ...(await headerControls(page))];
}
