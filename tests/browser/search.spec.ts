// Search that finds people: words in any order ranked by match then degree, "N more", "No actor matches", CJK, clearing.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { selectedId, watchErrors } from './helpers';

const PEOPLE = 'backchannel__search-people.json';
const STATIONS = 'backchannel__search-stations.json';

const search = (page: Page) => page.getByRole('combobox', { name: 'Search' });
/** The actors offered, in order (the note after them is no actor). */
const offered = (page: Page) => page.locator('#search-options li[data-node]');
const note = (page: Page) => page.locator('#search-options li.note');
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** Opens a fixture through the file input, as "Open file…" does, and waits until the canvas has drawn it. */
async function openFixture(page: Page, name: string): Promise<void> {
  await page.setInputFiles('#file-input', `tests/fixtures/${name}`);
  await expect(page.locator('#status')).toContainText(`Opened ${name} (`, { timeout: 30_000 });
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** Types a query and waits for the list to answer it. */
async function type(page: Page, query: string): Promise<void> {
  await search(page).fill(query);
  await expect(page.locator('#search-options')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
});

/** Queries and the actor they must offer first: the hub before its namesakes, any word order, aliases and accents. */
const FIRST: [query: string, label: string][] = [
  ['donald trump', 'DONALD J. TRUMP'],
  ['trump donald', 'DONALD J. TRUMP'],
  ['trump', 'DONALD J. TRUMP'],
  ['donald j', 'DONALD J. TRUMP'],
  ['donald trump jr', 'DONALD TRUMP JR.'],
  ['kushner', 'JARED KUSHNER'],
  ['KNAUSS', 'MELANIA TRUMP (Melania Knauss)'],
  ['nunez jose', 'José Núñez'],
];

test('ranks by how well the words match, then by degree: the hub first', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page, PEOPLE);
  for (const [query, label] of FIRST) {
    await type(page, query);
    await expect(offered(page).first(), query).toHaveText(label);
  }
  await type(page, 'donald trump');
  await expect(offered(page)).toHaveText(['DONALD J. TRUMP', 'DONALD A. TRUMP', 'DONALD TRUMP JR.']);
  await expect(note(page)).toHaveCount(0);
  await search(page).press('Enter');
  expect(await selectedId(page)).toBe('djt');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('DONALD J. TRUMP');
  expect(errors).toEqual([]);
});

test('a cut list says how many more; no match says so; Enter then selects nothing', async ({ page }) => {
  await openFixture(page, PEOPLE);
  await type(page, 'trump');
  await expect(offered(page)).toHaveCount(10);
  // 22 actors carry the word "trump" (tests/fixtures/SOURCES.md): ten listed, twelve more.
  await expect(note(page)).toHaveText('12 more');
  await expect(note(page)).toHaveAttribute('aria-disabled', 'true');
  // The note sits in the listbox as a disabled option: the open combobox stays valid for assistive technology.
  const axe = await new AxeBuilder({ page }).include('.search').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await type(page, 'trump to');
  await expect(offered(page)).toHaveText(['TRUMP TOWER COMMERCIAL LLC']);
  await expect(note(page)).toHaveCount(0);

  await type(page, 'donald obama');
  await expect(offered(page)).toHaveCount(0);
  await expect(note(page)).toHaveText('No actor matches “donald obama”');
  await search(page).press('Enter');
  expect(await selectedId(page)).toBeNull();
  await search(page).press('Escape');
  await expect(page.locator('#search-options')).toBeHidden();
});

test('hidden actors are not offered nor counted', async ({ page }) => {
  await openFixture(page, PEOPLE);
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: /^Group \(17\)/ })
    .uncheck();
  await type(page, 'trump');
  await expect(offered(page)).toHaveText([
    'DONALD J. TRUMP',
    'IVANKA TRUMP',
    'DONALD A. TRUMP',
    'DONALD TRUMP JR.',
    'ERIC TRUMP',
    'MELANIA TRUMP',
  ]);
  await expect(note(page)).toHaveCount(0);
});

test('names written without spaces are found from inside; the box clears when another dataset opens', async ({
  page,
}) => {
  await openFixture(page, PEOPLE);
  await type(page, 'trump');
  await openFixture(page, STATIONS);
  await expect(search(page)).toHaveValue('');
  await expect(page.locator('#search-options')).toBeHidden();

  await type(page, '新宿');
  await expect(offered(page)).toHaveText(['新宿', '新宿三丁目', '西新宿']);
  await type(page, '三丁目');
  await expect(offered(page)).toHaveText(['新宿三丁目']);
  await type(page, '南站');
  await expect(offered(page)).toHaveText(['北京南站']);
  await type(page, 'tokyo');
  await expect(offered(page).first()).toHaveText('東京 (Tōkyō)');
  await type(page, '新宿三');
  await search(page).press('Enter');
  expect(await selectedId(page)).toBe('shinjuku-sanchome');
});
