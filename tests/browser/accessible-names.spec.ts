// Every control a user can reach has a name of its own: no two controls share an accessible name, dialog included.
import { expect, type Page, test } from '@playwright/test';
import { clickNode, openApp } from './helpers';

/** Roles of controls a user operates (options of a select or list are its values, not controls of their own). */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
]);

interface AxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

/** A control as a screen reader hears it, and the actor it opens when it is a link to one (`data-node`). */
interface Control {
  role: string;
  name: string;
  actor?: string;
}

/** Every control in Chromium's accessibility tree, with its computed role and accessible name. */
async function controls(page: Page): Promise<Control[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const found: Control[] = [];
  for (const node of nodes) {
    if (node.ignored || !CONTROL_ROLES.has(String(node.role?.value))) continue;
    const control: Control = { role: String(node.role?.value), name: String(node.name?.value ?? '').trim() };
    if (node.backendDOMNodeId !== undefined) {
      const { node: dom } = await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
      const attributes = dom.attributes ?? [];
      const at = attributes.indexOf('data-node');
      if (at >= 0 && at % 2 === 0) control.actor = attributes[at + 1];
    }
    found.push(control);
  }
  await cdp.detach();
  return found;
}

/**
 * The names given to controls that do different things. Links to one actor (the same actor in Top actors and in
 * the inspector's relations) may share its name, as links to one place may: they do the same thing.
 */
function repeated(found: Control[]): string[] {
  const targets = new Map<string, Set<string>>();
  found.forEach((control, i) => {
    targets.set(control.name, (targets.get(control.name) ?? new Set()).add(control.actor ?? `control ${i}`));
  });
  return [...targets].filter(([, set]) => set.size > 1).map(([name]) => name);
}

test('no two controls on the page, or in the Export dialog, share an accessible name', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'vladimir-putin');
  const onPage = await controls(page);
  // The panels are all on screen: the Filters dates and the Paths ends among them.
  expect(onPage.length).toBeGreaterThan(20);
  for (const name of ['From date', 'To date', 'From actor', 'To actor'])
    expect(onPage.map((c) => c.name)).toContain(name);
  expect(onPage.filter((c) => c.name === '')).toEqual([]);
  expect(repeated(onPage)).toEqual([]);
  await page.locator('#export').click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  const inDialog = await controls(page);
  expect(inDialog.length).toBeGreaterThan(5);
  expect(inDialog.filter((c) => c.name === '')).toEqual([]);
  expect(repeated([...onPage, ...inDialog])).toEqual([]);
});
