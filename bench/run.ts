// `npm run bench`: generates the graphs, builds, serves, and measures the app against bare cytoscape and sigma.js.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserHost, launchBrowser } from './browser-host';
import { checkBudgets, renderBudgets } from './budgets';
import { APP_DIST, buildAll, gzipBytes, initialJs, PAGES_DIST } from './build';
import { timeDraft } from './draft-article';
import { type ClickTargets, ensureDatasets } from './generate';
import {
  HOOK_SCRIPT,
  type LoadMetrics,
  type LoadRequest,
  measureLoad,
  PAGE_KINDS,
  type PageKind,
} from './measure-page';
import { timeNodeLoaders } from './node-loader';
import { type BenchResults, renderTables, type SizeResult } from './report';
import { type StaticServer, startServer } from './serve';
import { DATA_DIR, dataFile, SIZES, type SizeSpec, sizeLabel } from './sizes';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: SIZES.map((s) => s.name).join(',') },
    reps: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'layout-cap': { type: 'string' },
    'all-layouts': { type: 'boolean', default: false },
  },
});
const quick = args.quick ?? false;
const reps = Number(args.reps ?? (quick ? 1 : 3));
// Layouts run on the main thread today: a cap keeps the full run within ~25 minutes on two cores.
const layoutCapMs = Number(args['layout-cap'] ?? (quick ? 30 : 120)) * 1000;
const sizes = (args.sizes ?? '').split(',').map((name) => {
  const size = SIZES.find((s) => s.name === name.trim());
  if (!size) throw new Error(`unknown size "${name}"; use some of ${SIZES.map((s) => s.name).join(', ')}`);
  return size;
});
const LOAD_TIMEOUT_MS = 180_000;
/** The cap from elements in the renderer to the first frame on files with positions (no layout to run). */
const DRAW_TIMEOUT_MS = 180_000;
/** A page slower than this to its first frame is measured once per size, so the full run stays near 25 minutes. */
const SLOW_PAGE_MS = 45_000;

/** The commit measured, marked "+changes" when src/ differs from it (other work in the tree is measured too). */
function revision(): string {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', 'src', 'index.html') ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

let host: BrowserHost;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** One measured load; kills and relaunches Chromium after a blocked page, which would keep a core busy. */
async function measure(request: LoadRequest): Promise<LoadMetrics> {
  const metrics = await measureLoad(host.browser, request);
  if (metrics.browserStuck || metrics.blocked) {
    log('a page stayed blocked: killing and relaunching Chromium');
    await host.kill();
    host = await launchBrowser();
  }
  const shown = metrics.status === 'ok' ? `first frame ${Math.round(metrics.firstFrameMs ?? 0)} ms` : metrics.status;
  log(`  ${request.kind.padEnd(9)} ${request.file}: ${shown}`);
  return metrics;
}

/** Opens the app once on the smallest file: warms Chromium up, reads the canvas size, and counts the JS it loads. */
async function probeApp(server: StaticServer, file: string) {
  const page = await host.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: HOOK_SCRIPT });
  server.served.length = 0;
  await page.goto(`${server.origin}/?data=/bench-data/${file}`);
  await page.waitForFunction(() => window.__bench.marks.frame !== undefined, undefined, { timeout: 120_000 });
  const box = await page.locator('#canvas').boundingBox();
  await page.close();
  const files = [...new Set(server.served)].filter((f) => f.startsWith(APP_DIST + sep) && f.endsWith('.js'));
  return {
    canvas: { width: Math.round(box?.width ?? 900), height: Math.round(box?.height ?? 600) },
    loadedJs: { files, gzipBytes: files.reduce((sum, f) => sum + gzipBytes(f), 0) },
  };
}

/** The three pages in a rotating order, so no page always goes first (or last) in a repetition. */
function rotation(rep: number): PageKind[] {
  return PAGE_KINDS.map((_, i) => PAGE_KINDS[(i + rep) % PAGE_KINDS.length] as PageKind);
}

async function measureSize(
  size: SizeSpec,
  base: Omit<LoadRequest, 'kind' | 'file' | 'interact'>,
  targets: ClickTargets | undefined,
  skipLayout: string | undefined,
): Promise<SizeResult> {
  log(`${sizeLabel(size)}: Node loaders`);
  const node = timeNodeLoaders(dataFile(size, true), reps);
  const runs = await measurePages(size, base, targets);
  const notes: string[] = [];
  for (const kind of PAGE_KINDS) {
    const first = runs[kind][0];
    if (runs[kind].length < reps && first)
      notes.push(
        `${kind} measured once: its first frame took ${first.status === 'ok' ? `${Math.round((first.firstFrameMs ?? 0) / 1000)} s` : first.status}, so repeating it would not fit the run`,
      );
  }
  const layout: SizeResult['layout'] = { runs: [] };
  if (skipLayout) layout.skipped = skipLayout;
  else layout.runs = await measureLayouts(size, base);
  return { size: size.name, label: sizeLabel(size), runs, layout, node, notes };
}

/** The three pages on the file with positions, in rotation; a page slower than SLOW_PAGE_MS is measured once. */
async function measurePages(
  size: SizeSpec,
  base: Omit<LoadRequest, 'kind' | 'file' | 'interact'>,
  targets: ClickTargets | undefined,
): Promise<Record<PageKind, LoadMetrics[]>> {
  const runs: Record<PageKind, LoadMetrics[]> = { app: [], cytoscape: [], sigma: [] };
  for (let rep = 0; rep < reps; rep++) {
    log(`${sizeLabel(size)}: repetition ${rep + 1} of ${reps}`);
    for (const kind of rotation(rep)) {
      const first = runs[kind][0];
      if (first && (first.status !== 'ok' || (first.firstFrameMs ?? 0) > SLOW_PAGE_MS)) continue;
      const request = {
        ...base,
        kind,
        file: dataFile(size, true),
        interact: true,
        clickTargets: targets,
        layoutTimeoutMs: DRAW_TIMEOUT_MS,
      };
      runs[kind].push(await measure(request));
    }
  }
  return runs;
}

/** The app laying out the file without positions; a slow layout is measured once. */
async function measureLayouts(size: SizeSpec, base: Omit<LoadRequest, 'kind' | 'file' | 'interact'>) {
  log(`${sizeLabel(size)}: layout of the file without positions (cap ${layoutCapMs / 1000} s)`);
  const runs: LoadMetrics[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const run = await measure({ ...base, kind: 'app', file: dataFile(size, false), interact: false });
    runs.push(run);
    // A slow layout is measured once: repeating a two-minute timeout tells nothing new.
    if (run.status !== 'ok' || (run.layoutMs ?? 0) > 20_000) break;
  }
  return runs;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  log(`sizes ${sizes.map((s) => s.name).join(', ')}, ${reps} repetition(s), layout cap ${layoutCapMs / 1000} s`);
  const targets = ensureDatasets(sizes);
  const measuredRevision = revision(); // read before building: others may commit while the run goes on
  if (!args['no-build']) {
    log('building the app (into bench/dist/app) and the peer pages');
    buildAll();
  }
  const server = await startServer([
    ['/bench-data/', DATA_DIR],
    ['/pages/', PAGES_DIST],
    ['/', APP_DIST],
  ]);
  host = await launchBrowser();
  const chromiumVersion = host.browser.version();
  const smallest = sizes.reduce((a, b) => (a.nodes <= b.nodes ? a : b));
  const probe = await probeApp(server, dataFile(smallest, true));
  log(`app canvas ${probe.canvas.width}×${probe.canvas.height}; the peer pages draw the same area`);
  const base = {
    origin: server.origin,
    canvas: probe.canvas,
    loadTimeoutMs: LOAD_TIMEOUT_MS,
    layoutTimeoutMs: layoutCapMs,
  };
  const results: SizeResult[] = [];
  try {
    for (const size of [...sizes].sort((a, b) => a.nodes - b.nodes)) {
      const timedOut = results.find((r) => r.layout.runs.some((m) => m.status === 'timeout'));
      const skip = timedOut && !args['all-layouts'] ? `${timedOut.label} already took over the cap` : undefined;
      results.push(await measureSize(size, base, targets[size.name], skip));
    }
  } finally {
    await host.close();
    await server.close();
  }
  const date = new Date().toISOString().slice(0, 10);
  const partial = quick || sizes.length < SIZES.length || reps < 3;
  const partialResults: Omit<BenchResults, 'budgets'> = {
    date,
    revision: measuredRevision,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      node: process.version,
      chromium: chromiumVersion,
      loadAverage: [loadAtStart, loadavg()[0] ?? 0],
    },
    options: { sizes: sizes.map((s) => s.name), reps, quick, layoutCapMs },
    initialJs: initialJs(),
    loadedJs: probe.loadedJs,
    sizes: results,
    draft: timeDraft(quick ? 2 : 5),
    durationS: Math.round((Date.now() - started) / 1000),
  };
  const full: BenchResults = { ...partialResults, budgets: checkBudgets(partialResults) };
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const name = `${date}${partial ? '-partial' : ''}`;
  const markdown = `${renderTables(full)}\n\n### Budgets\n\n${renderBudgets(full.budgets)}\n`;
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(full, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), markdown);
  console.log(`\n${markdown}`);
  log(`done in ${full.durationS} s; wrote bench/results/${name}.json and .md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
