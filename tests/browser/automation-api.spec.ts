// window.backchannel: the read-only automation API answers the same at every size, where counting cy.edges() cannot.
import { expect, test } from '@playwright/test';
import { clickNode, openApp, readSeed, watchErrors } from './helpers';

test('on the seed, the API reports the graph, what filters leave shown, and a real click', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.evaluate(() => window.backchannel.ready());
  const seed = readSeed();
  const counts = await page.evaluate(() => ({
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
    actors: window.backchannel.visibleActors().length,
    relations: window.backchannel.visibleRelations().length,
    edgesOnCanvas: window.cy.edges().length,
  }));
  expect(counts).toEqual({
    order: seed.nodes.length,
    size: seed.edges.length,
    actors: seed.nodes.length,
    relations: seed.edges.length,
    edgesOnCanvas: seed.edges.length,
  });

  // A filter narrows what is shown: the API's sets equal what the canvas shows.
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: /^State \(/ })
    .uncheck();
  const shown = await page.evaluate(() => ({
    actors: window.backchannel.visibleActors().sort(),
    onCanvas: window.cy
      .nodes()
      .not('.hidden')
      .map((n) => n.id())
      .sort(),
    relations: window.backchannel.visibleRelations().length,
    relationsOnCanvas: window.cy.edges().not('.hidden').length,
  }));
  expect(shown.actors).toEqual(shown.onCanvas);
  expect(shown.actors).not.toContain('russia');
  expect(shown.relations).toBe(shown.relationsOnCanvas);
  expect(shown.relations).toBeLessThan(seed.edges.length);

  await clickNode(page, 'vladimir-putin');
  expect(await page.evaluate(() => window.backchannel.selection())).toEqual({ type: 'node', key: 'vladimir-putin' });

  // Attributes are copies: changing one in a script leaves the graph (and the inspector) as it was.
  const label = await page.evaluate(() => {
    const attrs = window.backchannel.graph.getNodeAttributes('vladimir-putin');
    attrs.label = 'changed by a script';
    return window.backchannel.graph.getNodeAttributes('vladimir-putin').label;
  });
  expect(label).toBe('Vladimir Putin');
  expect(errors).toEqual([]);
});

test('on a large graph cytoscape holds no relations, and the API still counts every one', async ({ page }) => {
  await openApp(page);
  await page.setInputFiles('#file-input', 'tests/fixtures/graphology+graphology__polarisation.json');
  await expect.poll(() => page.evaluate(() => window.backchannel.graph.size), { timeout: 60_000 }).toBe(20935);
  await page.evaluate(() => window.backchannel.ready());
  const counts = await page.evaluate(() => ({
    edgesOnCanvas: window.cy.edges().length,
    relations: window.backchannel.visibleRelations().length,
    actors: window.backchannel.visibleActors().length,
    order: window.backchannel.graph.order,
    layer: document.querySelector<HTMLCanvasElement>('canvas.relation-layer')?.dataset.relations,
  }));
  expect(counts.edgesOnCanvas).toBe(0);
  expect(counts.relations).toBe(20935);
  expect(counts.layer).toBe('20935');
  expect(counts.actors).toBe(counts.order);
});

test('ready() waits for a dataset opened after it was called', async ({ page }) => {
  await openApp(page);
  const result = await page.evaluate(async () => {
    const picker = document.getElementById('dataset-picker') as HTMLSelectElement;
    picker.value = 'got-relations';
    picker.dispatchEvent(new Event('change'));
    await window.backchannel.ready();
    return {
      state: document.getElementById('canvas')?.dataset.state,
      order: window.backchannel.graph.order,
      drawn: window.cy.nodes().length,
    };
  });
  expect(result.state).toBe('ready');
  expect(result.order).toBe(84);
  expect(result.drawn).toBe(84);
});
