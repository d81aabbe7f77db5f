// Reviewing a draft: the Draft panel, the preview on the canvas, one undoable step, a new dataset whose quotes are
// found verbatim in the article, "Same as" merges, the keyboard alone, and axe on the panel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { draft, draftWithDialog, exportJson, labels, panel, tabTo, validateQuotes } from './draft-steps';
import { openApp, watchErrors } from './helpers';

const ARTICLES = 'tests/fixtures/articles';
const article = (name: string) => readFileSync(join(ARTICLES, name), 'utf8');

test('a draft is reviewed, made a dataset in one step, and its quotes are found verbatim in the article', async ({
  page,
}) => {
  test.setTimeout(150_000); // drafting, an export and two runs of the validator in Node, on a shared machine
  const errors = watchErrors(page);
  await openApp(page);
  const before = await page.evaluate(() => ({
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
  }));
  const text = article('01-baltic-cable.txt');
  const drafted = await draftWithDialog(page, text);
  expect(drafted.relations).toBeGreaterThan(5);

  // Every relation row shows its sentence with the names marked; the draft is drawn, dashed, outside the graph.
  const rows = panel(page).locator('li.draft-row');
  await expect(rows).toHaveCount(drafted.actors + drafted.relations);
  const firstQuote = panel(page).locator('blockquote.draft-quote').first();
  await expect(firstQuote.locator('mark')).toHaveCount(2);
  const drawn = await page.evaluate(() => ({
    nodes: window.cy.nodes('.draft').length,
    edges: window.cy.edges('.draft').length,
    style: window.cy.edges('.draft').first().style('line-style'),
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
  }));
  expect(drawn).toMatchObject({ style: 'dashed', ...before });
  expect(drawn.nodes).toBeGreaterThan(drafted.actors / 2);
  expect(drawn.edges).toBeGreaterThan(drafted.relations / 2);

  // Reject one relation, edit one actor, accept the rest.
  const rejected = panel(page)
    .getByRole('button', { name: /^Reject relation/ })
    .first();
  await rejected.click();
  await expect(rejected).toHaveAttribute('aria-pressed', 'true');
  await panel(page).getByRole('button', { name: 'Edit actor Finland' }).click();
  const edit = page.getByRole('dialog', { name: /Edit drafted actor/ });
  await edit.getByLabel('Label').fill('Republic of Finland');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(panel(page).getByRole('button', { name: 'Accept actor Republic of Finland' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await panel(page).getByRole('button', { name: 'Create dataset' }).click();

  // The review ends: a new dataset named after the article, holding only the accepted draft, kept in this browser.
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator('#dataset-title')).toHaveText(text.split('\n')[0] ?? '');
  const made = await page.evaluate(() => ({
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
    drafts: window.cy.elements('.draft').length,
  }));
  expect(made).toEqual({ order: drafted.actors, size: drafted.relations - 1, drafts: 0 });
  expect(await labels(page)).toContain('Republic of Finland');
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('local'))).toMatch(/^local-/);

  // Exported through the real download, every relation carries a quote the validator finds verbatim in the article.
  const file = await exportJson(page);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    edges: { attributes: { evidence: { quote: string }[] } }[];
  };
  expect(exported.edges).toHaveLength(drafted.relations - 1);
  for (const edge of exported.edges) expect(edge.attributes.evidence[0]?.quote.length).toBeGreaterThan(10);
  const report = validateQuotes(file, join(ARTICLES, '01-baltic-cable.txt'));
  expect(report).toContain('quotes: all found verbatim in the source');
  // And the check can fail: the same file against another article.
  expect(() => validateQuotes(file, join(ARTICLES, '02-security-council-sudan.txt'))).toThrow();

  // One Undo takes the whole draft back.
  await page.getByRole('button', { name: /^Undo .*draft from/ }).click();
  await expect.poll(() => page.evaluate(() => window.backchannel.graph.order)).toBe(0);
  expect(errors).toEqual([]);
});

test('a second article into the open dataset: Same-as actors merge, no duplicate, one Undo removes it all', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const before = await page.evaluate(() => ({
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
  }));
  const drafted = await draft(page, article('06-black-sea-talks.txt'));
  // Russia is matched to the seed's Russia: the choice offered is "Same as Russia", a new actor the other.
  const sameAs = panel(page).locator('li.draft-row[data-key="russia"] select');
  await expect(sameAs.locator('option:checked')).toHaveText('Same as Russia');
  // Close spellings are offered in a select too but start as "a new actor": count only the rows set to Same as.
  const matched = await panel(page)
    .locator('li.draft-row select')
    .evaluateAll((selects) => selects.filter((s) => (s as HTMLSelectElement).value !== '').length);
  // A Same-as actor is drawn by the dataset's own node: no drafted node of its own.
  expect(await page.evaluate(() => window.cy.nodes('.draft').length)).toBe(drafted.actors - matched);
  // Kept separate, Russia gets a drafted node of its own and its drafted relations move to it; merged again, back.
  const russiaLines = () =>
    page.evaluate(() => ({
      own: window.cy.getElementById('draft:russia').length,
      toSeed: window.cy.edges('.draft').filter((e) => e.source().id() === 'russia' || e.target().id() === 'russia')
        .length,
    }));
  const merged = await russiaLines();
  expect(merged.own).toBe(0);
  expect(merged.toSeed).toBeGreaterThan(0);
  await sameAs.selectOption({ label: 'a new actor (keep separate)' });
  await expect.poll(russiaLines).toEqual({ own: 1, toSeed: 0 });
  await sameAs.selectOption({ label: 'Same as Russia' });
  await expect.poll(russiaLines).toEqual(merged);

  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await panel(page).getByRole('button', { name: 'Add to this dataset' }).click();
  await expect(panel(page)).toHaveCount(0);
  const names = await labels(page);
  expect(names.filter((n) => n === 'Russia')).toHaveLength(1);
  expect(new Set(names).size).toBe(names.length);
  const after = await page.evaluate(() => ({
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
  }));
  expect(after.order).toBe(before.order + drafted.actors - matched);
  expect(after.size).toBeGreaterThan(before.size);
  // Russia's new relations carry the new article's sentences, cited to its own source.
  const cited = await page.evaluate(() => {
    const g = window.backchannel.graph;
    return g
      .edges()
      .filter(
        (e) =>
          (g.source(e) === 'russia' || g.target(e) === 'russia') &&
          String(
            g.getEdgeAttributes(e).evidence && (g.getEdgeAttributes(e).evidence as { source: string }[])[0]?.source,
          ).startsWith('article'),
      ).length;
  });
  expect(cited).toBeGreaterThan(0);

  await expect(page.locator('#undo')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => ({ order: window.backchannel.graph.order, size: window.backchannel.graph.size })))
    .toEqual(before);
  expect(errors).toEqual([]);
});

test('the whole review from the keyboard, and axe finds nothing serious in the panel', async ({ page }) => {
  test.setTimeout(180_000); // a hundred key presses, each checked, on a machine shared with other runs
  const errors = watchErrors(page);
  await openApp(page);
  const text = article('03-frigate-deal.txt');
  const drafted = await draftWithDialog(page, text);
  await expect(panel(page)).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('#draft-panel').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Reject a relation with Space (past the actors with "Go to relations"), edit an actor with Enter.
  await tabTo(page, /^Go to relations$/);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { name: /^Relations/ })).toBeFocused();
  await tabTo(page, /^Reject relation/);
  await page.keyboard.press('Space');
  await expect(
    panel(page)
      .getByRole('button', { name: /^Reject relation/ })
      .first(),
  ).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, /^Edit actor/, true);
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: /Edit drafted actor/ });
  await expect(edit.getByLabel('Label')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard Edited Actor');
  await page.keyboard.press('Enter');
  await expect(edit).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Edit actor Keyboard Edited Actor' })).toBeFocused();
  // Back up past the actors to the buttons that end the review.
  await tabTo(page, /^Accept all$/, true);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Create dataset$/);
  await page.keyboard.press('Space');
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.backchannel.graph.order)).toBe(drafted.actors);
  expect(await labels(page)).toContain('Keyboard Edited Actor');
  expect(await page.evaluate(() => window.backchannel.graph.size)).toBe(drafted.relations - 1);
  expect(errors).toEqual([]);
});

test('Discard draft leaves the dataset as it was and takes the preview away; narrow windows show the panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const before = await page.evaluate(() => ({
    order: window.backchannel.graph.order,
    size: window.backchannel.graph.size,
  }));
  await draft(page, article('02-security-council-sudan.txt'));
  await expect(page.locator('#inspector-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page).getByRole('button', { name: 'Accept all' })).toBeInViewport();
  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await panel(page).getByRole('button', { name: 'Discard draft' }).click();
  await expect(panel(page)).toHaveCount(0);
  expect(await page.evaluate(() => window.cy.elements('.draft').length)).toBe(0);
  expect(
    await page.evaluate(() => ({ order: window.backchannel.graph.order, size: window.backchannel.graph.size })),
  ).toEqual(before);
  await expect(page.locator('#status')).toContainText('nothing was added');
});

test('markup in an article is shown as text in the panel, with <mark> only where the names are', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const text = [
    'Finland condemned Russia over the <img src=x onerror="window.__pwned=1"> cable attack on Tuesday, officials said.',
    '<script>window.__pwned=2</script> Estonia welcomed the <b>Finnish</b> inquiry.',
  ].join('\n');
  await draft(page, text);
  const quotes = panel(page).locator('blockquote.draft-quote');
  await expect(quotes.first()).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(await panel(page).locator('img, script, b').count()).toBe(0);
  // Only <mark> elements inside a quote: each one a name the row links.
  const inside = await quotes.evaluateAll((all) =>
    all.flatMap((q) => [...q.querySelectorAll('*')].map((e) => e.tagName)),
  );
  expect(new Set(inside)).toEqual(new Set(['MARK']));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});
