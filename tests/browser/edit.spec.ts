// Editing with real clicks and keys: add actors and relations with evidence, undo and redo, merge, delete, the
// dialogs' errors beside each field, Escape, keyboard only, and axe in every dialog.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog');
const inspector = (page: Page) => page.locator('#inspector-body');
const counts = (page: Page) => page.locator('#dataset-counts');
const status = (page: Page) => page.locator('#status');
const undo = (page: Page) => page.locator('#undo');
const redo = (page: Page) => page.locator('#redo');
const order = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => [window.backchannel.graph.order, window.backchannel.graph.size]);

/** Serious and critical axe findings inside the open dialog. */
async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Types into an actor combobox and picks the first suggestion with Enter. */
async function pickActor(box: Locator, typed: string): Promise<void> {
  await box.fill(typed);
  await box.press('Enter');
}

/** Searches for a name and lands on the first suggestion, as a reader would. */
async function searchFor(page: Page, query: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(query);
  await expect(page.locator('#search-options')).toBeVisible();
  await search.press('Enter');
}

/** Adds an actor through the Add actor dialog with real typing and clicks. */
async function addActor(page: Page, label: string, kind: string, aliases = ''): Promise<void> {
  await page.getByRole('button', { name: 'Add actor' }).click();
  const d = dialog(page);
  await expect(d).toBeVisible();
  await d.getByLabel('Label').fill(label);
  await d.getByLabel('Kind').selectOption({ label: kind });
  if (aliases) await d.getByLabel('Aliases').fill(aliases);
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await openApp(page, '/');
});

test('add an actor and a relation with evidence, see them in the inspector and search; undo twice, redo', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const [actors, relations] = await order(page);
  await expect(undo(page)).toBeDisabled();
  await addActor(page, 'Kaja Kallas', 'Person', 'Kallas\nEU foreign policy chief');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Kaja Kallas');
  await expect(inspector(page)).toContainText('Also called: Kallas, EU foreign policy chief');
  await expect(status(page)).toContainText('Added actor Kaja Kallas.');
  await expect(undo(page)).toHaveAccessibleName('Undo addition of Kaja Kallas');
  await expect(counts(page)).toContainText(`${actors + 1} actors`);

  // Add relation from here: From is filled; the quote cites the seed's one source.
  await inspector(page).getByRole('button', { name: 'Add relation from here' }).click();
  const d = dialog(page);
  await expect(d.getByRole('combobox', { name: 'From actor' })).toHaveValue('Kaja Kallas');
  await pickActor(d.getByRole('combobox', { name: 'To actor' }), 'putin');
  await d.getByLabel('Relation', { exact: true }).selectOption('criticises');
  await d.getByLabel('Stance').selectOption('conflictual');
  await d.getByLabel('Certainty').selectOption('confirmed');
  await d.getByLabel('Date').fill('2025-07-04');
  await d.getByLabel('Evidence quote').fill('Kallas said the call changed nothing on the ground.');
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d).toBeHidden();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Kaja Kallas criticises Vladimir Putin');
  await expect(inspector(page)).toContainText('Kallas said the call changed nothing on the ground.');
  await expect(counts(page)).toContainText(`${relations + 1} relations`);
  expect(await order(page)).toEqual([actors + 1, relations + 1]);

  // Search finds the new actor by an alias, and its inspector lists the new relation.
  await searchFor(page, 'foreign policy chief');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Kaja Kallas');
  await expect(inspector(page).locator('li.relation')).toContainText('Vladimir Putin');

  // Undo twice: once with the button, once with the keys; both are gone.
  await expect(undo(page)).toHaveAccessibleName(/^Undo addition of relation Kaja Kallas criticises Vladimir Putin/);
  await undo(page).click();
  await expect(status(page)).toContainText('Undid addition of relation Kaja Kallas criticises Vladimir Putin.');
  await page.locator('#graph').focus();
  await page.keyboard.press('Control+z');
  await expect(status(page)).toContainText('Undid addition of Kaja Kallas.');
  expect(await order(page)).toEqual([actors, relations]);
  await expect(undo(page)).toBeDisabled();
  await expect(counts(page)).toContainText(`${actors} actors`);
  await page.getByRole('combobox', { name: 'Search' }).fill('Kallas');
  await expect(page.locator('#search-options')).toContainText('No actor matches');

  // Redo brings them back: Ctrl+Shift+Z, then the button.
  await page.locator('#graph').focus();
  await page.keyboard.press('Control+Shift+Z');
  await expect(redo(page)).toHaveAccessibleName(/^Redo addition of relation Kaja Kallas/);
  await redo(page).click();
  expect(await order(page)).toEqual([actors + 1, relations + 1]);
  await expect(redo(page)).toBeDisabled();
  await searchFor(page, 'kallas');
  await expect(inspector(page).locator('li.relation')).toContainText('Kallas said the call changed nothing');
  expect(errors).toEqual([]);
});

test('merge Moscow into Russia: the status names it, Undo names it, and search for Moscow lands on Russia', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await addActor(page, 'Moscow', 'Place');
  await inspector(page).getByRole('button', { name: 'Merge into…' }).click();
  const d = dialog(page);
  await expect(d).toHaveAccessibleName('Merge Moscow into…');
  await pickActor(d.getByRole('combobox', { name: 'Actor that stays' }), 'russia');
  expect(await seriousAxe(page)).toEqual([]);
  await d.getByRole('button', { name: 'Merge' }).click();
  await expect(d).toBeHidden();
  await expect(status(page)).toContainText('Merged Moscow into Russia.');
  await expect(undo(page)).toHaveAccessibleName('Undo merge of Moscow into Russia');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  expect(await page.evaluate(() => window.backchannel.graph.hasNode('moscow'))).toBe(false);
  await searchFor(page, 'moscow');
  await expect(page.locator('#search-options')).toBeHidden();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
  await expect(inspector(page)).toContainText('Also called:');
  await expect(inspector(page).locator('.aliases')).toContainText('Moscow');
  await undo(page).click();
  await expect(status(page)).toContainText('Undid merge of Moscow into Russia.');
  expect(await page.evaluate(() => window.backchannel.graph.hasNode('moscow'))).toBe(true);
  expect(errors).toEqual([]);
});

test('delete Vladimir Putin: his relations go from a neighbour and the counts; undo brings them back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const [actors, relations] = await order(page);
  const putinDegree = await page.evaluate(() => window.backchannel.graph.degree('vladimir-putin'));
  await searchFor(page, 'donald trump');
  const trumpLinks = inspector(page).locator('button.actor-link[data-node="vladimir-putin"]');
  const linksBefore = await trumpLinks.count();
  expect(linksBefore).toBeGreaterThan(0);
  await searchFor(page, 'vladimir putin');
  await inspector(page).getByRole('button', { name: 'Delete actor' }).click();
  await expect(status(page)).toContainText('Deleted actor Vladimir Putin.');
  await expect(undo(page)).toBeFocused();
  await expect(undo(page)).toHaveAccessibleName('Undo deletion of Vladimir Putin');
  await expect(counts(page)).toHaveText(
    `${actors - 1} actors · ${relations - putinDegree} relations · Backchannel dataset`,
  );
  await searchFor(page, 'donald trump');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Donald Trump');
  await expect(trumpLinks).toHaveCount(0);
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.locator('.actor-table caption')).toContainText(`${actors - 1} actors`);
  await undo(page).click();
  await expect(page.locator('.actor-table caption')).toContainText(`${actors} actors`);
  await expect(counts(page)).toContainText(`${actors} actors · ${relations} relations`);
  await expect(trumpLinks).toHaveCount(linksBefore);
  expect(errors).toEqual([]);
});

test('keyboard only: open Add actor, fill it, Save; focus comes back to the button', async ({ page }) => {
  const [actors] = await order(page);
  await page.locator('body').focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'add-actor')) break;
  }
  await expect(page.locator('#add-actor')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByLabel('Label')).toBeFocused();
  await page.keyboard.type('Mark Rutte');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // "Person", the first kind
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rutte');
  await page.keyboard.press('Tab');
  await page.keyboard.type('NATO Secretary General');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Head of the alliance.');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('#add-actor')).toBeFocused();
  expect(await order(page)).toEqual([actors + 1, expect.any(Number)]);
  const attrs = await page.evaluate(() => window.backchannel.graph.getNodeAttributes('mark-rutte'));
  expect(attrs).toEqual({
    label: 'Mark Rutte',
    kind: 'person',
    aliases: ['Rutte'],
    role: 'NATO Secretary General',
    description: 'Head of the alliance.',
  });
});

test('errors are shown beside their field and nothing changes: a duplicate label, a relation without evidence', async ({
  page,
}) => {
  const before = await order(page);
  await page.getByRole('button', { name: 'Add actor' }).click();
  const d = dialog(page);
  await d.getByLabel('Label').fill('donald TRUMP');
  await d.getByLabel('Kind').selectOption('person');
  await d.getByRole('button', { name: 'Save' }).click();
  const label = d.getByLabel('Label');
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toHaveAccessibleDescription(/"Donald Trump" is already an actor/);
  await expect(label).toBeFocused();
  await expect(d.locator('#actor-label-error')).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);
  await d.getByRole('button', { name: 'Cancel' }).click();
  expect(await order(page)).toEqual(before);
  await expect(undo(page)).toBeDisabled();

  await page.getByRole('button', { name: 'Add relation', exact: true }).click();
  await pickActor(d.getByRole('combobox', { name: 'From actor' }), 'macron');
  await pickActor(d.getByRole('combobox', { name: 'To actor' }), 'putin');
  await d.getByLabel('Relation', { exact: true }).selectOption('talks-with');
  await d.getByLabel('Stance').selectOption('neutral');
  await d.getByLabel('Certainty').selectOption('reported');
  await d.getByRole('button', { name: 'Save' }).click();
  const quote = d.getByLabel('Evidence quote');
  await expect(quote).toHaveAttribute('aria-invalid', 'true');
  await expect(quote).toHaveAccessibleDescription(/Copy the words of the source/);
  await expect(d.getByLabel('Stance')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await order(page)).toEqual(before);
  // Fixed, the same dialog saves, and the error is gone with it.
  await quote.fill('Putin also spoke with Macron.');
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d).toBeHidden();
  expect(await order(page)).toEqual([before[0], before[1] + 1]);
});

test('Escape closes a suggestion list first, then cancels the dialog; focus returns and nothing changes', async ({
  page,
}) => {
  const before = await order(page);
  await searchFor(page, 'iran');
  const opener = page.getByRole('button', { name: 'Add relation', exact: true });
  await opener.click();
  const d = dialog(page);
  const from = d.getByRole('combobox', { name: 'From actor' });
  await from.fill('pent');
  await expect(d.locator('#relation-from-options')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(d.locator('#relation-from-options')).toBeHidden();
  await expect(d).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
  await expect(opener).toBeFocused();
  // The app's own Escape (clear the selection) stayed out of the dialog's.
  expect(await page.evaluate(() => window.backchannel.selection())).toEqual({ type: 'node', key: 'iran' });
  expect(await order(page)).toEqual(before);
  // From the inspector too: Edit actor, Escape, focus back on Edit actor.
  const edit = inspector(page).getByRole('button', { name: 'Edit actor' });
  await edit.click();
  await expect(dialog(page).getByLabel('Label')).toHaveValue('Iran');
  await page.keyboard.press('Escape');
  await expect(edit).toBeFocused();
});

test('axe finds nothing serious in each dialog; a new source and its quote are one step', async ({ page }) => {
  const errors = watchErrors(page);
  await page.getByRole('button', { name: 'Add actor' }).click();
  expect(await seriousAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add relation', exact: true }).click();
  const d = dialog(page);
  await d.getByLabel('Source', { exact: true }).selectOption({ label: 'New source…' });
  await expect(d.getByLabel('Source title')).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // A relation, opened by its link: Edit relation, then Add evidence from a new source.
  const edge = await page.evaluate(() => window.backchannel.graph.edges().find((key) => key.includes('pentagon')));
  await openApp(page, `/#edge=${edge}`);
  await inspector(page).getByRole('button', { name: 'Edit relation' }).click();
  expect(await seriousAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await inspector(page).getByRole('button', { name: 'Add evidence' }).click();
  expect(await seriousAxe(page)).toEqual([]);
  const quotes = await page.evaluate(
    (key) => (window.backchannel.graph.getEdgeAttributes(key ?? '').evidence as unknown[]).length,
    edge,
  );
  await d.getByLabel('Evidence quote').fill('The Pentagon confirmed the pause on Tuesday.');
  await d.getByLabel('Source', { exact: true }).selectOption({ label: 'New source…' });
  await d.getByLabel('Source title').fill('Pentagon briefing');
  await d.getByLabel('Source URL').fill('not a web address');
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d.getByLabel('Source URL')).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await d.getByLabel('Source URL').fill('https://example.org/briefing');
  await d.getByLabel('Published').fill('2025-07-02');
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d).toBeHidden();
  await expect(inspector(page)).toContainText('The Pentagon confirmed the pause on Tuesday.');
  await expect(inspector(page)).toContainText('— Pentagon briefing');
  await expect(undo(page)).toHaveAccessibleName(/^Undo addition of evidence to /);
  await undo(page).click();
  const after = await page.evaluate(
    (key) => ({
      quotes: (window.backchannel.graph.getEdgeAttributes(key ?? '').evidence as unknown[]).length,
      sources: (window.backchannel.graph.getAttributes().sources as unknown[]).length,
    }),
    edge,
  );
  expect(after).toEqual({ quotes, sources: 1 });
  expect(errors).toEqual([]);
});
