// CI only (npm run test:shared): the seed article of ../shared/seeds pasted into the dialog, accepted whole and made a dataset whose
// every quote the validator finds verbatim in it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { draftWithDialog, exportJson, panel, validateQuotes } from '../browser/draft-steps';
import { openApp, watchErrors } from '../browser/helpers';

const seeds = resolve(process.env.SHARED_DIR ? join(process.env.SHARED_DIR, 'seeds') : '../shared/seeds');
const seed = join(seeds, '000_c16029dbd7979cee.txt');
if (!existsSync(seed)) {
  throw new Error(`No seed article at ${seed}: set SHARED_DIR to the shared folder (CI has it beside the clone).`);
}

test('the seed article: drafted, Accept all, Create dataset, every quote verbatim in the article', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page);
  const text = readFileSync(seed, 'utf8');
  const drafted = await draftWithDialog(page, text);
  expect(drafted.relations).toBeGreaterThan(10);
  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await panel(page).getByRole('button', { name: 'Create dataset' }).click();
  await expect(panel(page)).toHaveCount(0);
  // Named after the article: the dialog files it under its first line (cut to 120 characters).
  const first = text.trim().split('\n')[0] ?? '';
  await expect(page.locator('#dataset-title')).toContainText(first.slice(0, 80));
  expect(await page.evaluate(() => window.backchannel.graph.order)).toBe(drafted.actors);
  expect(await page.evaluate(() => window.backchannel.graph.size)).toBe(drafted.relations);
  const file = await exportJson(page);
  expect(validateQuotes(file, seed)).toContain('quotes: all found verbatim in the source');
  expect(errors).toEqual([]);
});
