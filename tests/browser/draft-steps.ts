// Steps the draft-review tests share: draft a text into the review, export the dataset, check its quotes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The Draft panel, by its accessible name. */
export const panel = (page: Page) => page.getByRole('region', { name: 'Draft' });

/** Drafts a text in the page through the automation API and waits for the Draft panel. */
export async function draft(page: Page, text: string): Promise<{ actors: number; relations: number }> {
  const counts = await page.evaluate((t) => window.backchannel.draftFromText(t), text);
  await expect(panel(page)).toBeVisible();
  return counts;
}

/**
 * Drafts a text through the real dialog: "New from article…", the text pasted into "Article text" (as typed input,
 * from the keyboard), "Draft graph"; waits for the Draft panel and answers the counts it lists.
 */
export async function draftWithDialog(page: Page, text: string): Promise<{ actors: number; relations: number }> {
  await page.getByRole('button', { name: 'New from article…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Draft from an article' });
  await expect(dialog.getByLabel('Article text')).toBeFocused();
  await page.keyboard.insertText(text);
  await tabTo(page, /^Draft graph$/);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(panel(page)).toBeVisible();
  return page.evaluate(() => ({
    actors: document.querySelectorAll('#draft-panel li.draft-row[data-kind="actor"]').length,
    relations: document.querySelectorAll('#draft-panel li.draft-row[data-kind="relation"]').length,
  }));
}

/** The labels of the dataset's actors. */
export const labels = (page: Page) =>
  page.evaluate(() =>
    window.backchannel.graph.nodes().map((k) => String(window.backchannel.graph.getNodeAttributes(k).label)),
  );

/** Exports the dataset shown as Backchannel JSON through the Export dialog's real download; returns the file's path. */
export async function exportJson(page: Page): Promise<string> {
  await page.locator('#export').click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(/^JSON/).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'draft-review-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Runs the validator's quote check (`npm run validate -- file --source article`); returns what it printed. */
export function validateQuotes(file: string, source: string): string {
  return execFileSync('npx', ['tsx', 'scripts/validate.ts', file, '--source', source], { encoding: 'utf8' });
}

/** Presses Tab (Shift+Tab with `back`) until the focused element's name matches; fails after `limit` presses. */
export async function tabTo(page: Page, name: RegExp, back = false, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
    });
    if (name.test(focused)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`No control named ${name} reached with the keyboard`);
}
