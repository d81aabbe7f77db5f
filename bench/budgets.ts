// The budgets, checked against a run's medians: PASS, FAIL, or n/a when a size was not measured.

import { type BenchResults, type Budget, fmt, layoutText, medianOf, ratio, type SizeResult } from './report';

const verdict = (ok: boolean | undefined): Budget['verdict'] => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

/** A budget that is a limit on one measured value; no value (or no limit) gives "n/a". */
function limitBudget(
  name: string,
  value: number | undefined,
  limit: number | undefined,
  shown: string,
  limitText: string,
): Budget {
  return {
    name,
    measured: value === undefined ? 'not measured' : shown,
    limit: limitText,
    verdict: verdict(value === undefined || limit === undefined ? undefined : value <= limit),
  };
}

/** First frame against bare cytoscape at every size, and against sigma.js at 5k. */
function firstFrameBudgets(results: Omit<BenchResults, 'budgets'>, s5: SizeResult | undefined): Budget[] {
  const budgets = results.sizes.map((size) => {
    const app = medianOf(size.runs.app, (m) => m.firstFrameMs);
    const cy = medianOf(size.runs.cytoscape, (m) => m.firstFrameMs);
    return limitBudget(
      `first frame with positions, ${size.label}: app ≤ 1.0× bare cytoscape`,
      app,
      cy,
      `${fmt(app)} ms vs ${fmt(cy)} ms (${ratio(app, cy)})`,
      '≤ 1.0×',
    );
  });
  const app5 = s5 && medianOf(s5.runs.app, (m) => m.firstFrameMs);
  const sigma5 = s5 && medianOf(s5.runs.sigma, (m) => m.firstFrameMs);
  budgets.push(
    limitBudget(
      'first frame with positions, 5k/15k: app ≤ 2× sigma.js',
      app5,
      sigma5 && 2 * sigma5,
      `${fmt(app5)} ms vs ${fmt(sigma5)} ms (${ratio(app5, sigma5)})`,
      '≤ 2×',
    ),
  );
  return budgets;
}

/** Pan and zoom at 20k against bare cytoscape. */
function panZoomBudget(s20: SizeResult | undefined): Budget {
  const p95 = s20 && medianOf(s20.runs.app, (m) => m.panZoom?.p95);
  const p95cy = s20 && medianOf(s20.runs.cytoscape, (m) => m.panZoom?.p95);
  return limitBudget(
    'pan/zoom p95 frame, 20k/60k: app ≤ 0.1× bare cytoscape',
    p95,
    p95cy && 0.1 * p95cy,
    `${fmt(p95, 1)} ms vs ${fmt(p95cy, 1)} ms (${ratio(p95, p95cy)})`,
    '≤ 0.1×',
  );
}

/** File to graph at 50k against JSON.parse + graphology's import in the same browser. */
function loadBudget(s50: SizeResult | undefined): Budget {
  const graph50 = s50 && medianOf(s50.runs.app, (m) => m.fileToGraphMs);
  const import50 = s50 && medianOf(s50.runs.sigma, (m) => m.fileToGraphMs);
  const nodeNote = s50
    ? `; in Node, loadDataset ${ratio(s50.node.loaderMs, s50.node.parseImportMs)} of JSON.parse + Graph.from`
    : '';
  return limitBudget(
    'file → graph ready, 50k/150k: app ≤ 2× JSON.parse + graphology import (sigma page, same browser)',
    graph50,
    import50 && 2 * import50,
    `${fmt(graph50)} ms vs ${fmt(import50)} ms (${ratio(graph50, import50)})${nodeNote}`,
    '≤ 2×',
  );
}

/** The 5k layout: its time, and its longest main-thread task; a timeout fails both. */
function layoutBudgets(s5: SizeResult | undefined, capMs: number): Budget[] {
  const layout5 = s5 && medianOf(s5.layout.runs, (m) => m.layoutMs);
  const timedOut = s5?.layout.runs.some((m) => m.status === 'timeout');
  const task5 = s5 && medianOf(s5.layout.runs, (m) => m.longestTaskLayoutMs);
  const taskText = timedOut ? `one task blocked the page for over ${capMs / 1000} s` : `${fmt(task5)} ms`;
  return [
    {
      name: 'layout of 5k/15k without positions ≤ 10 s',
      measured: s5 ? layoutText(s5, capMs) : 'not measured',
      limit: '≤ 10 000 ms',
      verdict: timedOut ? 'FAIL' : verdict(layout5 === undefined ? undefined : layout5 <= 10_000),
    },
    {
      name: 'no main-thread task over 200 ms during the 5k/15k layout',
      measured: s5 ? taskText : 'not measured',
      limit: '≤ 200 ms',
      verdict: timedOut ? 'FAIL' : verdict(task5 === undefined ? undefined : task5 <= 200),
    },
  ];
}

/** Click to inspector at 20k: painted in the first frame after the click. */
function clickBudget(s20: SizeResult | undefined): Budget {
  const click = s20 && medianOf(s20.runs.app, (m) => m.clickTypical?.ms);
  const frames = s20 && medianOf(s20.runs.app, (m) => m.clickTypical?.frames);
  const oneFrame = click === undefined || frames === undefined ? undefined : frames <= 1 && click <= 33.4;
  return {
    name: 'click → inspector, 20k/60k: one frame (the first frame after the click, ≤ 33.4 ms incl. the vsync wait)',
    measured: click === undefined ? 'not measured' : `${fmt(click, 1)} ms, ${fmt(frames)} frame(s)`,
    limit: '1 frame, ≤ 33.4 ms',
    verdict: verdict(oneFrame),
  };
}

/** One edit at 20k/60k and 50k/150k painted in one frame (issue 16): the first frame after the edit, ≤ 33.4 ms. */
function editBudget(size: SizeResult | undefined, label: string): Budget {
  const ms = size && medianOf(size.runs.app, (m) => m.editPaint?.ms);
  return {
    name: `edit → painted, ${label}: one relation added, painted in the first frame after it (≤ 33.4 ms incl. the vsync wait)`,
    measured: ms === undefined ? 'not measured' : `${fmt(ms, 1)} ms`,
    limit: '≤ 33.4 ms',
    verdict: verdict(ms === undefined ? undefined : ms <= 33.4),
  };
}

/** One step of the As of slider repainted within a frame or two (issue 18): ≤ 33.4 ms from the key to the paint. */
function asOfBudget(size: SizeResult | undefined, label: string): Budget {
  const ms = size && medianOf(size.runs.app, (m) => m.asOfStep?.ms);
  return {
    name: `as-of step → painted, ${label}: the As of slider one date on, painted within two frames (≤ 33.4 ms)`,
    measured: ms === undefined ? 'not measured' : `${fmt(ms, 1)} ms`,
    limit: '≤ 33.4 ms',
    verdict: verdict(ms === undefined ? undefined : ms <= 33.4),
  };
}

/** Checks the budgets; a size that was not run gives "n/a", never a pass. */
export function checkBudgets(results: Omit<BenchResults, 'budgets'>): Budget[] {
  const bySize = new Map(results.sizes.map((s) => [s.size, s]));
  const [s5, s20, s50] = [bySize.get('5k'), bySize.get('20k'), bySize.get('50k')];
  const js = results.initialJs.gzipBytes;
  return [
    ...firstFrameBudgets(results, s5),
    panZoomBudget(s20),
    loadBudget(s50),
    ...layoutBudgets(s5, results.options.layoutCapMs),
    clickBudget(s20),
    editBudget(s20, '20k/60k'),
    editBudget(s50, '50k/150k'),
    asOfBudget(s20, '20k/60k'),
    asOfBudget(s50, '50k/150k'),
    limitBudget(
      'initial JavaScript ≤ 200 kB gzip',
      js,
      200_000,
      `${fmt(js / 1000, 1)} kB (${fmt(js / 1024, 1)} KiB)`,
      '≤ 200 kB',
    ),
  ];
}

/** The budgets as a markdown list. */
export function renderBudgets(budgets: readonly Budget[]): string {
  return budgets.map((b) => `- **${b.verdict}** ${b.name}: ${b.measured} (budget ${b.limit})`).join('\n');
}
