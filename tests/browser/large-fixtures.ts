// Large-graph fixtures built in the test (no large file committed) and served to the page at a fixed path.
import type { Page } from '@playwright/test';
import { seededRandom } from '../../src/model/seeded-random';

/** A random graphology JSON graph without positions, built in the test so no large file is committed. */
export function syntheticGraph(nodes: number, edges: number): string {
  const random = seededRandom(42);
  const list = Array.from({ length: nodes }, (_, i) => ({ key: `n${i}`, attributes: { label: `Actor ${i}` } }));
  const links = Array.from({ length: edges }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(random() * nodes)}`,
    target: `n${Math.floor(random() * nodes)}`,
  }));
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes: list, edges: links });
}

/** Serves `body` as JSON at `path` for this page. */
export async function serve(page: Page, path: string, body: string): Promise<void> {
  // Match the path, not the whole URL: the page's own address ends with `?data=<path>` too.
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
}

/** A graph with stored positions: actors scattered over a square, relations between random pairs. */
export function positionedGraph(nodes: number, edges: number): string {
  const random = seededRandom(7);
  const side = Math.sqrt(nodes) * 40;
  const list = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, x: random() * side, y: random() * side },
  }));
  const links = Array.from({ length: edges }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(random() * nodes)}`,
    target: `n${Math.floor(random() * nodes)}`,
  }));
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes: list, edges: links });
}

/** A random graphology JSON graph with positions (no worker layout to wait for), built here so no file is committed. */
export function placedGraph(nodes: number, edges: number): string {
  const random = seededRandom(7);
  const list = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, x: random() * 4000, y: random() * 4000 },
  }));
  const links = Array.from({ length: edges }, (_, i) => ({
    key: `e${i}`,
    source: `n${Math.floor(random() * nodes)}`,
    target: `n${Math.floor(random() * nodes)}`,
  }));
  return JSON.stringify({ options: { type: 'mixed', multi: true }, attributes: {}, nodes: list, edges: links });
}
