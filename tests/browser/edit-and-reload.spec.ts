// Editing by hand survives the page: an actor and a relation added with real clicks and keys are there after a
// reload, and two presses of Undo, once stored, are there after the next reload too (Chromium's own IndexedDB).
import { expect, type Page, test } from '@playwright/test';
import { openApp, waitForCanvas, watchErrors } from './helpers';

const inspectorHeading = (page: Page) => page.locator('#inspector-body').getByRole('heading', { level: 2 });
const saved = (page: Page) => page.locator('#keep-saved');
const graphHas = (page: Page) =>
  page.evaluate(() => {
    const graph = window.backchannel.graph;
    const actor = graph.nodes().find((key) => graph.getNodeAttributes(key).label === 'Harbour Authority');
    return { actor: actor !== undefined, relations: actor === undefined ? 0 : graph.degree(actor) };
  });

/** Waits until every change so far is stored: the saved line names the current revision. */
async function allSaved(page: Page): Promise<void> {
  const revision = await page.evaluate(() => window.app.store.get().history.revision);
  await expect(saved(page)).toHaveAttribute('data-revision', String(revision));
  await expect(saved(page)).toHaveText('Saved in this browser');
}

test('an actor and a relation added by hand are there after a reload; Undo twice, reload, both are gone', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Add actor' }).click();
  const actorDialog = page.getByRole('dialog', { name: 'Add actor' });
  await actorDialog.getByLabel('Label').fill('Harbour Authority');
  await actorDialog.getByLabel('Kind').selectOption({ label: 'Government body' });
  await actorDialog.getByRole('button', { name: 'Save' }).click();
  await expect(actorDialog).toBeHidden();
  await expect(inspectorHeading(page)).toHaveText('Harbour Authority');

  await page.getByRole('button', { name: 'Add relation from here' }).click();
  const relationDialog = page.getByRole('dialog', { name: 'Add relation' });
  const to = relationDialog.getByRole('combobox', { name: 'To actor' });
  await to.fill('putin');
  await to.press('Enter');
  await relationDialog.getByLabel('Relation', { exact: true }).selectOption('criticises');
  await relationDialog.getByLabel('Stance').selectOption('conflictual');
  await relationDialog.getByLabel('Certainty').selectOption('reported');
  await relationDialog.getByLabel('Evidence quote').fill('The harbour authority wrote that the pause hurt trade.');
  await relationDialog.getByRole('button', { name: 'Save' }).click();
  await expect(relationDialog).toBeHidden();
  await allSaved(page);

  await page.reload();
  await waitForCanvas(page);
  expect(await graphHas(page)).toEqual({ actor: true, relations: 1 });
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('harbour');
  await search.press('Enter');
  await expect(inspectorHeading(page)).toHaveText('Harbour Authority');
  await expect(page.locator('#inspector-body')).toContainText('The harbour authority wrote that the pause hurt trade.');

  // The steps are kept with the dataset, so Undo works after the reload; its presses are stored in turn.
  const undo = page.locator('#undo');
  await expect(undo).toHaveAccessibleName(/^Undo addition of relation Harbour Authority criticises Vladimir Putin/);
  await undo.click();
  await expect(undo).toHaveAccessibleName('Undo addition of Harbour Authority');
  await undo.click();
  await expect(undo).toBeDisabled();
  await allSaved(page);
  await page.reload();
  await waitForCanvas(page);
  expect(await graphHas(page)).toEqual({ actor: false, relations: 0 });
  expect(errors).toEqual([]);
});
