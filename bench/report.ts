// Turns raw runs into medians and the markdown tables with the app/peer ratios; the result types of a run.

import type { DraftTiming } from './draft-article';
import type { LoadMetrics, PageKind } from './measure-page';
import type { NodeLoaderTimes } from './node-loader';

/** Everything measured on one size. */
export interface SizeResult {
  size: string;
  label: string;
  runs: Record<PageKind, LoadMetrics[]>;
  /** The app on the file without positions; `skipped` says why when it was not run. */
  layout: { runs: LoadMetrics[]; skipped?: string };
  node: NodeLoaderTimes;
  /** What was skipped or capped on this size, and why. */
  notes: string[];
}

/** One budget of the issue and how this run did against it. */
export interface Budget {
  name: string;
  measured: string;
  limit: string;
  verdict: 'PASS' | 'FAIL' | 'n/a';
}

/** The whole run, as written to bench/results/<date>.json. */
export interface BenchResults {
  date: string;
  revision: string;
  /** `loadAverage`: the 1-minute load average at the start and the end; above the core count, others were busy. */
  machine: { cpus: number; cpuModel: string; node: string; chromium: string; loadAverage: [number, number] };
  options: { sizes: string[]; reps: number; quick: boolean; layoutCapMs: number };
  initialJs: { files: string[]; gzipBytes: number };
  loadedJs: { files: string[]; gzipBytes: number };
  sizes: SizeResult[];
  /** draftFromText on ~1,000 words in Node (bench/draft-article.ts), when measured. */
  draft?: DraftTiming;
  budgets: Budget[];
  durationS: number;
}

type MetricOf = (m: LoadMetrics) => number | undefined;

/** The median of the values a metric has in the runs that finished; undefined when none did. */
export function medianOf(runs: readonly LoadMetrics[], pick: MetricOf): number | undefined {
  const values = runs
    .filter((run) => run.status === 'ok')
    .map(pick)
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid] : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
}

/** A number for a table cell: grouped thousands, "–" when missing. */
export const fmt = (value: number | undefined, digits = 0) =>
  value === undefined ? '–' : value.toLocaleString('en-GB', { maximumFractionDigits: digits });
/** A ratio for a table cell, such as "2.15×"; "–" when either side is missing. */
export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;

/** The layout time as text: a median, "timeout (> cap)", or why it was skipped. */
export function layoutText(result: SizeResult, capMs: number): string {
  if (result.layout.skipped) return `skipped (${result.layout.skipped})`;
  const runs = result.layout.runs;
  if (runs.length > 0 && runs.every((run) => run.status === 'timeout')) return `timeout (> ${capMs / 1000} s)`;
  const value = medianOf(runs, (m) => m.layoutMs);
  return value === undefined ? 'failed' : `${fmt(value)} ms`;
}

const METRICS: readonly [name: string, pick: MetricOf, digits?: number][] = [
  ['file → graph ready (ms)', (m) => m.fileToGraphMs],
  ['first frame (ms)', (m) => m.firstFrameMs],
  ['pan/zoom frame p50 (ms)', (m) => m.panZoom?.p50, 1],
  ['pan/zoom frame p95 (ms)', (m) => m.panZoom?.p95, 1],
  ['pan/zoom frames per second', (m) => m.panZoom?.fps, 1],
  ['longest task, load (ms)', (m) => m.longestTaskLoadMs],
  ['longest task, pan/zoom (ms)', (m) => m.panZoom?.longestTaskMs],
  ['JS heap after GC (MB)', (m) => m.heapMB, 1],
];

/** The markdown tables: browser metrics with ratios, the app-only rows, and the Node loader comparison. */
export function renderTables(results: BenchResults): string {
  const lines = [
    '| size | metric | app | bare cytoscape | sigma.js | app / cytoscape | app / sigma |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const size of results.sizes) {
    for (const [name, pick, digits] of METRICS) {
      const [app, cy, sigma] = (['app', 'cytoscape', 'sigma'] as const).map((k) => medianOf(size.runs[k], pick));
      const cells = [fmt(app, digits), fmt(cy, digits), fmt(sigma, digits), ratio(app, cy), ratio(app, sigma)];
      lines.push(`| ${size.label} | ${name} | ${cells.join(' | ')} |`);
    }
    const click = (which: 'clickTypical' | 'clickHub') => {
      const ms = medianOf(size.runs.app, (m) => m[which]?.ms);
      const work = medianOf(size.runs.app, (m) => m[which]?.workMs);
      const missed = size.runs.app.filter((m) => m.status === 'ok' && !m[which]?.hit).length;
      return `${fmt(ms)} (handler ${fmt(work)})${missed ? `, ${missed} hit another element` : ''}`;
    };
    lines.push(`| ${size.label} | click → inspector painted, typical node (ms) | ${click('clickTypical')} | | | | |`);
    lines.push(`| ${size.label} | click → inspector painted, hub (ms) | ${click('clickHub')} | | | | |`);
    const sortMs = medianOf(size.runs.app, (m) => m.listSort?.ms);
    const sortWork = medianOf(size.runs.app, (m) => m.listSort?.workMs);
    const sortRows = medianOf(size.runs.app, (m) => m.listSort?.rows);
    lines.push(
      `| ${size.label} | List view sort by name → rows painted (ms) | ${fmt(sortMs)} (handler ${fmt(sortWork)}, ${fmt(sortRows)} rows in the DOM) | | | | |`,
    );
    const edit = (pick: (e: NonNullable<LoadMetrics['editPaint']>) => number) =>
      medianOf(size.runs.app, (m) => (m.editPaint ? pick(m.editPaint) : undefined));
    lines.push(
      `| ${size.label} | edit → painted: one relation added (ms) | ${fmt(
        edit((e) => e.ms),
        1,
      )} (handler ${fmt(
        edit((e) => e.workMs),
        1,
      )}); undo ${fmt(
        edit((e) => e.undoMs),
        1,
      )} (handler ${fmt(
        edit((e) => e.undoWorkMs),
        1,
      )}) | | | | |`,
    );
    const step = (pick: (e: NonNullable<LoadMetrics['asOfStep']>) => number) =>
      medianOf(size.runs.app, (m) => (m.asOfStep ? pick(m.asOfStep) : undefined));
    lines.push(
      `| ${size.label} | as-of step → painted: the As of slider one date on (ms) | ${fmt(
        step((e) => e.ms),
        1,
      )} (handler ${fmt(
        step((e) => e.workMs),
        1,
      )}) | | | | |`,
    );
    const labelMs = medianOf(size.runs.app, (m) => m.labelsMid?.ms);
    const labelCount = medianOf(size.runs.app, (m) => m.labelsMid?.shown);
    lines.push(
      `| ${size.label} | label placement at zoom 1.6 (ms; labels shown) | ${fmt(labelMs, 1)} (${fmt(labelCount)}) | | | | |`,
    );
    lines.push(
      `| ${size.label} | layout, file without positions | ${layoutText(size, results.options.layoutCapMs)} | | | | |`,
    );
    const taskLayout = medianOf(size.layout.runs, (m) => m.longestTaskLayoutMs);
    const blocked = size.layout.runs.find((m) => m.blocked)?.longestTaskLayoutMs;
    const taskText = blocked ? `≥ ${fmt(blocked)} (the page stopped answering)` : fmt(taskLayout);
    if (taskLayout !== undefined || blocked)
      lines.push(`| ${size.label} | longest task during layout (ms) | ${taskText} | | | | |`);
    const failures = (['app', 'cytoscape', 'sigma'] as const).flatMap((k) =>
      size.runs[k].filter((m) => m.status !== 'ok').map((m) => `${k}: ${m.status}${m.error ? ` (${m.error})` : ''}`),
    );
    for (const note of size.notes) lines.push(`| ${size.label} | note | ${note} | | | | |`);
    if (failures.length) lines.push(`| ${size.label} | runs that did not finish | ${failures.join('; ')} | | | | |`);
  }
  lines.push(
    '',
    '| size | JSON.parse (ms) | JSON.parse + Graph.from (ms) | app loader, loadDataset (ms) | loader / (parse + import) |',
  );
  lines.push('|---|---:|---:|---:|---:|');
  for (const { label, node } of results.sizes) {
    const cells = [
      fmt(node.parseMs),
      fmt(node.parseImportMs),
      fmt(node.loaderMs),
      ratio(node.loaderMs, node.parseImportMs),
    ];
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    `Initial JavaScript of the app (index.html's scripts and modulepreloads, gzip): ${fmt(results.initialJs.gzipBytes / 1000, 1)} kB; JavaScript it fetched until its first frame on a dataset: ${fmt(results.loadedJs.gzipBytes / 1000, 1)} kB.`,
  );
  if (results.draft) {
    const d = results.draft;
    lines.push(
      '',
      `draft, 1,000 words (ms): ${fmt(d.medianMs)} (median of ${d.runs} runs in Node on ${fmt(d.words)} words of the article fixtures, ${fmt(d.relations)} relations; the first run, cold as in each draft's fresh worker: ${fmt(d.firstMs)} ms).`,
    );
  }
  return lines.join('\n');
}
