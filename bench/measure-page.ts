// One measured page load: open a page on a dataset, read its marks, heap and long tasks, then pan, zoom, click and
// (the app) sort the List view.

import { loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import type { ClickTargets } from './generate';
import {
  type AsOfStepResult,
  asOfStep,
  type ClickResult,
  clickNode,
  type EditResult,
  editPaint,
  type FrameStats,
  type LabelPlacement,
  panAndZoom,
  placeLabels,
  type SortResult,
  settle,
  sortList,
} from './interact';
import { installBenchHooks } from './page-hooks';
import type { LongTask } from './protocol';

/** The three pages the bench compares. */
export const PAGE_KINDS = ['app', 'cytoscape', 'sigma'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** What to measure on one load. */
export interface LoadRequest {
  origin: string;
  kind: PageKind;
  file: string;
  /** The app's canvas size, given to the peer pages so all three draw the same area. */
  canvas: { width: number; height: number };
  /** Scripted pan and zoom (and, on the app, clicks) after the first frame. */
  interact: boolean;
  clickTargets?: ClickTargets;
  /** The cap from navigation until the graph is in the renderer. */
  loadTimeoutMs: number;
  /** The cap from elements in the renderer until the first frame: the layout cap on files without positions. */
  layoutTimeoutMs: number;
}

/** Everything one load measured; times in ms since navigation start unless named as a span. */
export interface LoadMetrics {
  status: 'ok' | 'timeout' | 'failed';
  error?: string;
  marks: Record<string, number>;
  fileToGraphMs?: number;
  fileToElementsMs?: number;
  readyMs?: number;
  firstFrameMs?: number;
  layoutMs?: number;
  longestTaskLoadMs?: number;
  longestTaskLayoutMs?: number;
  heapMB?: number;
  panZoom?: FrameStats;
  clickTypical?: ClickResult | null;
  clickHub?: ClickResult | null;
  /** The List view sorted by name, after the clicks (the app only). */
  listSort?: SortResult | null;
  /** One relation added through window.backchannel.edit → painted, and its undo (the app only, last). */
  editPaint?: EditResult | null;
  /** Steps of the As of slider, key down → painted (the app only, after the edit). */
  asOfStep?: AsOfStepResult | null;
  /** The app's label placement once the camera rests at zoom 1.6 (the view's actors culled by importance). */
  labelsMid?: LabelPlacement | null;
  /** The machine's 1-minute load average when the load started: other work on a shared machine skews timings. */
  loadAverage?: number;
  /** True when the page stopped answering: one task held the main thread past the cap. */
  blocked?: boolean;
  /** Set when the page could not be closed normally: the caller relaunches the browser. */
  browserStuck?: boolean;
}

/** The init script: keepNames helpers from tsx's compiler first, then the hooks' own source. */
export const HOOK_SCRIPT = `globalThis.__name ??= (fn) => fn;\n(${installBenchHooks.toString()})();`;

/** Rejects after `ms`: Playwright calls can hang while a page's main thread is blocked by a long layout. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function pageUrl(request: LoadRequest): string {
  const data = `/bench-data/${request.file}`;
  if (request.kind === 'app') return `${request.origin}/?data=${encodeURIComponent(data)}`;
  const { width, height } = request.canvas;
  return `${request.origin}/pages/${request.kind}.html?data=${encodeURIComponent(data)}&w=${width}&h=${height}`;
}

/** Spans between marks, and the longest tasks of the load and of the layout. */
function summarise(bench: { marks: Record<string, number>; longTasks: LongTask[] }, metrics: LoadMetrics): void {
  const { marks, longTasks } = bench;
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined ? to - from : undefined);
  metrics.fileToGraphMs = span(marks.fetched, marks.graph ?? marks.elements);
  metrics.fileToElementsMs = span(marks.fetched, marks.elements ?? marks.graph);
  metrics.readyMs = marks.ready;
  metrics.firstFrameMs = marks.frame;
  metrics.layoutMs = span(marks.elements ?? marks.graph, marks.ready);
  const longest = (from: number, to: number) =>
    Math.max(0, ...longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
  if (marks.frame !== undefined) metrics.longestTaskLoadMs = longest(0, marks.frame);
  const layoutStart = marks.elements ?? marks.graph;
  if (layoutStart !== undefined && marks.ready !== undefined)
    metrics.longestTaskLayoutMs = longest(layoutStart, marks.ready);
}

/** The used JS heap after a forced garbage collection, in MB (the page's main thread; workers not counted). */
async function measureHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const bytes = await page.evaluate(
    () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  await session.detach();
  return bytes / 1024 / 1024;
}

async function interact(page: Page, request: LoadRequest, metrics: LoadMetrics): Promise<void> {
  const cytoscape = request.kind !== 'sigma';
  metrics.panZoom = await panAndZoom(page, request.kind === 'app' ? '#canvas' : '#graph', cytoscape);
  if (request.kind === 'app' && request.clickTargets) {
    metrics.clickTypical = await clickNode(page, request.clickTargets.typical);
    metrics.clickHub = await clickNode(page, request.clickTargets.hub);
  }
  if (request.kind === 'app') metrics.labelsMid = await placeLabels(page, 1.6);
  if (request.kind === 'app') metrics.listSort = await sortList(page);
  if (request.kind === 'app' && request.clickTargets)
    // Last, and on its own: a failed edit must not lose the load's other figures.
    metrics.editPaint = await editPaint(page, request.clickTargets.typical, request.clickTargets.hub).catch(() => null);
  if (request.kind === 'app') metrics.asOfStep = await asOfStep(page).catch(() => null);
}

/** Marks and long tasks as the page reports them through the runner's binding, and waits on them from Node. */
function liveReport() {
  const marks: Record<string, number> = {};
  const longTasks: LongTask[] = [];
  const waiters = new Set<() => void>();
  return {
    marks,
    longTasks,
    receive(kind: string, name: string, a: number, b: number) {
      if (kind === 'mark') marks[name] = a;
      else if (kind === 'task') longTasks.push({ start: a, duration: b });
      for (const wake of waiters) wake();
    },
    /** Resolves true when one of the marks arrives, false after `ms` (timed in Node: a blocked page cannot delay it). */
    waitFor(names: string[], ms: number): Promise<boolean> {
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(ok);
        };
        const check = () => names.some((name) => marks[name] !== undefined) && done(true);
        const timer = setTimeout(() => done(false), ms);
        waiters.add(check);
        check();
      });
    },
  };
}

/**
 * Records a page that did not draw in time: a page that cannot answer a trivial call within 3 s is inside one long
 * task (a synchronous layout), which then counts as a task of the draw timeout plus the time since `waitedSince`.
 */
async function noteTimeout(
  page: Page,
  marks: LoadMetrics['marks'],
  wait: { layoutTimeoutMs: number; waitedSince: number },
  errors: string[],
  metrics: LoadMetrics,
): Promise<void> {
  metrics.status = 'timeout';
  const answers = await within(
    page.evaluate(() => true),
    3_000,
  ).catch(() => false);
  const start = marks.elements ?? marks.graph;
  if (!answers && start !== undefined) {
    metrics.blocked = true;
    metrics.longestTaskLayoutMs = wait.layoutTimeoutMs + (performance.now() - wait.waitedSince);
  }
  const status = answers ? await within(page.locator('#status').textContent(), 3_000).catch(() => null) : null;
  metrics.error = [answers ? status : 'the page stopped answering (main thread blocked)', ...errors]
    .filter(Boolean)
    .join(' | ');
}

/** Opens one page on one dataset in a fresh browser context and measures it; never throws for a slow page. */
export async function measureLoad(browser: Browser, request: LoadRequest): Promise<LoadMetrics> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const live = liveReport();
  await context.exposeBinding('__benchNotify', (_source, kind: string, name: string, a: number, b: number) =>
    live.receive(kind, name, a, b),
  );
  await context.addInitScript({ content: HOOK_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const metrics: LoadMetrics = { status: 'ok', marks: live.marks, loadAverage: loadavg()[0] };
  try {
    await page.goto(pageUrl(request), { waitUntil: 'commit' });
    const loaded = await live.waitFor(['elements', 'graph', 'frame', 'failed'], request.loadTimeoutMs);
    const drawn = loaded && (await live.waitFor(['frame', 'failed'], request.layoutTimeoutMs));
    const waitedSince = performance.now();
    summarise(live, metrics);
    if (!drawn)
      await noteTimeout(page, live.marks, { layoutTimeoutMs: request.layoutTimeoutMs, waitedSince }, errors, metrics);
    else if (live.marks.failed !== undefined) {
      metrics.status = 'failed';
      metrics.error = errors.join(' | ') || 'the page reported a failure';
    } else {
      await settle(page);
      summarise(live, metrics); // again: long tasks of the first frame arrive after it
      metrics.heapMB = await measureHeap(page);
      if (request.interact) await interact(page, request, metrics);
    }
  } catch (error) {
    metrics.status = 'failed';
    metrics.error = [error instanceof Error ? error.message : String(error), ...errors].join(' | ');
  } finally {
    await within(context.close(), 15_000).catch(() => {
      metrics.browserStuck = true;
    });
  }
  return metrics;
}
