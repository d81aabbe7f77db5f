// Datasets kept in this browser, in Chromium's own IndexedDB: saved after each step, reopened, deleted, a full disk,
// a second tab, a link to a dataset kept elsewhere, and New dataset. Edits go through window.backchannel.edit()
// (the same commands the edit dialogs run).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openApp, waitForCanvas, watchErrors } from './helpers';

const ACTOR = {
  type: 'add-actor',
  key: 'test-ministry',
  attributes: { label: 'Test Ministry', kind: 'government-body' },
};
const RELATION = {
  type: 'add-relation',
  key: 'e-test-ministry-vladimir-putin',
  source: 'test-ministry',
  target: 'vladimir-putin',
  attributes: {
    relation: 'criticises',
    stance: 'conflictual',
    certainty: 'reported',
    evidence: [{ quote: 'The ministry said it had doubts.', source: 'article' }],
  },
};

/** Runs an edit command through the automation API and checks it applied. */
async function edit(page: Page, command: object): Promise<number> {
  const result = await page.evaluate((c) => window.backchannel.edit(c as never), command);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return (result as { revision: number }).revision;
}

/** Waits until the revision given is stored: the "Saved in this browser" line carries the revision saved last. */
async function savedAt(page: Page, revision: number): Promise<void> {
  await expect(page.locator('#keep-saved')).toHaveAttribute('data-revision', String(revision));
  await expect(page.locator('#keep-saved')).toHaveText('Saved in this browser');
}

/** What axe finds serious or critical on the page as it is now. */
async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const myDatasets = (page: Page) => page.locator('#dataset-picker optgroup[label="My datasets"] option');

test('an actor and a relation with evidence survive a reload, are listed under My datasets, and undo twice is kept too', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await expect(myDatasets(page)).toHaveCount(0);
  await edit(page, ACTOR);
  const revision = await edit(page, RELATION);
  await savedAt(page, revision);
  expect(new URL(page.url()).searchParams.get('local')).toMatch(/^local-/);
  await expect(myDatasets(page)).toHaveCount(1);
  await expect(myDatasets(page)).toHaveText(/^The sixth Trump–Putin call of 2025 · /);

  await page.goto('/'); // a new visit without ?local=: the last dataset reopens with its edits
  await waitForCanvas(page);
  const back = await page.evaluate(() => ({
    actor: window.backchannel.graph.hasNode('test-ministry'),
    quote: window.backchannel.graph.getEdgeAttributes('e-test-ministry-vladimir-putin').evidence,
  }));
  expect(back).toEqual({ actor: true, quote: [{ quote: 'The ministry said it had doubts.', source: 'article' }] });
  await expect(page.locator('#dataset-picker')).toHaveValue(/^kept:local-/);
  await expect(page.locator('#dataset-picker option:checked')).toHaveText(/^The sixth Trump–Putin call of 2025 · /);

  await page.evaluate(() => window.backchannel.undo());
  const undone = await page.evaluate(() => window.backchannel.undo());
  expect(undone).toMatchObject({ ok: true, revision: revision + 2 });
  await savedAt(page, revision + 2);
  await page.reload();
  await waitForCanvas(page);
  const after = await page.evaluate(() => ({
    actor: window.backchannel.graph.hasNode('test-ministry'),
    relation: window.backchannel.graph.hasEdge('e-test-ministry-vladimir-putin'),
    kept: new URL(location.href).searchParams.get('local'),
  }));
  expect(after).toMatchObject({ actor: false, relation: false, kept: expect.stringMatching(/^local-/) });
  expect(errors).toEqual([]);
});

test('Delete from this browser asks first, then removes the dataset and opens the default one', async ({ page }) => {
  await openApp(page);
  const deleteButton = page.getByRole('button', { name: 'Delete from this browser' });
  await expect(deleteButton).toBeHidden();
  await savedAt(page, await edit(page, ACTOR));
  await expect(deleteButton).toBeVisible();

  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete from this browser?' });
  await expect(dialog).toContainText('The sixth Trump–Putin call of 2025');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused(); // a stray Enter does not delete
  expect(await seriousAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(myDatasets(page)).toHaveCount(1);

  await deleteButton.click();
  await page.getByRole('dialog', { name: 'Delete from this browser?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('#status')).toHaveText(/^Deleted “The sixth Trump–Putin call of 2025” from this browser\./);
  await expect(myDatasets(page)).toHaveCount(0);
  await expect(deleteButton).toBeHidden();
  expect(await page.evaluate(() => window.backchannel.graph.hasNode('test-ministry'))).toBe(false);
  await page.reload();
  await waitForCanvas(page);
  await expect(myDatasets(page)).toHaveCount(0);
  expect(await page.evaluate(() => window.backchannel.graph.hasNode('test-ministry'))).toBe(false);
});

test('a full disk keeps the edit on screen, says changes are not saved, offers Export JSON, and damages nothing saved', async ({
  page,
}) => {
  // IndexedDB's put throws QuotaExceededError while window.fullDisk is set, as a browser with a full disk does.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { fullDisk?: boolean }).fullDisk)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await savedAt(page, await edit(page, ACTOR));
  await page.evaluate(() => {
    (window as unknown as { fullDisk?: boolean }).fullDisk = true;
  });
  await edit(page, RELATION);
  const warning = page.locator('#keep-notice');
  await expect(warning).toHaveAttribute('role', 'alert');
  await expect(warning).toContainText('storage is full: changes are not being saved');
  expect(await page.evaluate(() => window.backchannel.graph.hasEdge('e-test-ministry-vladimir-putin'))).toBe(true);
  expect(await seriousAxe(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^the-sixth-trump-putin-call-of-2025-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await (await file.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()));
  expect(exported.edges.some((e: { key: string }) => e.key === 'e-test-ministry-vladimir-putin')).toBe(true);

  // What was saved before the disk filled is intact: a new visit (disk no longer full) reopens the first edit.
  await page.reload();
  await waitForCanvas(page);
  const back = await page.evaluate(() => ({
    actor: window.backchannel.graph.hasNode('test-ministry'),
    relation: window.backchannel.graph.hasEdge('e-test-ministry-vladimir-putin'),
  }));
  expect(back).toEqual({ actor: true, relation: false });
  await expect(page.locator('#keep-notice')).toBeHidden();
});

test('a second tab saving the same dataset gets a conflict, and Keep both makes two datasets', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await savedAt(first, await edit(first, ACTOR));
  const second = await context.newPage();
  await openApp(second, first.url()); // the ?local= address reopens the kept dataset in the second tab
  expect(await second.evaluate(() => window.backchannel.graph.hasNode('test-ministry'))).toBe(true);

  await savedAt(first, await edit(first, RELATION)); // the first tab saves revision 2
  await edit(second, { type: 'update-actor', key: 'test-ministry', changes: { role: 'Second tab' } });
  const notice = second.locator('#keep-notice');
  await expect(notice).toContainText('Another tab saved a later version');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  // Nothing was overwritten: the stored version is still the first tab's.
  await first.reload();
  await waitForCanvas(first);
  expect(await first.evaluate(() => window.backchannel.graph.hasEdge('e-test-ministry-vladimir-putin'))).toBe(true);
  expect(await first.evaluate(() => window.backchannel.graph.getNodeAttributes('test-ministry').role)).toBeUndefined();

  await notice.getByRole('button', { name: 'Keep both' }).click();
  await expect(notice).toBeHidden();
  await expect(myDatasets(second)).toHaveCount(2);
  await expect(myDatasets(second)).toContainText([/\(copy\) · /, /2025 · /]);
  await expect(second.locator('#dataset-picker option:checked')).toHaveText(/\(copy\) · /);
  const copyId = new URL(second.url()).searchParams.get('local');
  expect(copyId).not.toBe(new URL(first.url()).searchParams.get('local'));
  await second.reload();
  await waitForCanvas(second);
  expect(await second.evaluate(() => window.backchannel.graph.getNodeAttributes('test-ministry').role)).toBe(
    'Second tab',
  );
});

test('Reload after a conflict opens the version the other tab saved', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await savedAt(first, await edit(first, ACTOR));
  const second = await context.newPage();
  await openApp(second, first.url());
  await savedAt(first, await edit(first, RELATION));
  await edit(second, { type: 'update-actor', key: 'test-ministry', changes: { role: 'Second tab' } });
  await second.locator('#keep-notice').getByRole('button', { name: 'Reload' }).click();
  await expect(second.locator('#keep-notice')).toBeHidden();
  await waitForCanvas(second);
  await expect
    .poll(() => second.evaluate(() => window.backchannel.graph.hasEdge('e-test-ministry-vladimir-putin')))
    .toBe(true);
  expect(await second.evaluate(() => window.backchannel.graph.getNodeAttributes('test-ministry').role)).toBeUndefined();
});

test('a link to a dataset kept in another browser says where it lives, offers a file, and keeps the seed', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?local=local-00000000-0000-4000-8000-000000000000');
  const dialog = page.getByRole('dialog', { name: 'This dataset is not in this browser' });
  await expect(dialog).toContainText('kept in the browser where it was made');
  await expect(dialog.getByRole('button', { name: 'Open file…' })).toBeVisible();
  await waitForCanvas(page);
  expect(await page.evaluate(() => window.backchannel.graph.order)).toBe(54);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(new URL(page.url()).searchParams.get('local')).toBeNull();
  expect(errors).toEqual([]);
});

test('a damaged kept record gives a clear message, and the default dataset opens', async ({ page }) => {
  await openApp(page);
  await savedAt(page, await edit(page, ACTOR));
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backchannel');
        open.onsuccess = () => {
          const tx = open.result.transaction('contents', 'readwrite');
          const store = tx.objectStore('contents');
          const id = new URL(location.href).searchParams.get('local') ?? '';
          store.put({ id, json: '{"nodes": [', sourceTexts: {} });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not reopen' })).toContainText(
    'Could not reopen “The sixth Trump–Putin call of 2025”, kept in this browser: its stored copy cannot be read',
  );
  await waitForCanvas(page);
  expect(await page.evaluate(() => window.backchannel.graph.order)).toBe(54);
});

test('New dataset asks for a title, shows how to add the first actor, and is listed once edited', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dataset' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toContainText('Give the dataset a title.');
  await expect(dialog.getByLabel('Title')).toBeFocused();
  expect(await seriousAxe(page)).toEqual([]);
  await dialog.getByLabel('Title').fill('Harbour deals');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'New dataset' })).toBeFocused();
  await expect(page.locator('#empty-note')).toBeVisible();
  await expect(page.locator('#empty-note')).toContainText('Add actor');
  expect(await page.evaluate(() => window.backchannel.graph.order)).toBe(0);
  await expect(myDatasets(page)).toHaveCount(0);

  await savedAt(
    page,
    await edit(page, { type: 'add-actor', key: 'port', attributes: { label: 'Port authority', kind: 'group' } }),
  );
  await expect(page.locator('#empty-note')).toBeHidden();
  await expect(myDatasets(page)).toHaveText([/^Harbour deals · /]);
  await page.goto('/');
  await waitForCanvas(page);
  expect(await page.evaluate(() => window.backchannel.graph.getAttributes().title)).toBe('Harbour deals');
  expect(await page.evaluate(() => window.backchannel.graph.nodes())).toEqual(['port']);
});

test('the picker opens a kept dataset, and after choosing the seed a new visit opens the seed', async ({ page }) => {
  await openApp(page);
  await savedAt(page, await edit(page, ACTOR));
  const picker = page.locator('#dataset-picker');
  await picker.selectOption({ label: 'The sixth Trump–Putin call (news report, 2025)' });
  await expect.poll(() => page.evaluate(() => window.backchannel.graph.hasNode('test-ministry'))).toBe(false);
  await waitForCanvas(page);
  expect(new URL(page.url()).searchParams.get('local')).toBeNull();
  await page.goto('/');
  await waitForCanvas(page);
  expect(await page.evaluate(() => window.backchannel.graph.hasNode('test-ministry'))).toBe(false);

  const kept = await myDatasets(page).first().getAttribute('value');
  await picker.selectOption(kept ?? '');
  await expect.poll(() => page.evaluate(() => window.backchannel.graph.hasNode('test-ministry'))).toBe(true);
  await waitForCanvas(page);
  await expect(page.locator('#status')).toHaveText(/^Opened “The sixth Trump–Putin call of 2025” from this browser/);
  expect(new URL(page.url()).searchParams.get('local')).toBe(kept?.replace('kept:', ''));
});
