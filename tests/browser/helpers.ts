// Shared steps for the browser tests: open the app, wait for the canvas, click elements where they are drawn.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions seen on a page; a test asserts the list is empty at its end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** Opens a path of the app and waits until the canvas has drawn its dataset. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForCanvas(page);
}

/** Waits until the canvas reports it is ready (elements added, layout done, selection applied). */
export async function waitForCanvas(page: Page): Promise<void> {
  await expect(page.locator('#canvas')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** The page coordinates where a node is drawn, from cytoscape's rendered position and the container's box. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => window.cy.getElementById(nodeId).renderedPosition(), id);
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('canvas has no bounding box');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** Clicks a node with the real mouse at its rendered position. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await nodePoint(page, id);
  await page.mouse.click(point.x, point.y);
}

/** The id of cytoscape's selected element, or null. */
export async function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const selected = window.cy.$(':selected');
    return selected.length === 1 ? selected.id() : null;
  });
}

/** The seed dataset as the test reads it from disk, to compare the screen against. */
export function readSeed(): { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: unknown[] } {
  return JSON.parse(readFileSync('graph-data/sixth-call.json', 'utf8'));
}
