// The Time panel: step the As of slider by keyboard and read the header's counts, compare two dates and read the
// Changes with their quotes, reopen a link with asOf= in a fresh browser, play an integer axis to its end, axe.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openApp, waitForCanvas, watchErrors } from './helpers';

const DATED = '/fixtures/dated-harbour.json';
const INTEGER = '/fixtures/dated-integer.json';
const INTEGER_GEXF = '/fixtures/integer-time.gexf';

/** Serves the fixtures from a fake same-origin address, so a link can name them (?data=). */
async function serveFixtures(page: Page): Promise<void> {
  for (const [path, file] of [
    [DATED, 'backchannel__dated-harbour.json'],
    [INTEGER, 'backchannel__dated-integer.json'],
    [INTEGER_GEXF, 'backchannel__integer-time.gexf'],
  ] as const)
    await page.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ body: readFileSync(`tests/fixtures/${file}`, 'utf8') }),
    );
}

const timeRegion = (page: Page) => page.getByRole('region', { name: 'Time' });
const counts = (page: Page) => page.locator('#dataset-counts');

/** The sum of a Filters facet's counts, "(n)" at the end of each checkbox's label: every relation has one stance. */
async function facetTotal(page: Page, facet: string): Promise<number> {
  const group = page.getByRole('region', { name: 'Filters' }).locator(`fieldset[data-facet="${facet}"] label`);
  const texts = await group.allTextContents();
  return texts.reduce((sum, text) => sum + Number(/\((\d+)\)$/.exec(text.trim())?.[1] ?? Number.NaN), 0);
}

test('step the As of slider with the keyboard: the header counts what is shown as of each date', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${DATED}`);
  await expect(counts(page)).toHaveText(/^16 actors · 27 relations/);
  const slider = timeRegion(page).getByRole('slider', { name: 'As of' });
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('All dates');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2020-01-01');
  await expect(counts(page)).toHaveText(/^14 of 16 actors · 6 of 27 relations/);
  await page.keyboard.press('ArrowRight');
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2022-01-01');
  await expect(counts(page)).toHaveText(/^14 of 16 actors · 7 of 27 relations/);
  await page.keyboard.press('End');
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2025-08-01');
  await expect(counts(page)).toHaveText(/^14 of 16 actors · 19 of 27 relations/);
  // The summit (10 to 13 April) and its relations: shown on the 11th, gone on the 13th.
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown'); // two dates a step
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2025-04-11');
  await expect(counts(page)).toHaveText(/^16 actors · 22 of 27 relations/);
  await expect(slider).toHaveAttribute('aria-valuetext', '2025-04-11');
  // The Filters panel's counts, stepped date by date, add up to what is shown once the slider rests.
  await expect.poll(() => facetTotal(page, 'stances')).toBe(22);
  await expect.poll(() => facetTotal(page, 'certainties')).toBe(22);
  // Leaving out undated relations hides the three that carry no date.
  await timeRegion(page).getByRole('checkbox', { name: 'Include undated' }).uncheck();
  await expect(counts(page)).toHaveText(/^16 actors · 17 of 27 relations/);
  await expect.poll(() => facetTotal(page, 'stances')).toBe(17);
  // The canvas follows: the ended membership of Valdia is hidden.
  const hidden = await page.evaluate(() => window.cy.edges('.hidden').map((edge) => String(edge.data('key'))));
  expect(hidden).toContain('valdia-alliance');
  expect(errors).toEqual([]);
});

test('compare two dates: Changes lists an appeared and an ended relation with their quotes; a screenshot', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${DATED}`);
  const region = timeRegion(page);
  await region.getByLabel('Compare from').fill('2025-03-01');
  await region.getByLabel('Compare to').fill('2025-06-30');
  await region.getByRole('button', { name: 'Compare', exact: true }).click();
  const changes = region.getByRole('region', { name: 'Changes' });
  const appeared = changes.locator('li.appeared', { hasText: 'Tomas Brek leads Norland' });
  await expect(appeared).toContainText('began');
  await expect(appeared.locator('q')).toHaveText('Tomas Brek took office as president of Norland in mid-June');
  const ended = changes.locator('li.ended', { hasText: 'Ilse Varga leads Norland' });
  await expect(ended.locator('q')).toHaveText('Ilse Varga, who led Norland until the June election');
  await expect(changes.locator('li.changed')).toContainText('stance: conflictual → cooperative');
  // The as-of date moved to the later date; the canvas marks what appeared and shows what ended as a ghost.
  await expect(region.locator('#as-of-value')).toHaveText('2025-06-30');
  const marks = await page.evaluate(() => ({
    appeared: window.cy.edges('.appeared').map((edge) => String(edge.data('key'))),
    ghost: window.cy.edges('.ghost').map((edge) => String(edge.data('key'))),
  }));
  expect(marks.appeared).toContain('brek-leads');
  expect(marks.ghost).toContain('varga-leads');
  expect(page.url()).toContain('compare=2025-03-01..2025-06-30');
  // A tall window, so that the whole panel is in the picture.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await region.scrollIntoViewIfNeeded();
  await region.screenshot({ path: 'docs/time-panel.png' });
  const axe = await new AxeBuilder({ page }).include('#time').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('Reset filters clears the kind filters and stays at the as-of date, with undated left out', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${DATED}`);
  const region = timeRegion(page);
  await region.getByRole('slider', { name: 'As of' }).focus();
  await page.keyboard.press('End');
  await expect(region.locator('#as-of-value')).toHaveText('2025-08-01');
  await region.getByRole('checkbox', { name: 'Include undated' }).uncheck();
  const atDate = (await counts(page).textContent()) ?? '';
  expect(atDate).toMatch(/ of 27 relations/);
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: /^is one of/ }).uncheck();
  await expect(counts(page)).not.toHaveText(atDate);
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect(counts(page)).toHaveText(atDate);
  await expect(region.locator('#as-of-value')).toHaveText('2025-08-01');
  await expect(region.getByRole('checkbox', { name: 'Include undated' })).not.toBeChecked();
  await expect(filters.getByRole('checkbox', { name: /^is one of/ })).toBeChecked();
  expect(errors).toEqual([]);
});

test('a link with asOf= reopens the same moment in a fresh browser', async ({ page, browser }) => {
  await serveFixtures(page);
  await openApp(page, `/?data=${DATED}`);
  await timeRegion(page).getByRole('slider', { name: 'As of' }).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2025-03-01');
  await expect(page).toHaveURL(/asOf=2025-03-01/);
  const shown = await counts(page).textContent();
  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await serveFixtures(other);
  await other.goto(link);
  await waitForCanvas(other);
  await expect(timeRegion(other).locator('#as-of-value')).toHaveText('2025-03-01');
  await expect(counts(other)).toHaveText(shown ?? '');
  await fresh.close();
});

// A native fixture with timeFormat 'integer' (the GEXF reader's own file is played below).
test('an integer time axis shows numbers and plays to the end', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${INTEGER}`);
  const region = timeRegion(page);
  await expect(region.getByLabel('Compare from')).toHaveAttribute('type', 'number');
  await region.getByLabel('Speed').selectOption({ label: 'Fast' });
  await region.getByRole('button', { name: 'Play' }).click();
  await expect(region.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  await expect(region.locator('#as-of-value')).toHaveText('7');
  // At step 7: bc, de, ae (its second spell) and the undated be.
  await expect(counts(page)).toHaveText(/^5 actors · 4 of 6 relations/);
  expect(errors).toEqual([]);
});

// The GEXF file has timeformat="integer", spells and an actor that ends at round 8 (tests/fixtures/SOURCES.md).
test('a GEXF with integer time plays to its last round', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${INTEGER_GEXF}`);
  await expect(counts(page)).toHaveText(/^4 actors · 4 relations/);
  const region = timeRegion(page);
  await expect(region.getByLabel('Compare from')).toHaveAttribute('type', 'number');
  await region.getByLabel('Speed').selectOption({ label: 'Fast' });
  await region.getByRole('button', { name: 'Play' }).click();
  await expect(region.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  await expect(region.locator('#as-of-value')).toHaveText('9');
  // At round 9 the Southern Party (1 to 8) is gone with its relations; one relation is left between the others.
  await expect(counts(page)).toHaveText(/^3 of 4 actors · 1 of 4 relations/);
  expect(errors).toEqual([]);
});

test('exports follow the date: an SVG says "As of" it, a JSON export can keep only what is shown then', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${DATED}`);
  await timeRegion(page).getByRole('slider', { name: 'As of' }).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(counts(page)).toHaveText(/^14 of 16 actors · 7 of 27 relations/);
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const save = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  };
  await page.locator('#export').click();
  await dialog.getByLabel('SVG', { exact: false }).first().check();
  const svg = await save();
  expect(svg).toContain('As of 2022-01-01');
  await page.locator('#export').click();
  await dialog.getByLabel('JSON (Backchannel, graphology)').check();
  await dialog.getByLabel('Only as of 2022-01-01 (data formats)').check();
  const data = JSON.parse(await save()) as { nodes: unknown[]; edges: unknown[] };
  expect(data.nodes).toHaveLength(14);
  expect(data.edges).toHaveLength(7);
  expect(errors).toEqual([]);
});

test('steps faster than frames are applied once, at the newest date, and each one counts', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixtures(page);
  await openApp(page, `/?data=${DATED}`);
  const slider = timeRegion(page).getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2020-01-01');
  // Twelve steps in one task (as a held key's repeats between two frames): the store hears of one date only.
  const dates = await page.evaluate(async () => {
    const seen: (string | undefined)[] = [];
    const stop = window.app.store.subscribe((state, previous) => {
      if (state.filters.asOf !== previous.filters.asOf) seen.push(state.filters.asOf);
    });
    const slider = document.querySelector<HTMLInputElement>('#as-of') as HTMLInputElement;
    for (let i = 0; i < 12; i++)
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    stop();
    return seen;
  });
  expect(dates).toEqual(['2025-03-01']);
  await expect(timeRegion(page).locator('#as-of-value')).toHaveText('2025-03-01');
  await expect(slider).toHaveValue('12');
  // One step on its own still lands on the next date.
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('11');
  await expect(timeRegion(page).locator('#as-of-value')).not.toHaveText('2025-03-01');
  expect(errors).toEqual([]);
});
