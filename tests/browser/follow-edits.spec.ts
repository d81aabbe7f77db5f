// Views follow edits: an edit through window.backchannel changes what changed on the canvas (the same cytoscape
// core, other actors where they were), the relation layer at large sizes, the panels and the measures.
import { expect, type Page, test } from '@playwright/test';
import { clickNode, openApp, watchErrors } from './helpers';
import { positionedGraph, serve } from './large-fixtures';

const EVIDENCE = [{ quote: 'Putin, meanwhile, has not limited his outreach to Trump.', source: 'article' }];

/** Leaves a mark on the current cytoscape core: it survives only if the core is not replaced. */
const markCore = (page: Page) =>
  page.evaluate(() => {
    (window.cy as unknown as { followMark?: string }).followMark = 'kept';
  });
const coreMark = (page: Page) =>
  page.evaluate(() => (window.cy as unknown as { followMark?: string }).followMark ?? null);

/** Every actor's model position on the core, by key. */
const positions = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), n.position()])));

/** The relations of an actor in the graph (the truth), sorted. */
const relationsOf = (page: Page, key: string) =>
  page.evaluate(
    (actor) =>
      window.backchannel.graph
        .edges()
        .filter((e) => window.backchannel.graph.source(e) === actor || window.backchannel.graph.target(e) === actor)
        .sort(),
    key,
  );

/** Whether an element is drawn inside the canvas's box (its rendered position, nothing more). */
const drawnInside = (page: Page, id: string) =>
  page.evaluate((key) => {
    const element = window.cy.getElementById(key);
    if (element.empty()) return false;
    const box = element.renderedBoundingBox();
    const [x, y] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
    return x >= 0 && y >= 0 && x <= window.cy.width() && y <= window.cy.height();
  }, id);

test('on the seed, an added actor and relation are drawn on the same core, nothing else moves', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.evaluate(() => window.backchannel.ready());
  await markCore(page);
  const before = await positions(page);
  const header = page.locator('#dataset-counts');
  const personsBefore = await page.evaluate(
    () =>
      window.backchannel.graph
        .nodes()
        .filter((key) => window.backchannel.graph.getNodeAttributes(key).kind === 'person').length,
  );

  const outcome = await page.evaluate(async (evidence) => {
    const actor = await window.backchannel.edit({
      type: 'add-actor',
      key: 'eve-example',
      attributes: { label: 'Eve Example', kind: 'person' },
    });
    const relation = await window.backchannel.edit({
      type: 'add-relation',
      key: 'e-eve-putin',
      source: 'eve-example',
      target: 'vladimir-putin',
      attributes: { relation: 'talks-with', stance: 'cooperative', certainty: 'confirmed', evidence },
    });
    return [actor?.ok, relation?.ok];
  }, EVIDENCE);
  expect(outcome).toEqual([true, true]);
  await expect.poll(() => drawnInside(page, 'eve-example')).toBe(true);
  expect(await drawnInside(page, 'e-eve-putin')).toBe(true);
  expect(await page.evaluate(() => window.cy.getElementById('eve-example').data('label'))).toBe('Eve Example');
  expect(await coreMark(page)).toBe('kept');
  const after = await positions(page);
  for (const [key, point] of Object.entries(before)) expect(after[key], key).toEqual(point);
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
  // The panels follow: the header's counts and the Person facet count one more.
  await expect(header).toContainText('55 actors');
  await expect(header).toContainText('92 relations');
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: `Person (${personsBefore + 1})` }),
  ).toBeVisible();
  // The List view, opened now, lists one actor more; opened, it follows the undo of the relation and the actor.
  await page.getByRole('button', { name: 'List view' }).click();
  const table = page.locator('table.actor-table');
  await expect(table).toHaveAttribute('aria-rowcount', '56');
  await page.evaluate(async () => {
    await window.backchannel.undo();
    await window.backchannel.undo();
  });
  await expect(table).toHaveAttribute('aria-rowcount', '55');
  await expect(header).toContainText('54 actors');
  await page.evaluate(async () => {
    await window.backchannel.redo();
    await window.backchannel.redo();
  });
  await expect(table).toHaveAttribute('aria-rowcount', '56');
  // Search finds the new actor.
  await page.getByRole('combobox', { name: 'Search' }).fill('Eve Exa');
  await expect(page.locator('#search-options li[data-node="eve-example"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('deleting Vladimir Putin takes his relations off the canvas; undo brings back the same keys', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.evaluate(() => window.backchannel.ready());
  await markCore(page);
  const stood = await page.evaluate(() => window.cy.getElementById('vladimir-putin').position());
  const his = await relationsOf(page, 'vladimir-putin');
  expect(his.length).toBeGreaterThan(5);
  await clickNode(page, 'vladimir-putin');
  expect(await page.evaluate(() => window.backchannel.selection()?.key)).toBe('vladimir-putin');
  await page.evaluate(() => window.backchannel.edit({ type: 'delete-actor', key: 'vladimir-putin' }));
  const gone = await page.evaluate(
    (keys) => ({
      actor: window.cy.getElementById('vladimir-putin').nonempty(),
      edges: keys.filter((key) => window.cy.getElementById(key).nonempty()),
      selection: window.backchannel.selection(),
      selected: window.cy.$(':selected').length,
    }),
    his,
  );
  expect(gone).toEqual({ actor: false, edges: [], selection: null, selected: 0 });

  await page.evaluate(() => window.backchannel.undo());
  expect(await relationsOf(page, 'vladimir-putin')).toEqual(his);
  const back = await page.evaluate(
    (keys) => ({
      edges: keys.filter((key) => window.cy.getElementById(key).data('key') === key).sort(),
      position: window.cy.getElementById('vladimir-putin').position(),
    }),
    his,
  );
  expect(back).toEqual({ edges: his, position: stood });
  // Redo takes them off again; the core is the one drawn at load throughout.
  await page.evaluate(() => window.backchannel.redo());
  expect(await page.evaluate(() => window.cy.getElementById('vladimir-putin').nonempty())).toBe(false);
  expect(await coreMark(page)).toBe('kept');
  expect(errors).toEqual([]);
});

test('betweenness dropped by an edit is computed again and sizes the new actors', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.locator('#size-by').selectOption('betweenness');
  const betweenness = (key: string) =>
    page.evaluate((actor) => window.app.store.get().measures.betweenness?.[actor] ?? null, key);
  await expect.poll(() => betweenness('vladimir-putin')).not.toBeNull();
  // Eve bridges Fay (alone otherwise) to Putin: every path from Fay passes through her.
  await page.evaluate(async (evidence) => {
    const attributes = { relation: 'talks-with', stance: 'cooperative', certainty: 'confirmed', evidence } as const;
    const { edit } = window.backchannel;
    await edit({ type: 'add-actor', key: 'eve-example', attributes: { label: 'Eve Example', kind: 'person' } });
    await edit({ type: 'add-actor', key: 'fay-example', attributes: { label: 'Fay Example', kind: 'person' } });
    await edit({ type: 'add-relation', key: 'e-ep', source: 'eve-example', target: 'vladimir-putin', attributes });
    await edit({ type: 'add-relation', key: 'e-ef', source: 'eve-example', target: 'fay-example', attributes });
  }, EVIDENCE);
  await expect.poll(() => betweenness('eve-example')).toBeGreaterThan(0);
  expect(await betweenness('fay-example')).toBe(0);
  const size = (key: string) => page.evaluate((actor) => Number(window.cy.getElementById(actor).data('size')), key);
  await expect.poll(async () => (await size('eve-example')) > (await size('fay-example'))).toBe(true);
  expect(errors).toEqual([]);
});

test('at 6,000 actors and 19,000 relations the relation layer follows an edit by one line', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await serve(page, '/fixtures/follow.json', positionedGraph(6000, 19000));
  await page.goto('/?data=/fixtures/follow.json');
  await page.evaluate(() => window.backchannel.ready());
  const canvas = page.locator('#canvas');
  await expect(canvas).toHaveAttribute('data-profile', 'large');
  const layer = page.locator('.relation-layer');
  await expect(layer).toHaveAttribute('data-relations', '19000');
  await markCore(page);
  const before = await positions(page);

  const added = await page.evaluate(() =>
    window.backchannel.edit({
      type: 'add-relation',
      key: 'e-new',
      source: 'n1',
      target: 'n2',
      attributes: { evidence: [{ quote: 'Actor 1 meets Actor 2.', source: 'fixture' }] },
      newSource: { id: 'fixture', title: 'The fixture' },
    }),
  );
  expect(added?.ok).toBe(true);
  await expect(layer).toHaveAttribute('data-relations', '19001');
  await page.evaluate(() =>
    window.backchannel.edit({ type: 'add-actor', key: 'n-new', attributes: { label: 'New actor' } }),
  );
  await expect.poll(() => drawnInside(page, 'n-new')).toBe(true);

  const his = await relationsOf(page, 'n3');
  await page.evaluate(() => window.backchannel.edit({ type: 'delete-actor', key: 'n3' }));
  await expect(layer).toHaveAttribute('data-relations', String(19001 - his.length));
  expect(await page.evaluate(() => window.cy.getElementById('n3').nonempty())).toBe(false);
  await page.evaluate(() => window.backchannel.undo());
  await expect(layer).toHaveAttribute('data-relations', '19001');
  expect(await relationsOf(page, 'n3')).toEqual(his);
  expect(await page.evaluate(() => window.cy.getElementById('n3').position())).toEqual(before.n3);

  expect(await coreMark(page)).toBe('kept');
  const after = await positions(page);
  for (const key of ['n0', 'n1', 'n2', 'n4', 'n5999']) expect(after[key]).toEqual(before[key]);
  expect(errors).toEqual([]);
});
