// Scripted input for a loaded page: settle, a three-second pan and zoom with frame times, a timed node click, and a
// timed sort of the List view.

import type { Page } from '@playwright/test';

/** Frame times over the scripted pan and zoom, in ms. */
export interface FrameStats {
  p50: number;
  p95: number;
  frames: number;
  /** Frames drawn per second over the gesture: p50 alone hides slow frames between quick idle ones. */
  fps: number;
  longestTaskMs: number;
  /** False when no empty spot was found and the drag had to start on a node (it then moves that node). */
  emptyStart: boolean;
}

/** One timed click on a node: mouse up → inspector filled (work) → that frame painted. */
export interface ClickResult {
  ms: number;
  workMs: number;
  frames: number;
  /** Whether the inspector named the node aimed at (a neighbour drawn on top may take the click instead). */
  hit: boolean;
  heading: string;
}

/** The nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Waits until the page draws three quick frames in a row (or `limitMs` passes): rendering has caught up. */
export async function settle(page: Page, limitMs = 10_000): Promise<void> {
  await page.evaluate(
    (limit) =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let last = start;
        let calm = 0;
        const loop = (time: number) => {
          calm = time - last < 40 ? calm + 1 : 0;
          last = time;
          if (calm >= 3 || time - start > limit) resolve();
          else requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
    limitMs,
  );
}

/** A point inside the container with no node under it (cytoscape would drag the node instead of panning). */
async function findEmptyPoint(page: Page, container: string, cytoscape: boolean) {
  const box = await page.locator(container).boundingBox();
  if (!box) throw new Error(`${container} has no bounding box`);
  const centre = { x: box.width / 2, y: box.height / 2, empty: true };
  if (!cytoscape) return { box, point: centre };
  const point = await page.evaluate(
    ({ width, height }) => {
      const cell = 8;
      const cols = Math.ceil(width / cell);
      const rows = Math.ceil(height / cell);
      const taken = new Uint8Array(cols * rows);
      window.cy.nodes().forEach((node) => {
        const { x, y } = node.renderedPosition();
        const r = node.renderedOuterWidth() / 2 + 6;
        for (let cx = Math.max(0, Math.floor((x - r) / cell)); cx <= Math.min(cols - 1, (x + r) / cell); cx++)
          for (let cy = Math.max(0, Math.floor((y - r) / cell)); cy <= Math.min(rows - 1, (y + r) / cell); cy++)
            taken[cy * cols + cx] = 1;
      });
      let best: { x: number; y: number; empty: boolean } = { x: width / 2, y: height / 2, empty: false };
      let bestDistance = Number.POSITIVE_INFINITY;
      // Keep clear of the edges of the container so the drag and the zoom stay inside it.
      for (let cy = 4; cy < rows - 4; cy++)
        for (let cx = 4; cx < cols - 4; cx++) {
          if (taken[cy * cols + cx]) continue;
          const x = (cx + 0.5) * cell;
          const y = (cy + 0.5) * cell;
          const distance = Math.hypot(x - width / 2, y - height / 2);
          if (distance < bestDistance) [best, bestDistance] = [{ x, y, empty: true }, distance];
        }
      return best;
    },
    { width: box.width, height: box.height },
  );
  return { box, point };
}

/**
 * Drags the view 120 px away and back, then zooms in twice and out twice at the same spot, for `durationMs`.
 * Each cycle returns the view to where it started, so the start point stays empty and every page does the same work.
 */
export async function panAndZoom(page: Page, container: string, cytoscape: boolean, durationMs = 3000) {
  const { box, point } = await findEmptyPoint(page, container, cytoscape);
  const at = (dx: number, dy: number) => [box.x + point.x + dx, box.y + point.y + dy] as const;
  const start = await page.evaluate(() => {
    window.__bench.startFrames();
    return performance.now();
  });
  const began = Date.now();
  const timeLeft = () => Date.now() - began < durationMs;
  while (timeLeft()) {
    await page.mouse.move(...at(0, 0));
    await page.mouse.down();
    for (let k = 1; k <= 8 && timeLeft(); k++) await page.mouse.move(...at(15 * k, 7.5 * k));
    await page.mouse.move(...at(0, 0), { steps: 4 });
    await page.mouse.up();
    for (const delta of [-240, -240, 240, 240]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(40);
    }
  }
  await settle(page, 15_000);
  const { frames, tasks } = await page.evaluate(() => ({
    frames: window.__bench.stopFrames(),
    tasks: window.__bench.longTasks,
  }));
  const deltas = frames.slice(1).map((time, i) => time - (frames[i] ?? time));
  const during = tasks.filter((task) => task.start >= start).map((task) => task.duration);
  return {
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    frames: frames.length,
    fps: frames.length > 1 ? ((frames.length - 1) * 1000) / ((frames.at(-1) ?? 0) - (frames[0] ?? 0)) : 0,
    longestTaskMs: Math.max(0, ...during),
    emptyStart: point.empty,
  } satisfies FrameStats;
}

/** Centres a node at zoom 1.5 (as a user would before clicking), clicks it and times the inspector's answer. */
export async function clickNode(page: Page, id: string): Promise<ClickResult | null> {
  await page.keyboard.press('Escape'); // start from no selection, as a fresh visitor would
  const label = await page.evaluate((key) => {
    const node = window.cy.getElementById(key);
    window.cy.zoom(1.5);
    window.cy.center(node);
    return String(node.data('label') ?? '');
  }, id);
  await settle(page);
  const rendered = await page.evaluate((key) => window.cy.getElementById(key).renderedPosition(), id);
  const box = await page.locator('#canvas').boundingBox();
  if (!box) throw new Error('#canvas has no bounding box');
  await page.evaluate(() => window.__bench.watchClick('#inspector-body'));
  // A pixel and a half off the centre: cytoscape's point-in-polygon test misses the exact centre of a diamond (its
  // ray runs through two vertices), and on the largest graphs no edge under the pointer takes the click instead.
  await page.mouse.click(box.x + rendered.x + 1.5, box.y + rendered.y + 1.5);
  try {
    await page.waitForFunction(() => window.__bench.click?.painted !== undefined, undefined, {
      timeout: 30_000,
      polling: 50,
    });
  } catch {
    return null; // the click missed (no inspector heading): reported as missing, not as a time
  }
  const click = await page.evaluate(() => window.__bench.click);
  if (click?.up === undefined || click.filled === undefined || click.painted === undefined) return null;
  return {
    ms: click.painted - click.up,
    workMs: click.filled - click.up,
    frames: click.frames,
    hit: click.heading === label,
    heading: click.heading ?? '',
  };
}

/** One timed sort of the List view: mouse up on a column header → sorted rows in the DOM (work) → that frame painted. */
export interface SortResult {
  ms: number;
  workMs: number;
  /** The rows in the DOM after the sort: the window drawn, not every actor. */
  rows: number;
}

/**
 * Opens the List view, waits until it has drawn, then clicks the Actor column's header and times the rows sorted by
 * name (the text sort: every actor's name compared, the slowest of the columns) until they are painted.
 */
export async function sortList(page: Page): Promise<SortResult | null> {
  await page.locator('#list-toggle').click();
  await page.locator('#actor-table tbody tr[data-node]').first().waitFor({ timeout: 60_000 });
  await settle(page);
  // The header and the rows in view are drawn in the same task, so the header's new aria-sort marks both.
  await page.evaluate(() => window.__bench.watchChange('#actor-table', 'th.col-label[aria-sort="ascending"]'));
  await page.locator('#sort-label').click();
  try {
    await page.waitForFunction(() => window.__bench.change?.painted !== undefined, undefined, {
      timeout: 60_000,
      polling: 50,
    });
  } catch {
    return null;
  }
  const change = await page.evaluate(() => window.__bench.change);
  if (change?.up === undefined || change.filled === undefined || change.painted === undefined) return null;
  const rows = await page.locator('#actor-table tbody tr[data-node]').count();
  return { ms: change.painted - change.up, workMs: change.filled - change.up, rows };
}

/** One placement of the canvas's labels at a zoom: its time in the page (data-label-ms) and the labels shown. */
export interface LabelPlacement {
  ms: number;
  shown: number;
}

/**
 * Zooms the app to `zoom` about the canvas centre and reads how long placing the labels took once the camera
 * rested (src/view/canvas/canvas-labels.ts): every actor in view is looked at and culled, so it grows with the view.
 */
export async function placeLabels(page: Page, zoom: number): Promise<LabelPlacement | null> {
  await page.evaluate((level) => {
    const cy = window.cy;
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, zoom);
  try {
    await page.waitForFunction(
      (expected) => document.querySelector<HTMLElement>('#canvas')?.dataset.labelZoom === expected,
      zoom.toFixed(2),
      { timeout: 30_000, polling: 50 },
    );
  } catch {
    return null;
  }
  const data = await page.evaluate(() => ({ ...document.querySelector<HTMLElement>('#canvas')?.dataset }));
  return { ms: Number(data.labelMs), shown: Number(data.labels) };
}

/** One timed edit: the command applied (work) → the next frame painted, and the same for its undo. */
export interface EditResult {
  ms: number;
  workMs: number;
  undoMs: number;
  undoWorkMs: number;
  /** Relations the relation layer (or the core) draws after the edit, against before: one more. */
  relationsBefore: number;
  relationsAfter: number;
}

/**
 * Adds one relation between two actors already drawn through window.backchannel.edit, as the Add relation dialog's
 * Save does, and times it to the end of the next frame (a message posted from a requestAnimationFrame callback runs
 * after that frame's rendering); then undoes it the same way. The List view is closed first: the canvas is timed.
 */
export async function editPaint(page: Page, source: string, target: string): Promise<EditResult | null> {
  // The table covers the toggle at the bench's window size: a DOM click closes it (set-up, not timed).
  await page.evaluate(() => {
    const toggle = document.querySelector<HTMLButtonElement>('#list-toggle');
    if (toggle?.getAttribute('aria-pressed') === 'true') toggle.click();
  });
  await settle(page);
  const relations = () =>
    page.evaluate(() => {
      const layer = document.querySelector<HTMLElement>('.relation-layer');
      return layer ? Number(layer.dataset.relations) : window.cy.edges().length;
    });
  const relationsBefore = await relations();
  // The commands load on the first edit (off the first screen's budget): load them before the timed edit.
  await page.evaluate(() => window.backchannel.redo());
  const timed = (step: 'edit' | 'undo', ends: { source: string; target: string }) =>
    page.evaluate(
      async ({ step, source, target }) => {
        const start = performance.now();
        const outcome = await (step === 'undo'
          ? window.backchannel.undo()
          : window.backchannel.edit({
              type: 'add-relation',
              key: 'bench-edit',
              source,
              target,
              attributes: {
                relation: 'talks-with',
                stance: 'neutral',
                certainty: 'confirmed',
                evidence: [{ quote: 'A timed edit.', source: 'bench-edit-source' }],
              },
              newSource: { id: 'bench-edit-source', title: 'The bench' },
            }));
        const work = performance.now() - start;
        // Painted: the frame after the edit, and the task after that frame (its paint has happened).
        const ms = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        );
        return { ms, workMs: work, ok: !!outcome?.ok };
      },
      { step, ...ends },
    );
  const edit = await timed('edit', { source, target });
  if (!edit.ok) return null;
  await settle(page);
  const relationsAfter = await relations();
  const undo = await timed('undo', { source, target });
  await settle(page);
  return {
    ms: edit.ms,
    workMs: edit.workMs,
    undoMs: undo.ms,
    undoWorkMs: undo.workMs,
    relationsBefore,
    relationsAfter,
  };
}

/** Timed steps of the As of slider: key down → store and views updated (work) → the next frame painted. */
export interface AsOfStepResult {
  /** Median over the steps, ms. */
  ms: number;
  workMs: number;
  steps: number;
  /** Relations shown after the last step, of all (the header's count, to show the steps did something). */
  shown: string;
}

/**
 * Moves the As of slider to the middle of the dates (set-up, not timed), then presses the right arrow on it seven
 * times, each timed from the key down to the end of the next frame as `editPaint` times an edit: each step shows
 * the relations of one more distinct date (about 80 come or go at 60k relations over 731 days).
 */
export async function asOfStep(page: Page): Promise<AsOfStepResult | null> {
  const ready = await page.evaluate(() => {
    const slider = document.querySelector<HTMLInputElement>('#as-of');
    if (!slider) return false;
    const middle = Math.floor(Number(slider.max) / 2);
    slider.value = String(middle);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  });
  if (!ready) return null;
  await settle(page);
  const runs: { ms: number; workMs: number }[] = [];
  for (let i = 0; i < 7; i++) {
    runs.push(
      await page.evaluate(async () => {
        const slider = document.querySelector<HTMLInputElement>('#as-of') as HTMLInputElement;
        const start = performance.now();
        slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
        const workMs = performance.now() - start;
        const ms = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        );
        return { ms, workMs };
      }),
    );
    await settle(page);
  }
  const median = (pick: (r: { ms: number; workMs: number }) => number) => percentile(runs.map(pick), 50);
  const shown = (await page.locator('#dataset-counts').textContent()) ?? '';
  return { ms: median((r) => r.ms), workMs: median((r) => r.workMs), steps: runs.length, shown };
}
