// "New from article…" with real keys, files and clicks: the dialog, its messages, drafting in a worker with its
// progress, Cancel, the draft handed to the Draft panel (accepted whole here), the text kept locally.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openApp, waitForCanvas, watchErrors } from './helpers';

const ARTICLE = readFileSync('tests/fixtures/articles/01-baltic-cable.txt', 'utf8');
const PAGE_FILE = 'tests/fixtures/article-files/backchannel__article-page.html';
const BINARY_FILE = 'tests/fixtures/article-files/backchannel__not-text.txt';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Draft from an article' });
const counts = (page: Page) => page.locator('#dataset-counts');
const order = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => [window.backchannel.graph.order, window.backchannel.graph.size]);
const loaded = (page: Page, part: string) =>
  page.evaluate((p) => performance.getEntriesByType('resource').some((e) => e.name.includes(p)), part);

/** Serious and critical axe findings inside the open dialog. */
async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Accepts the whole draft in the Draft panel and adds it to the dataset shown (draft-review.spec.ts tests the panel). */
async function acceptWhole(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Draft' });
  await panel.getByRole('button', { name: 'Accept all' }).click();
  await panel.getByRole('button', { name: 'Add to this dataset' }).click();
  await expect(panel).toHaveCount(0);
}

/** Opens the dialog from the toolbar with the keyboard: focus on the button, Enter. */
async function openWithKeys(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New from article…' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByLabel('Article text')).toBeFocused();
}

/** The texts kept with the dataset in this browser's IndexedDB, by source id. */
function keptTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('backchannel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('contents').objectStore('contents').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(Object.assign({}, ...all.result.map((r: { sourceTexts: object }) => r.sourceTexts)));
          };
        };
      }),
  );
}

test.beforeEach(async ({ page }) => {
  await openApp(page, '/');
});

test('drafts a pasted article in a worker and hands the draft on; its text is kept with its source', async ({
  page,
}) => {
  test.setTimeout(120_000); // a draft in a worker, then a reload that reopens the kept copy: slow on a busy machine
  const errors = watchErrors(page);
  const [actors, relations] = await order(page);
  expect(await loaded(page, 'draft-worker')).toBe(false);
  await openWithKeys(page);
  const d = dialog(page);
  expect(await seriousAxe(page)).toEqual([]);
  await d.getByLabel('Article text').fill(ARTICLE);
  await d.getByLabel('Title').fill('Finland opens inquiry into damaged Baltic data cable');
  await d.getByLabel('Publisher').fill('Northern Wire');
  await d.getByLabel('Published').fill('2026-03-04');
  await d.getByLabel('Source URL').fill('https://example.org/baltic-cable');
  await d.getByRole('button', { name: 'Draft graph' }).press('Enter');
  await expect(d).toBeHidden({ timeout: 30_000 });
  expect(await loaded(page, 'draft-worker')).toBe(true);
  await acceptWhole(page);
  await expect(page.locator('#status')).toContainText('Added draft from “Finland opens inquiry');
  const [actorsAfter, relationsAfter] = await order(page);
  expect(relationsAfter).toBeGreaterThan(relations + 5);
  expect(actorsAfter).toBeGreaterThan(actors);
  await expect(counts(page)).toContainText(`${relationsAfter} relations`);
  const source = await page.evaluate(() =>
    (window.backchannel.graph.getAttributes().sources as { title: string }[]).find((s) =>
      s.title.startsWith('Finland opens'),
    ),
  );
  expect(source).toMatchObject({
    outlet: 'Northern Wire',
    published: '2026-03-04',
    url: 'https://example.org/baltic-cable',
  });
  const id = (source as unknown as { id: string }).id;
  await expect.poll(async () => (await keptTexts(page))[id]).toBe(ARTICLE);
  // Reopened from this browser, a quote cited from the article is checked against its text.
  await page.reload();
  await waitForCanvas(page);
  await expect(page.locator('#dataset-counts')).toContainText(`${relationsAfter} relations`);
  const edge = await page.evaluate(() => window.backchannel.graph.edges()[0] ?? '');
  await page.evaluate((key) => window.app.store.update((s) => ({ ...s, selection: { type: 'edge', key } })), edge);
  await page.locator('#inspector-body').getByRole('button', { name: 'Add evidence' }).click();
  const evidence = page.getByRole('dialog', { name: 'Add evidence' });
  await evidence.getByLabel('Evidence quote').fill('The cable was cut by a whale.');
  await evidence.getByLabel('Source', { exact: true }).selectOption(id);
  await evidence.getByRole('button', { name: 'Save' }).click();
  await expect(evidence.locator('#evidence-quote-error')).toHaveText(/does not contain these words/);
  await page.keyboard.press('Escape');
  // One step: Undo takes the whole draft back.
  await page.locator('#undo').click();
  await expect.poll(() => order(page)).toEqual([actors, relations]);
  expect(errors).toEqual([]);
});

test('an empty text and a bad URL are refused beside their fields; the graph stays as it was', async ({ page }) => {
  const before = await order(page);
  await openWithKeys(page);
  const d = dialog(page);
  await d.getByLabel('Source URL').fill('www.example.org/story');
  await d.getByRole('button', { name: 'Draft graph' }).click();
  const text = d.getByLabel('Article text');
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(d.locator('#article-text-error')).toHaveText(/article text is empty: paste the article here, or open/);
  await expect(d.locator('#article-url-error')).toHaveText(/is not a web address: give one starting with http/);
  expect(await seriousAxe(page)).toEqual([]);
  await text.fill('Bulgaria asked Romania to take the cargoes.');
  await d.getByLabel('Source URL').fill('https://example.org/story');
  await expect(d).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
  await expect(page.getByRole('button', { name: 'New from article…' })).toBeFocused();
  expect(await order(page)).toEqual(before);
});

test('a binary file is refused with a message; an HTML page is reduced to its text and gives its title', async ({
  page,
}) => {
  await openWithKeys(page);
  const d = dialog(page);
  const file = d.getByLabel('Open text file…');
  await file.setInputFiles(BINARY_FILE);
  await expect(d.locator('#article-file-error')).toHaveText(/is not a text file \(it holds NUL bytes/);
  await expect(d.getByLabel('Article text')).toHaveValue('');
  await file.setInputFiles(PAGE_FILE);
  await expect(d.locator('#article-file-error')).toBeHidden();
  const text = d.getByLabel('Article text');
  await expect(text).toHaveValue(/Bulgaria asked Romania to take the delayed cargoes through Constanta/);
  const value = await text.inputValue();
  for (const hidden of ['TRACKING SCRIPT', 'SCRIPT IN BODY', 'NOSCRIPT', 'Buy now', 'font-family', 'Injected'])
    expect(value).not.toContain(hidden);
  // Paragraphs stay apart, so two sentences never run into one.
  expect(value).toMatch(/at the port of Varna\.\n+Bulgaria asked/);
  await expect(d.getByLabel('Title')).toHaveValue('Harbour pilots strike halts grain ships at Varna');
});

test('Cancel while drafting stops the worker: nothing is added, and the next draft runs', async ({ page }) => {
  const errors = watchErrors(page);
  const before = await order(page);
  await openWithKeys(page);
  const d = dialog(page);
  // A long text (the article twenty times, about 8,000 words), so that drafting is still running when Cancel is pressed.
  await d.getByLabel('Article text').fill(Array.from({ length: 20 }, () => ARTICLE).join('\n\n'));
  await d.getByRole('button', { name: 'Draft graph' }).click();
  await expect(d.getByRole('progressbar', { name: 'Drafting' })).toBeVisible();
  await expect(d.getByRole('status')).toHaveText(/^Drafting… \d+%$/);
  await d.getByRole('button', { name: 'Cancel' }).click();
  await expect(d).toBeHidden();
  expect(await order(page)).toEqual(before);
  await expect(page.locator('#undo')).toBeDisabled();
  await expect(page.locator('#status')).not.toContainText('Added draft');
  // A fresh worker drafts the next one.
  await openWithKeys(page);
  await d.getByLabel('Article text').fill(ARTICLE);
  await d.getByRole('button', { name: 'Draft graph' }).click();
  await expect(d).toBeHidden({ timeout: 30_000 });
  await acceptWhole(page);
  await expect.poll(async () => (await order(page))[1]).toBeGreaterThan(before[1]);
  expect(errors).toEqual([]);
});
