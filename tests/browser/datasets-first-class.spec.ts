// Other people's files, first-class: the inspector, paths and List view in the file's own words (Fields), the Fields
// dialog and its link, readable hubs, and links that do not lie about local files.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { clickNode, openApp, readSeed, watchErrors } from './helpers';

const fx = (name: string) => `tests/fixtures/${name}`;
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const group = (page: Page, title: string) => inspector(page).locator('section.relation-group', { hasText: title });

/** Chooses fixture files in the file input, as "Open file…" does, and waits until they are drawn. */
async function chooseFiles(page: Page, names: string[]): Promise<void> {
  await page.setInputFiles('#file-input', names.map(fx));
  await expect(page.locator('#status')).toContainText(`Opened ${names.join(' + ')} (`);
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
}

test('a GraphML with connection and sources: relations, notes, links and directions in the inspector, paths and list', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await chooseFiles(page, ['backchannel__political-ties.graphml']);
  await clickNode(page, 'p1');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('ALEX Q. MORROW');
  await expect(inspector(page).locator('.kind')).toHaveText('Person');
  await expect(inspector(page).locator('h4')).toHaveText(['→ Married (1)', '→ Ownership (2)']);
  const married = group(page, '→ Married');
  await expect(married.locator('blockquote')).toHaveText(/Public records list the marriage in 1998/);
  await expect(married.getByRole('link')).toHaveAttribute('href', 'https://example.org/records/marriage-1998');
  await expect(inspector(page)).not.toContainText('related to');

  // Incoming relations read from the other side, and a javascript: source stays text.
  await clickNode(page, 'o1');
  await expect(inspector(page).locator('h4')).toHaveText(['← Director (1)', '← Loaned money (1)', '← Ownership (1)']);
  const loan = group(page, '← Loaned money');
  await expect(loan).toContainText('javascript:alert(1)');
  await expect(loan.getByRole('link')).toHaveCount(0);
  await expect(inspector(page).locator('a[href^="javascript"]')).toHaveCount(0);
  // A relation without notes in a file that has them says so; one without a source prints no source line.
  await clickNode(page, 'o3');
  await expect(group(page, '← Director')).toContainText('No evidence quoted for this relation.');
  await expect(group(page, '← Director').locator('.source-links')).toHaveCount(0);

  // Every path hop in the file's words, with its notes and source.
  await page.getByRole('combobox', { name: 'From actor' }).fill('ALEX Q. MORROW');
  await page.getByRole('combobox', { name: 'To actor' }).fill('HARBOUR TRUST BANK');
  await page.getByRole('button', { name: 'Find paths' }).click();
  const hops = page.locator('.paths li.hop');
  await expect(hops).toHaveCount(2);
  await expect(hops.nth(0)).toContainText('→ Ownership →');
  await expect(hops.nth(0)).toContainText('sole owner and managing member');
  await expect(hops.nth(0).getByRole('link')).toHaveAttribute('href', 'https://example.org/filings/holdings-ownership');
  await expect(hops.nth(1)).toContainText('← Loaned money ←');

  // The List view's Kind column reads the Kind field.
  await page.getByRole('button', { name: 'List view' }).click();
  const row = page.locator('.actor-table tr', { hasText: 'HARBOUR TRUST BANK' });
  await expect(row.locator('td').first()).toHaveText('Organization');
  expect(errors).toEqual([]);
});

test('a directed GEXF without relation fields reads as links, and its guessed kind is offered for checking', async ({
  page,
}) => {
  await openApp(page);
  await chooseFiles(page, ['backchannel__blog-links.gexf']);
  await expect(page.locator('#status')).toContainText('Kind guessed from the values alone: check with the Fields…');
  await expect(page.getByRole('button', { name: 'Fields…' })).toHaveClass(/attention/);
  await clickNode(page, '0');
  await expect(inspector(page).locator('h4')).toHaveText(['links to (2)', 'linked from (2)']);
  await expect(group(page, 'linked from')).toContainText('the-quiet-desk.example');
  await expect(inspector(page)).not.toContainText('No evidence quoted');
  await expect(inspector(page).locator('.evidence, .source-links')).toHaveCount(0);
});

test('a CSV pair: the relationship, description and link of each edge', async ({ page }) => {
  await openApp(page);
  await chooseFiles(page, ['backchannel__board-nodes.csv', 'backchannel__board-edges.csv']);
  await clickNode(page, '3');
  await expect(inspector(page).locator('h4')).toHaveText(['→ advisor (1)', '→ board member (1)']);
  const board = group(page, '→ board member');
  await expect(board).toContainText('joined the board of Northwind Energy in March 2021');
  await expect(board.getByRole('link')).toHaveAttribute('href', 'https://example.org/northwind/annual-report-2021');
});

test('the Fields dialog changes the mapping, remembers it for the file, and the link carries it', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  // Served from a fake same-origin address, so that a link can reopen it (?data=).
  await page.route(
    (url) => url.pathname === '/fixtures/stations.cyjs',
    (route) => route.fulfill({ body: readFileSync(fx('backchannel__stations.cyjs'), 'utf8') }),
  );
  await openApp(page, '/?data=/fixtures/stations.cyjs');
  await expect(page.locator('#status')).toContainText('Opened stations.cyjs (');
  // The numeric `name` loses to the station names: the actors are labelled in Japanese.
  await clickNode(page, '1');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('東京');
  await expect(inspector(page).locator('h4')).toHaveText(['→ rail (1)', '→ transfer (1)']);

  await page.getByRole('button', { name: 'Fields…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fields' });
  await expect(dialog).toBeVisible();
  const names = ['Label', 'Kind', 'Relation', 'Evidence', 'Source link'];
  for (const name of names) await expect(dialog.getByRole('combobox', { name, exact: true })).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Label', exact: true })).toHaveValue('station_name');
  await expect(dialog.getByRole('combobox', { name: 'Relation', exact: true })).toHaveValue('interaction');
  await dialog.getByRole('combobox', { name: 'Label', exact: true }).selectOption('name');
  await dialog.getByRole('combobox', { name: 'Relation', exact: true }).selectOption('');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('1130101');
  await expect(inspector(page).locator('h4')).toHaveText(['links to (2)']);
  await expect.poll(() => decodeURIComponent(page.url())).toContain('fields=name~line_name~~~~');

  // The link reopens the same mapping in a browser that never saw it.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.route(
    (url) => url.pathname === '/fixtures/stations.cyjs',
    (route) => route.fulfill({ body: readFileSync(fx('backchannel__stations.cyjs'), 'utf8') }),
  );
  await openApp(other, page.url());
  await expect(inspector(other).getByRole('heading', { level: 2 })).toHaveText('1130101');
  await expect(inspector(other).locator('h4')).toHaveText(['links to (2)']);
  await context.close();

  // The same file opened again in this browser keeps the mapping chosen for it.
  await page.setInputFiles('#file-input', fx('backchannel__stations.cyjs'));
  await expect(page.locator('#status')).toContainText('Opened backchannel__stations.cyjs (');
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
  await clickNode(page, '4');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('1130201');
  expect(errors).toEqual([]);
});

test('README screenshot: the Fields dialog on a political network', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 700 });
  await openApp(page);
  await chooseFiles(page, ['backchannel__political-ties.graphml']);
  await clickNode(page, 'o1');
  await page.getByRole('button', { name: 'Fields…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fields' });
  await expect(dialog.getByRole('combobox', { name: 'Relation', exact: true })).toHaveValue('connection');
  await expect(dialog.getByRole('combobox', { name: 'Source link', exact: true })).toHaveValue('sources');
  await page.screenshot({ path: 'docs/fields-dialog.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

/** A GraphML hub: one actor with `relations` relations over twelve connection names, each with notes and a source. */
function hubGraphml(relations: number): string {
  const kinds = ['Director', 'Ownership', 'Married', 'Loaned money', 'Investor', 'Partner'];
  const kinds2 = ['Advisor', 'Lawyer', 'Donor', 'Tenant', 'Landlord', 'Member'];
  const connections = [...kinds, ...kinds2];
  const nodes = ['<node id="hub"><data key="name">THE HUB</data></node>'];
  const edges: string[] = [];
  // ENTITY 700 also deals with five others: the most connected of its group.
  for (let k = 1; k <= 5; k += 1) edges.push(`<edge source="n700" target="n${k * 10}"/>`);
  for (let i = 0; i < relations; i += 1) {
    nodes.push(`<node id="n${i}"><data key="name">ENTITY ${String(i).padStart(3, '0')} LLC</data></node>`);
    // Every connection both ways: twelve names, 24 groups.
    const [source, target] = Math.floor(i / 12) % 2 === 0 ? [`n${i}`, 'hub'] : ['hub', `n${i}`];
    edges.push(
      `<edge source="${source}" target="${target}"><data key="connection">${connections[i % 12]}</data>` +
        `<data key="sources">https://example.org/record/${i}</data>` +
        `<data key="notes">Record ${i} ties the hub to entity ${i} in a filing of some length.</data></edge>`,
    );
  }
  return `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="name" for="node" attr.name="name" attr.type="string"/>
<key id="connection" for="edge" attr.name="connection" attr.type="string"/>
<key id="sources" for="edge" attr.name="sources" attr.type="string"/>
<key id="notes" for="edge" attr.name="notes" attr.type="string"/>
<graph edgedefault="directed">${nodes.join('')}${edges.join('')}</graph></graphml>`;
}

test('a 757-relation hub fits in a few screens: collapsed groups, Show all, a filter and a sort', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.setInputFiles('#file-input', {
    name: 'hub.graphml',
    mimeType: 'application/xml',
    buffer: Buffer.from(hubGraphml(757)),
  });
  await expect(page.locator('#status')).toContainText('Opened hub.graphml (');
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  // The List view lists actors by degree: the hub comes first.
  await page.getByRole('button', { name: 'List view' }).click();
  await page.locator('.actor-table tbody tr[data-node]').first().getByRole('button', { name: 'THE HUB' }).click();
  await expect(inspector(page).locator('h3', { hasText: 'Relations' })).toHaveText('Relations (757)');
  await expect(inspector(page).locator('h4')).toHaveCount(24); // twelve connections, each in and out
  const body = page.locator('#inspector-body');
  const screens = async () => (await body.evaluate((e) => e.scrollHeight)) / (page.viewportSize()?.height ?? 800);
  const collapsed = await screens();
  console.log(`the hub's inspector: ${collapsed.toFixed(2)} screens`);
  expect(collapsed).toBeLessThan(4);

  // Show all opens one group in full.
  const directors = group(page, '→ Director');
  const total = Number((await directors.locator('h4').textContent())?.match(/\((\d+)\)/)?.[1]);
  await directors.getByRole('button', { name: `Show all (${total})` }).click();
  await expect(group(page, '→ Director').locator('li.relation')).toHaveCount(total);

  // The filter keeps the relations whose other actor or relation matches, and says how many.
  // Typed key by key, as a reader would: every key re-renders the groups, and none may be lost or misplaced.
  await inspector(page).getByRole('searchbox', { name: 'Filter relations' }).pressSequentially('entity 012');
  await expect(inspector(page).locator('li.relation')).toHaveCount(1);
  await expect(inspector(page).locator('li.relation')).toContainText('ENTITY 012 LLC');
  await expect(inspector(page).locator('.hub-summary')).toHaveText('1 of 757 relations match “entity 012”.');
  await inspector(page).getByRole('searchbox', { name: 'Filter relations' }).fill('nobody here');
  await expect(inspector(page).locator('.hub-summary')).toHaveText('No relation matches “nobody here”.');
  await inspector(page).getByRole('searchbox', { name: 'Filter relations' }).fill('');
  const sort = inspector(page).getByRole('combobox', { name: 'Sort by' });
  await expect(sort.getByRole('option')).toHaveText(['Name', 'Most connected']);
  const investors = group(page, '← Investor').locator('li.relation').first();
  await expect(investors).not.toContainText('ENTITY 700 LLC');
  await sort.selectOption('degree');
  await expect(sort).toHaveValue('degree');
  await expect(investors).toContainText('ENTITY 700 LLC');
  expect(errors).toEqual([]);
});

test('Copy link on a local file offers Export JSON, and its view never lands on the seed', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seedKinds = new Set(readSeed().nodes.map((n) => n.attributes.kind)).size;
  const kinds = () => page.getByRole('region', { name: 'Filters' }).locator('fieldset').first().getByRole('checkbox');
  await openApp(page);
  await expect(kinds()).toHaveCount(seedKinds);
  await chooseFiles(page, ['backchannel__political-ties.graphml']);
  await clickNode(page, 'p1');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'This link cannot carry your file' });
  await expect(dialog).toContainText('backchannel__political-ties.graphml was opened from your disk');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(exported.nodes).toHaveLength(6);
  expect(exported.edges.find((e: { key: string }) => e.key === 'e1').attributes.connection).toBe('Married');

  // Reopening the seed from the picker, or following the file's address, gives the seed its own whole filters.
  const fileAddress = page.url();
  await page.getByLabel('Dataset').selectOption('sixth-call');
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready');
  await expect(kinds()).toHaveCount(seedKinds);
  await page.goto('about:blank'); // a fresh load, as the link opened elsewhere would be
  await openApp(page, fileAddress);
  await expect(page.locator('#status')).toContainText('This link was made for backchannel__political-ties.graphml');
  await expect(kinds()).toHaveCount(seedKinds);
  await expect(page.getByRole('region', { name: 'Filters' })).not.toContainText('(none)');
});
