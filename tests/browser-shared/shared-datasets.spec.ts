// CI only (npm run test:shared): every file of ../shared/datasets, GPL ones included, opened in the real app.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXPECTED } from '../../scripts/shared-expected';
import { pluralise } from '../../src/model/pluralise';
import { openApp } from '../browser/helpers';

const root = resolve(process.env.SHARED_DIR ? join(process.env.SHARED_DIR, 'datasets') : '../shared/datasets');
if (!existsSync(root)) {
  throw new Error(`No shared datasets at ${root}: set SHARED_DIR to the shared folder (CI has it beside the clone).`);
}
const files = ['valid', 'broken'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}`));

test('every shared dataset is listed in the table of expectations', () => {
  expect(files.filter((file) => !(file in EXPECTED))).toEqual([]);
});

for (const file of files) {
  const expected = EXPECTED[file];
  if (!expected) continue;
  test(`${file} opens in the browser as expected`, async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page);
    const before = await page.evaluate(() => window.cy.nodes().length);
    await page.setInputFiles('#file-input', join(root, file));
    if (expected.error) {
      await expect(page.getByRole('alert')).toContainText(expected.error, { timeout: 60_000 });
      // Refused: the graph on screen stays as it was.
      expect(await page.evaluate(() => window.cy.nodes().length)).toBe(before);
      return;
    }
    await expect(page.locator('#status')).toContainText(
      `${pluralise(expected.nodes ?? 0, 'node')}, ${pluralise(expected.edges ?? 0, 'edge')}`,
      {
        timeout: 90_000,
      },
    );
    await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
    // Relations of huge graphs are drawn by the relation layer, not cytoscape; it says how many it holds.
    const counts = await page.evaluate(() => ({
      nodes: window.cy.nodes().length,
      edges:
        window.cy.edges().length +
        Number(document.querySelector<HTMLElement>('.relation-layer')?.dataset.relations ?? 0),
    }));
    expect(counts).toEqual({ nodes: expected.nodes, edges: expected.edges });
    for (const warning of expected.warnings ?? []) await expect(page.locator('#status')).toContainText(warning);
  });
}
