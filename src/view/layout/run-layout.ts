// Places nodes: stored positions as they are, a force-directed layout that keeps labels apart, or a named layout.

import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { MeasureTable } from '../../state/app-state';
import type { LayoutName } from '../../state/view-settings';
import { createNodeSize } from '../appearance/node-appearance';
import { hasPositions } from '../canvas/build-elements';
import { fitView } from '../canvas/fit-view';
import { type LayoutProgress, needsWorkerLayout, startWorkerLayout } from './force-layout';

let fcoseRegistered: Promise<void> | undefined;

/** Loads and registers fcose once, on first need, so a dataset with stored positions never downloads it. */
async function ensureFcose(use: (ext: cytoscape.Ext) => void): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then((mod) => use(mod.default));
  return fcoseRegistered;
}

/** Options for fcose tuned for labelled actor graphs: label boxes count as node size so labels do not collide. */
export const DEFAULT_FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  nodeRepulsion: 6500,
  idealEdgeLength: 75,
  edgeElasticity: 0.3,
  nodeSeparation: 60,
  numIter: 4000,
  padding: 30,
} as const;

/** What a layout needs besides the core: the graph (truth for stored positions) and a value for concentric rings. */
export interface LayoutContext {
  graph: ActorGraph;
  use: (ext: cytoscape.Ext) => void;
  /** The "Size by" choice: the concentric layout puts the largest actors in the centre (by degree when null). */
  sizeBy?: string | null;
  /** The measures computed so far, for a "Size by" measure. */
  measures?: MeasureTable;
  animate: boolean;
  /** Hears the progress of a worker layout (large graphs). */
  onProgress?: LayoutProgress;
  /** Receives the cancel function of a worker layout while it runs. */
  onCancellable?: (cancel: (() => void) | null) => void;
  /** Hears what to tell the user when the worker layout stopped unexpectedly. */
  onFailure?: (message: string) => void;
}

/** The layout a name resolves to for this graph: `auto` is stored positions when complete, else force. */
export function resolveLayout(name: LayoutName, graph: ActorGraph): Exclude<LayoutName, 'auto'> {
  if (name === 'auto') return hasPositions(graph) ? 'stored' : 'force';
  if (name === 'stored' && !hasPositions(graph)) return 'force';
  return name;
}

/** Each actor's value for the concentric rings: its drawn size under "Size by", else its degree. */
function ringValues(graph: ActorGraph, sizeBy: string | null, measures: MeasureTable): Map<string, number> {
  const size = sizeBy ? createNodeSize(graph, sizeBy, measures) : null;
  const values = new Map<string, number>();
  graph.forEachNode((key, attrs) => values.set(key, size ? size(attrs, key) : graph.degree(key)));
  return values;
}

function optionsFor(name: Exclude<LayoutName, 'auto'>, ctx: LayoutContext): LayoutOptions {
  const common = { animate: ctx.animate, animationDuration: 450, fit: true, padding: 30 };
  switch (name) {
    case 'stored':
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => {
          const attrs = ctx.graph.getNodeAttributes(node.id());
          return { x: Number(attrs.x), y: Number(attrs.y) };
        },
      } as LayoutOptions;
    case 'force': {
      // 'proof' quality is worth it for the small, labelled graphs fcose still handles; beyond, it costs seconds.
      const quality = ctx.graph.order > 300 ? 'default' : 'proof';
      return {
        ...DEFAULT_FCOSE_OPTIONS,
        ...common,
        quality,
        animate: ctx.animate ? 'end' : false,
      } as unknown as LayoutOptions;
    }
    case 'concentric': {
      const rings = ringValues(ctx.graph, ctx.sizeBy ?? null, ctx.measures ?? {});
      const values = [...rings.values()];
      // Five rings over the values' range: cytoscape's default width (a quarter of the highest degree) only suits
      // degrees, not sizes or PageRanks.
      const width = (Math.max(...values) - Math.min(...values)) / 4 || 1;
      return {
        name,
        ...common,
        minNodeSpacing: 30,
        concentric: (n: NodeSingular) => rings.get(n.id()) ?? 0,
        levelWidth: () => width,
      } as LayoutOptions;
    }
    case 'breadthfirst':
      return { name, ...common, spacingFactor: 1.1, directed: false } as LayoutOptions;
    default:
      return { name, ...common, avoidOverlap: true } as LayoutOptions;
  }
}

/** Runs a named layout and resolves when nodes are placed (and, when animated, have arrived). */
export async function runLayout(cy: Core, name: LayoutName, ctx: LayoutContext): Promise<void> {
  if (cy.nodes().length === 0) return;
  const resolved = resolveLayout(name, ctx.graph);
  if (resolved === 'stored' && !ctx.animate) {
    // The elements were created at their stored positions: nothing to move, only the camera to fit.
    fitView(cy);
    return;
  }
  if (resolved === 'force' && needsWorkerLayout(ctx.graph)) {
    // fcose would block the page for minutes on a graph this size: ForceAtlas2 runs in a worker instead.
    const run = startWorkerLayout(cy, ctx.graph, {
      onProgress: ctx.onProgress ?? (() => {}),
      onFailure: ctx.onFailure,
    });
    ctx.onCancellable?.(run.cancel);
    await run.done;
    ctx.onCancellable?.(null);
    return;
  }
  if (resolved === 'force') await ensureFcose(ctx.use);
  const layout = cy.layout(optionsFor(resolved, ctx));
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}
