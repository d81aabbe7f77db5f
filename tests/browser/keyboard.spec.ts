// From the keyboard: skip links at the top reach the graph, the search, the filters and the inspector in a few presses.
import { expect, type Page, test } from '@playwright/test';
import { openApp } from './helpers';

/** Presses Tab until the focused element matches `done`, following the named skip link on the way; counts the Tabs. */
async function tabsTo(page: Page, link: string, done: (page: Page) => Promise<boolean>, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === link) {
      // The link shows itself while it has focus.
      await expect(page.getByRole('link', { name: link })).toBeInViewport();
      await page.keyboard.press('Enter');
    }
    if (await done(page)) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

const focusIn = (selector: string) => (page: Page) =>
  page.evaluate((s) => {
    const active = document.activeElement;
    return !!active && active !== document.querySelector(s) && !!document.querySelector(s)?.contains(active);
  }, selector);

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width} px a control in the inspector is reached in at most 15 Tab presses`, async ({ page }) => {
    await page.setViewportSize(size);
    // A fresh page: Tab starts from its top. On a phone the selection opened the inspector; close it by script, so
    // that the skip link must open it and focus does not start from the button.
    await openApp(page, '/#node=vladimir-putin');
    if (size.width < 900) {
      await page.evaluate(() => document.querySelector<HTMLElement>('#inspector-toggle')?.click());
      await expect(page.locator('#inspector')).toBeHidden();
    }
    const presses = await tabsTo(page, 'Skip to inspector', focusIn('#inspector'));
    expect(presses).toBeLessThanOrEqual(15);
    await expect(page.locator('#inspector')).toBeVisible();
    // The inspector's content: its first control is the selected actor's, not something left behind it.
    await expect(page.locator('#inspector h2').first()).toHaveText('Vladimir Putin');
  });
}

test('the skip links lead to the graph, the search and the filters, opening the folded panel on a phone', async ({
  page,
}) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    for (const [link, region] of [
      ['Skip to graph', '#graph'],
      ['Skip to filters', '#filters'],
    ] as const) {
      await openApp(page); // Tab starts from the top of a fresh page
      expect(await tabsTo(page, link, focusIn(region))).toBeLessThanOrEqual(8);
      await expect(page.locator(region)).toBeVisible();
    }
    await openApp(page);
    const search = (p: Page) => p.evaluate(() => document.activeElement?.id === 'search');
    expect(await tabsTo(page, 'Skip to search', search)).toBeLessThanOrEqual(3);
    // The address still carries the view only: following a skip link adds no "#filters" to it.
    expect(new URL(page.url()).hash).not.toMatch(/filters|graph|search|inspector/);
  }
});
