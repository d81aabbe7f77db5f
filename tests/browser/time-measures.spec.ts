// Measures follow the as-of date: Top actors ranks the actors present then by their values then, and the
// inspector's degree of an actor follows the slider (an actor absent then has none, not 0).
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const HUBS = '/fixtures/dated-hubs.json';

/** Serves the fixture from a fake same-origin address, so a link can name it (?data=). */
async function serveFixture(page: Page): Promise<void> {
  const body = readFileSync('tests/fixtures/backchannel__dated-hubs.json', 'utf8');
  await page.route(
    (url) => url.pathname === HUBS,
    (route) => route.fulfill({ body }),
  );
}

const ranking = (page: Page) => page.getByRole('region', { name: 'Top actors' });
const rows = (page: Page) => ranking(page).locator('ol.ranking > li');
const inspectorMeasures = (page: Page) => page.locator('#actor-measures');

test('Top actors and the inspector follow the As of slider', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixture(page);
  await openApp(page, `/?data=${HUBS}`);
  // The whole network: the Oduna Port Council has five relations, the Vane Committee one.
  await expect(rows(page).first()).toHaveText('Oduna Port Council 5');
  await expect(rows(page).filter({ hasText: 'Vane Committee' })).toHaveCount(1);
  await expect(ranking(page).locator('#ranked-as-of')).toHaveCount(0);

  const slider = page.getByRole('region', { name: 'Time' }).getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('Home');
  // As of 2021-01-01 the Corvin Harbour Board is the hub (three ties, ending in 2023); the council has one tie and
  // the committee does not exist yet, so it is not ranked at all.
  await expect(ranking(page).locator('#ranked-as-of')).toHaveText('Ranked as of 2021-01-01');
  await expect(rows(page).first()).toHaveText('Corvin Harbour Board 3');
  await expect(rows(page).filter({ hasText: 'Oduna Port Council' })).toHaveText('Oduna Port Council 1');
  await expect(rows(page).filter({ hasText: 'Vane Committee' })).toHaveCount(0);
  await expect(rows(page)).toHaveCount(6);
  await expect(ranking(page)).toHaveAttribute('aria-busy', 'false');

  await rows(page).first().getByRole('button').click();
  await expect(inspectorMeasures(page)).toHaveText('Degree as of 2021-01-01: 3');

  await slider.focus();
  await page.keyboard.press('End');
  await expect(ranking(page).locator('#ranked-as-of')).toHaveText('Ranked as of 2023-06-01');
  await expect(rows(page).first()).toHaveText('Oduna Port Council 5');
  await expect(inspectorMeasures(page)).toHaveText('Degree as of 2023-06-01: 0');

  // The committee, present from 2023-06-01, has no degree before it existed: none, not a measured 0.
  await rows(page).filter({ hasText: 'Vane Committee' }).getByRole('button').click();
  await expect(inspectorMeasures(page)).toHaveText('Degree as of 2023-06-01: 1');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(inspectorMeasures(page)).toHaveText('Degree as of 2021-01-01: none (not present then)');
  expect(errors).toEqual([]);
});

test('ranked by betweenness, the ranking as of each date is computed once the date rests', async ({ page }) => {
  const errors = watchErrors(page);
  await serveFixture(page);
  await openApp(page, `/?data=${HUBS}`);
  await ranking(page).getByLabel('Rank by').selectOption('betweenness');
  const slider = page.getByRole('region', { name: 'Time' }).getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(ranking(page).locator('#ranked-as-of')).toHaveText('Ranked as of 2021-01-01');
  await expect(rows(page).first()).toContainText('Corvin Harbour Board');
  await expect(ranking(page)).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('End');
  await expect(ranking(page).locator('#ranked-as-of')).toHaveText('Ranked as of 2023-06-01');
  await expect(rows(page).first()).toContainText('Oduna Port Council');
  expect(errors).toEqual([]);
});
