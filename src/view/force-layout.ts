// Force-directed layout of large graphs in a Web Worker, with progress and cancel; the page answers meanwhile.

import type { Core } from 'cytoscape';
import type { ActorGraph } from '../model/actor-graph';
import { fitView } from './fit-view';
import type { ForceReply, ForceRequest } from './force-worker';

/** Above this many actors, or relations, force-directed layout runs ForceAtlas2 in a worker instead of fcose. */
export const WORKER_LAYOUT_NODES = 500;
export const WORKER_LAYOUT_EDGES = 1500;

/** Whether a graph is laid out in the worker: fcose would hold the page for seconds to minutes on it. */
export function needsWorkerLayout(graph: ActorGraph): boolean {
  return graph.order > WORKER_LAYOUT_NODES || graph.size > WORKER_LAYOUT_EDGES;
}

/** Progress reports: iterations done of the total. */
export type LayoutProgress = (done: number, total: number) => void;

/** A running worker layout: resolves when finished or cancelled (keeping the positions reached). */
export interface WorkerLayout {
  done: Promise<void>;
  cancel(): void;
}

/** Iterations for a graph: fewer for larger graphs, so the layout finishes in seconds on a laptop. */
function iterationsFor(order: number): number {
  return Math.max(150, Math.min(600, Math.round(2_000_000 / Math.max(order, 1) / 4)));
}

/** Starts ForceAtlas2 in a worker and moves the canvas nodes as positions arrive. */
export function startWorkerLayout(cy: Core, graph: ActorGraph, onProgress: LayoutProgress): WorkerLayout {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const edges: [number, number][] = [];
  graph.forEachEdge((_e, _a, source, target) => edges.push([index.get(source) ?? 0, index.get(target) ?? 0]));
  const worker = new Worker(new URL('./force-worker.ts', import.meta.url), { type: 'module' });
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const place = (positions: Float64Array) => {
    cy.batch(() => {
      nodes.forEach((key, i) => {
        cy.getElementById(key).position({ x: positions[i * 2] ?? 0, y: positions[i * 2 + 1] ?? 0 });
      });
    });
  };
  // Positions are kept, not drawn, until the end: redrawing thousands of edges at every step would take the page's
  // thread from the user, which is what the worker is there to avoid. Cancel draws the last positions received.
  let latest: Float64Array | null = null;
  const end = () => {
    if (latest) place(latest);
    fitView(cy);
    finish();
  };
  worker.onmessage = (event: MessageEvent<ForceReply>) => {
    const reply = event.data;
    // The first report (after one step) is drawn, so the graph shows its rough shape instead of a single dot.
    if (!latest) {
      place(reply.positions);
      fitView(cy);
    }
    latest = reply.positions;
    onProgress(reply.done, reply.total);
    if (reply.finished) {
      worker.terminate();
      end();
    }
  };
  const request: ForceRequest = { nodes, edges, iterations: iterationsFor(nodes.length), seed: nodes.length };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      worker.terminate();
      end();
    },
  };
}
