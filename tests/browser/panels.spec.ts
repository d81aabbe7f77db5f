// The panels by real clicks and keys: long filter groups collapse, focus follows a followed link, the header counts
// what is shown, the List view holds thousands of rows and sorts them, and Export closes once the file is saved.
import { expect, type Page, test } from '@playwright/test';
import { seededRandom } from '../../src/model/seeded-random';
import { clickNode, openApp, readSeed, selectedId, waitForCanvas, watchErrors } from './helpers';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const relationsGroup = (page: Page) => filters(page).locator('fieldset[data-facet="relations"]');
const counts = (page: Page) => page.locator('#dataset-counts');

/** The seed's relation names with their counts, most frequent first, read from the file itself. */
function seedRelations(): Map<string, number> {
  const counted = new Map<string, number>();
  for (const edge of readSeed().edges as { attributes: { relation: string } }[]) {
    counted.set(edge.attributes.relation, (counted.get(edge.attributes.relation) ?? 0) + 1);
  }
  return counted;
}

test('a long filter group shows its most frequent values and "Show all (n)"; a value it sets apart stays shown', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const relations = seedRelations();
  expect(relations.size).toBeGreaterThan(8);
  const boxes = relationsGroup(page).getByRole('checkbox');
  await expect(boxes).toHaveCount(6);
  // The six shown are among the most frequent: none shown has fewer relations than one hidden.
  const shown = await boxes.evaluateAll((list) => list.map((b) => (b as HTMLInputElement).value));
  const least = Math.min(...shown.map((v) => relations.get(v) ?? 0));
  const hidden = [...relations].filter(([name]) => !shown.includes(name));
  expect(Math.max(...hidden.map(([, n]) => n))).toBeLessThanOrEqual(least);
  // The kinds (8 values) are not collapsed.
  await expect(filters(page).locator('fieldset[data-facet="kinds"]').getByRole('checkbox')).toHaveCount(8);
  await expect(filters(page).locator('fieldset[data-facet="kinds"]').getByRole('button')).toHaveCount(0);

  const more = relationsGroup(page).getByRole('button', { name: `Show all (${relations.size})` });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(boxes).toHaveCount(relations.size);
  const fewer = relationsGroup(page).getByRole('button', { name: 'Show fewer' });
  await expect(fewer).toBeFocused(); // the button keeps focus across the re-render
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');

  // Untick a rare relation while the group is open, then collapse it: that unticked value stays on screen.
  const rare = hidden[0]?.[0] ?? '';
  await relationsGroup(page).locator(`input[value="${rare}"]`).uncheck();
  await relationsGroup(page).getByRole('button', { name: 'Show fewer' }).focus(); // pressed by key this time
  await page.keyboard.press('Enter');
  await expect(boxes).toHaveCount(7);
  await expect(relationsGroup(page).locator(`input[value="${rare}"]`)).not.toBeChecked();

  // "Only these": when fewer values are ticked than not, the ticked ones are what must stay in view.
  await page.goto('about:blank');
  await page.goto(`/#relations=${rare},${hidden[1]?.[0]}`);
  await waitForCanvas(page);
  await expect(boxes).toHaveCount(8);
  await expect(relationsGroup(page).locator(`input[value="${rare}"]`)).toBeChecked();
  await expect(relationsGroup(page).locator('input:checked')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('Tab walks the Filters panel in far fewer stops than it has values', async ({ page }) => {
  await openApp(page);
  await filters(page).getByRole('checkbox').first().focus();
  let stops = 1;
  let sawMore = false;
  for (; stops < 60; stops++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { inside: !!active.closest('#filters'), text: active.textContent ?? '' };
    });
    if (!where.inside) break;
    sawMore ||= where.text.startsWith('Show all (');
  }
  expect(sawMore).toBe(true);
  // 8 kinds, 6 relations and their button, the stances, certainties, two dates, hide isolated and reset: 26 stops
  // on the seed, where all 24 relations made 43.
  expect(stops).toBeLessThan(30);
});

test("following a relation with Enter moves focus to the new actor's heading, scrolled into view", async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await clickNode(page, 'arms-shipment-pause');
  const panel = page.locator('aside.inspector');
  const links = inspector(page).locator('button.actor-link');
  // The last link is far down: focusing it scrolls the panel.
  const last = links.last();
  const target = (await last.getAttribute('data-node')) ?? '';
  await last.focus();
  expect(await panel.evaluate((p) => p.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  expect(await selectedId(page)).toBe(target);
  const heading = inspector(page).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveAttribute('tabindex', '-1');
  expect(await panel.evaluate((p) => p.scrollTop)).toBe(0);
  await expect(heading).toBeInViewport();

  // A click on a neighbour does the same.
  const next = inspector(page).locator('button.actor-link').first();
  const nextKey = (await next.getAttribute('data-node')) ?? '';
  await next.click();
  expect(await selectedId(page)).toBe(nextKey);
  await expect(inspector(page).getByRole('heading', { level: 2 })).toBeFocused();

  // Selecting from the search box leaves focus in the search box.
  await page.keyboard.press('/');
  await page.keyboard.type('putin');
  await page.keyboard.press('Enter');
  expect(await selectedId(page)).toBe('vladimir-putin');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
  expect(errors).toEqual([]);
});

/** What the canvas shows: actors and relations without the hidden class. */
const canvasShown = (page: Page) =>
  page.evaluate(() => ({
    actors: window.cy.nodes().not('.hidden').length,
    relations: window.cy.edges().not('.hidden').length,
  }));

test('the header counts what is shown, under a filter and under a focus', async ({ page }) => {
  await openApp(page);
  const seed = readSeed() as {
    nodes: { key: string; attributes: { kind: string } }[];
    edges: { source: string; target: string }[];
  };
  const format = (await counts(page).textContent())?.split(' · ').at(-1);
  await expect(counts(page)).toHaveText(`${seed.nodes.length} actors · ${seed.edges.length} relations · ${format}`);

  // Untick Issue: the issues and every relation touching one are hidden (counted here from the file).
  await filters(page).locator('input[data-field="kinds"][value="issue"]').uncheck();
  const issues = new Set(seed.nodes.filter((n) => n.attributes.kind === 'issue').map((n) => n.key));
  const actors = seed.nodes.length - issues.size;
  const relations = seed.edges.filter((e) => !issues.has(e.source) && !issues.has(e.target)).length;
  await expect(counts(page)).toHaveText(
    `${actors} of ${seed.nodes.length} actors · ${relations} of ${seed.edges.length} relations · ${format}`,
  );
  expect(await canvasShown(page)).toEqual({ actors, relations });
  await filters(page).getByRole('button', { name: 'Reset filters' }).click();
  await expect(counts(page)).toHaveText(`${seed.nodes.length} actors · ${seed.edges.length} relations · ${format}`);

  // Focus on Putin: the header agrees with the canvas and with the List view's caption.
  await clickNode(page, 'vladimir-putin');
  await inspector(page).getByRole('button', { name: 'Focus on this actor' }).click();
  await expect(counts(page)).toContainText(` of ${seed.nodes.length} actors`);
  const shown = await canvasShown(page);
  expect(shown.actors).toBeLessThan(seed.nodes.length);
  await expect(counts(page)).toHaveText(
    `${shown.actors} of ${seed.nodes.length} actors · ${shown.relations} of ${seed.edges.length} relations · ${format}`,
  );
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.locator('table.actor-table caption')).toHaveText(new RegExp(`^${shown.actors} actors, by `));
});

const KINDS = ['person', 'state', 'group', 'issue', 'event'];

/** A 3,000-actor graph with kinds and no positions; self-loops are left out so degrees are plain to count. */
function kindedGraph(nodes: number, edges: number) {
  const random = seededRandom(11);
  const list = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, kind: KINDS[Math.floor(random() * KINDS.length)] as string },
  }));
  const links: { key: string; source: string; target: string }[] = [];
  while (links.length < edges) {
    const [s, t] = [Math.floor(random() * nodes), Math.floor(random() * nodes)];
    if (s !== t) links.push({ key: `e${links.length}`, source: `n${s}`, target: `n${t}` });
  }
  return { options: { type: 'mixed', multi: true }, attributes: {}, nodes: list, edges: links };
}

/** The labels, kinds and degrees of the rows drawn, in order. */
const drawnRows = (page: Page) =>
  page.locator('table.actor-table tbody tr[data-node]').evaluateAll((rows) =>
    rows.map((r) => ({
      index: Number(r.getAttribute('aria-rowindex')),
      label: r.querySelector('th')?.textContent ?? '',
      kind: r.querySelectorAll('td')[0]?.textContent ?? '',
      degree: Number(r.querySelectorAll('td')[1]?.textContent),
    })),
  );

type Row = { label: string; kind: string; degree: number };

/** Each column both ways with the rows in that order, from the file: degree counted here, texts as the table does. */
function expectedOrders(graph: ReturnType<typeof kindedGraph>): [string, string, Row[]][] {
  const degree = new Map(graph.nodes.map((n) => [n.key, 0]));
  for (const e of graph.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const kindLabel = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
  const rows = graph.nodes.map((n) => ({
    label: n.attributes.label,
    kind: kindLabel(n.attributes.kind),
    degree: degree.get(n.key) ?? 0,
  }));
  const text = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });
  const orders: [string, string, (a: Row, b: Row) => number][] = [
    ['Actor', 'ascending', (a, b) => text(a.label, b.label)],
    ['Actor', 'descending', (a, b) => text(b.label, a.label)],
    ['Kind', 'ascending', (a, b) => text(a.kind, b.kind) || text(a.label, b.label)],
    ['Kind', 'descending', (a, b) => text(b.kind, a.kind) || text(a.label, b.label)],
    // A number column starts highest first; the second click reverses it.
    ['Degree', 'descending', (a, b) => b.degree - a.degree || text(a.label, b.label)],
    ['Degree', 'ascending', (a, b) => a.degree - b.degree || text(a.label, b.label)],
  ];
  return orders.map(([column, direction, compare]) => [column, direction, [...rows].sort(compare)]);
}

/**
 * Sorts by a column (by key on its first press, by mouse on its second), then checks the first rows at the top and,
 * scrolled to the end with the wheel as a reader would, the last row; the DOM holds few rows throughout.
 */
async function checkSorted(page: Page, column: string, direction: string, expected: Row[]): Promise<void> {
  const table = page.locator('table.actor-table');
  const scroller = page.locator('#actor-table');
  const header = table.getByRole('columnheader', { name: column });
  if (direction === (column === 'Degree' ? 'descending' : 'ascending')) {
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
  } else await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', direction);
  const other = table.getByRole('columnheader', { name: column === 'Actor' ? 'Degree' : 'Actor' });
  await expect(other).not.toHaveAttribute('aria-sort', /./);
  await scroller.evaluate((s) => {
    s.scrollTop = 0;
  });
  const top = await drawnRows(page);
  expect(top.slice(0, 10).map(({ label, kind, degree }) => ({ label, kind, degree }))).toEqual(expected.slice(0, 10));
  await scroller.hover();
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 4000);
    if (await scroller.evaluate((s) => s.scrollTop + s.clientHeight >= s.scrollHeight - 1)) break;
  }
  const bottom = await drawnRows(page);
  expect(bottom.at(-1)?.index).toBe(expected.length + 1);
  expect(bottom.at(-1)?.label).toBe(expected.at(-1)?.label);
  await expect(table.locator(`tbody tr[aria-rowindex="${expected.length + 1}"]`)).toBeInViewport();
  expect(await table.locator('tbody tr').count()).toBeLessThan(100);
}

test('the List view holds 3,000 actors with few rows in the DOM, reaches the last by scrolling, and sorts each column both ways', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const graph = kindedGraph(3000, 6000);
  await page.route(
    (url) => url.pathname === '/fixtures/kinded.json',
    (route) => route.fulfill({ body: JSON.stringify(graph), contentType: 'application/json' }),
  );
  await page.goto('/?data=/fixtures/kinded.json');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'List view' }).click();
  const table = page.locator('table.actor-table');
  await expect(table.locator('caption')).toHaveText('3000 actors, by degree, highest first');
  await expect(table).toHaveAttribute('aria-rowcount', '3001');
  const trs = await table.locator('tbody tr').count();
  expect(trs).toBeGreaterThan(10);
  expect(trs).toBeLessThan(100);

  const orders = expectedOrders(graph);
  for (const [column, direction, expected] of orders) await checkSorted(page, column, direction, expected);

  // A click on a row selects its actor, and the row is marked selected.
  const row = table.locator('tbody tr[data-node]').last();
  const key = (await row.getAttribute('data-node')) ?? '';
  await row.locator('td').first().click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(
    graph.nodes.find((n) => n.key === key)?.attributes.label ?? '',
  );
  await expect(table.locator(`tbody tr[data-node="${key}"]`)).toHaveClass(/selected/);
  await expect(table.locator(`tbody tr[data-node="${key}"]`)).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
});

test('Export closes after Download, gives focus back to the Export button, and the status line names the file', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('#export').click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('PNG image').check();
  await dialog.getByLabel('Scale').selectOption('1');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  await expect(dialog).toBeHidden();
  await expect(page.locator('#export')).toBeFocused();
  const name = file.suggestedFilename();
  expect(name).toMatch(/^sixth-call-\d{4}-\d{2}-\d{2}\.png$/);
  await expect(page.locator('#status')).toContainText(`Saved ${name}`);
});
